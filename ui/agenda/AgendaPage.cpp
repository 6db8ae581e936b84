#include "AgendaPage.h"

#include "AgendaModel.h"
#include "BookingDialog.h"
#include "CancelDialog.h"
#include "DayListPrinter.h"
#include "ExportDialog.h"
#include "ScheduleDialog.h"
#include "TypesDialog.h"
#include "common/ChangeFollower.h"
#include "domain/PracticeTime.h"
#include "services/Agenda.h"
#include "services/Schedules.h"
#include "services/UserAccounts.h"
#include "storage/Vault.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace relais::ui {

namespace {

// The hours the grid shows when no schedule says more.
const QTime DefaultFirst(8, 0);
const QTime DefaultLast(19, 0);

QString historyLine(const AppointmentEvent &e)
{
    const QJsonObject what = QJsonDocument::fromJson(e.details.toUtf8()).object();
    const auto localTime = [](const QString &iso) {
        return QLocale().toString(PracticeTime::toLocal(QDateTime::fromString(iso, Qt::ISODate)),
                                  QStringLiteral("ddd dd/MM HH:mm"));
    };
    QString action;
    if (e.action == QLatin1String("booked"))
        action = AgendaPage::tr("booked for %1")
                     .arg(localTime(what.value(QLatin1String("start")).toString()));
    else if (e.action == QLatin1String("moved"))
        action = AgendaPage::tr("moved from %1 to %2")
                     .arg(localTime(what.value(QLatin1String("from")).toString()),
                          localTime(what.value(QLatin1String("to")).toString()));
    else if (e.action == QLatin1String("cancelled"))
        action = AgendaPage::tr("cancelled by %1: %2")
                     .arg(what.value(QLatin1String("by")).toString() == QLatin1String("patient")
                              ? AgendaPage::tr("the patient")
                              : AgendaPage::tr("the practice"),
                          what.value(QLatin1String("reason")).toString());
    else if (e.action == QLatin1String("no-show"))
        action = AgendaPage::tr("marked not honoured");
    else if (e.action == QLatin1String("reminded"))
        action = AgendaPage::tr("reminded");
    else if (e.action == QLatin1String("unreminded"))
        action = AgendaPage::tr("reminder undone");
    else if (e.action == QLatin1String("kept-both"))
        action = AgendaPage::tr("kept beside the one booked at the same time");
    else
        action = e.action;
    if (what.contains(QLatin1String("overbooked")))
        action +=
            QStringLiteral(" · ") + AgendaPage::tr("overbooked: %1")
                                        .arg(what.value(QLatin1String("overbooked")).toString());
    return AgendaPage::tr("%1 — %2, by %3")
        .arg(QLocale().toString(PracticeTime::toLocal(e.at), QStringLiteral("dd/MM/yyyy HH:mm")),
             action, e.byUser);
}

} // namespace

AgendaPage::AgendaPage(Vault &vault, QWidget *parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_agenda(vault)
    , m_day(PracticeTime::toLocal(vault.clock().now()).date())
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto *previous = new QToolButton(this);
    previous->setObjectName(QStringLiteral("previous"));
    previous->setText(QStringLiteral("◀"));
    previous->setToolTip(tr("Previous day or week (PgUp)"));
    auto *next = new QToolButton(this);
    next->setObjectName(QStringLiteral("next"));
    next->setText(QStringLiteral("▶"));
    next->setToolTip(tr("Next day or week (PgDn)"));
    auto *today = new QPushButton(tr("To&day"), this);
    today->setObjectName(QStringLiteral("today"));
    today->setToolTip(tr("Back to today (T)"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("agendaTitle"));
    m_view = new QComboBox(this);
    m_view->setObjectName(QStringLiteral("view"));
    m_view->addItem(tr("Day, everyone"));
    m_view->addItem(tr("Week of:"));
    m_practitioner = new QComboBox(this);
    m_practitioner->setObjectName(QStringLiteral("weekOf"));
    bar->addWidget(previous);
    bar->addWidget(next);
    bar->addWidget(today);
    bar->addWidget(m_title, 1);
    bar->addWidget(m_view);
    bar->addWidget(m_practitioner);
    layout->addLayout(bar);

    m_thirdNext = new QLabel(this);
    m_thirdNext->setObjectName(QStringLiteral("thirdNext"));
    m_thirdNext->setWordWrap(true);
    m_thirdNext->setToolTip(tr("The third next free 15 minutes of each practitioner from now: "
                               "the access-to-care indicator."));
    layout->addWidget(m_thirdNext);

    m_model = new AgendaModel(this);
    m_grid = new QTableView(this);
    m_grid->setObjectName(QStringLiteral("agendaGrid"));
    m_grid->setModel(m_model);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setWordWrap(false);
    m_grid->setDragEnabled(true);
    m_grid->setAcceptDrops(true);
    m_grid->setDropIndicatorShown(true);
    m_grid->setDragDropMode(QAbstractItemView::DragDrop);
    m_grid->setDefaultDropAction(Qt::MoveAction);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->horizontalHeader()->setMinimumSectionSize(120);
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_grid->verticalHeader()->setDefaultSectionSize(m_grid->fontMetrics().height() + 6);
    m_grid->installEventFilter(this);
    layout->addWidget(m_grid, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("agendaStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *actions = new QHBoxLayout;
    m_book = new QPushButton(tr("&Book…"), this);
    m_book->setObjectName(QStringLiteral("bookHere"));
    m_book->setToolTip(tr("Book in the selected slot (Enter)"));
    m_move = new QPushButton(tr("&Move…"), this);
    m_move->setObjectName(QStringLiteral("moveAppointment"));
    m_cancel = new QPushButton(tr("&Cancel…"), this);
    m_cancel->setObjectName(QStringLiteral("cancelAppointment"));
    m_cancel->setToolTip(tr("Cancel the appointment (Delete)"));
    m_noShow = new QPushButton(tr("&Not honoured"), this);
    m_noShow->setObjectName(QStringLiteral("noShow"));
    m_history = new QPushButton(tr("&History…"), this);
    m_history->setObjectName(QStringLiteral("appointmentHistory"));
    // What is done now and then goes under one button, to leave the row to the daily ones.
    auto *more = new QPushButton(tr("M&ore"), this);
    more->setObjectName(QStringLiteral("agendaMore"));
    auto *menu = new QMenu(more);
    menu->addAction(tr("&Print the day list…"), this, &AgendaPage::printDayList);
    menu->addAction(tr("&Export to a calendar (iCalendar)…"), this, &AgendaPage::exportCalendar);
    menu->addSeparator();
    menu->addAction(tr("Opening &hours and absences…"), this, &AgendaPage::editSchedule);
    menu->addAction(tr("Appointment &types…"), this, &AgendaPage::editTypes);
    more->setMenu(menu);
    for (QPushButton *b : {m_book, m_move, m_cancel, m_noShow, m_history})
        actions->addWidget(b);
    actions->addStretch();
    actions->addWidget(more);
    layout->addLayout(actions);

    connect(previous, &QToolButton::clicked, this,
            [this] { showDay(m_day.addDays(m_week ? -7 : -1)); });
    connect(next, &QToolButton::clicked, this, [this] { showDay(m_day.addDays(m_week ? 7 : 1)); });
    connect(today, &QPushButton::clicked, this,
            [this] { showDay(PracticeTime::toLocal(m_vault.clock().now()).date()); });
    connect(m_view, &QComboBox::currentIndexChanged, this,
            [this](int index) { setWeekView(index == 1); });
    connect(m_practitioner, &QComboBox::currentIndexChanged, this, [this] {
        if (m_week)
            reload();
    });
    connect(m_book, &QPushButton::clicked, this, &AgendaPage::bookAtSelection);
    connect(m_move, &QPushButton::clicked, this, &AgendaPage::moveSelected);
    connect(m_cancel, &QPushButton::clicked, this, &AgendaPage::cancelSelected);
    connect(m_noShow, &QPushButton::clicked, this, &AgendaPage::markSelectedNoShow);
    connect(m_history, &QPushButton::clicked, this, &AgendaPage::showSelectedHistory);
    connect(m_grid, &QTableView::doubleClicked, this, [this] {
        if (selectedEntry())
            moveSelected();
        else
            bookAtSelection();
    });
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AgendaPage::updateActions);
    connect(m_model, &AgendaModel::moveRequested, this, &AgendaPage::moveByDrop);
    ChangeFollower::whileShown(
        m_vault,
        {QStringLiteral("appointment"), QStringLiteral("opening_hours"),
         QStringLiteral("schedule_break"), QStringLiteral("absence"),
         QStringLiteral("appointment_type"), QStringLiteral("schedule_setting"),
         QStringLiteral("patient"), QStringLiteral("app_user"), QStringLiteral("practice")},
        [this](const VaultChanges &) { reload(); }, this);
    updateActions();
}

void AgendaPage::setSession(const Session &session)
{
    m_session = session;
    reload();
}

void AgendaPage::showDay(const QDate &day)
{
    m_day = day;
    reload();
}

void AgendaPage::setWeekView(bool week)
{
    m_week = week;
    m_view->setCurrentIndex(week ? 1 : 0);
    m_practitioner->setEnabled(week);
    reload();
}

void AgendaPage::focusGrid()
{
    m_grid->setFocus();
}

void AgendaPage::reload()
{
    if (!m_session.isValid())
        return;
    Schedules schedules(m_vault);
    auto practitioners = schedules.practitioners();
    auto types = schedules.types();
    if (!practitioners || !types) {
        say((!practitioners ? practitioners.error() : types.error()).message, true);
        return;
    }
    m_practitioners = *practitioners;
    m_types = *types;
    // Keep the chosen practitioner of the week view across reloads.
    const QString chosen = m_practitioner->currentData().toString();
    {
        const QSignalBlocker quiet(m_practitioner);
        m_practitioner->clear();
        for (const UserAccount &p : std::as_const(m_practitioners))
            m_practitioner->addItem(p.displayName, p.id);
        const int at = m_practitioner->findData(chosen.isEmpty() ? m_session.userId : chosen);
        m_practitioner->setCurrentIndex(std::max(0, at));
    }
    m_practitioner->setEnabled(m_week);

    QList<AgendaModel::Column> columns;
    QStringList ids;
    QDate first = m_day;
    if (m_week) {
        first = m_day.addDays(1 - m_day.dayOfWeek());
        // Monday to Saturday: Sunday is shown when it holds an appointment.
        const QString id = m_practitioner->currentData().toString();
        if (!id.isEmpty()) {
            ids.append(id);
            for (int d = 0; d < 7; ++d)
                columns.append({id, m_practitioner->currentText(), first.addDays(d)});
        }
    } else {
        for (const UserAccount &p : std::as_const(m_practitioners)) {
            ids.append(p.id);
            columns.append({p.id, p.displayName, m_day});
        }
    }
    const QDateTime from = *PracticeTime::toUtc(first, QTime(0, 0));
    const QDateTime to = *PracticeTime::toUtc(first.addDays(m_week ? 7 : 1), QTime(0, 0));
    auto week = schedules.of(ids, from);
    auto entries = m_agenda.between(m_session, ids, from, to);
    if (!week || !entries) {
        say((!week ? week.error() : entries.error()).message, true);
        return;
    }
    // The grid runs from the earliest opening to the latest closing of what is shown, and
    // stretches to any appointment outside them.
    QTime earliest = DefaultFirst;
    QTime latest = DefaultLast;
    for (const Schedule &s : std::as_const(*week)) {
        for (const OpeningHours &h : s.hours) {
            earliest = std::min(earliest, QTime(h.start.hour(), 0));
            latest = std::max(latest, h.end);
        }
    }
    bool sunday = false;
    for (const AgendaEntry &e : std::as_const(*entries)) {
        const QDateTime start = PracticeTime::toLocal(e.appointment.start);
        const QDateTime end = PracticeTime::toLocal(e.appointment.end);
        earliest = std::min(earliest, QTime(start.time().hour(), 0));
        if (end.date() == start.date())
            latest = std::max(latest, end.time());
        sunday = sunday || start.date().dayOfWeek() == 7;
    }
    if (latest.minute() != 0)
        latest = QTime(latest.hour(), 0).addSecs(3600);
    if (m_week && !sunday && columns.size() == 7)
        columns.removeLast();
    const QString selectedId = [this] {
        const AgendaEntry *e = selectedEntry();
        return e ? e->appointment.id : QString();
    }();
    const QModelIndex current = m_grid->currentIndex();
    m_model->setView(columns, earliest, latest, *week, schedules.holidays(), m_week);
    m_model->setEntries(*entries);
    // Where the person was stays selected: the same appointment, or the same cell.
    QModelIndex again = selectedId.isEmpty() ? QModelIndex() : m_model->indexOf(selectedId);
    if (!again.isValid() && current.isValid())
        again = m_model->index(std::min(current.row(), m_model->rowCount() - 1),
                               std::min(current.column(), m_model->columnCount() - 1));
    if (!again.isValid() && m_model->columnCount() > 0) {
        // Today opens at the current time.
        const QDateTime now = m_vault.clock().now();
        again = m_model->indexAt(columns.first().practitionerId, now);
        if (!again.isValid())
            again = m_model->index(0, 0);
    }
    if (again.isValid()) {
        m_grid->setCurrentIndex(again);
        m_grid->scrollTo(again, QAbstractItemView::PositionAtCenter);
    }

    const QLocale locale;
    m_title->setText(
        QStringLiteral("<b>%1</b>")
            .arg(m_week
                     ? tr("Week of %1").arg(locale.toString(first, QStringLiteral("d MMMM yyyy")))
                     : locale.toString(m_day, QStringLiteral("dddd d MMMM yyyy"))));
    if (columns.isEmpty())
        say(tr("No practitioner to show: create a physician's account, or give someone opening "
               "hours, in Settings."),
            false);
    else if (m_status->property("problem").toBool())
        say(QString(), false);
    refreshThirdNext();
    updateActions();
}

void AgendaPage::refreshThirdNext()
{
    QStringList ids;
    for (const UserAccount &p : std::as_const(m_practitioners))
        ids.append(p.id);
    auto third = Agenda(m_vault).thirdNextAvailable(ids);
    if (!third) {
        m_thirdNext->setText(third.error().message);
        return;
    }
    QStringList parts;
    for (const UserAccount &p : std::as_const(m_practitioners)) {
        const std::optional<Slot> slot = third->value(p.id);
        parts.append(slot ? tr("%1 %2").arg(p.displayName,
                                            QLocale().toString(PracticeTime::toLocal(slot->start),
                                                               QStringLiteral("ddd d/MM HH:mm")))
                          : tr("%1: none within 3 months").arg(p.displayName));
    }
    m_thirdNext->setText(parts.isEmpty()
                             ? QString()
                             : tr("3rd next available: %1").arg(parts.join(QStringLiteral(" · "))));
}

const AgendaEntry *AgendaPage::selectedEntry() const
{
    const QList<const AgendaEntry *> here = m_model->entriesAt(m_grid->currentIndex());
    return here.isEmpty() ? nullptr : here.first();
}

void AgendaPage::updateActions()
{
    const AgendaEntry *e = selectedEntry();
    const bool booked = e && e->appointment.holdsTime();
    m_move->setEnabled(booked);
    m_cancel->setEnabled(booked);
    m_noShow->setEnabled(booked && e->appointment.start <= m_vault.clock().now());
    m_history->setEnabled(e != nullptr);
    m_book->setEnabled(m_grid->currentIndex().isValid());
}

void AgendaPage::say(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setProperty("problem", problem);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #a40000;") : QString());
}

void AgendaPage::bookAtSelection()
{
    const QModelIndex at = m_grid->currentIndex();
    BookingDialog dialog(m_vault, m_session, m_practitioners, m_types,
                         at.isValid() ? m_model->data(at, AgendaModel::PractitionerRole).toString()
                                      : QString(),
                         m_model->slotStart(at), this);
    if (dialog.exec() == QDialog::Accepted) {
        say(tr("Booked."), false);
        if (const QModelIndex booked = m_model->indexOf(dialog.appointmentId()); booked.isValid())
            m_grid->setCurrentIndex(booked);
    }
}

void AgendaPage::moveSelected()
{
    const AgendaEntry *e = selectedEntry();
    if (!e || !e->appointment.holdsTime())
        return;
    BookingDialog dialog(m_vault, m_session, m_practitioners, m_types, *e, this);
    if (dialog.exec() == QDialog::Accepted)
        say(tr("Moved."), false);
}

void AgendaPage::moveByDrop(const QString &appointmentId, const QDateTime &start,
                            const QString &practitionerId)
{
    Agenda agenda(m_vault);
    auto entry = agenda.entry(m_session, appointmentId);
    if (!entry) {
        say(entry.error().message, true);
        return;
    }
    const QDateTime end = start.addSecs(entry->appointment.start.secsTo(entry->appointment.end));
    const Status moved = agenda.move(m_session, appointmentId, start, end, practitionerId);
    if (!moved) {
        // The same rules as the dialog: what is in the way is said, nothing moves.
        say(moved.error().message, true);
        return;
    }
    say(tr("Moved to %1.")
            .arg(QLocale().toString(PracticeTime::toLocal(start),
                                    QStringLiteral("dddd d MMMM, HH:mm"))),
        false);
}

void AgendaPage::cancelSelected()
{
    const AgendaEntry *e = selectedEntry();
    if (!e || !e->appointment.holdsTime())
        return;
    CancelDialog dialog(m_vault, m_session, *e, this);
    if (dialog.exec() == QDialog::Accepted)
        say(tr("Cancelled."), false);
}

void AgendaPage::markSelectedNoShow()
{
    const AgendaEntry *e = selectedEntry();
    if (!e)
        return;
    const Status done = Agenda(m_vault).markNoShow(m_session, e->appointment.id);
    say(done ? tr("Marked not honoured.") : done.error().message, !done);
}

void AgendaPage::showSelectedHistory()
{
    const AgendaEntry *e = selectedEntry();
    if (!e)
        return;
    auto history = Agenda(m_vault).history(m_session, e->appointment.id);
    if (!history) {
        say(history.error().message, true);
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("History of the appointment"));
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(e->patientName, &dialog));
    auto *list = new QListWidget(&dialog);
    list->setObjectName(QStringLiteral("history"));
    for (const AppointmentEvent &event : std::as_const(*history))
        list->addItem(historyLine(event));
    layout->addWidget(list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(560, 300);
    dialog.exec();
}

void AgendaPage::printDayList()
{
    const QString practitionerId = shownPractitioner();
    if (practitionerId.isEmpty())
        return;
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                              QLatin1Char('/') +
                              tr("day-list-%1.pdf").arg(m_day.toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the day list"), suggested,
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    const Status printed = DayListPrinter(m_vault).print(m_session, practitionerId, m_day, path);
    say(printed ? tr("Day list saved to %1.").arg(path) : printed.error().message, !printed);
}

QString AgendaPage::shownPractitioner() const
{
    if (m_week)
        return m_practitioner->currentData().toString();
    const QString atCell =
        m_model->data(m_grid->currentIndex(), AgendaModel::PractitionerRole).toString();
    return atCell.isEmpty() ? m_session.userId : atCell;
}

void AgendaPage::exportCalendar()
{
    ExportDialog dialog(m_vault, m_session, m_practitioners, shownPractitioner(), m_day, this);
    if (dialog.exec() == QDialog::Accepted)
        say(tr("Calendar written to %1.").arg(dialog.path()), false);
}

void AgendaPage::editSchedule()
{
    // Anyone with an account may have hours; who may edit whose is the service's to say.
    auto everyone = UserAccounts(m_vault).list(m_session);
    QList<UserAccount> people = m_practitioners;
    if (everyone) {
        for (const UserAccount &u : std::as_const(*everyone)) {
            if (!u.disabled && std::none_of(people.cbegin(), people.cend(),
                                            [&](const UserAccount &p) { return p.id == u.id; }))
                people.append(u);
        }
    } else if (std::none_of(people.cbegin(), people.cend(),
                            [&](const UserAccount &p) { return p.id == m_session.userId; })) {
        people.append(
            UserAccount{m_session.userId, m_session.login, m_session.displayName, m_session.roles});
    }
    ScheduleDialog dialog(m_vault, m_session, people, shownPractitioner(), this);
    if (dialog.exec() == QDialog::Accepted)
        say(tr("Opening hours saved."), false);
}

void AgendaPage::editTypes()
{
    TypesDialog dialog(m_vault, m_session, this);
    dialog.exec();
}

bool AgendaPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_grid && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool plain = (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
        switch (key->key()) {
        case Qt::Key_PageUp: showDay(m_day.addDays(m_week ? -7 : -1)); return true;
        case Qt::Key_PageDown: showDay(m_day.addDays(m_week ? 7 : 1)); return true;
        case Qt::Key_T:
            if (plain) {
                showDay(PracticeTime::toLocal(m_vault.clock().now()).date());
                return true;
            }
            break;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (selectedEntry() && selectedEntry()->appointment.holdsTime())
                moveSelected();
            else
                bookAtSelection();
            return true;
        case Qt::Key_Delete: cancelSelected(); return true;
        default: break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace relais::ui
