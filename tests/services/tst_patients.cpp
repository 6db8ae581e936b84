#include "services/PatientAllergies.h"
#include "services/PatientRegistry.h"
#include "storage/Vault.h"
#include "support/TestPractice.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace relais;

namespace {

using Desk = relais::test::TestPractice;
using relais::test::helene;
const Session &Assistant = relais::test::DeskAssistant;

QStringList names(const Result<QList<PatientHit>> &found)
{
    REQUIRE(found.has_value());
    QStringList out;
    for (const PatientHit &hit : *found)
        out.append(hit.displayName);
    return out;
}

} // namespace

TEST_CASE("a patient is created with the strict traits in their stored form")
{
    Desk desk;
    auto registry = desk.registry();
    auto id = registry.create(Assistant, helene());
    REQUIRE(id.has_value());
    auto opened = registry.open(Assistant, *id);
    REQUIRE(opened.has_value());
    CHECK(opened->birthName == QStringLiteral("DUPONT"));
    CHECK(opened->firstNames == QStringLiteral("HELENE MARIE"));
    CHECK(opened->usedName == QStringLiteral("Martin"));
    CHECK(opened->phone == QStringLiteral("+33612345678"));
    CHECK(opened->status == IdentityStatus::Provisional);

    QSqlQuery audit(desk.vault->database());
    REQUIRE(audit.exec(
        QStringLiteral("SELECT action FROM audit_log WHERE entity = 'patient' ORDER BY seq")));
    QStringList actions;
    while (audit.next())
        actions.append(audit.value(0).toString());
    CHECK(actions == QStringList{QStringLiteral("create"), QStringLiteral("read")});

    const Session adminOnly{QStringLiteral("u-admin"), QStringLiteral("it"), QStringLiteral("IT"),
                            Role::Admin};
    auto refused = registry.create(adminOnly, helene());
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::Denied);
}

TEST_CASE("bad identity input is refused next to its field, nothing saved")
{
    Desk desk;
    auto registry = desk.registry();
    struct Case
    {
        const char *field;
        std::function<void(PatientIdentity &)> spoil;
    };
    const Case cases[] = {
        {PatientRegistry::FieldBirthName,
         [](PatientIdentity &p) { p.birthName = QStringLiteral("  "); }},
        {PatientRegistry::FieldBirthName,
         [](PatientIdentity &p) { p.birthName = QStringLiteral("Dupont2"); }},
        {PatientRegistry::FieldFirstNames, [](PatientIdentity &p) { p.firstNames.clear(); }},
        {PatientRegistry::FieldSex, [](PatientIdentity &p) { p.sex = QLatin1Char('X'); }},
        {PatientRegistry::FieldBirthDate,
         [](PatientIdentity &p) { p.birthDate = QDate(2030, 1, 1); }},
        {PatientRegistry::FieldBirthDate, [](PatientIdentity &p) { p.birthDate = QDate(); }},
        {PatientRegistry::FieldBirthPlace,
         [](PatientIdentity &p) { p.birthPlace = QStringLiteral("2C004"); }},
        {PatientRegistry::FieldNir,
         [](PatientIdentity &p) { p.nir = QStringLiteral("262041416802539"); }},
        {PatientRegistry::FieldNir,
         [](PatientIdentity &p) { p.nir = QStringLiteral("185057505601205"); }}, // a man's
        {PatientRegistry::FieldPhone,
         [](PatientIdentity &p) { p.phone = QStringLiteral("06 12 34"); }},
        {PatientRegistry::FieldEmail,
         [](PatientIdentity &p) { p.email = QStringLiteral("helene@"); }},
    };
    for (const Case &c : cases) {
        PatientIdentity draft = helene();
        c.spoil(draft);
        INFO(c.field);
        auto created = registry.create(Assistant, draft);
        REQUIRE_FALSE(created.has_value());
        CHECK(created.error().field == QLatin1String(c.field));
        CHECK_FALSE(created.error().message.isEmpty());
    }
    CHECK(desk.patients() == 0);
}

TEST_CASE("a likely duplicate stops the creation until the assistant confirms")
{
    Desk desk;
    auto registry = desk.registry();
    REQUIRE(registry.create(Assistant, helene()).has_value());

    PatientIdentity again = helene();
    again.birthName = QStringLiteral("Du Pont");
    again.usedName.clear();
    again.firstNames = QStringLiteral("Marie Helene");
    again.phone.clear();
    auto stopped = registry.create(Assistant, again);
    REQUIRE_FALSE(stopped.has_value());
    CHECK(stopped.error().code == ErrorCode::AlreadyExists);
    CHECK(stopped.error().message.contains(QStringLiteral("same birth date")));

    auto normalised = registry.normalise(again);
    REQUIRE(normalised.has_value());
    auto candidates = registry.duplicatesOf(*normalised);
    REQUIRE(candidates.has_value());
    REQUIRE(candidates->size() == 1);
    CHECK(candidates->first().match.reasons.contains(
        QStringLiteral("same given names in another order")));

    CHECK(registry.create(Assistant, again, /*confirmedNotDuplicate*/ true).has_value());
    CHECK(desk.patients() == 2);
}

TEST_CASE("search as you type: name prefixes, dates, NIR, phone, exact words first")
{
    Desk desk;
    auto registry = desk.registry();
    PatientIdentity h = helene();
    h.nir = QStringLiteral("262041416802519");
    auto helen = registry.create(Assistant, h);
    REQUIRE(helen.has_value());
    PatientIdentity martinez;
    martinez.birthName = QStringLiteral("Martinez");
    martinez.firstNames = QStringLiteral("Lucas");
    martinez.sex = QLatin1Char('M');
    martinez.birthDate = QDate(1990, 1, 2);
    REQUIRE(registry.create(Assistant, martinez).has_value());
    PatientIdentity martin = martinez;
    martin.birthName = QStringLiteral("Martin");
    martin.firstNames = QStringLiteral("Paul");
    martin.birthDate = QDate(1991, 5, 6);
    REQUIRE(registry.create(Assistant, martin).has_value());

    CHECK(names(registry.search(Assistant, QStringLiteral("dup"))) ==
          QStringList{QStringLiteral("DUPONT (Martin) Helene Marie")});
    CHECK(names(registry.search(Assistant, QStringLiteral("hélè dupo"))).size() == 1);
    CHECK(names(registry.search(Assistant, QStringLiteral("MARIE"))).size() == 1);
    // "martin" is Hélène's used name and Paul's birth name (exact), Lucas's prefix only.
    const QStringList martins = names(registry.search(Assistant, QStringLiteral("martin")));
    REQUIRE(martins.size() == 3);
    CHECK(martins.last().startsWith(QStringLiteral("MARTINEZ")));
    CHECK(names(registry.search(Assistant, QStringLiteral("17/04/1962"))).size() == 1);
    CHECK(names(registry.search(Assistant, QStringLiteral("17041962"))).size() == 1);
    CHECK(names(registry.search(Assistant, QStringLiteral("1962-04-17"))).size() == 1);
    CHECK(names(registry.search(Assistant, QStringLiteral("2 62 04 14 168 025 19"))).size() == 1);
    CHECK(names(registry.search(Assistant, QStringLiteral("2620414168025"))).size() == 1);
    CHECK(names(registry.search(Assistant, QStringLiteral("06.12.34.56.78"))).size() == 1);
    CHECK(names(registry.search(Assistant, QStringLiteral("zzz"))).isEmpty());
    CHECK(names(registry.search(Assistant, QStringLiteral("   "))).isEmpty());

    SECTION("a file opened recently comes first among equals")
    {
        auto before = names(registry.search(Assistant, QStringLiteral("mart")));
        REQUIRE(before.first().startsWith(QStringLiteral("DUPONT")));
        auto found = registry.search(Assistant, QStringLiteral("mart"));
        REQUIRE(registry.open(Assistant, found->last().id).has_value());
        CHECK(names(registry.search(Assistant, QStringLiteral("mart"))).first() == before.last());
    }
}

TEST_CASE("validating an identity, and changing a strict trait with a reason")
{
    Desk desk;
    auto registry = desk.registry();
    auto id = registry.create(Assistant, helene());
    REQUIRE(id.has_value());

    REQUIRE(registry.validateIdentity(Assistant, *id, ProofDocument::IdentityCard));
    CHECK(registry.open(Assistant, *id)->status == IdentityStatus::Validated);
    CHECK_FALSE(registry.validateIdentity(Assistant, *id, ProofDocument::None).has_value());

    SECTION("a contact change keeps the status")
    {
        PatientIdentity changed = *registry.open(Assistant, *id);
        changed.phone = QStringLiteral("07 00 00 00 01");
        REQUIRE(registry.updateIdentity(Assistant, changed, QString()));
        auto reread = registry.open(Assistant, *id);
        CHECK(reread->status == IdentityStatus::Validated);
        CHECK(reread->phone == QStringLiteral("+33700000001"));
    }
    SECTION("a strict trait needs a reason, then drops the status back and is traced")
    {
        PatientIdentity changed = *registry.open(Assistant, *id);
        changed.birthName = QStringLiteral("Dupond");
        const Status refused = registry.updateIdentity(Assistant, changed, QStringLiteral("  "));
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().field == QLatin1String(PatientRegistry::FieldReason));
        CHECK(registry.open(Assistant, *id)->birthName == QStringLiteral("DUPONT"));

        REQUIRE(
            registry.updateIdentity(Assistant, changed, QStringLiteral("typo on the first visit")));
        auto reread = registry.open(Assistant, *id);
        CHECK(reread->birthName == QStringLiteral("DUPOND"));
        CHECK(reread->status == IdentityStatus::Provisional);
        CHECK(names(registry.search(Assistant, QStringLiteral("dupond"))).size() == 1);
        CHECK(names(registry.search(Assistant, QStringLiteral("dupont"))).isEmpty());
        QSqlQuery events(desk.vault->database());
        REQUIRE(
            events.exec(QStringLiteral("SELECT event, status_before, status_after, reason, by_user "
                                       "FROM identity_event ORDER BY updated_at")));
        REQUIRE(events.next());
        CHECK(events.value(0).toString() == QStringLiteral("validated"));
        REQUIRE(events.next());
        CHECK(events.value(0).toString() == QStringLiteral("strict-traits-changed"));
        CHECK(events.value(1).toString() == QStringLiteral("VALI"));
        CHECK(events.value(2).toString() == QStringLiteral("PROV"));
        CHECK(events.value(3).toString() == QStringLiteral("typo on the first visit"));
        CHECK(events.value(4).toString() == Assistant.userId);
    }
    SECTION("no validation without the place of birth")
    {
        PatientIdentity other = helene();
        other.birthName = QStringLiteral("Autre");
        other.birthDate = QDate(1970, 1, 1);
        other.birthPlace.clear();
        auto otherId = registry.create(Assistant, other);
        REQUIRE(otherId.has_value());
        const Status refused =
            registry.validateIdentity(Assistant, *otherId, ProofDocument::Passport);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().field == QLatin1String(PatientRegistry::FieldBirthPlace));
    }
}

TEST_CASE("allergies and intolerances are kept, listed, removed, and summed up for the header")
{
    Desk desk;
    auto registry = desk.registry();
    auto id = registry.create(Assistant, helene());
    REQUIRE(id.has_value());
    PatientAllergies allergies(*desk.vault);
    CHECK(allergies.status(Assistant, *id)->state == AllergyStatus::State::NotAsked);
    CHECK(PatientAllergies::summary(*allergies.status(Assistant, *id)) ==
          QStringLiteral("not asked yet"));

    Allergy penicillin{{},
                       *id,
                       Allergy::Kind::Allergy,
                       QStringLiteral("Pénicilline"),
                       {},
                       QStringLiteral("urticaire")};
    Allergy lactose{{}, *id, Allergy::Kind::Intolerance, QStringLiteral(" lactose "), {}, {}};
    auto first = allergies.add(Assistant, penicillin);
    REQUIRE(first.has_value());
    REQUIRE(allergies.add(Assistant, lactose).has_value());
    auto listed = allergies.list(Assistant, *id);
    REQUIRE(listed.has_value());
    REQUIRE(listed->size() == 2);
    CHECK(PatientAllergies::summary(*allergies.status(Assistant, *id)) ==
          QStringLiteral("Pénicilline (allergy: urticaire), lactose (intolerance)"));

    Allergy nothing{{}, *id, Allergy::Kind::Allergy, QStringLiteral("  "), {}, {}};
    auto refused = allergies.add(Assistant, nothing);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().field == QLatin1String(PatientAllergies::FieldSubstance));
    const Session adminOnly{QStringLiteral("u-admin"), QStringLiteral("it"), QStringLiteral("IT"),
                            Role::Admin};
    CHECK(allergies.add(adminOnly, penicillin).error().code == ErrorCode::Denied);
    CHECK(allergies.list(adminOnly, *id).error().code == ErrorCode::Denied);

    REQUIRE(allergies.remove(Assistant, *first));
    CHECK(allergies.list(Assistant, *id)->size() == 1);
    QSqlQuery kept(desk.vault->database());
    REQUIRE(kept.exec(QStringLiteral("SELECT count(*) FROM patient_allergy")));
    REQUIRE(kept.next());
    CHECK(kept.value(0).toInt() == 2); // the removed one stays as a tombstone
}

TEST_CASE("not asked, no known allergy, and a list are three different answers")
{
    Desk desk;
    auto registry = desk.registry();
    auto id = registry.create(Assistant, helene());
    REQUIRE(id.has_value());
    PatientAllergies allergies(*desk.vault);
    REQUIRE(allergies.status(Assistant, *id)->state == AllergyStatus::State::NotAsked);

    // Asked: none. Recorded with who and when, as a record of its own that syncs.
    REQUIRE(allergies.recordNoneKnown(Assistant, *id));
    auto none = allergies.status(Assistant, *id);
    REQUIRE(none.has_value());
    CHECK(none->state == AllergyStatus::State::NoneKnown);
    CHECK(none->statedBy == Assistant.userId); // no account of that id in this test vault
    CHECK(none->statedAt == desk.clock.now());
    CHECK(PatientAllergies::summary(*none).startsWith(
        QStringLiteral("no known allergy (asked by u-amel on ")));
    QSqlQuery journal(desk.vault->database());
    REQUIRE(journal.exec(QStringLiteral(
        "SELECT count(*) FROM change_journal WHERE entity = 'patient_allergy_statement'")));
    REQUIRE(journal.next());
    CHECK(journal.value(0).toInt() == 1);
    // Said again later: one answer, the newest.
    REQUIRE(allergies.recordNoneKnown(Assistant, *id));
    QSqlQuery live(desk.vault->database());
    REQUIRE(live.exec(
        QStringLiteral("SELECT count(*) FROM patient_allergy_statement WHERE deleted = 0")));
    REQUIRE(live.next());
    CHECK(live.value(0).toInt() == 1);

    // An allergy found later withdraws "none known" in the same write.
    Allergy latex{{}, *id, Allergy::Kind::Allergy, QStringLiteral("latex"), {}, {}};
    REQUIRE(allergies.add(Assistant, latex));
    CHECK(allergies.status(Assistant, *id)->state == AllergyStatus::State::Listed);
    // And "none known" cannot be recorded over a list.
    const Status refused = allergies.recordNoneKnown(Assistant, *id);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("remove them first")));
    // Removing the allergy (a mistake) leaves the file "not asked", not "none".
    const QString latexId = allergies.list(Assistant, *id)->first().id;
    REQUIRE(allergies.remove(Assistant, latexId));
    CHECK(allergies.status(Assistant, *id)->state == AllergyStatus::State::NotAsked);

    const Session adminOnly{QStringLiteral("u-admin"), QStringLiteral("it"), QStringLiteral("IT"),
                            Role::Admin};
    CHECK(allergies.recordNoneKnown(adminOnly, *id).error().code == ErrorCode::Denied);
}

TEST_CASE("the name shown carries the first name as the person writes it")
{
    PatientIdentity p;
    p.birthName = QStringLiteral("LEFEVRE");
    p.firstNames = QStringLiteral("JEROME PAUL");
    CHECK(PatientRegistry::displayName(p) == QStringLiteral("LEFEVRE Jerome Paul"));
    p.usedFirstName = QStringLiteral("Jérôme");
    CHECK(PatientRegistry::displayName(p) == QStringLiteral("LEFEVRE Jérôme Paul"));
    p.firstNames = QStringLiteral("JEAN-PIERRE MARIE");
    p.usedFirstName = QStringLiteral("Jean-Pierre");
    CHECK(PatientRegistry::displayName(p) == QStringLiteral("LEFEVRE Jean-Pierre Marie"));
    // Another first name than the given ones is not put in their place.
    p.usedFirstName = QStringLiteral("Marco");
    CHECK(PatientRegistry::displayName(p) == QStringLiteral("LEFEVRE Jean-Pierre Marie"));
    p.firstNames = QStringLiteral("OCEANE");
    p.usedFirstName = QStringLiteral("Océane");
    p.usedName = QStringLiteral("Martin");
    CHECK(PatientRegistry::displayName(p) == QStringLiteral("LEFEVRE (Martin) Océane"));
}

TEST_CASE("search: a surname that starts with the letters comes before a first name that does, "
          "and a short date finds the birth date")
{
    Desk desk;
    auto registry = desk.registry();
    const auto person = [&](const char *birthName, const char *firstNames, const QDate &born) {
        PatientIdentity p;
        p.birthName = QString::fromUtf8(birthName);
        p.firstNames = QString::fromUtf8(firstNames);
        p.sex = QLatin1Char('M');
        p.birthDate = born;
        auto id = registry.create(Assistant, p, true);
        REQUIRE(id.has_value());
        return *id;
    };
    // First names that sort before the surname in the index: they used to fill the list first.
    for (int i = 0; i < 30; ++i)
        person("Dupond", "Marc", QDate(1950, 1, 1).addDays(i));
    const QString martin = person("Martineau", "Paul", QDate(1970, 2, 5));
    auto found = registry.search(Assistant, QStringLiteral("mar"), 10);
    REQUIRE(found.has_value());
    REQUIRE_FALSE(found->isEmpty());
    CHECK(found->first().id == martin);
    // Once the file was opened, still first.
    REQUIRE(registry.open(Assistant, found->at(3).id));
    CHECK(registry.search(Assistant, QStringLiteral("mar"), 10)->first().id == martin);
    // Two words: surname then first name.
    CHECK(registry.search(Assistant, QStringLiteral("mart pau"), 10)->first().id == martin);

    const QString young = person("Jeune", "Léo", QDate(2005, 2, 5));
    const auto idsFound = [&](const char *typed) {
        const auto hits = registry.search(Assistant, QString::fromUtf8(typed));
        QStringList ids;
        for (const PatientHit &h : hits.value_or(QList<PatientHit>{}))
            ids.append(h.id);
        return ids;
    };
    CHECK(idsFound("5/2/70") == QStringList{martin});
    CHECK(idsFound("05.02.05") == QStringList{young});
}
