#pragma once

#include "security/Session.h"
#include "services/PatientMerger.h"
#include "services/PatientRegistry.h"
#include "services/PracticeSync.h"
#include "sync/Invitation.h"
#include "sync/Synchronizer.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTimer;
class QTreeWidget;

namespace relais {
class BackgroundTask;
class Vault;
} // namespace relais

namespace relais::ui {

class HubAddressField;

// The Synchronisation section: the practice's hub, the last sync and its result in words, what
// waits to be sent, the practice's workstations, inviting a new one, the changes kept aside.
// A sync runs on a worker thread with its own handle on the vault; the window keeps answering,
// and a hub that does not answer is one calm line while work goes on offline.
class SyncPage : public QWidget
{
    Q_OBJECT

public:
    explicit SyncPage(Vault &vault, QWidget *parent = nullptr);
    ~SyncPage() override;

    void setSession(const Session &session);
    // Starts a sync now (F5), unless one is running.
    void syncNow();
    bool isSyncing() const { return m_task != nullptr; }

Q_SIGNALS:
    // The status bar's line: "3 changes waiting", "synced at 10:42", "hub unreachable…".
    void statusChanged(const QString &line);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void finished(const Result<SyncReport> &report);
    void invite();
    void mergeDuplicate();
    // Revokes the workstation chosen in the list (an administrator's, after saying yes).
    void revokeWorkstation();
    void dismissDuplicate();
    void refreshDoubleBookings();
    void keepBothBookings();
    void cancelOneBooking();
    // Refreshes after an act on one of the lists, and says why it was refused if it was.
    void showOutcome(const Status &done);
    void showInvitation(const Invitation::Made &made);
    void scheduleChanged();
    void announceStatus();
    QString statusLine(const PracticeSync::State &state) const;

    Vault &m_vault;
    Session m_session;
    BackgroundTask *m_task = nullptr;
    QString m_lastFailure; // set when the last sync in this window failed
    QString m_notice;      // what the last revocation asks someone to do, until the next sync
    int m_enrolled = 0;    // workstations let in since the invitation dialog opened

    QLabel *m_intro = nullptr;
    HubAddressField *m_hubField = nullptr;
    QLineEdit *m_hub = nullptr; // m_hubField's
    QLineEdit *m_password = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLabel *m_last = nullptr;
    QLabel *m_pending = nullptr;
    QLabel *m_warning = nullptr;
    QPushButton *m_syncNow = nullptr;
    QPushButton *m_invite = nullptr;
    QProgressBar *m_progress = nullptr;
    QCheckBox *m_every = nullptr;
    QSpinBox *m_minutes = nullptr;
    QTimer *m_timer = nullptr;
    QTreeWidget *m_workstations = nullptr;
    QPushButton *m_revoke = nullptr;
    PatientRegistry m_registry;
    PatientMerger m_merger;
    QLabel *m_duplicatesTitle = nullptr;
    QTreeWidget *m_duplicates = nullptr;
    QPushButton *m_merge = nullptr;
    QPushButton *m_twoPeople = nullptr;
    QLabel *m_bookingsTitle = nullptr;
    QTreeWidget *m_bookings = nullptr;
    QPushButton *m_keepBoth = nullptr;
    QPushButton *m_cancelOne = nullptr;
    QLabel *m_asideTitle = nullptr;
    QTreeWidget *m_aside = nullptr;
};

} // namespace relais::ui
