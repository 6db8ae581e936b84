#include "services/DrugSearch.h"
#include "services/DrugSubstances.h"
#include "support/TestData.h"
#include "support/TestPractice.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace relais;
using relais::test::TestPractice;

namespace {

const Session &Assistant = relais::test::DeskAssistant;
const Session &Physician = relais::test::DeskPhysician;

// A desk with the fixture's cut of the 2017 BDPM.
struct DrugDesk
{
    TestPractice desk;
    DrugSearch search{*desk.vault};
    DrugDesk()
    {
        REQUIRE(DrugSubstances(*desk.vault)
                    .importFrom(Physician, relais::test::fixture(QStringLiteral("bdpm")),
                                DrugSubstances::Import::Forced)
                    .has_value());
    }
    QList<DrugChoice> find(const QString &typed) const
    {
        auto found = search.find(Assistant, typed);
        REQUIRE(found.has_value());
        return *found;
    }
};

bool hasCis(const QList<DrugChoice> &choices, const char *cis)
{
    return std::any_of(choices.cbegin(), choices.cend(), [cis](const DrugChoice &c) {
        return c.specialty.cis == QLatin1String(cis);
    });
}

} // namespace

TEST_CASE("drug search: by brand or by substance, accents and case aside, marketed first")
{
    DrugDesk drugs;
    const QList<DrugChoice> amox = drugs.find(QStringLiteral("amoxi"));
    REQUIRE(amox.size() >= 12);
    // CLAMOXYL has no AMOXICILLINE in its name: found by its substance.
    CHECK(hasCis(amox, "60271045"));
    // The marketed ones come first.
    const auto firstOff = std::find_if(amox.cbegin(), amox.cend(),
                                       [](const DrugChoice &c) { return !c.specialty.marketed; });
    CHECK(std::all_of(firstOff, amox.cend(),
                      [](const DrugChoice &c) { return !c.specialty.marketed; }));
    // Every word narrows: a strength, a brand.
    const QList<DrugChoice> narrowed = drugs.find(QStringLiteral("AMOXICILLINE biogaran 500"));
    REQUIRE_FALSE(narrowed.isEmpty());
    CHECK(narrowed.size() < amox.size());
    for (const DrugChoice &choice : narrowed) {
        CHECK(choice.specialty.name.contains(QLatin1String("BIOGARAN")));
        CHECK(choice.specialty.name.contains(QLatin1String("500")));
    }
    CHECK(drugs.find(QStringLiteral("clamoxyl")).size() == 1);
    CHECK(drugs.find(QStringLiteral("CLAMOXYL 2 g")).first().specialty.cis ==
          QLatin1String("60271045"));
    // Too short to mean anything, or nothing like it.
    CHECK(drugs.find(QStringLiteral("a")).isEmpty());
    CHECK(drugs.find(QStringLiteral("  ")).isEmpty());
    CHECK(drugs.find(QStringLiteral("zzzyx")).isEmpty());
    // LIKE's wildcards typed are read as nothing, not as "anything".
    CHECK(drugs.find(QStringLiteral("%_%")).isEmpty());
}

TEST_CASE("drug search: a box's code finds its drug, with what tells it from the others")
{
    DrugDesk drugs;
    const QChar gs(0x1D);
    const QString dataMatrix =
        QStringLiteral("]d201034009332086391728103110AB123") + gs + QStringLiteral("21XYZ987");
    for (const QString &typed : {QStringLiteral("3400933208639"), dataMatrix,
                                 QStringLiteral("3320863"), QStringLiteral("60002504")}) {
        INFO(typed.toStdString());
        const QList<DrugChoice> found = drugs.find(typed);
        REQUIRE(found.size() == 1);
        const DrugChoice &ranitidine = found.first();
        CHECK(ranitidine.specialty.cis == QLatin1String("60002504"));
        CHECK(ranitidine.specialty.form == QStringLiteral("comprimé effervescent(e)"));
        CHECK(ranitidine.specialty.routes == QStringList{QStringLiteral("orale")});
        CHECK(ranitidine.specialty.marketed);
        // The salt weighs 168 mg; the prescription and the box say 150 mg of ranitidine.
        CHECK(ranitidine.strength() == QLatin1String("150 mg"));
        CHECK(ranitidine.substances() ==
              QStringList{QStringLiteral("RANITIDINE (CHLORHYDRATE DE)")});
        REQUIRE(ranitidine.generic.has_value());
        CHECK(ranitidine.generic->group == 10);
        CHECK(ranitidine.generic->kind == GenericGroupMember::Kind::Generic);
        CHECK(ranitidine.reimbursementRate == 15);
        CHECK(ranitidine.conditions == QStringList{QStringLiteral("liste II")});
        if (typed.size() != 8)
            CHECK(ranitidine.cip13 == QLatin1String("3400933208639"));
    }
    // A code of no box here, a misread code.
    CHECK(drugs.find(QStringLiteral("3400930000120")).isEmpty());
    CHECK(drugs.find(QStringLiteral("3400933208638")).isEmpty());
}

TEST_CASE("drug search: only a person logged in searches")
{
    DrugDesk drugs;
    auto refused = drugs.search.find(Session{}, QStringLiteral("amox"));
    REQUIRE_FALSE(refused.has_value());
}

TEST_CASE("drug search: a release imported before the word index is searched all the same")
{
    DrugDesk drugs;
    const QList<DrugChoice> indexed = drugs.find(QStringLiteral("amoxi 500"));
    REQUIRE_FALSE(indexed.isEmpty());
    CHECK(drugs.desk.count(QStringLiteral("SELECT count(*) FROM drug_search_word WHERE word = "
                                          "'CLAMOXYL'")) == 1);
    QSqlQuery clear(drugs.desk.vault->database());
    REQUIRE(clear.exec(QStringLiteral("DELETE FROM drug_search_word")));
    const QList<DrugChoice> scanned = drugs.find(QStringLiteral("amoxi 500"));
    REQUIRE(scanned.size() == indexed.size());
    for (qsizetype i = 0; i < scanned.size(); ++i)
        CHECK(scanned.at(i).specialty.cis == indexed.at(i).specialty.cis);
}
