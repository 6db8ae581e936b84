#include "domain/PracticeTime.h"
#include "services/Agenda.h"
#include "services/CalendarExport.h"
#include "services/PatientMerger.h"
#include "services/PatientRegistry.h"
#include "services/PreparedConsultations.h"
#include "services/Schedules.h"
#include "services/UserAccounts.h"
#include "services/WaitingRoom.h"
#include "support/TestPractice.h"

#include <QProcess>

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

TEST_CASE("agenda: a weekly series, moved from one on, keeps the one changed by hand")
{
    Desk desk;
    Agenda agenda(*desk.practice.vault);
    const Session &assistant = desk.practice.assistant;
    const QString doctor = desk.practice.doctor.userId;

    // A weekly dressing on Wednesdays at 09:00, six times: across no clock change, then one
    // that crosses none either; the local time is kept.
    auto series =
        agenda.bookSeries(assistant, desk.draft(desk.patient, doctor, at(9, 0, 1), 15), 1, 6);
    REQUIRE(series.has_value());
    REQUIRE(series->size() == 6);
    const auto load = [&](const QString &id) { return *agenda.entry(assistant, id); };
    for (qsizetype i = 0; i < series->size(); ++i) {
        const AgendaEntry e = load(series->at(i));
        CHECK(PracticeTime::toLocal(e.appointment.start).time() == QTime(9, 0));
        CHECK(e.appointment.start == at(9, 0, 1 + 7 * static_cast<int>(i)));
        CHECK_FALSE(e.appointment.seriesId.isEmpty());
    }
    // The third is moved alone to 11:00.
    REQUIRE(agenda.move(assistant, series->at(2), at(11, 0, 15), at(11, 15, 15), doctor));
    CHECK(load(series->at(2)).appointment.editedAlone);
    // From the second on, the series goes to 10:00 and lasts 20 minutes: the third keeps its
    // 11:00, the first stays, the others move.
    REQUIRE(agenda.moveFollowing(assistant, series->at(1), at(10, 0, 8), at(10, 20, 8), doctor));
    CHECK(load(series->at(0)).appointment.start == at(9, 0, 1));
    CHECK(load(series->at(1)).appointment.start == at(10, 0, 8));
    CHECK(load(series->at(2)).appointment.start == at(11, 0, 15));
    CHECK(load(series->at(3)).appointment.start == at(10, 0, 22));
    CHECK(load(series->at(5)).appointment.end == at(10, 20, 36));
    CHECK(desk.history(series->at(3)) == 2);

    // A clash on one date refuses the whole move, naming the date; nothing moves.
    auto blocker = agenda.book(assistant, desk.draft(desk.otherPatient, doctor, at(8, 0, 29), 30));
    REQUIRE(blocker.has_value());
    const Status clash =
        agenda.moveFollowing(assistant, series->at(3), at(8, 0, 22), at(8, 15, 22), doctor);
    REQUIRE_FALSE(clash.has_value());
    CHECK(clash.error().message.contains(
        PracticeTime::toLocal(at(8, 0, 29)).toString(QStringLiteral("dd/MM/yyyy"))));
    CHECK(load(series->at(3)).appointment.start == at(10, 0, 22));

    // The patient stops after the fourth: the fifth and sixth are cancelled, the rest stays.
    REQUIRE(agenda.cancelFollowing(assistant, series->at(4), Appointment::CancelledBy::Patient,
                                   QStringLiteral("cicatrisé")));
    CHECK(load(series->at(3)).appointment.holdsTime());
    CHECK(load(series->at(4)).appointment.status == Appointment::Status::Cancelled);
    CHECK(load(series->at(5)).appointment.status == Appointment::Status::Cancelled);
    CHECK(load(series->at(2)).appointment.holdsTime());

    // Nonsense repeats are refused on their field.
    auto none = agenda.bookSeries(assistant, desk.draft(desk.patient, doctor, at(15), 15), 0, 4);
    REQUIRE_FALSE(none.has_value());
    CHECK(none.error().field == QLatin1String(Agenda::FieldRepeat));
    CHECK_FALSE(agenda.bookSeries(assistant, desk.draft(desk.patient, doctor, at(15), 15), 1,
                                  Agenda::LongestSeries + 1));
}

TEST_CASE("agenda: the views' entries name the patient and the type, and mark conflicts")
{
    Desk desk;
    Agenda agenda(*desk.practice.vault);
    Schedules schedules(*desk.practice.vault);
    const Session &assistant = desk.practice.assistant;
    const QString doctor = desk.practice.doctor.userId;
    REQUIRE(schedules.saveType(desk.practice.doctor,
                               {QString(), QStringLiteral("consultation"),
                                QStringLiteral("Consultation"), 15, QStringLiteral("#3366cc")}));

    auto a = agenda.book(assistant, desk.draft(desk.patient, doctor, at(14), 30));
    auto b = agenda.book(assistant, desk.draft(desk.otherPatient, doctor, at(14, 15), 15),
                         QStringLiteral("urgence"));
    auto c = agenda.book(assistant, desk.draft(desk.otherPatient, doctor, at(15), 15));
    REQUIRE((a && b && c));
    auto day = agenda.between(assistant, {doctor}, at(0), at(0, 0, 1));
    REQUIRE(day.has_value());
    REQUIRE(day->size() == 3);
    CHECK(day->at(0).patientName.contains(QStringLiteral("Helene")));
    CHECK(day->at(0).initials == QStringLiteral("H. M."));
    CHECK(day->at(0).typeLabel == QStringLiteral("Consultation"));
    CHECK(day->at(0).colour == QStringLiteral("#3366cc"));
    CHECK(day->at(0).inConflict);
    CHECK(day->at(1).inConflict);
    CHECK(day->at(1).appointment.overbooked);
    CHECK_FALSE(day->at(2).inConflict);
    // Cancelling frees the time: no conflict is left to show.
    REQUIRE(
        agenda.cancel(assistant, *b, Appointment::CancelledBy::Practice, QStringLiteral("erreur")));
    day = agenda.between(assistant, {doctor}, at(0), at(0, 0, 1));
    CHECK_FALSE(day->at(0).inConflict);

    // The history names who did what.
    auto history = agenda.history(assistant, *b);
    REQUIRE(history.has_value());
    REQUIRE(history->size() == 2);
    CHECK(history->at(0).action == QStringLiteral("booked"));
    CHECK(history->at(1).action == QStringLiteral("cancelled"));
    CHECK_FALSE(history->at(1).byUser.isEmpty());
    CHECK(history->at(1).byUser != assistant.userId);

    // Reminded, then undone; each kept.
    REQUIRE(agenda.markReminded(assistant, *c, true));
    CHECK(agenda.entry(assistant, *c)->appointment.remindedAt.isValid());
    REQUIRE(agenda.markReminded(assistant, *c, false));
    CHECK_FALSE(agenda.entry(assistant, *c)->appointment.remindedAt.isValid());
    CHECK(desk.history(*c) == 3);
    // Reading the agenda shows patients' names: not without a role that reads files.
    CHECK_FALSE(agenda.between(Session{}, {doctor}, at(0), at(0, 0, 1)));
}

TEST_CASE("agenda: a name changed or a file merged shows at once on the agenda kept open")
{
    // The page keeps one Agenda, which keeps the patients' names between views: a change made
    // here, or on another handle (a worker, a sync), must never leave the old name on screen.
    Desk desk;
    Agenda agenda(*desk.practice.vault);
    const Session &assistant = desk.practice.assistant;
    const QString doctor = desk.practice.doctor.userId;
    auto hers = agenda.book(assistant, desk.draft(desk.patient, doctor, at(14), 15));
    auto his = agenda.book(assistant, desk.draft(desk.otherPatient, doctor, at(15), 15));
    REQUIRE((hers && his));
    const auto names = [&] {
        auto day = agenda.between(assistant, {doctor}, at(0), at(0, 0, 1));
        REQUIRE(day.has_value());
        REQUIRE(day->size() == 2);
        return std::pair(day->at(0).patientName, day->at(1).patientName);
    };
    CHECK(names().first.contains(QStringLiteral("Helene")));
    CHECK(names().second.contains(QStringLiteral("ROUX")));

    SECTION("renamed here")
    {
        PatientIdentity renamed = *desk.practice.registry().open(assistant, desk.patient);
        renamed.usedName = QStringLiteral("Garnier");
        REQUIRE(desk.practice.registry().updateIdentity(assistant, renamed, QString()));
        CHECK(names().first.contains(QStringLiteral("Garnier"), Qt::CaseInsensitive));
        CHECK(agenda.entry(assistant, *hers)->initials == QStringLiteral("H. G."));
    }
    SECTION("renamed through another handle")
    {
        auto worker = desk.practice.vault->openAnother();
        REQUIRE(worker.has_value());
        PatientIdentity renamed = *desk.practice.registry().open(assistant, desk.patient);
        renamed.usedName = QStringLiteral("Garnier");
        REQUIRE(PatientRegistry(**worker).updateIdentity(assistant, renamed, QString()));
        CHECK(names().first.contains(QStringLiteral("Garnier"), Qt::CaseInsensitive));
    }
    SECTION("merged: his appointment is now hers, under her name")
    {
        REQUIRE(PatientMerger(*desk.practice.vault)
                    .merge(assistant, desk.patient, desk.otherPatient,
                           QStringLiteral("même personne, même carte")));
        CHECK(names().second == names().first);
    }
}

TEST_CASE("agenda: free slots and the third next available read the saved weeks")
{
    Desk desk;
    Agenda agenda(*desk.practice.vault);
    Schedules schedules(*desk.practice.vault);
    const Session &doctor = desk.practice.doctor;
    Schedule week;
    week.practitionerId = doctor.userId;
    for (int day = 1; day <= 5; ++day)
        week.hours.append({day, QTime(14, 0), QTime(15, 0)});
    REQUIRE(schedules.save(doctor, week));
    // Today (a Tuesday, 11:00 in Paris): 14:00 is taken, so the first three are 14:15, 14:30,
    // 14:45 and the third next available is 14:45.
    REQUIRE(
        agenda.book(desk.practice.assistant, desk.draft(desk.patient, doctor.userId, at(14), 15)));
    SlotQuery q;
    q.from = TestPractice::today();
    q.count = 5;
    auto slots = agenda.freeSlots({doctor.userId}, q);
    REQUIRE(slots.has_value());
    REQUIRE(slots->size() == 5);
    CHECK(slots->at(0).start == at(14, 15));
    CHECK(slots->at(3).start == at(14, 0, 1));
    auto third = agenda.thirdNextAvailable({doctor.userId});
    REQUIRE(third.has_value());
    REQUIRE(third->value(doctor.userId).has_value());
    CHECK(third->value(doctor.userId)->start == at(14, 45));
    // A month of absence pushes the search past the first windows it reads.
    REQUIRE(schedules.addAbsence(doctor, doctor.userId,
                                 {at(0, 0, 1), at(0, 0, 40), QStringLiteral("congé")}));
    slots = agenda.freeSlots({doctor.userId}, [&] {
        SlotQuery later = q;
        later.from = TestPractice::today().addDays(1);
        later.count = 1;
        return later;
    }());
    REQUIRE(slots->size() == 1);
    CHECK(slots->at(0).start >= at(14, 0, 40));

    // Warnings come from the saved week: 17:00 is outside it, and the absence is named.
    Appointment late = desk.draft(desk.patient, doctor.userId, at(17), 15);
    CHECK(agenda.warnings(late)->size() == 1);
    late.start = at(14, 0, 2);
    late.end = at(14, 15, 2);
    CHECK(agenda.warnings(late)->first().contains(QStringLiteral("congé")));
}

TEST_CASE("schedules: each practitioner edits their week, an administrator anyone's")
{
    Desk desk;
    Schedules schedules(*desk.practice.vault);
    const Session &doctor = desk.practice.doctor;
    Schedule week;
    week.practitionerId = doctor.userId;
    week.hours.append({1, QTime(8, 30), QTime(12, 0)});
    week.hours.append({1, QTime(14, 0), QTime(18, 0), Weeks::Odd, {QStringLiteral("NP")}});
    week.breaks.append({1, QTime(10, 0), QTime(10, 30)});
    week.unscheduledCutoff = QTime(10, 30);
    REQUIRE(schedules.save(doctor, week));
    auto saved = schedules.of(doctor.userId);
    REQUIRE(saved.has_value());
    REQUIRE(saved->hours.size() == 2);
    CHECK(saved->hours.at(1).weeks == Weeks::Odd);
    CHECK(saved->hours.at(1).types == QStringList{QStringLiteral("NP")});
    CHECK(saved->breaks.size() == 1);
    CHECK(saved->unscheduledCutoff == QTime(10, 30));

    // Saved again: replaced, not added to.
    week.hours.removeLast();
    REQUIRE(schedules.save(doctor, week));
    CHECK(schedules.of(doctor.userId)->hours.size() == 1);

    // Overlapping hours are refused on the hours' field, and nothing changes.
    Schedule bad = week;
    bad.hours.append({1, QTime(11, 0), QTime(13, 0)});
    const Status refused = schedules.save(doctor, bad);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().field == QLatin1String(ScheduleRules::FieldHours));
    CHECK(schedules.of(doctor.userId)->hours.size() == 1);

    // The colleague may not edit this week; the assistant neither; an administrator may.
    const Session colleague{desk.colleague, QStringLiteral("dr-roux"), QString(), Role::Physician};
    const Session admin{QStringLiteral("root"), QStringLiteral("root"), QString(), Role::Admin};
    Schedule theirs = week;
    CHECK(schedules.save(colleague, theirs).error().code == ErrorCode::Denied);
    CHECK(schedules.save(desk.practice.assistant, theirs).error().code == ErrorCode::Denied);
    CHECK(schedules.save(admin, theirs));
    // Each edits their own, an assistant included (their own consultations).
    Schedule assistantWeek;
    assistantWeek.practitionerId = desk.practice.assistant.userId;
    assistantWeek.hours.append({3, QTime(9, 0), QTime(12, 0)});
    REQUIRE(schedules.save(desk.practice.assistant, assistantWeek));
    // Then the assistant is on the agenda, as are the physicians.
    auto shown = schedules.practitioners();
    REQUIRE(shown.has_value());
    QStringList ids;
    for (const UserAccount &u : std::as_const(*shown))
        ids.append(u.id);
    CHECK(ids.contains(desk.practice.assistant.userId));
    CHECK(ids.contains(doctor.userId));

    // Absences: added, listed, removed; one that ends first is refused.
    auto away = schedules.addAbsence(doctor, doctor.userId,
                                     {at(0, 0, 10), at(0, 0, 17), QStringLiteral("congés")});
    REQUIRE(away.has_value());
    CHECK(schedules.absences(doctor.userId)->size() == 1);
    CHECK_FALSE(schedules.addAbsence(doctor, doctor.userId, {at(0, 0, 17), at(0, 0, 10)}));
    CHECK(schedules.removeAbsence(colleague, *away).error().code == ErrorCode::Denied);
    REQUIRE(schedules.removeAbsence(doctor, *away));
    CHECK(schedules.absences(doctor.userId)->isEmpty());

    // The calendar setting.
    CHECK(*schedules.calendarDetail(doctor.userId) == CalendarDetail::Initials);
    REQUIRE(schedules.setCalendarDetail(doctor, doctor.userId, CalendarDetail::TypeOnly));
    CHECK(*schedules.calendarDetail(doctor.userId) == CalendarDetail::TypeOnly);
    CHECK(schedules.of(doctor.userId)->unscheduledCutoff == QTime(10, 30));

    // Appointment types: a physician or an administrator; a duplicate code is refused.
    const AppointmentType np{QString(), QStringLiteral("NP"), QStringLiteral("Nouveau patient"), 30,
                             QStringLiteral("#aa5500")};
    CHECK(schedules.saveType(desk.practice.assistant, np).error().code == ErrorCode::Denied);
    auto npId = schedules.saveType(doctor, np);
    REQUIRE(npId.has_value());
    CHECK(schedules.saveType(admin, np).error().field ==
          QLatin1String(AppointmentTypeRules::FieldCode));
    AppointmentType renamed = np;
    renamed.id = *npId;
    renamed.minutes = 40;
    REQUIRE(schedules.saveType(doctor, renamed));
    CHECK(schedules.types()->first().minutes == 40);
    REQUIRE(schedules.removeType(doctor, *npId));
    CHECK(schedules.types()->isEmpty());
}

TEST_CASE("waiting room: expected, arrived, prepared, seen, walk-ins, waits, each change kept")
{
    Desk desk;
    Agenda agenda(*desk.practice.vault);
    WaitingRoom room(*desk.practice.vault);
    const Session &assistant = desk.practice.assistant;
    const QString doctor = desk.practice.doctor.userId;
    REQUIRE(Schedules(*desk.practice.vault)
                .saveType(desk.practice.doctor,
                          {QString(), QStringLiteral("consultation"), QStringLiteral("Visite"), 15,
                           QStringLiteral("#3366cc")}));
    // Today at 11:30 and 11:45 (the clock reads 11:00 in Paris), and one tomorrow.
    auto first = agenda.book(assistant, desk.draft(desk.patient, doctor, at(11, 30), 15));
    auto second = agenda.book(assistant, desk.draft(desk.otherPatient, doctor, at(11, 45), 15));
    auto tomorrow = agenda.book(assistant, desk.draft(desk.patient, doctor, at(9, 0, 1), 15));
    REQUIRE((first && second && tomorrow));

    auto rows = room.today(assistant);
    REQUIRE(rows.has_value());
    REQUIRE(rows->size() == 2);
    CHECK(rows->at(0).status == WaitingRoomRow::Status::Expected);
    CHECK(rows->at(0).patientName.contains(QStringLiteral("Helene")));
    CHECK_FALSE(rows->at(0).practitionerName.isEmpty());

    // Arrives at 11:05; checking in twice says when.
    desk.practice.clock.advanceMs(5 * 60 * 1000);
    auto visit = room.checkIn(assistant, *first);
    REQUIRE(visit.has_value());
    auto twice = room.checkIn(assistant, *first);
    REQUIRE_FALSE(twice.has_value());
    CHECK(twice.error().code == ErrorCode::AlreadyExists);
    // Tomorrow's appointment is not today's.
    CHECK_FALSE(room.checkIn(assistant, *tomorrow));

    // The assistant prepares the consultation: it names the appointment.
    auto consultation = room.startPreparation(assistant, *visit);
    REQUIRE(consultation.has_value());
    CHECK(desk.practice.count(QStringLiteral("SELECT count(*) FROM consultation WHERE "
                                             "appointment_id = '%1'")
                                  .arg(*first)) == 1);
    // Its reason is the type in words, not the type's code.
    CHECK(desk.practice.count(QStringLiteral("SELECT count(*) FROM consultation WHERE "
                                             "appointment_id = '%1' AND reason = 'Visite'")
                                  .arg(*first)) == 1);
    rows = room.today(assistant);
    CHECK(rows->at(0).status == WaitingRoomRow::Status::Preparing);
    // Made ready through the consultation's own service: the list follows.
    PreparedConsultations consultations(*desk.practice.vault);
    REQUIRE(consultations.markReady(assistant, *consultation, QStringLiteral("refus")));
    rows = room.today(assistant);
    CHECK(rows->at(0).status == WaitingRoomRow::Status::Ready);
    CHECK(VisitRules::minutesWaited(rows->at(0), desk.practice.clock.now()) == 0);

    // In at 11:25 (20 minutes waited), out at 11:40.
    desk.practice.clock.advanceMs(20 * 60 * 1000);
    REQUIRE(room.advance(assistant, *visit, Visit::State::InConsultation));
    desk.practice.clock.advanceMs(15 * 60 * 1000);
    REQUIRE(room.advance(assistant, *visit, Visit::State::Done));
    CHECK_FALSE(room.advance(assistant, *visit, Visit::State::InConsultation));
    CHECK(desk.practice.count(QStringLiteral("SELECT count(*) FROM visit_event WHERE visit_id = "
                                             "'%1'")
                                  .arg(*visit)) == 4);

    // A walk-in for unscheduled care, then the second patient does not come.
    PatientIdentity walker;
    walker.birthName = QStringLiteral("Petit");
    walker.firstNames = QStringLiteral("Lou");
    walker.sex = QLatin1Char('F');
    walker.birthDate = QDate(2019, 5, 6);
    auto lou = desk.practice.registry().create(assistant, walker, true);
    REQUIRE(lou.has_value());
    CHECK(room.walkIn(assistant, *lou, doctor, QString()).error().field ==
          QLatin1String(WaitingRoom::FieldReason));
    auto walkIn = room.walkIn(assistant, *lou, doctor, QStringLiteral("Fièvre"));
    REQUIRE(walkIn.has_value());
    desk.practice.clock.advanceMs(10 * 60 * 1000);
    REQUIRE(agenda.markNoShow(assistant, *second));
    rows = room.today(assistant);
    REQUIRE(rows->size() == 3);
    CHECK(rows->at(0).status == WaitingRoomRow::Status::Done);
    // By time: the walk-in came at 11:40, the one who did not come was expected at 11:45.
    CHECK(rows->at(1).status == WaitingRoomRow::Status::Arrived);
    CHECK(rows->at(1).typeLabel == QStringLiteral("Fièvre"));
    CHECK_FALSE(rows->at(1).expectedAt.isValid());
    CHECK(rows->at(2).status == WaitingRoomRow::Status::NoShow);
    const VisitRules::Waits waits = VisitRules::waits(*rows, desk.practice.clock.now());
    CHECK(waits.seen == 1);
    CHECK(waits.median == 20);

    // Reading the room needs a role that reads files; acting at the desk one that books.
    CHECK_FALSE(room.today(Session{}));
    const Session admin{QStringLiteral("root"), QStringLiteral("root"), QString(), Role::Admin};
    CHECK(room.walkIn(admin, *lou, doctor, QStringLiteral("x")).error().code == ErrorCode::Denied);
}

namespace {

// What an independent parser (python3-icalendar) reads in an export, as one line per event:
// "UID|SEQUENCE|STATUS|TZID|DTSTART|SUMMARY", after a first line naming the time zones.
QStringList parsedByPython(const QByteArray &ics)
{
    QProcess python;
    python.start(
        QStringLiteral("/usr/bin/python3"),
        {QStringLiteral("-c"),
         QStringLiteral("import sys, icalendar\n"
                        "cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())\n"
                        "print(','.join(str(z['TZID']) for z in cal.walk('VTIMEZONE')))\n"
                        "for e in cal.walk('VEVENT'):\n"
                        "    s = e['DTSTART']\n"
                        "    print('|'.join([str(e['UID']), str(e.get('SEQUENCE', 0)),\n"
                        "        str(e['STATUS']), str(s.params.get('TZID', '')),\n"
                        "        s.dt.strftime('%Y-%m-%d %H:%M %z'), str(e['SUMMARY'])]))\n")});
    REQUIRE(python.waitForStarted());
    python.write(ics);
    python.closeWriteChannel();
    REQUIRE(python.waitForFinished(30000));
    INFO(python.readAllStandardError().toStdString());
    REQUIRE(python.exitCode() == 0);
    return QString::fromUtf8(python.readAllStandardOutput())
        .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

TEST_CASE("calendar export: RFC 5545 that another parser reads, times in Paris, no health data")
{
    Desk desk;
    Agenda agenda(*desk.practice.vault);
    Schedules schedules(*desk.practice.vault);
    const Session &assistant = desk.practice.assistant;
    const QString doctor = desk.practice.doctor.userId;
    REQUIRE(schedules.saveType(desk.practice.doctor,
                               {QString(), QStringLiteral("consultation"),
                                QStringLiteral("Consultation"), 15, QStringLiteral("#3366cc")}));
    // One as booked, one moved twice, one cancelled.
    auto plain = agenda.book(assistant, desk.draft(desk.patient, doctor, at(9, 0, 1), 15));
    auto moved = agenda.book(assistant, desk.draft(desk.otherPatient, doctor, at(10, 0, 1), 15));
    auto cancelled = agenda.book(assistant, desk.draft(desk.patient, doctor, at(11, 0, 2), 15));
    REQUIRE((plain && moved && cancelled));
    REQUIRE(agenda.move(assistant, *moved, at(10, 30, 1), at(10, 45, 1), doctor));
    REQUIRE(agenda.move(assistant, *moved, at(14, 0, 1), at(14, 15, 1), doctor));
    REQUIRE(agenda.cancel(assistant, *cancelled, Appointment::CancelledBy::Patient,
                          QStringLiteral("grippe")));
    CalendarExport calendar(*desk.practice.vault);
    auto ics =
        calendar.ics(assistant, doctor, TestPractice::today(), TestPractice::today().addDays(7));
    REQUIRE(ics.has_value());
    // Nothing of the patient but initials: no name, no reason.
    CHECK_FALSE(ics->contains("Dupont"));
    CHECK_FALSE(ics->contains("DUPONT"));
    CHECK_FALSE(ics->contains("Roux"));
    CHECK_FALSE(ics->contains("grippe"));
    const QStringList lines = parsedByPython(*ics);
    REQUIRE(lines.size() == 4);
    CHECK(lines.at(0) == QStringLiteral("Europe/Paris"));
    const auto event = [&](const QString &id) {
        for (const QString &line : lines) {
            if (line.startsWith(id + QLatin1Char('|')))
                return line.split(QLatin1Char('|'));
        }
        return QStringList();
    };
    const QStringList first = event(*plain);
    REQUIRE(first.size() == 6);
    CHECK(first.at(1) == QStringLiteral("0"));
    CHECK(first.at(2) == QStringLiteral("CONFIRMED"));
    CHECK(first.at(3) == QStringLiteral("Europe/Paris"));
    // 25 November, winter time: UTC+1.
    CHECK(first.at(4) == QStringLiteral("2026-11-25 09:00 +0100"));
    CHECK(first.at(5) == QStringLiteral("Consultation – H. M."));
    CHECK(event(*moved).at(1) == QStringLiteral("2"));
    CHECK(event(*moved).at(4) == QStringLiteral("2026-11-25 14:00 +0100"));
    CHECK(event(*cancelled).at(1) == QStringLiteral("1"));
    CHECK(event(*cancelled).at(2) == QStringLiteral("CANCELLED"));

    // The practitioner's choice: the type alone.
    REQUIRE(schedules.setCalendarDetail(desk.practice.doctor, doctor, CalendarDetail::TypeOnly));
    const QStringList bare = parsedByPython(
        *calendar.ics(assistant, doctor, TestPractice::today(), TestPractice::today().addDays(7)));
    for (const QString &line : bare.mid(1))
        CHECK(line.endsWith(QStringLiteral("|Consultation")));

    // A summer appointment carries summer time.
    auto summer = agenda.book(
        assistant,
        desk.draft(desk.patient, doctor, *PracticeTime::toUtc(QDate(2027, 7, 6), QTime(9, 0)), 15));
    REQUIRE(summer.has_value());
    const QStringList july =
        parsedByPython(*calendar.ics(assistant, doctor, QDate(2027, 7, 1), QDate(2027, 7, 31)));
    REQUIRE(july.size() == 2);
    CHECK(july.at(1).split(QLatin1Char('|')).at(4) == QStringLiteral("2027-07-06 09:00 +0200"));

    // Bad spans, and who may export.
    CHECK(calendar.ics(assistant, doctor, QDate(2027, 1, 2), QDate(2027, 1, 1)).error().field ==
          QLatin1String(CalendarExport::FieldTo));
    CHECK_FALSE(calendar.ics(assistant, doctor, QDate(2027, 1, 1), QDate(2028, 6, 1)));
    CHECK(calendar.ics(Session{}, doctor, QDate(2027, 1, 1), QDate(2027, 1, 2)).error().code ==
          ErrorCode::Denied);
    const QString path = desk.practice.dir.file(QStringLiteral("agenda.ics"));
    REQUIRE(calendar.write(assistant, doctor, QDate(2027, 7, 1), QDate(2027, 7, 31), path));
    CHECK_FALSE(calendar.write(assistant, doctor, QDate(2027, 7, 1), QDate(2027, 7, 31),
                               desk.practice.dir.file(QStringLiteral("none/agenda.ics"))));
}

TEST_CASE("waiting room: times recorded afterwards are today's, past, and in order")
{
    Desk desk;
    Agenda agenda(*desk.practice.vault);
    WaitingRoom room(*desk.practice.vault);
    const Session &assistant = desk.practice.assistant;
    auto booked =
        agenda.book(assistant, desk.draft(desk.patient, desk.practice.doctor.userId, at(9), 15));
    REQUIRE(booked.has_value());
    // Not ahead of now (11:00), not yesterday.
    CHECK_FALSE(room.checkIn(assistant, *booked, at(11, 30)));
    CHECK_FALSE(room.checkIn(assistant, *booked, at(8, 55, -1)));
    auto visit = room.checkIn(assistant, *booked, at(8, 55));
    REQUIRE(visit.has_value());
    // Not before the arrival.
    CHECK_FALSE(room.advance(assistant, *visit, Visit::State::InConsultation, at(8, 50)));
    REQUIRE(room.advance(assistant, *visit, Visit::State::InConsultation, at(9, 10)));
    CHECK_FALSE(room.advance(assistant, *visit, Visit::State::Done, at(9, 5)));
    REQUIRE(room.advance(assistant, *visit, Visit::State::Done, at(9, 25)));
    const auto rows = *room.today(assistant);
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().arrivedAt == at(8, 55));
    CHECK(VisitRules::minutesWaited(rows.first(), desk.practice.clock.now()) == 15);
}
