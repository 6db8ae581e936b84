#pragma once

#include "security/Session.h"
#include "services/UserAccounts.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QLineEdit;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace relais {
class Vault;
}

namespace relais {
class BackgroundTask;
}

namespace relais::ui {

class AuditLogModel;
class DataTab;
class UserListModel;
class VaultSummaryModel;

// Settings: the practice's details, the accounts and the audit trail (administrators), and this
// workstation's own choices (lock delay, language, which vault, backups) and data (drug database).
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    enum Tab
    {
        PracticeTab,
        UsersTab,
        AuditTab,
        WorkstationTab
    };

    SettingsPage(Vault &vault, QWidget *parent = nullptr);
    // A backup still being written is waited for (its file is never left half written).
    ~SettingsPage() override;

    void setSession(const Session &session);
    QTabWidget *tabs() const { return m_tabs; }
    DataTab *data() const { return m_data; }
    UserListModel *users() const { return m_users; }
    AuditLogModel *audit() const { return m_audit; }

    void savePractice();
    void refreshUsers();
    void refreshAudit();
    bool exportAuditTo(const QString &file);
    void backUp();
    // Writes the backup on a worker thread; the window stays usable, the result shows under
    // the workstation's settings.
    void backUpTo(const QString &file);
    bool isBackingUp() const { return m_backup != nullptr; }

Q_SIGNALS:
    void backupFinished(bool ok);
    void idleMinutesChanged(int minutes);
    void practiceChanged();

private:
    QWidget *buildPracticeTab();
    QWidget *buildUsersTab();
    QWidget *buildAuditTab();
    QWidget *buildWorkstationTab();
    const UserAccount *selectedUser() const;
    void newUser();
    void editUser();
    void toggleUserDisabled();
    void resetUserPassword();

    Vault &m_vault;
    Session m_session;
    UserAccounts m_accounts;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_practiceNote = nullptr;
    QLabel *m_idleNote = nullptr;
    QLineEdit *m_practiceName = nullptr;
    QLineEdit *m_practiceAddress = nullptr;
    QLineEdit *m_practicePhone = nullptr;
    QLineEdit *m_practiceFiness = nullptr;
    QCheckBox *m_alsaceMoselle = nullptr;
    QLabel *m_practiceReason = nullptr;
    QWidget *m_practiceSave = nullptr;
    UserListModel *m_users = nullptr;
    QTableView *m_userTable = nullptr;
    AuditLogModel *m_audit = nullptr;
    QComboBox *m_auditUser = nullptr;
    QLineEdit *m_auditRecord = nullptr;
    QDateEdit *m_auditFrom = nullptr;
    QDateEdit *m_auditTo = nullptr;
    QLabel *m_auditStatus = nullptr;
    QSpinBox *m_idle = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_workstationStatus = nullptr;
    VaultSummaryModel *m_summary = nullptr;
    DataTab *m_data = nullptr;
    QPushButton *m_backupButton = nullptr;
    BackgroundTask *m_backup = nullptr; // the backup being written, if any
};

} // namespace relais::ui
