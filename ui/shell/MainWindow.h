#pragma once

#include "security/AccessPolicy.h"
#include "security/Session.h"

#include <QMainWindow>

#include <functional>
#include <optional>
#include <vector>

class QAction;
class QActionGroup;
class QLabel;
class QStackedWidget;
class QToolBar;

namespace relais {
class Authenticator;
class IdleMonitor;
class Vault;
} // namespace relais

namespace relais::ui {

class LockScreen;
class PatientsPage;
class ReceptionPage;
class ReviewPage;
class AgendaPage;
class PrescriptionsPage;
class SettingsPage;
class SyncPage;

// The practice's window: a section list on the left (Reception, Patients, Agenda,
// Prescriptions, To review, Sync, Settings), the section on the right, who is logged in below.
// Locks itself after the idle delay or on Ctrl+L, hiding everything behind the lock screen.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Section
    {
        Reception,
        Patients,
        Agenda,
        Prescriptions,
        ToReview,
        Sync,
        Settings,
        SectionCount
    };

    MainWindow(Vault &vault, Authenticator &authenticator, const Session &session,
               IdleMonitor *idle = nullptr, QWidget *parent = nullptr);

    const Session &session() const { return m_session; }
    void setSession(const Session &session);
    void showSection(Section section);
    Section currentSection() const;

    void lock();
    bool isLocked() const;
    // Unlocks with the locking user's password; says why not on the lock screen.
    bool unlockWith(const QString &password);

    void switchUser();
    void changeOwnPassword();
    SettingsPage *settings() const { return m_settings; }
    SyncPage *syncPage() const { return m_sync; }
    PatientsPage *patients() const { return m_patients; }
    ReceptionPage *reception() const { return m_reception; }
    ReviewPage *review() const { return m_review; }
    AgendaPage *agenda() const { return m_agenda; }
    PrescriptionsPage *prescriptions() const { return m_prescriptions; }

private:
    // A row of the window's one table of sections.
    struct SectionEntry
    {
        Section section;
        QString title; // with its mnemonic
        std::optional<Permission> needs;
        QWidget *page = nullptr;
        std::function<void()> shown; // what showing the section does, if anything
        QAction *action = nullptr;
    };

    bool maySee(Section section) const;
    void buildMenus();
    void buildSections();
    void refreshPractice();
    void updateStatus();
    void showWaiting(int count);
    // Where a person starts after logging in: "To review" for a physician with files waiting.
    void landAfterLogin();

    Vault &m_vault;
    Authenticator &m_authenticator;
    Session m_session;
    IdleMonitor *m_idle = nullptr;
    QString m_practiceName;
    QStackedWidget *m_outer = nullptr;
    QStackedWidget *m_sections = nullptr;
    LockScreen *m_lockScreen = nullptr;
    SettingsPage *m_settings = nullptr;
    SyncPage *m_sync = nullptr;
    PatientsPage *m_patients = nullptr;
    ReceptionPage *m_reception = nullptr;
    ReviewPage *m_review = nullptr;
    AgendaPage *m_agenda = nullptr;
    PrescriptionsPage *m_prescriptions = nullptr;
    std::vector<SectionEntry> m_sectionTable;
    QToolBar *m_navigation = nullptr;
    QActionGroup *m_sectionActions = nullptr;
    QString m_reviewTitle;
    int m_waiting = 0;
    QList<QWidget *> m_hiddenByLock;
    QLabel *m_userStatus = nullptr;
    QLabel *m_vaultStatus = nullptr;
    QLabel *m_syncStatus = nullptr;
};

} // namespace relais::ui
