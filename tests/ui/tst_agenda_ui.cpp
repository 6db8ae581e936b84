#include "agenda/AgendaModel.h"
#include "agenda/AgendaPage.h"
#include "agenda/BookingDialog.h"
#include "agenda/DayListPrinter.h"
#include "agenda/ExportDialog.h"
#include "agenda/ScheduleDialog.h"
#include "agenda/TypesDialog.h"
#include "domain/PracticeTime.h"
#include "patients/PatientPicker.h"
#include "reception/ReceptionPage.h"
#include "reception/WaitingRoomModel.h"
#include "security/IdleMonitor.h"
#include "services/Agenda.h"
#include "services/Authenticator.h"
#include "services/Schedules.h"
#include "services/WaitingRoom.h"
#include "shell/MainWindow.h"
#include "support/TestPractice.h"
#include "util/Translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>

#include <catch2/catch.hpp>

using namespace relais;
using namespace relais::ui;
using relais::test::TestPractice;

namespace {

using Tester = QAbstractItemModelTester;
constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

void settle()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

QDateTime at(int h, int m = 0, int days = 0)
{
    return *PracticeTime::toUtc(TestPractice::today().addDays(days), QTime(h, m));
}

// The demo practice (its agenda included) on the fixture's Tuesday.
struct AgendaDesk : TestPractice
{
    std::unique_ptr<Authenticator> auth;
    IdleMonitor idle{clock};
    QString patient;

    explicit AgendaDesk(int patients = 8)
    {
        withDemo(patients);
        auth = std::make_unique<Authenticator>(*vault);
        patient = registry().create(assistant, relais::test::helene()).value_or(QString());
        REQUIRE_FALSE(patient.isEmpty());
    }
    QStringList practitionerIds()
    {
        QStringList ids;
        const auto practitioners = Schedules(*vault).practitioners();
        for (const UserAccount &u : *practitioners)
            ids.append(u.id);
        return ids;
    }
};

} // namespace

TEST_CASE("the agenda grid: hours from the schedule, appointments in their cells, conflicts")
{
    AgendaDesk desk;
    Schedules schedules(*desk.vault);
    const QStringList ids = desk.practitionerIds();
    REQUIRE(ids.size() == 2);
    Agenda agenda(*desk.vault);
    // Tomorrow is Wednesday: Dr Martin's afternoon is off. At 13:00, between the morning and
    // the afternoon, the demo books nobody; the practice may book there (with a warning).
    const QDate tomorrow = TestPractice::today().addDays(1);
    Appointment lunch;
    lunch.practitionerId = desk.doctor.userId;
    lunch.patientId = desk.patient;
    lunch.type = QStringLiteral("L");
    lunch.start = at(13, 0, 1);
    lunch.end = at(13, 30, 1);
    CHECK_FALSE(agenda.warnings(lunch)->isEmpty());
    auto booked = agenda.book(desk.assistant, lunch);
    REQUIRE(booked.has_value());

    AgendaModel model;
    Tester tester(&model, Fatal);
    QList<AgendaModel::Column> columns;
    for (const QString &id : ids)
        columns.append({id, id, tomorrow});
    const QDateTime from = *PracticeTime::toUtc(tomorrow, QTime(0, 0));
    model.setView(columns, QTime(8, 0), QTime(19, 0), *schedules.of(ids, from),
                  schedules.holidays(), false);
    model.setEntries(*agenda.between(desk.assistant, ids, from, from.addDays(1)));
    CHECK(model.rowCount() == 44);
    CHECK(model.headerData(20, Qt::Vertical).toString() == QStringLiteral("13:00"));
    const int martin = static_cast<int>(ids.indexOf(desk.doctor.userId));
    // 13:00 holds the appointment, 13:15 its continuation; 15:00 is closed (Wednesday).
    const QModelIndex ten = model.index(20, martin);
    CHECK(model.data(ten, AgendaModel::AppointmentIdRole).toString().size() > 0);
    CHECK(model.data(ten, AgendaModel::StartsHereRole).toBool());
    // Its line: the local time, the patient, the type's words; its tint from the type.
    const AgendaEntry lunchEntry = *agenda.entry(desk.assistant, *booked);
    CHECK(model.data(ten).toString() == QStringLiteral("13:00 ") + lunchEntry.patientName +
                                            QStringLiteral(" · ") + lunchEntry.typeLabel);
    CHECK_FALSE(lunchEntry.patientName.isEmpty());
    CHECK(model.data(ten, Qt::BackgroundRole).value<QBrush>().color() ==
          QColor(lunchEntry.colour).lighter(150));
    bool found = false;
    for (const AgendaEntry *e : model.entriesAt(ten))
        found = found || e->appointment.id == *booked;
    CHECK(found);
    CHECK(model.indexOf(*booked) == ten);
    CHECK(model.data(model.index(21, martin), AgendaModel::AppointmentIdRole).toString() ==
          *booked);
    CHECK_FALSE(model.data(model.index(21, martin), AgendaModel::StartsHereRole).toBool());
    CHECK(model.data(model.index(22, martin), AgendaModel::AppointmentIdRole).toString().isEmpty());
    CHECK(model.data(model.index(28, martin), AgendaModel::AvailabilityRole).toInt() ==
          static_cast<int>(Availability::Closed));
    // 08:30 is unscheduled care, held back: it stands out.
    CHECK(model.data(model.index(2, martin), AgendaModel::AvailabilityRole).toInt() ==
          static_cast<int>(Availability::UnscheduledCare));
    CHECK(model.slotStart(ten) == at(13, 0, 1));
    CHECK(model.indexAt(desk.doctor.userId, at(13, 5, 1)) == ten);

    // Dragging it to 11:00 asks the page for a move, and changes nothing by itself.
    QSignalSpy moves(&model, &AgendaModel::moveRequested);
    std::unique_ptr<QMimeData> mime(model.mimeData({ten}));
    REQUIRE(mime);
    const QModelIndex eleven = model.index(12, martin);
    CHECK(model.canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, eleven));
    CHECK_FALSE(model.dropMimeData(mime.get(), Qt::MoveAction, -1, -1, eleven));
    REQUIRE(moves.size() == 1);
    CHECK(moves.at(0).at(0).toString() == *booked);
    CHECK(moves.at(0).at(1).toDateTime() == at(11, 0, 1));

    // A second appointment at the same time for the same practitioner: both marked.
    REQUIRE(agenda.book(
        desk.assistant,
        [&] {
            Appointment a;
            a.practitionerId = desk.doctor.userId;
            a.patientId = desk.patient;
            a.start = at(13, 15, 1);
            a.end = at(13, 30, 1);
            return a;
        }(),
        QStringLiteral("urgence")));
    model.setEntries(*agenda.between(desk.assistant, ids, from, from.addDays(1)));
    CHECK(model.data(model.index(21, martin), AgendaModel::ConflictRole).toBool());
    CHECK(model.data(model.index(20, martin)).toString().startsWith(QStringLiteral("⚠")));
}

TEST_CASE("the agenda page: keys move by day, T comes back, a drop moves under the rules")
{
    AgendaDesk desk;
    AgendaPage page(*desk.vault);
    page.resize(1024, 600);
    page.setSession(desk.assistant);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    auto *grid = page.findChild<QTableView *>(QStringLiteral("agendaGrid"));
    REQUIRE(grid);
    Tester tester(grid->model(), Fatal);
    CHECK(grid->model()->columnCount() == 2);
    CHECK(page.day() == TestPractice::today());
    grid->setFocus();
    QTest::keyClick(grid, Qt::Key_PageDown);
    CHECK(page.day() == TestPractice::today().addDays(1));
    QTest::keyClick(grid, Qt::Key_PageDown);
    QTest::keyClick(grid, Qt::Key_T);
    CHECK(page.day() == TestPractice::today());
    // The week of one practitioner: Monday to Saturday.
    page.setWeekView(true);
    CHECK(grid->model()->columnCount() >= 6);
    QTest::keyClick(grid, Qt::Key_PageDown);
    CHECK(page.day() == TestPractice::today().addDays(7));
    page.setWeekView(false);
    page.showDay(TestPractice::today().addDays(1));
    CHECK_FALSE(page.findChild<QLabel *>(QStringLiteral("thirdNext"))->text().isEmpty());

    // Tomorrow at 12:30 for Helene (after the morning: nobody else), dropped onto 13:00:
    // moved, and kept in its history.
    Agenda agenda(*desk.vault);
    Appointment a;
    a.practitionerId = desk.doctor.userId;
    a.patientId = desk.patient;
    a.start = at(12, 30, 1);
    a.end = at(12, 45, 1);
    auto id = agenda.book(desk.assistant, a);
    REQUIRE(id.has_value());
    settle();
    auto *model = qobject_cast<AgendaModel *>(grid->model());
    REQUIRE(model->indexOf(*id).isValid());
    std::unique_ptr<QMimeData> mime(model->mimeData({model->indexOf(*id)}));
    const QModelIndex target = model->indexAt(desk.doctor.userId, at(13, 0, 1));
    model->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, target);
    settle();
    CHECK(agenda.entry(desk.assistant, *id)->appointment.start == at(13, 0, 1));
    CHECK(agenda.history(desk.assistant, *id)->size() == 2);
    // Onto a closed afternoon of a day in the past: refused with the reason, nothing moves.
    std::unique_ptr<QMimeData> again(model->mimeData({model->indexOf(*id)}));
    page.showDay(TestPractice::today().addDays(-20));
    model->dropMimeData(again.get(), Qt::MoveAction, -1, -1, model->index(10, 0));
    settle();
    CHECK(agenda.entry(desk.assistant, *id)->appointment.start == at(13, 0, 1));
    CHECK_FALSE(page.findChild<QLabel *>(QStringLiteral("agendaStatus"))->text().isEmpty());
}

TEST_CASE("the booking dialog: patient, next free slots, a conflict booked only with a reason")
{
    AgendaDesk desk;
    auto practitioners = *Schedules(*desk.vault).practitioners();
    auto types = *Schedules(*desk.vault).types();
    BookingDialog dialog(*desk.vault, desk.assistant, practitioners, types, desk.doctor.userId,
                         at(9, 30, 7));
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    // Nobody chosen: said under the patient field.
    dialog.save();
    CHECK(dialog.isVisible());
    auto *picker = dialog.findChild<PatientPicker *>();
    REQUIRE(picker);
    picker->searchField()->setText(QStringLiteral("dupont hel"));
    QTest::keyClick(picker->searchField(), Qt::Key_Return);
    CHECK(picker->patientId() == desk.patient);
    // F3 lists free slots, from wherever the cursor is; Enter on one takes it.
    auto *practitioner = dialog.findChild<QComboBox *>(QLatin1String(Agenda::FieldPractitioner));
    practitioner->setFocus();
    QTest::keyClick(practitioner, Qt::Key_F3);
    auto *slots = dialog.findChild<QListWidget *>(QStringLiteral("slots"));
    REQUIRE(slots);

    REQUIRE(slots->count() > 0);
    // With anyone, on Thursdays only: every slot offered is a Thursday's.
    dialog.findChild<QCheckBox *>(QStringLiteral("anyone"))->setChecked(true);
    auto *weekday = dialog.findChild<QComboBox *>(QStringLiteral("weekday"));
    weekday->setCurrentIndex(weekday->findData(4));
    dialog.findSlots();
    REQUIRE(slots->count() > 0);
    for (int i = 0; i < slots->count(); ++i)
        CHECK(slots->item(i)->text().startsWith(QLocale().dayName(4)));
    dialog.findChild<QCheckBox *>(QStringLiteral("anyone"))->setChecked(false);
    weekday->setCurrentIndex(0);
    dialog.findSlots();
    slots->setCurrentRow(0);
    QTest::keyClick(slots, Qt::Key_Return);
    auto *time = dialog.findChild<QTimeEdit *>(QLatin1String(AppointmentRules::FieldStart));
    const QTime chosen = time->time();
    dialog.save();
    REQUIRE(dialog.result() == QDialog::Accepted);
    const QString first = dialog.appointmentId();
    CHECK_FALSE(first.isEmpty());

    // The same time again for another patient: refused, then booked with a reason.
    BookingDialog second(
        *desk.vault, desk.assistant, practitioners, types,
        Agenda(*desk.vault).entry(desk.assistant, first)->appointment.practitionerId,
        Agenda(*desk.vault).entry(desk.assistant, first)->appointment.start);
    second.show();
    REQUIRE(QTest::qWaitForWindowExposed(&second));
    auto *otherPicker = second.findChild<PatientPicker *>();
    auto hits = desk.registry().search(desk.assistant, QStringLiteral("a"), 5);
    REQUIRE(hits.has_value());
    QString other;
    for (const PatientHit &h : *hits) {
        if (h.id != desk.patient)
            other = h.id;
    }
    REQUIRE_FALSE(other.isEmpty());
    otherPicker->choose(other, QStringLiteral("X"));
    CHECK(second.findChild<QTimeEdit *>(QLatin1String(AppointmentRules::FieldStart))->time() ==
          chosen);
    second.save();
    CHECK(second.isVisible());
    auto *overbook = second.findChild<QLineEdit *>(QLatin1String(BookingDialog::FieldOverbook));
    REQUIRE(overbook);
    CHECK(overbook->isVisible());
    overbook->setText(QStringLiteral("douleur thoracique"));
    second.save();
    REQUIRE(second.result() == QDialog::Accepted);
    CHECK(
        Agenda(*desk.vault).entry(desk.assistant, second.appointmentId())->appointment.overbooked);
}

TEST_CASE("reception: today's waiting room follows the vault, F2 checks in, waits count")
{
    AgendaDesk desk;
    Agenda agenda(*desk.vault);
    Appointment a;
    a.practitionerId = desk.doctor.userId;
    a.patientId = desk.patient;
    a.start = at(11, 45);
    a.end = at(12, 0);
    auto id = agenda.book(desk.assistant, a, QStringLiteral("test"));
    REQUIRE(id.has_value());
    ReceptionPage page(*desk.vault);
    page.setSession(desk.assistant);
    page.resize(1024, 600);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    Tester tester(page.model(), Fatal);
    const int row = page.model()->rowOf(*id, QString());
    REQUIRE(row >= 0);
    CHECK(page.model()->rowAt(row)->status == WaitingRoomRow::Status::Expected);
    page.table()->setCurrentIndex(page.model()->index(row, 0));
    page.table()->setFocus();
    QTest::keyClick(page.table(), Qt::Key_F2);
    settle();
    const int after = page.model()->rowOf(*id, QString());
    REQUIRE(after >= 0);
    CHECK(page.model()->rowAt(after)->status == WaitingRoomRow::Status::Arrived);
    // Twelve minutes later the list says so without reading the vault again.
    desk.clock.advanceMs(12 * 60 * 1000);
    page.model()->tick(desk.clock.now());
    CHECK(page.model()->index(after, WaitingRoomModel::Waited).data().toString() ==
          QStringLiteral("12 min"));
    page.table()->setCurrentIndex(page.model()->index(after, 0));
    page.callInSelected();
    settle();
    CHECK(page.model()->rowAt(page.model()->rowOf(*id, QString()))->status ==
          WaitingRoomRow::Status::InConsultation);
    CHECK(page.findChild<QLabel *>(QStringLiteral("waits"))->text().contains(QStringLiteral("12")));
}

TEST_CASE("the printed day list names the day's patients and writes a PDF")
{
    AgendaDesk desk;
    Agenda agenda(*desk.vault);
    Appointment a;
    a.practitionerId = desk.doctor.userId;
    a.patientId = desk.patient;
    a.start = at(18, 30);
    a.end = at(18, 45);
    REQUIRE(agenda.book(desk.assistant, a, QStringLiteral("test")));
    DayListPrinter printer(*desk.vault);
    auto html = printer.html(desk.assistant, desk.doctor.userId, TestPractice::today());
    REQUIRE(html.has_value());
    CHECK(html->contains(QStringLiteral("18:30")));
    CHECK(html->contains(QStringLiteral("Helene")));
    CHECK(html->contains(QStringLiteral("Dr Claire Martin")));
    const QString pdf = desk.dir.file(QStringLiteral("day.pdf"));
    REQUIRE(printer.print(desk.assistant, desk.doctor.userId, TestPractice::today(), pdf));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));
    // Unknown practitioner, and a folder that cannot be written: said, nothing written.
    CHECK_FALSE(printer.html(desk.assistant, QStringLiteral("nobody"), TestPractice::today()));
    CHECK_FALSE(printer.print(desk.assistant, desk.doctor.userId, TestPractice::today(),
                              desk.dir.file(QStringLiteral("missing/day.pdf"))));
}

// Not a check: pictures of the agenda and the waiting room in French, for a person to look at.
TEST_CASE("screenshots of the agenda and the waiting room in French", "[.][screenshots]")
{
    const QString dir = qEnvironmentVariable("RELAIS_SCREENSHOTS");
    REQUIRE_FALSE(dir.isEmpty());
    Translations::install(QLocale(QLocale::French, QLocale::France));
    AgendaDesk desk(120);
    // This morning: two arrived, one in consultation.
    WaitingRoom room(*desk.vault);
    auto rows = *room.today(desk.assistant);
    int n = 0;
    for (const WaitingRoomRow &r : rows) {
        if (r.status != WaitingRoomRow::Status::Expected || n >= 3)
            continue;
        auto visit = room.checkIn(desk.assistant, r.appointmentId);
        if (visit && n == 0)
            REQUIRE(room.advance(desk.assistant, *visit, Visit::State::InConsultation));
        desk.clock.advanceMs(7 * 60 * 1000);
        ++n;
    }
    MainWindow window(*desk.vault, *desk.auth, desk.assistant, &desk.idle);
    const auto shoot = [&](QWidget *w, const QString &name) {
        settle();
        CHECK(w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
    };
    for (const QSize &size : {QSize(1366, 768), QSize(1024, 600)}) {
        window.resize(size);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        const QString suffix = QString::number(size.width());
        window.showSection(MainWindow::Reception);
        shoot(&window, QStringLiteral("reception-") + suffix);
        window.showSection(MainWindow::Agenda);
        shoot(&window, QStringLiteral("agenda-day-") + suffix);
        window.agenda()->setWeekView(true);
        shoot(&window, QStringLiteral("agenda-week-") + suffix);
        window.agenda()->setWeekView(false);
    }
    auto practitioners = *Schedules(*desk.vault).practitioners();
    BookingDialog booking(*desk.vault, desk.assistant, practitioners,
                          *Schedules(*desk.vault).types(), desk.doctor.userId, at(16, 0, 1));
    booking.show();
    REQUIRE(QTest::qWaitForWindowExposed(&booking));
    QTest::keyClick(&booking, Qt::Key_F3);
    shoot(&booking, QStringLiteral("booking"));

    // The editors, at the size they take on this screen (run under a 1024×600 one as well).
    ScheduleDialog schedule(*desk.vault, desk.doctor, practitioners, desk.doctor.userId);
    TypesDialog types(*desk.vault, desk.doctor);
    ExportDialog exporter(*desk.vault, desk.assistant, practitioners, desk.doctor.userId,
                          TestPractice::today());
    const QList<std::pair<QDialog *, QString>> dialogs = {{&schedule, QStringLiteral("schedule")},
                                                          {&types, QStringLiteral("types")},
                                                          {&exporter, QStringLiteral("export")}};
    for (const auto &[dialog, name] : dialogs) {
        dialog->show();
        REQUIRE(QTest::qWaitForWindowExposed(dialog));
        shoot(dialog, name);
        dialog->hide();
    }
}

TEST_CASE("the week's editor: hours, breaks and absences, refused whole with every problem")
{
    AgendaDesk desk;
    auto practitioners = *Schedules(*desk.vault).practitioners();
    ScheduleDialog dialog(*desk.vault, desk.doctor, practitioners, desk.doctor.userId);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    // The demo's week is loaded.
    const Schedule loaded = dialog.typed();
    CHECK(loaded.hours.size() == Schedules(*desk.vault).of(desk.doctor.userId)->hours.size());
    CHECK(loaded.unscheduledCutoff == QTime(11, 0));
    // Two ranges that overlap on Monday, and a break outside the hours: nothing saved.
    dialog.addHours({1, QTime(11, 0), QTime(13, 0)});
    dialog.addBreak({7, QTime(10, 0), QTime(10, 30)});
    dialog.save();
    CHECK(dialog.isVisible());
    auto *hoursReason = dialog.findChild<QLabel *>(QStringLiteral("reason:") +
                                                   QLatin1String(ScheduleRules::FieldHours));
    REQUIRE(hoursReason);
    CHECK_FALSE(hoursReason->isHidden());
    CHECK(Schedules(*desk.vault).of(desk.doctor.userId)->hours.size() == loaded.hours.size());

    // Absences are kept at once; one that ends before it starts is refused.
    const auto absences = [&] {
        return Schedules(*desk.vault).absences(desk.doctor.userId)->size();
    };
    const qsizetype before = absences();
    REQUIRE(dialog.addAbsence({at(0, 0, 30), at(0, 0, 37), QStringLiteral("congés")}));
    CHECK(absences() == before + 1);
    CHECK_FALSE(dialog.addAbsence({at(0, 0, 37), at(0, 0, 30), QString()}));

    // A new practitioner's week from nothing: the assistant's own consultations.
    ScheduleDialog own(*desk.vault, desk.assistant,
                       {UserAccount{desk.assistant.userId, desk.assistant.login,
                                    desk.assistant.displayName, desk.assistant.roles}},
                       desk.assistant.userId);
    own.show();
    REQUIRE(QTest::qWaitForWindowExposed(&own));
    CHECK(own.typed().hours.isEmpty());
    own.addHours({3, QTime(9, 0), QTime(12, 0), Weeks::Even, {QStringLiteral("PS")}});
    own.save();
    REQUIRE(own.result() == QDialog::Accepted);
    const Schedule saved = *Schedules(*desk.vault).of(desk.assistant.userId);
    REQUIRE(saved.hours.size() == 1);
    CHECK(saved.hours.first().weeks == Weeks::Even);
    CHECK(saved.hours.first().types == QStringList{QStringLiteral("PS")});
    // Then the assistant is on the agenda.
    bool listed = false;
    const auto practitionersNow = Schedules(*desk.vault).practitioners();
    for (const UserAccount &u : *practitionersNow)
        listed = listed || u.id == desk.assistant.userId;
    CHECK(listed);
}

TEST_CASE("appointment types and the calendar export from the agenda's menu")
{
    AgendaDesk desk;
    TypesDialog types(*desk.vault, desk.doctor);
    types.show();
    REQUIRE(QTest::qWaitForWindowExposed(&types));
    const int count = types.typeCount();
    types.startNew();
    types.codeField()->setText(QStringLiteral("vac"));
    types.labelField()->setText(QStringLiteral("Vaccination"));
    types.minutesField()->setValue(10);
    REQUIRE(types.saveType());
    CHECK(types.typeCount() == count + 1);
    // The same code again is refused, under the code.
    types.startNew();
    types.codeField()->setText(QStringLiteral("VAC"));
    types.labelField()->setText(QStringLiteral("Autre"));
    CHECK_FALSE(types.saveType());
    CHECK(types.typeCount() == count + 1);

    auto practitioners = *Schedules(*desk.vault).practitioners();
    ExportDialog dialog(*desk.vault, desk.assistant, practitioners, desk.doctor.userId,
                        TestPractice::today());
    dialog.setPath(desk.dir.file(QStringLiteral("agenda.ics")));
    dialog.save();
    REQUIRE(dialog.result() == QDialog::Accepted);
    QFile file(dialog.path());
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().startsWith("BEGIN:VCALENDAR"));
}
