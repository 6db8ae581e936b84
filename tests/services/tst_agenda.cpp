#include "domain/PracticeTime.h"
#include "services/Agenda.h"
#include "services/PatientMerger.h"
#include "services/UserAccounts.h"
#include "support/TestPractice.h"

#include <catch2/catch.hpp>

using namespace relais;
using relais::test::TestPractice;

namespace {

// Tuesday 24 November 2026, the fixture's day; its clock reads 10:00 UTC (11:00 in Paris).
QDateTime at(int h, int m = 0, int days = 0)
{
    return *PracticeTime::toUtc(TestPractice::today().addDays(days), QTime(h, m));
}

struct Desk
{
    TestPractice practice;
    QString patient;
    QString otherPatient;
    QString colleague; // a second physician

    Desk()
    {
        practice.withDemo(0);
        auto hel = practice.registry().create(practice.assistant, relais::test::helene());
        REQUIRE(hel.has_value());
        patient = *hel;
        PatientIdentity paul;
        paul.birthName = QStringLiteral("Roux");
        paul.firstNames = QStringLiteral("Paul");
        paul.sex = QLatin1Char('M');
        paul.birthDate = QDate(1950, 2, 3);
        auto other = practice.registry().create(practice.assistant, paul, true);
        REQUIRE(other.has_value());
        otherPatient = *other;
        colleague = practice.addColleague().userId;
    }

    Appointment draft(const QString &who, const QString &practitioner, const QDateTime &start,
                      int minutes) const
    {
        Appointment a;
        a.practitionerId = practitioner;
        a.patientId = who;
        a.type = QStringLiteral("consultation");
        a.start = start;
        a.end = start.addSecs(qint64(minutes) * 60);
        return a;
    }
    qint64 history(const QString &id)
    {
        return practice.count(
            QStringLiteral("SELECT count(*) FROM appointment_event WHERE appointment_id = '%1'")
                .arg(id));
    }
};

} // namespace

TEST_CASE("agenda: a booking never double-books by accident, and is kept in its history")
{
    Desk desk;
    Agenda agenda(*desk.practice.vault);
    const Session &assistant = desk.practice.assistant;
    const QString doctor = desk.practice.doctor.userId;

    auto first = agenda.book(assistant, desk.draft(desk.patient, doctor, at(14), 30));
    REQUIRE(first.has_value());
    CHECK(desk.history(*first) == 1);

    // The second half of the visit, for someone else: refused, saying what is in the way.
    auto second = agenda.book(assistant, desk.draft(desk.otherPatient, doctor, at(14, 15), 15));
    REQUIRE_FALSE(second.has_value());
    CHECK(second.error().code == ErrorCode::AlreadyExists);
    CHECK(second.error().field == QLatin1String(AppointmentRules::FieldStart));
    CHECK(second.error().message.contains(QStringLiteral("from 14:00 to 14:30")));
    CHECK(second.error().message.contains(QStringLiteral("DUPONT")));

    // The same patient with the colleague at the same time: refused too.
    auto twice = agenda.book(assistant, desk.draft(desk.patient, desk.colleague, at(14, 10), 15));
    REQUIRE_FALSE(twice.has_value());
    CHECK(twice.error().code == ErrorCode::AlreadyExists);

    // Booked anyway with a reason: marked as an overbooking, the reason kept.
    auto forced = agenda.book(assistant, desk.draft(desk.otherPatient, doctor, at(14, 15), 15),
                              QStringLiteral("douleur thoracique, vu entre deux"));
    REQUIRE(forced.has_value());
    CHECK(desk.practice.count(QStringLiteral("SELECT count(*) FROM appointment WHERE "
                                             "overbooked = 1 AND reason <> ''")) == 1);
    // Right after it: free.
    CHECK(agenda.book(assistant, desk.draft(desk.otherPatient, doctor, at(14, 30), 15)));
}

TEST_CASE("agenda: moving, cancelling and no-shows, each kept, each under the same rules")
{
    Desk desk;
    Agenda agenda(*desk.practice.vault);
    const Session &assistant = desk.practice.assistant;
    const QString doctor = desk.practice.doctor.userId;
    auto morning = agenda.book(assistant, desk.draft(desk.patient, doctor, at(9, 0, 1), 20));
    auto taken = agenda.book(assistant, desk.draft(desk.otherPatient, doctor, at(10, 0, 1), 20));
    REQUIRE(morning.has_value());
    REQUIRE(taken.has_value());

    // Onto the other appointment: refused; next to it: moved, and kept in its history.
    const Status onto = agenda.move(assistant, *morning, at(10, 10, 1), at(10, 30, 1), {});
    REQUIRE_FALSE(onto.has_value());
    CHECK(onto.error().code == ErrorCode::AlreadyExists);
    REQUIRE(agenda.move(assistant, *morning, at(10, 20, 1), at(10, 40, 1), {}));
    CHECK(desk.history(*morning) == 2);
    // Moving it where it overlaps itself only is no conflict.
    REQUIRE(agenda.move(assistant, *morning, at(10, 25, 1), at(10, 45, 1), {}));

    // Cancelling says by whom and why; then the appointment no longer changes, and its time is
    // free again.
    const Status noReason =
        agenda.cancel(assistant, *morning, Appointment::CancelledBy::Patient, QStringLiteral(" "));
    REQUIRE_FALSE(noReason.has_value());
    CHECK(noReason.error().field == QLatin1String(AppointmentRules::FieldReason));
    REQUIRE(agenda.cancel(assistant, *morning, Appointment::CancelledBy::Patient,
                          QStringLiteral("grippe")));
    const Status revived = agenda.move(assistant, *morning, at(11, 0, 1), at(11, 20, 1), {});
    REQUIRE_FALSE(revived.has_value());
    CHECK(revived.error().code == ErrorCode::Frozen);
    CHECK(agenda.book(assistant, desk.draft(desk.otherPatient, doctor, at(10, 25, 1), 20)));
    CHECK(desk.history(*morning) == 4);

    // A no-show only once the time has come; it frees the time.
    const Status early = agenda.markNoShow(assistant, *taken);
    REQUIRE_FALSE(early.has_value());
    desk.practice.clock.advanceMs(qint64(26) * 3600 * 1000);
    REQUIRE(agenda.markNoShow(assistant, *taken));
    CHECK(desk.history(*taken) == 2);
}

TEST_CASE("agenda: what cannot be booked is refused with the field it is about")
{
    Desk desk;
    Agenda agenda(*desk.practice.vault);
    const Session &assistant = desk.practice.assistant;
    const QString doctor = desk.practice.doctor.userId;
    const auto field = [&](const Appointment &a) {
        auto booked = agenda.book(assistant, a);
        return booked ? QString() : booked.error().field;
    };
    // Zero or negative duration, a month ago.
    CHECK(field(desk.draft(desk.patient, doctor, at(15), 0)) ==
          QLatin1String(AppointmentRules::FieldMinutes));
    CHECK(field(desk.draft(desk.patient, doctor, at(15), -15)) ==
          QLatin1String(AppointmentRules::FieldMinutes));
    CHECK(field(desk.draft(desk.patient, doctor, at(15, 0, -30), 15)) ==
          QLatin1String(AppointmentRules::FieldStart));
    // Nobody's account, or a disabled one.
    CHECK(field(desk.draft(desk.patient, QStringLiteral("nobody"), at(15), 15)) ==
          QLatin1String(Agenda::FieldPractitioner));
    REQUIRE(
        UserAccounts(*desk.practice.vault).setDisabled(desk.practice.doctor, desk.colleague, true));
    CHECK(field(desk.draft(desk.patient, desk.colleague, at(15), 15)) ==
          QLatin1String(Agenda::FieldPractitioner));
    // A file merged into another.
    REQUIRE(PatientMerger(*desk.practice.vault)
                .merge(assistant, desk.patient, desk.otherPatient,
                       QStringLiteral("même personne, même carte")));
    CHECK(field(desk.draft(desk.otherPatient, doctor, at(15), 15)) ==
          QLatin1String(Agenda::FieldPatient));
    CHECK(field(desk.draft(QStringLiteral("nobody"), doctor, at(15), 15)) ==
          QLatin1String(Agenda::FieldPatient));
    CHECK(desk.practice.count(QStringLiteral("SELECT count(*) FROM appointment")) == 0);
}
