#include "ReceptionPage.h"

#include "RemindersDialog.h"
#include "WaitingRoomModel.h"
#include "WalkInDialog.h"
#include "common/ChangeFollower.h"
#include "common/FormHelpers.h"
#include "domain/PracticeTime.h"
#include "services/Schedules.h"
#include "services/WaitingRoom.h"
#include "storage/Vault.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace relais::ui {

ReceptionPage::ReceptionPage(Vault &vault, QWidget *parent)
    : QWidget(parent)
    , m_vault(vault)
{
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Reception")), this);
    auto *row = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("receptionSearch"));
    m_search->setPlaceholderText(
        tr("A patient arrives: name, birth date, social-security number or phone…"));
    auto *create = new QPushButton(tr("&New patient…"), this);
    create->setObjectName(QStringLiteral("receptionNewPatient"));
    create->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    create->setToolTip(tr("New patient (Ctrl+N)"));
    row->addWidget(m_search, 1);
    row->addWidget(create);
    layout->addWidget(heading);
    layout->addLayout(row);

    auto *roomTitle = new QHBoxLayout;
    auto *roomLabel = new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Today's waiting room")), this);
    m_waits = new QLabel(this);
    m_waits->setObjectName(QStringLiteral("waits"));
    roomTitle->addWidget(roomLabel);
    roomTitle->addStretch();
    roomTitle->addWidget(m_waits);
    layout->addLayout(roomTitle);

    m_model = new WaitingRoomModel(this);
    m_table =
        makeListTable(this, m_model, QStringLiteral("waitingRoom"), WaitingRoomModel::Patient);
    layout->addWidget(m_table, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("receptionStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *actions = new QHBoxLayout;
    m_checkIn = new QPushButton(tr("&Arrived (F2)"), this);
    m_checkIn->setObjectName(QStringLiteral("checkIn"));
    auto *walkIn = new QPushButton(tr("&Without appointment…"), this);
    walkIn->setObjectName(QStringLiteral("walkIn"));
    m_prepare = new QPushButton(tr("&Prepare"), this);
    m_prepare->setObjectName(QStringLiteral("prepare"));
    m_prepare->setToolTip(tr("Start preparing the consultation and open the file"));
    m_callIn = new QPushButton(tr("&Goes in"), this);
    m_callIn->setObjectName(QStringLiteral("callIn"));
    m_finish = new QPushButton(tr("&Done"), this);
    m_finish->setObjectName(QStringLiteral("finish"));
    m_left = new QPushButton(tr("&Left"), this);
    m_left->setObjectName(QStringLiteral("left"));
    m_left->setToolTip(tr("Left without being seen"));
    auto *reminders = new QPushButton(tr("&Reminders…"), this);
    reminders->setObjectName(QStringLiteral("reminders"));
    reminders->setToolTip(tr("Tomorrow's appointments to call"));
    for (QPushButton *b : {m_checkIn, walkIn, m_prepare, m_callIn, m_finish, m_left})
        actions->addWidget(b);
    actions->addStretch();
    actions->addWidget(reminders);
    layout->addLayout(actions);

    // The first letter typed is enough: the search goes on in the Patients section.
    connect(m_search, &QLineEdit::textEdited, this, [this](const QString &typed) {
        if (typed.trimmed().isEmpty())
            return;
        m_search->clear();
        Q_EMIT findPatient(typed);
    });
    connect(create, &QPushButton::clicked, this, &ReceptionPage::newPatient);
    connect(m_checkIn, &QPushButton::clicked, this, &ReceptionPage::checkInSelected);
    connect(walkIn, &QPushButton::clicked, this, &ReceptionPage::addWalkIn);
    connect(m_prepare, &QPushButton::clicked, this, &ReceptionPage::prepareSelected);
    connect(m_callIn, &QPushButton::clicked, this, &ReceptionPage::callInSelected);
    connect(m_finish, &QPushButton::clicked, this, &ReceptionPage::finishSelected);
    connect(m_left, &QPushButton::clicked, this, &ReceptionPage::leftSelected);
    connect(reminders, &QPushButton::clicked, this, &ReceptionPage::showReminders);
    auto *f2 = new QShortcut(QKeySequence(Qt::Key_F2), this);
    f2->setContext(Qt::WidgetWithChildrenShortcut);
    connect(f2, &QShortcut::activated, this, &ReceptionPage::checkInSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReceptionPage::updateActions);
    // Minutes waited move on by themselves; the list itself follows the vault.
    m_tick = new QTimer(this);
    m_tick->setInterval(30 * 1000);
    connect(m_tick, &QTimer::timeout, this, [this] {
        m_model->tick(m_vault.clock().now());
        showWaits();
    });
    m_tick->start();
    ChangeFollower::whileShown(
        m_vault,
        {QStringLiteral("visit"), QStringLiteral("appointment"), QStringLiteral("consultation"),
         QStringLiteral("patient"), QStringLiteral("appointment_type")},
        [this](const VaultChanges &) { reload(); }, this);
    updateActions();
}

void ReceptionPage::setSession(const Session &session)
{
    m_session = session;
    reload();
}

void ReceptionPage::focusSearch()
{
    m_search->setFocus();
}

void ReceptionPage::reload()
{
    if (!m_session.isValid())
        return;
    const WaitingRoomRow *current = m_model->rowAt(m_table->currentIndex().row());
    const QString appointmentId = current ? current->appointmentId : QString();
    const QString visitId = current ? current->visitId : QString();
    auto rows = WaitingRoom(m_vault).today(m_session);
    if (!rows) {
        say(rows.error().message, true);
        return;
    }
    m_model->setRows(*rows, m_vault.clock().now());
    int again = m_model->rowOf(appointmentId, visitId);
    if (again < 0) {
        // The first patient still to come or waiting.
        for (int r = 0; r < m_model->rowCount() && again < 0; ++r) {
            const auto s = m_model->rowAt(r)->status;
            if (s == WaitingRoomRow::Status::Expected || s == WaitingRoomRow::Status::Arrived)
                again = r;
        }
    }
    if (again >= 0)
        m_table->setCurrentIndex(m_model->index(again, 0));
    if (rows->isEmpty())
        say(tr("Nobody is expected today yet: appointments booked in the Agenda show here, and "
               "a patient without one is added with \"Without appointment\"."),
            false);
    else if (m_status->property("problem").toBool())
        say(QString(), false);
    showWaits();
    updateActions();
}

void ReceptionPage::showWaits()
{
    const VisitRules::Waits w = VisitRules::waits(m_model->rows(), m_vault.clock().now());
    m_waits->setText(
        w.seen == 0 && w.longest == 0
            ? QString()
            : tr("Waiting today: median %1 min, longest %2 min (%n seen)", nullptr, w.seen)
                  .arg(w.median)
                  .arg(w.longest));
}

void ReceptionPage::updateActions()
{
    using S = WaitingRoomRow::Status;
    const WaitingRoomRow *r = m_model->rowAt(m_table->currentIndex().row());
    const S s = r ? r->status : S::Done;
    m_checkIn->setEnabled(r && s == S::Expected);
    m_prepare->setEnabled(r && s == S::Arrived);
    m_callIn->setEnabled(r && (s == S::Arrived || s == S::Preparing || s == S::Ready));
    m_finish->setEnabled(r && s == S::InConsultation);
    m_left->setEnabled(r && (s == S::Arrived || s == S::Preparing || s == S::Ready));
}

void ReceptionPage::say(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setProperty("problem", problem);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #a40000;") : QString());
}

void ReceptionPage::checkInSelected()
{
    const WaitingRoomRow *r = m_model->rowAt(m_table->currentIndex().row());
    if (!r || r->status != WaitingRoomRow::Status::Expected)
        return;
    const QString name = r->patientName;
    auto visit = WaitingRoom(m_vault).checkIn(m_session, r->appointmentId);
    if (!visit) {
        say(visit.error().message, true);
        return;
    }
    say(tr("%1 has arrived.").arg(name), false);
}

void ReceptionPage::addWalkIn()
{
    auto practitioners = Schedules(m_vault).practitioners();
    WalkInDialog dialog(m_vault, m_session, practitioners ? *practitioners : QList<UserAccount>(),
                        this);
    if (dialog.exec() == QDialog::Accepted)
        say(tr("Added to the waiting room."), false);
}

void ReceptionPage::prepareSelected()
{
    const WaitingRoomRow *r = m_model->rowAt(m_table->currentIndex().row());
    if (!r || r->visitId.isEmpty())
        return;
    const QString patientId = r->patientId;
    auto consultation = WaitingRoom(m_vault).startPreparation(m_session, r->visitId);
    if (!consultation) {
        say(consultation.error().message, true);
        return;
    }
    Q_EMIT openPatient(patientId);
}

void ReceptionPage::callInSelected()
{
    advanceSelected(Visit::State::InConsultation);
}

void ReceptionPage::finishSelected()
{
    advanceSelected(Visit::State::Done);
}

void ReceptionPage::leftSelected()
{
    advanceSelected(Visit::State::Left);
}

void ReceptionPage::advanceSelected(Visit::State to)
{
    const WaitingRoomRow *r = m_model->rowAt(m_table->currentIndex().row());
    if (!r || r->visitId.isEmpty())
        return;
    // The list follows the change notice; only a refusal is said here.
    if (const Status done = WaitingRoom(m_vault).advance(m_session, r->visitId, to); !done)
        say(done.error().message, true);
}

void ReceptionPage::showReminders()
{
    QDate day = PracticeTime::toLocal(m_vault.clock().now()).date().addDays(1);
    // On Saturday, Monday's calls; never a Sunday.
    if (day.dayOfWeek() == 7)
        day = day.addDays(1);
    RemindersDialog dialog(m_vault, m_session, day, this);
    dialog.exec();
}

} // namespace relais::ui
