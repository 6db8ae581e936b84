#include "repositories/AppointmentRepository.h"
#include "repositories/PatientNames.h"
#include "repositories/PatientRepository.h"
#include "repositories/VitalSignRepository.h"
#include "storage/RecordWriter.h"
#include "storage/Rows.h"
#include "storage/Vault.h"
#include "support/TestPractice.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace relais;
using relais::test::DeskAssistant;
using relais::test::TestPractice;

TEST_CASE("rows: columns are read by name, whatever order the query selects them in")
{
    TestPractice desk;
    const auto read = [&](const QString &sql) {
        return selectOne(desk.vault->database(), sql, {}, QStringLiteral("reading"),
                         [](const Row &row) {
                             return std::tuple(row.text("name"), row.integer("n"),
                                               row.letter("sex"), row.date("day"));
                         });
    };
    const auto expected =
        std::tuple(QStringLiteral("DUPONT"), qint64{42}, QChar(u'F'), QDate(1962, 4, 17));
    auto first =
        read(QStringLiteral("SELECT 'DUPONT' AS name, 42 AS n, 'F' AS sex, '1962-04-17' AS day"));
    auto reordered = read(QStringLiteral(
        "SELECT '1962-04-17' AS day, 'F' AS sex, 'extra' AS other, 42 AS n, 'DUPONT' AS name"));
    REQUIRE(first.has_value());
    REQUIRE(reordered.has_value());
    CHECK(**first == expected);
    CHECK(**reordered == expected);

    SECTION("an empty code reads as no letter, an empty date as an invalid one")
    {
        auto empty =
            selectOne(desk.vault->database(), QStringLiteral("SELECT '' AS sex, '' AS day"), {},
                      QStringLiteral("reading"),
                      [](const Row &row) { return std::pair(row.letter("sex"), row.date("day")); });
        REQUIRE(empty.has_value());
        CHECK((*empty)->first.isNull());
        CHECK_FALSE((*empty)->second.isValid());
    }
    SECTION("read from the statement or from a scrolling query's copy, the same values")
    {
        const QString sql = QStringLiteral(
            "SELECT 'Hélène' AS name, 42 AS n, 2.5 AS x, NULL AS none, 7 AS flag, "
            "'2026-03-29T01:30:00.250Z' AS at, '2026-03-29T03:30:00+02:00' AS other_at, "
            "'1962-04-17' AS day, '' AS empty_at");
        const auto readAll = [](const Row &row) {
            return std::tuple(row.text("name"), row.integer("n"), row.real("x"), row.text("none"),
                              row.integer("none"), row.flag("flag"), row.instant("at"),
                              row.instant("other_at"), row.date("day"),
                              row.instant("empty_at").isValid(), row.text("n"));
        };
        const auto values =
            std::tuple(QStringLiteral("Hélène"), qint64{42}, 2.5, QString(), qint64{0}, true,
                       QDateTime(QDate(2026, 3, 29), QTime(1, 30, 0, 250), Qt::UTC),
                       QDateTime(QDate(2026, 3, 29), QTime(1, 30), Qt::UTC), QDate(1962, 4, 17),
                       false, QStringLiteral("42"));
        auto forward =
            selectOne(desk.vault->database(), sql, {}, QStringLiteral("reading"), readAll);
        REQUIRE(forward.has_value());
        CHECK(**forward == values);
        QSqlQuery scrolling(desk.vault->database());
        REQUIRE(scrolling.exec(sql));
        REQUIRE(scrolling.next());
        CHECK(readAll(Row(scrolling)) == values);
    }
    SECTION("a query that finds nothing gives nothing, and a failing one its reason")
    {
        auto none = selectOne(
            desk.vault->database(), QStringLiteral("SELECT id FROM patient WHERE id = 'none'"), {},
            QStringLiteral("reading"), [](const Row &row) { return row.text("id"); });
        REQUIRE(none.has_value());
        CHECK_FALSE(none->has_value());
        auto broken =
            selectAll(desk.vault->database(), QStringLiteral("SELECT id FROM no_such_table"), {},
                      QStringLiteral("Reading the void failed"),
                      [](const Row &row) { return row.text("id"); });
        REQUIRE_FALSE(broken.has_value());
        CHECK(broken.error().code == ErrorCode::Sql);
        CHECK(broken.error().message.startsWith(QStringLiteral("Reading the void failed")));
    }
}

TEST_CASE("repositories: a record written from its columns reads back the same")
{
    TestPractice desk;
    auto normalised = desk.registry().normalise(relais::test::helene());
    REQUIRE(normalised.has_value());
    PatientIdentity written = *normalised;
    written.phone = QStringLiteral("+33612345678");
    written.email = QStringLiteral("helene.dupont@example.org");
    auto id = desk.vault->write(Actor{DeskAssistant.userId}, [&](RecordWriter &w) {
        return w.create(QString::fromLatin1(PatientRepository::Table),
                        PatientRepository::columnsOf(written));
    });
    REQUIRE(id.has_value());
    written.id = *id;

    auto read = PatientRepository(*desk.vault).find(*id);
    REQUIRE(read.has_value());
    REQUIRE(read->has_value());
    const PatientIdentity &p = **read;
    CHECK(p.id == written.id);
    CHECK(p.birthName == written.birthName);
    CHECK(p.firstNames == written.firstNames);
    CHECK(p.usedName == written.usedName);
    CHECK(p.usedFirstName == written.usedFirstName);
    CHECK(p.sex == written.sex);
    CHECK(p.birthDate == written.birthDate);
    CHECK(p.birthPlace == written.birthPlace);
    CHECK(p.status == written.status);
    CHECK(p.phone == written.phone);
    CHECK(p.email == written.email);
    CHECK(p.mergedInto.isEmpty());

    // Found by the word index the write path derived from the columns.
    auto ids = PatientRepository(*desk.vault).idsMatchingWords({QStringLiteral("MARTIN")}, 10);
    REQUIRE(ids.has_value());
    CHECK(*ids == QStringList{QString(*id)});

    VitalRecord weight;
    weight.patientId = *id;
    weight.kind = VitalKind::Weight;
    weight.value = 72.5;
    weight.measuredAt = QDateTime(TestPractice::today(), QTime(9, 30, 15, 250), Qt::UTC);
    weight.measuredBy = DeskAssistant.userId;
    auto vitalId = desk.vault->write(Actor{DeskAssistant.userId}, [&](RecordWriter &w) {
        return w.create(QString::fromLatin1(VitalSignRepository::Table),
                        VitalSignRepository::columnsOf(weight));
    });
    REQUIRE(vitalId.has_value());
    auto measured = VitalSignRepository(*desk.vault).find(*vitalId);
    REQUIRE(measured.has_value());
    REQUIRE(measured->has_value());
    CHECK((*measured)->kind == VitalKind::Weight);
    CHECK((*measured)->value == Approx(72.5));
    CHECK((*measured)->measuredAt == weight.measuredAt);
    CHECK((*measured)->patientId == *id);
    CHECK_FALSE((*measured)->superseded);
}

TEST_CASE("appointments: written and read back by name, found by overlap of their times")
{
    TestPractice desk;
    const QDateTime nine(QDate(2026, 11, 30), QTime(8, 0), Qt::UTC);
    Appointment a;
    a.practitionerId = QStringLiteral("u-leroy");
    a.patientId = QStringLiteral("p-1");
    a.type = QStringLiteral("consultation");
    a.start = nine;
    a.end = nine.addSecs(30 * 60);
    a.seriesId = QStringLiteral("s-1");
    auto id = desk.vault->write(DeskAssistant.actor(), [&](RecordWriter &w) {
        return w.create(QLatin1String(AppointmentRepository::Table),
                        AppointmentRepository::columnsOf(a, DeskAssistant.userId));
    });
    REQUIRE(id.has_value());
    AppointmentRepository repository(*desk.vault);
    auto read = repository.find(*id);
    REQUIRE(read.has_value());
    REQUIRE(read->has_value());
    const Appointment &back = **read;
    CHECK(back.id == *id);
    CHECK(back.start == a.start);
    CHECK(back.end == a.end);
    CHECK(back.status == Appointment::Status::Booked);
    CHECK(back.seriesId == QStringLiteral("s-1"));

    // [start, end): one that starts as it ends, or ends as it starts, does not overlap.
    const auto found = [&](const QDateTime &from, const QDateTime &to) {
        return repository.ofPractitioners({QStringLiteral("u-leroy")}, from, to)->size();
    };
    CHECK(found(nine.addSecs(15 * 60), nine.addSecs(20 * 60)) == 1);
    CHECK(found(nine.addSecs(30 * 60), nine.addSecs(60 * 60)) == 0);
    CHECK(found(nine.addSecs(-15 * 60), nine) == 0);
    CHECK(found(nine.addSecs(-15 * 60), nine.addSecs(60)) == 1);
    CHECK(
        repository.ofPractitioners({QStringLiteral("someone")}, nine, nine.addDays(1))->isEmpty());
    CHECK(repository.ofPatient(QStringLiteral("p-1"), nine, nine.addDays(1))->size() == 1);

    Appointment cancelled = back;
    cancelled.status = Appointment::Status::Cancelled;
    cancelled.cancelledBy = Appointment::CancelledBy::Patient;
    cancelled.reason = QStringLiteral("grippe");
    REQUIRE(desk.vault->write(DeskAssistant.actor(), [&](RecordWriter &w) {
        return w.update(QLatin1String(AppointmentRepository::Table), *id,
                        AppointmentRepository::statusColumns(cancelled));
    }));
    const Appointment after = **repository.find(*id);
    CHECK(after.status == Appointment::Status::Cancelled);
    CHECK(after.cancelledBy == Appointment::CancelledBy::Patient);
    CHECK(after.reason == QStringLiteral("grippe"));
    CHECK_FALSE(after.holdsTime());
}

TEST_CASE("appointments: a practitioner's read in time order, every status")
{
    TestPractice desk;
    const QDateTime eight(QDate(2026, 11, 30), QTime(8, 0), Qt::UTC);
    const auto book = [&](const QString &practitionerId, int minutes) {
        Appointment a;
        a.practitionerId = practitionerId;
        a.patientId = QStringLiteral("p-1");
        a.type = QStringLiteral("C");
        a.start = eight.addSecs(qint64{60} * minutes);
        a.end = a.start.addSecs(qint64{15} * 60);
        return *desk.vault->write(DeskAssistant.actor(), [&](RecordWriter &w) {
            return w.create(QLatin1String(AppointmentRepository::Table),
                            AppointmentRepository::columnsOf(a, DeskAssistant.userId));
        });
    };
    const QString second = book(QStringLiteral("u-leroy"), 30);
    const QString first = book(QStringLiteral("u-leroy"), 0);
    const QString other = book(QStringLiteral("u-martin"), 15);
    const QString nextDay = book(QStringLiteral("u-leroy"), 24 * 60);
    AppointmentRepository repository(*desk.vault);
    auto read = repository.ofPractitioners({QStringLiteral("u-leroy")}, eight, eight.addDays(1));
    REQUIRE(read.has_value());
    REQUIRE(read->size() == 2);
    CHECK(read->at(0).id == first);
    CHECK(read->at(1).id == second);
    auto both = repository.ofPractitioners({QStringLiteral("u-leroy"), QStringLiteral("u-martin")},
                                           eight, eight.addDays(2));
    REQUIRE(both.has_value());
    REQUIRE(both->size() == 4);
    CHECK(both->at(1).id == other);
    CHECK(both->at(3).id == nextDay);
}

TEST_CASE("patient names: kept between reads, never older than the file")
{
    TestPractice desk;
    auto helene = desk.registry().create(DeskAssistant, relais::test::helene());
    REQUIRE(helene.has_value());
    const PatientIdentity stored = *PatientRepository(*desk.vault).load(*helene);
    PatientNames names;
    const QString gone = QStringLiteral("p-gone");
    REQUIRE(names.fetch(*desk.vault, {*helene, gone, *helene}));
    REQUIRE(names.find(*helene) != nullptr);
    CHECK(names.find(*helene)->displayName == stored.displayName());
    CHECK(names.find(*helene)->identity.birthDate == stored.birthDate);
    CHECK(names.find(*helene)->identity.phone == stored.phone);
    CHECK(names.find(gone) == nullptr);
    CHECK(names.find(QStringLiteral("never-asked")) == nullptr);

    const auto rename = [&](Vault &through, const QString &usedName) {
        REQUIRE(through.write(DeskAssistant.actor(), [&](RecordWriter &w) {
            return w.update(QStringLiteral("patient"), *helene,
                            {{QStringLiteral("used_name"), usedName}});
        }));
    };
    const auto shown = [&] {
        REQUIRE(names.fetch(*desk.vault, {*helene}));
        REQUIRE(names.find(*helene) != nullptr);
        return names.find(*helene)->displayName;
    };
    SECTION("a patient written through the same handle is read again")
    {
        rename(*desk.vault, QStringLiteral("MARTIN"));
        CHECK(shown().contains(QStringLiteral("MARTIN")));
    }
    SECTION("anything committed by another connection drops what is kept")
    {
        auto other = desk.vault->openAnother();
        REQUIRE(other.has_value());
        rename(**other, QStringLiteral("BERNARD"));
        CHECK(shown().contains(QStringLiteral("BERNARD")));
    }
    SECTION("a write through this handle to another table keeps the names")
    {
        const Vault::ReadStamp before = *desk.vault->readStamp(QStringLiteral("patient"));
        const Vault::ReadStamp booked = *desk.vault->readStamp(QStringLiteral("appointment"));
        REQUIRE(desk.vault->write(DeskAssistant.actor(), [&](RecordWriter &w) {
            Appointment a;
            a.practitionerId = QStringLiteral("u-leroy");
            a.patientId = *helene;
            a.type = QStringLiteral("C");
            a.start = QDateTime(QDate(2026, 11, 30), QTime(8, 0), Qt::UTC);
            a.end = a.start.addSecs(900);
            return w.create(QLatin1String(AppointmentRepository::Table),
                            AppointmentRepository::columnsOf(a, DeskAssistant.userId));
        }));
        CHECK(*desk.vault->readStamp(QStringLiteral("patient")) == before);
        CHECK(*desk.vault->readStamp(QStringLiteral("appointment")) != booked);
    }
    SECTION("a file merged into another or removed has no name")
    {
        REQUIRE(desk.vault->write(DeskAssistant.actor(), [&](RecordWriter &w) {
            return w.update(QStringLiteral("patient"), *helene,
                            {{QStringLiteral("merged_into"), QStringLiteral("p-kept")}});
        }));
        REQUIRE(names.fetch(*desk.vault, {*helene}));
        CHECK(names.find(*helene) == nullptr);
    }
}

TEST_CASE("patients: a week's agenda names over a thousand patients at once")
{
    // SQLite refuses more than 999 bound values in one statement here: the week view of five
    // practitioners asked for 1,900 names and the read failed.
    TestPractice desk;
    auto id = desk.registry().create(DeskAssistant, relais::test::helene());
    REQUIRE(id.has_value());
    QStringList ids;
    for (int i = 0; i < 2500; ++i)
        ids.append(QStringLiteral("absent-%1").arg(i));
    ids.insert(1700, *id);
    auto found = PatientRepository(*desk.vault).findLive(ids);
    REQUIRE(found.has_value());
    REQUIRE(found->size() == 1);
    CHECK(found->first().id == *id);
}

TEST_CASE("instants: the vault's form reads back to the millisecond, other ISO forms still read")
{
    const QDateTime at(QDate(2027, 3, 28), QTime(1, 59, 59, 999), Qt::UTC);
    CHECK(storedInstant(at) == QStringLiteral("2027-03-28T01:59:59.999Z"));
    CHECK(readInstant(storedInstant(at)) == at);
    const QDateTime paris(QDate(2026, 11, 24), QTime(11, 0), QTimeZone("Europe/Paris"));
    CHECK(readInstant(storedInstant(paris)) ==
          QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC));
    CHECK(readInstant(QStringLiteral("2026-11-24T11:00:00+01:00")) ==
          QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC));
    CHECK_FALSE(readInstant(QString()).isValid());
    CHECK_FALSE(readInstant(QStringLiteral("2026-02-30T10:00:00.000Z")).isValid());
    CHECK_FALSE(readInstant(QStringLiteral("2026-1x-24T10:00:00.000Z")).isValid());
}
