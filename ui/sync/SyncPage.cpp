#include "SyncPage.h"

#include "InviteDialog.h"
#include "common/ChangeFollower.h"
#include "common/FormHelpers.h"
#include "common/HubAddressField.h"
#include "domain/PracticeTime.h"
#include "patients/MergeDialog.h"
#include "security/AccessPolicy.h"
#include "services/Agenda.h"
#include "services/BackgroundTask.h"
#include "services/PatientDetails.h"
#include "services/PracticeSync.h"
#include "storage/Vault.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace relais::ui {

namespace {

QString localTime(const QDateTime &at)
{
    const QLocale locale;
    const QDateTime local = at.toLocalTime();
    if (local.date() == QDate::currentDate())
        return SyncPage::tr("today at %1").arg(locale.toString(local.time(), QLocale::ShortFormat));
    return locale.toString(local, QLocale::ShortFormat);
}

QString kindInWords(const QString &kind)
{
    if (kind == QLatin1String("frozen"))
        return SyncPage::tr("Signed or reviewed record");
    if (kind == QLatin1String("clock"))
        return SyncPage::tr("Clock far ahead");
    return SyncPage::tr("Refused envelope");
}

// A sentence of the page: wrapped, whole at any width.
QLabel *addSentence(QVBoxLayout *layout, QWidget *parent, const QString &text = {})
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    keepWhole(label);
    layout->addWidget(label);
    return label;
}

// One of the page's lists: read-only rows, no tree.
QTreeWidget *addList(QVBoxLayout *layout, QWidget *parent, const char *name,
                     const QStringList &headers)
{
    auto *list = new QTreeWidget(parent);
    list->setObjectName(QLatin1String(name));
    list->setRootIsDecorated(false);
    list->setHeaderLabels(headers);
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    list->header()->setStretchLastSection(false);
    // A few rows each: the lists below stay in view on a small screen.
    list->setMinimumHeight(70);
    list->setMaximumHeight(120);
    layout->addWidget(list);
    return list;
}

void addButtonRow(QVBoxLayout *layout, const QList<QPushButton *> &buttons)
{
    auto *row = new QHBoxLayout;
    for (QPushButton *b : buttons)
        row->addWidget(b);
    row->addStretch(1);
    layout->addLayout(row);
}

// A list of things to decide: shown with its title when it has rows, its buttons only to whom
// may act on them, a row chosen so that a button works at once.
void showSection(QLabel *title, QTreeWidget *list, const QList<QPushButton *> &actions, bool any,
                 bool mayAct)
{
    title->setVisible(any);
    list->setVisible(any);
    for (QPushButton *action : actions)
        action->setVisible(any && mayAct);
    if (any && !list->currentItem())
        list->setCurrentItem(list->topLevelItem(0));
}

} // namespace

SyncPage::SyncPage(Vault &vault, QWidget *parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_registry(vault)
    , m_merger(vault)
{
    QWidget *content = scrollingContent(this, false);
    auto *layout = new QVBoxLayout(content);

    m_intro = addSentence(layout, content);

    auto *form = new QFormLayout;
    m_hubField = new HubAddressField(content);
    m_hub = m_hubField->edit();
    form->addRow(tr("Hub:"), m_hubField);
    m_password = makeNamedEdit(content, "hubPassword", true);
    m_passwordLabel = new QLabel(tr("Hub password:"), content);
    form->addRow(m_passwordLabel, m_password);
    m_last = new QLabel(content);
    m_last->setObjectName(QStringLiteral("lastSync"));
    m_last->setWordWrap(true);
    keepWhole(m_last);
    form->addRow(tr("Last sync:"), m_last);
    m_pending = new QLabel(content);
    m_pending->setObjectName(QStringLiteral("pending"));
    form->addRow(tr("Waiting:"), m_pending);
    layout->addLayout(form);

    m_warning = addSentence(layout, content);
    m_warning->setObjectName(QStringLiteral("syncWarning"));
    m_warning->setStyleSheet(QStringLiteral("color: #a40000;"));

    m_syncNow = makeButton(tr("Sync now (F5)"), "syncNow", content);
    m_invite = makeButton(tr("Invite a workstation…"), "invite", content);
    addButtonRow(layout, {m_syncNow, m_invite});
    m_progress = new QProgressBar(content);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->hide();
    layout->addWidget(m_progress);

    auto *schedule = new QHBoxLayout;
    m_every = new QCheckBox(tr("Sync by itself every"), content);
    m_every->setObjectName(QStringLiteral("autoSync"));
    m_minutes = new QSpinBox(content);
    m_minutes->setRange(1, 24 * 60);
    m_minutes->setValue(5);
    m_minutes->setSuffix(tr(" min"));
    schedule->addWidget(m_every);
    schedule->addWidget(m_minutes);
    schedule->addStretch(1);
    layout->addLayout(schedule);

    addSentence(layout, content, tr("<b>Workstations of the practice</b>"));
    m_workstations =
        addList(layout, content, "workstations", {tr("Workstation"), tr("Enrolled"), tr("State")});
    m_workstations->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_revoke = makeButton(tr("Revoke the chosen workstation…"), "revokeWorkstation", content);
    m_revoke->setToolTip(tr("A workstation lost, stolen or given away: shut out of the hub at "
                            "once, and the practice's key renewed for the others."));
    addButtonRow(layout, {m_revoke});

    m_duplicatesTitle = addSentence(
        layout, content,
        tr("<b>Files that may be one person</b> (one of them came from another workstation: "
           "open them, then merge or say they are two people)"));
    m_duplicates =
        addList(layout, content, "duplicates", {tr("File"), tr("Other file"), tr("Likeness")});
    m_merge = makeButton(tr("Merge…"), "mergeDuplicate", content);
    m_twoPeople = makeButton(tr("They are two people"), "dismissDuplicate", content);
    addButtonRow(layout, {m_merge, m_twoPeople});
    connect(m_merge, &QPushButton::clicked, this, &SyncPage::mergeDuplicate);
    connect(m_revoke, &QPushButton::clicked, this, &SyncPage::revokeWorkstation);
    connect(m_workstations, &QTreeWidget::currentItemChanged, this, [this] {
        const QTreeWidgetItem *chosen = m_workstations->currentItem();
        m_revoke->setEnabled(!m_task && chosen &&
                             !chosen->data(0, Qt::UserRole).toString().isEmpty());
    });
    connect(m_twoPeople, &QPushButton::clicked, this, &SyncPage::dismissDuplicate);

    m_bookingsTitle = addSentence(
        layout, content,
        tr("<b>Times booked twice</b> (on two workstations before they synced: call one of the "
           "patients and cancel, or keep both)"));
    m_bookings =
        addList(layout, content, "doubleBookings", {tr("When"), tr("With"), tr("Patients")});
    m_bookings->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_keepBoth = makeButton(tr("Keep both"), "keepBoth", content);
    m_cancelOne = makeButton(tr("Cancel one…"), "cancelOne", content);
    addButtonRow(layout, {m_keepBoth, m_cancelOne});
    connect(m_keepBoth, &QPushButton::clicked, this, &SyncPage::keepBothBookings);
    connect(m_cancelOne, &QPushButton::clicked, this, &SyncPage::cancelOneBooking);

    m_asideTitle = addSentence(layout, content,
                               tr("<b>Changes kept aside</b> (received, not applied: look at "
                                  "them with the person who made them)"));
    m_aside = addList(layout, content, "keptAside",
                      {tr("Received"), tr("Kind"), tr("Record"), tr("Why")});
    m_aside->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    layout->addStretch(1);

    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, &SyncPage::syncNow);
    connect(m_syncNow, &QPushButton::clicked, this, &SyncPage::syncNow);
    connect(m_invite, &QPushButton::clicked, this, &SyncPage::invite);
    connect(m_every, &QCheckBox::toggled, this, &SyncPage::scheduleChanged);
    connect(m_minutes, &QSpinBox::valueChanged, this, &SyncPage::scheduleChanged);
    auto *shortcut = new QShortcut(QKeySequence(Qt::Key_F5), this);
    shortcut->setContext(Qt::WindowShortcut);
    connect(shortcut, &QShortcut::activated, this, &SyncPage::syncNow);
    // The status bar's count follows every write, wherever it is made; the page's lists only
    // while they are in view.
    new ChangeFollower(
        m_vault, {QStringLiteral("change_journal")},
        [this](const VaultChanges &) { announceStatus(); }, this);
    ChangeFollower::whileShown(
        m_vault,
        {QStringLiteral("change_journal"), QStringLiteral("sync_device"), QStringLiteral("patient"),
         QStringLiteral("appointment")},
        [this](const VaultChanges &) { refresh(); }, this);

    const int minutes = PracticeSync(m_vault).autoSyncMinutes();
    {
        const QSignalBlocker blockEvery(m_every);
        const QSignalBlocker blockMinutes(m_minutes);
        m_every->setChecked(minutes > 0);
        if (minutes > 0)
            m_minutes->setValue(minutes);
    }
    if (minutes > 0)
        m_timer->start(minutes * 60 * 1000);
    refresh();
}

SyncPage::~SyncPage()
{
    if (m_task)
        m_task->requestStop();
}

void SyncPage::setSession(const Session &session)
{
    m_session = session;
    refresh();
}

void SyncPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void SyncPage::scheduleChanged()
{
    const int minutes = m_every->isChecked() ? m_minutes->value() : 0;
    (void)PracticeSync(m_vault).setAutoSyncMinutes(minutes);
    if (minutes > 0)
        m_timer->start(minutes * 60 * 1000);
    else
        m_timer->stop();
}

void SyncPage::announceStatus()
{
    if (auto state = PracticeSync(m_vault).state())
        Q_EMIT statusChanged(statusLine(*state));
}

QString SyncPage::statusLine(const PracticeSync::State &state) const
{
    if (!state.setUp)
        return tr("Not synced yet: working offline");
    if (!m_lastFailure.isEmpty())
        return tr("Hub unreachable: working offline (%n change(s) waiting)", nullptr,
                  state.pending);
    if (state.pending > 0)
        return tr("%n change(s) waiting", nullptr, state.pending);
    if (state.lastSync.isValid())
        return tr("Synced at %1")
            .arg(QLocale().toString(state.lastSync.toLocalTime().time(), QLocale::ShortFormat));
    return {};
}

void SyncPage::refresh()
{
    auto state = PracticeSync(m_vault).state();
    if (!state)
        return;
    const bool admin = AccessPolicy::allows(m_session.roles, Permission::SetUpSync);
    const bool idle = m_task == nullptr;
    if (state->setUp) {
        m_intro->setText(tr("This workstation syncs with the practice's hub: the changes made "
                            "here are sent sealed, those of the other workstations received. "
                            "The hub stores nothing it can read."));
        m_hub->setText(state->hub);
        m_hubField->setReadOnly(true);
    } else {
        m_intro->setText(
            admin ? tr("This workstation works alone. To share the practice's records with its "
                       "other workstations, give the hub's address and password that its host "
                       "gave for the practice (“relais hub add-practice”) and sync: this "
                       "workstation becomes the practice's first, and replaces that password "
                       "with its own. The other workstations join with an invitation.")
                  : tr("This workstation works alone. An administrator sets up the practice's "
                       "hub here, once."));
        m_hubField->setReadOnly(!admin);
    }
    m_password->setVisible(!state->setUp && admin);
    m_passwordLabel->setVisible(!state->setUp && admin);
    m_last->setText(state->lastSync.isValid()
                        ? localTime(state->lastSync) + QStringLiteral(" — ") + state->lastResult
                        : tr("never"));
    m_pending->setText(tr("%n change(s) made here, to be sent", nullptr, state->pending));
    QString warning = m_lastFailure.isEmpty() ? m_notice : m_lastFailure;
    if (warning.isEmpty() && std::abs(state->clockOffsetMs) > Synchronizer::WarnOffsetMs)
        warning = tr("This workstation's clock differs from the hub's by %n minute(s): set the "
                     "date and time to be kept automatically.",
                     nullptr, static_cast<int>(std::abs(state->clockOffsetMs) / 60000));
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
    m_syncNow->setEnabled(idle && (state->setUp || admin));
    m_invite->setVisible(admin);
    m_invite->setEnabled(idle && state->setUp);
    m_every->setEnabled(state->setUp);
    m_minutes->setEnabled(state->setUp);

    m_workstations->clear();
    for (const auto &w : std::as_const(state->workstations)) {
        auto *item = new QTreeWidgetItem(m_workstations);
        item->setText(0, w.thisOne ? tr("This workstation (%1)").arg(w.deviceId.left(8))
                                   : w.deviceId.left(8));
        item->setToolTip(0, w.deviceId);
        item->setText(1, w.enrolledAt.isValid() ? localTime(w.enrolledAt) : QString());
        item->setText(2, w.revoked ? tr("Revoked") : tr("Enrolled"));
        // The ones that can be revoked from here carry their id.
        if (!w.thisOne && !w.revoked)
            item->setData(0, Qt::UserRole, w.deviceId);
    }
    m_revoke->setVisible(admin && state->setUp);
    m_revoke->setEnabled(false);
    if (state->workstations.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_workstations);
        item->setText(0, tr("None yet: the first sync enrols this workstation."));
    }

    m_duplicates->clear();
    auto duplicates = m_session.isValid() ? PracticeSync(m_vault).duplicates(m_session)
                                          : Result<QList<PracticeSync::Duplicate>>{};
    const bool anyDuplicate = duplicates && !duplicates->isEmpty();
    if (duplicates) {
        for (const auto &d : std::as_const(*duplicates)) {
            auto *item = new QTreeWidgetItem(m_duplicates);
            const QLocale locale;
            item->setText(0, QStringLiteral("%1, %2").arg(
                                 d.first.displayName,
                                 locale.toString(d.first.birthDate, QLocale::ShortFormat)));
            item->setText(1, QStringLiteral("%1, %2").arg(
                                 d.second.displayName,
                                 locale.toString(d.second.birthDate, QLocale::ShortFormat)));
            item->setText(2, QStringLiteral("%1 %").arg(d.score));
            item->setData(0, Qt::UserRole, d.first.id);
            item->setData(1, Qt::UserRole, d.second.id);
        }
    }
    showSection(m_duplicatesTitle, m_duplicates, {m_merge, m_twoPeople}, anyDuplicate,
                AccessPolicy::allows(m_session.roles, Permission::MergePatients));

    refreshDoubleBookings();

    m_aside->clear();
    if (auto aside = PracticeSync(m_vault).keptAside(); aside) {
        for (const auto &a : std::as_const(*aside)) {
            auto *item = new QTreeWidgetItem(m_aside);
            item->setText(0, localTime(a.receivedAt));
            item->setText(1, kindInWords(a.kind));
            item->setText(2, a.entity.isEmpty()
                                 ? QString()
                                 : QStringLiteral("%1 %2").arg(a.entity, a.entityId.left(8)));
            item->setText(3, a.reason);
            item->setToolTip(3, a.reason);
        }
        m_asideTitle->setVisible(!aside->isEmpty());
        m_aside->setVisible(!aside->isEmpty());
    }
    Q_EMIT statusChanged(statusLine(*state));
}

void SyncPage::syncNow()
{
    if (m_task)
        return;
    m_notice.clear();
    auto state = PracticeSync(m_vault).state();
    if (!state)
        return;
    if (!state->setUp && (m_hub->text().trimmed().isEmpty() ||
                          !AccessPolicy::allows(m_session.roles, Permission::SetUpSync))) {
        if (isVisible())
            m_hub->setFocus();
        return;
    }
    const std::optional<Session> session =
        m_session.isValid() ? std::optional<Session>(m_session) : std::nullopt;
    const QString hub = state->setUp ? QString() : m_hub->text().trimmed();
    const QString password = state->setUp ? QString() : m_password->text();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_syncNow->setEnabled(false);
    m_invite->setEnabled(false);
    m_task = BackgroundTask::run<SyncReport>(
        &m_vault,
        [session, hub, password](const BackgroundTask::Context &worker) {
            return PracticeSync(worker.vault())
                .sync(session, hub, password,
                      [&worker](const QString &step, qint64 done, qint64 total) {
                          worker.progress(static_cast<int>(std::min<qint64>(done, INT_MAX)),
                                          static_cast<int>(std::min<qint64>(total, INT_MAX)), step);
                      });
        },
        [this](const Result<SyncReport> &report) { finished(report); }, this);
    connect(m_task, &BackgroundTask::progressed, this,
            [this](int done, int total, const QString &step) {
                m_progress->setRange(0, total);
                m_progress->setValue(done);
                // What it is doing, beside how far: sending, receiving, the practice's records.
                m_progress->setFormat(total > 0 ? tr("%1: %p %").arg(step) : step);
                m_progress->setTextVisible(true);
            });
}

void SyncPage::finished(const Result<SyncReport> &report)
{
    m_task = nullptr;
    m_progress->hide();
    if (!report) {
        m_lastFailure = report.error().message;
    } else {
        m_lastFailure.clear();
        m_password->clear();
        m_enrolled += report->enrolled;
    }
    refresh();
}

void SyncPage::revokeWorkstation()
{
    const QTreeWidgetItem *chosen = m_workstations->currentItem();
    const QString device = chosen ? chosen->data(0, Qt::UserRole).toString() : QString();
    if (m_task || device.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Revoke a workstation"),
        tr("Revoke workstation %1?\n\nThe hub shuts it out at once; the practice's other "
           "workstations take a new key at their next sync, and refuse anything it signs from "
           "now on. What it sent before stays. This cannot be undone: to bring it back, invite it "
           "as a new workstation.")
            .arg(device),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    const Session session = m_session;
    m_progress->setRange(0, 0);
    m_progress->show();
    m_syncNow->setEnabled(false);
    m_invite->setEnabled(false);
    m_revoke->setEnabled(false);
    m_task = BackgroundTask::run<SyncReport>(
        &m_vault,
        [session, device](const BackgroundTask::Context &worker) {
            return PracticeSync(worker.vault()).revoke(session, device);
        },
        [this](const Result<SyncReport> &report) {
            m_notice = report && report->revokedOnSharedLogin
                           ? report->warnings().join(QLatin1Char(' '))
                           : QString();
            finished(report);
        },
        this);
}

void SyncPage::mergeDuplicate()
{
    const QTreeWidgetItem *pair = m_duplicates->currentItem();
    if (!pair)
        return;
    auto first = m_registry.refresh(m_session, pair->data(0, Qt::UserRole).toString());
    auto second = m_registry.refresh(m_session, pair->data(1, Qt::UserRole).toString());
    if (!first || !second)
        return refresh();
    // The merge dialog of the patient file, the other file looked up by its name.
    MergeDialog dialog(m_registry, m_merger, m_session, *first, this);
    dialog.search(second->birthName);
    dialog.exec();
    refresh();
}

void SyncPage::dismissDuplicate()
{
    const QTreeWidgetItem *pair = m_duplicates->currentItem();
    if (!pair)
        return;
    const auto ok = PracticeSync(m_vault).dismissDuplicate(
        m_session, pair->data(0, Qt::UserRole).toString(), pair->data(1, Qt::UserRole).toString());
    showOutcome(ok);
}

void SyncPage::refreshDoubleBookings()
{
    m_bookings->clear();
    Agenda agenda(m_vault);
    auto conflicts = m_session.isValid() ? agenda.doubleBookings(m_session)
                                         : Result<QList<Agenda::DoubleBooking>>{};
    const bool any = conflicts && !conflicts->isEmpty();
    QHash<QString, QString> names;
    if (any) {
        if (auto physicians = PatientDetails(m_vault).practicePhysicians(m_session))
            for (const PracticePhysician &p : std::as_const(*physicians))
                names.insert(p.userId, p.name);
    }
    const QLocale locale;
    const auto at = [&](const Appointment &a) {
        return locale.toString(PracticeTime::toLocal(a.start), QStringLiteral("ddd dd/MM HH:mm"));
    };
    for (const Agenda::DoubleBooking &d : conflicts ? *conflicts : QList<Agenda::DoubleBooking>{}) {
        auto *item = new QTreeWidgetItem(m_bookings);
        item->setText(0, at(d.first.appointment));
        const QString first = names.value(d.first.appointment.practitionerId);
        const QString second = names.value(d.second.appointment.practitionerId);
        item->setText(1, first == second ? first : tr("%1 and %2").arg(first, second));
        item->setText(2, tr("%1 (%2) and %3 (%4)")
                             .arg(d.first.patientName, at(d.first.appointment),
                                  d.second.patientName, at(d.second.appointment)));
        item->setToolTip(2, item->text(2));
        item->setData(0, Qt::UserRole, d.first.appointment.id);
        item->setData(1, Qt::UserRole, d.second.appointment.id);
        // For "Cancel one…": each appointment in words, the patient first.
        item->setData(
            2, Qt::UserRole,
            QStringList{
                tr("%1, %2 with %3").arg(d.first.patientName, at(d.first.appointment), first),
                tr("%1, %2 with %3").arg(d.second.patientName, at(d.second.appointment), second)});
    }
    showSection(m_bookingsTitle, m_bookings, {m_keepBoth, m_cancelOne}, any,
                AccessPolicy::allows(m_session.roles, Permission::BookAppointments));
}

void SyncPage::keepBothBookings()
{
    const QTreeWidgetItem *pair = m_bookings->currentItem();
    if (!pair)
        return;
    // The second booked stays as it is, marked overbooked: the agenda shows why.
    const auto ok = Agenda(m_vault).keepBoth(m_session, pair->data(1, Qt::UserRole).toString());
    showOutcome(ok);
}

void SyncPage::cancelOneBooking()
{
    const QTreeWidgetItem *pair = m_bookings->currentItem();
    if (!pair)
        return;
    const QStringList appointments = pair->data(2, Qt::UserRole).toStringList();
    bool chosen = false;
    const QString which = QInputDialog::getItem(
        this, tr("Cancel one appointment"),
        tr("Which appointment is cancelled? Tell the patient and offer another time."),
        appointments, 0, false, &chosen);
    if (!chosen)
        return;
    const QString id =
        pair->data(appointments.indexOf(which) == 0 ? 0 : 1, Qt::UserRole).toString();
    const auto ok = Agenda(m_vault).cancel(m_session, id, Appointment::CancelledBy::Practice,
                                           tr("Booked twice at the same time"));
    showOutcome(ok);
}

void SyncPage::showOutcome(const Status &done)
{
    // After the refresh, which sets the line from the sync's state: a refusal stays in view.
    refresh();
    if (!done) {
        m_warning->setText(done.error().message);
        m_warning->show();
    }
}

void SyncPage::invite()
{
    if (m_task)
        return;
    const Session session = m_session;
    m_invite->setEnabled(false);
    m_task = BackgroundTask::run<Invitation::Made>(
        &m_vault,
        [session](const BackgroundTask::Context &worker) {
            return PracticeSync(worker.vault()).invite(session);
        },
        [this](const Result<Invitation::Made> &made) {
            m_task = nullptr;
            if (!made) {
                m_lastFailure = made.error().message;
                refresh();
                return;
            }
            refresh();
            showInvitation(*made);
        },
        this);
}

void SyncPage::showInvitation(const Invitation::Made &made)
{
    auto *dialog = new InviteDialog(made, m_hub->text(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // While the code is shown, sync often: the sync lets the new workstation in.
    m_enrolled = 0;
    auto *poll = new QTimer(dialog);
    const QPointer<InviteDialog> shown(dialog);
    connect(poll, &QTimer::timeout, this, [this, shown, poll] {
        if (m_enrolled > 0 && shown) {
            shown->enrolled();
            poll->stop();
            return;
        }
        syncNow();
    });
    poll->start(3000);
    dialog->open();
}

} // namespace relais::ui
