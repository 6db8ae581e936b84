#include "MainWindow.h"

#include "LockScreen.h"
#include "LoginDialog.h"
#include "agenda/AgendaPage.h"
#include "patients/PatientsPage.h"
#include "prescriptions/PrescriptionsPage.h"
#include "reception/ReceptionPage.h"
#include "review/ReviewPage.h"
#include "security/AccessPolicy.h"
#include "security/IdleMonitor.h"
#include "services/Authenticator.h"
#include "services/PracticeSettings.h"
#include "services/PreparedConsultations.h"
#include "settings/SettingsPage.h"
#include "settings/UserDialog.h"
#include "storage/Vault.h"
#include "sync/SyncPage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

namespace relais::ui {

namespace {
Q_LOGGING_CATEGORY(lcWindow, "relais.ui.window")
} // namespace

MainWindow::MainWindow(Vault &vault, Authenticator &authenticator, const Session &session,
                       IdleMonitor *idle, QWidget *parent)
    : QMainWindow(parent)
    , m_vault(vault)
    , m_authenticator(authenticator)
    , m_idle(idle)
{
    m_outer = new QStackedWidget(this);
    m_sections = new QStackedWidget(m_outer);
    m_lockScreen = new LockScreen(m_outer);
    m_outer->addWidget(m_sections);
    m_outer->addWidget(m_lockScreen);
    setCentralWidget(m_outer);

    buildSections();
    buildMenus();

    m_userStatus = new QLabel(this);
    m_userStatus->setObjectName(QStringLiteral("userStatus"));
    m_vaultStatus = new QLabel(this);
    m_syncStatus = new QLabel(this);
    m_syncStatus->setObjectName(QStringLiteral("syncStatus"));
    statusBar()->addWidget(m_userStatus, 1);
    statusBar()->addPermanentWidget(m_vaultStatus);
    statusBar()->addPermanentWidget(m_syncStatus);

    connect(m_lockScreen, &LockScreen::unlockRequested, this,
            [this] { unlockWith(m_lockScreen->takePassword()); });
    connect(m_lockScreen, &LockScreen::otherUserRequested, this, &MainWindow::switchUser);
    connect(m_settings, &SettingsPage::practiceChanged, this, &MainWindow::refreshPractice);
    connect(m_sync, &SyncPage::statusChanged, m_syncStatus, &QLabel::setText);
    if (m_idle) {
        connect(m_idle, &IdleMonitor::idle, this, &MainWindow::lock);
        connect(m_settings, &SettingsPage::idleMinutesChanged, this,
                [this](int minutes) { m_idle->setTimeoutMs(qint64(minutes) * 60 * 1000); });
        m_idle->setTimeoutMs(qint64(PracticeSettings(m_vault).idleMinutes()) * 60 * 1000);
    }

    refreshPractice();
    setSession(session);
    landAfterLogin();
    resize(980, 640);
}

void MainWindow::buildSections()
{
    // The one table of the window's sections, in the order of the list and of Ctrl+1…Ctrl+7:
    // the title, who may see it (nobody's section is shown to whom its work would be refused;
    // none: everyone), the page, and what showing it does.
    m_reception = new ReceptionPage(m_vault, m_sections);
    m_patients = new PatientsPage(m_vault, m_sections);
    m_review = new ReviewPage(m_vault, m_sections);
    m_agenda = new AgendaPage(m_vault, m_sections);
    m_prescriptions = new PrescriptionsPage(m_vault, m_sections);
    m_settings = new SettingsPage(m_vault, m_sections);
    m_sync = new SyncPage(m_vault, m_sections);
    m_reviewTitle = tr("To re&view");
    m_sectionTable = {
        {Reception, tr("&Reception"), Permission::ReadPatients, m_reception,
         [this] { m_reception->focusSearch(); }},
        {Patients, tr("&Patients"), Permission::ReadPatients, m_patients,
         [this] { m_patients->focusSearch(); }},
        {Agenda, tr("&Agenda"), Permission::ReadPatients, m_agenda,
         [this] { m_agenda->focusGrid(); }},
        {Prescriptions, tr("Pr&escriptions"), Permission::DraftPrescription, m_prescriptions,
         [this] { m_prescriptions->focusSearch(); }},
        // Shown to the assistants too: the page says the list is the physicians'.
        {ToReview, m_reviewTitle, std::nullopt, m_review, [this] { m_review->reload(); }},
        {Sync, tr("S&ync"), std::nullopt, m_sync, {}},
        {Settings, tr("Se&ttings"), std::nullopt, m_settings, {}},
    };

    m_navigation = new QToolBar(tr("Sections"), this);
    m_navigation->setObjectName(QStringLiteral("sections"));
    m_navigation->setMovable(false);
    m_navigation->setToolButtonStyle(Qt::ToolButtonTextOnly);
    addToolBar(Qt::LeftToolBarArea, m_navigation);
    m_sectionActions = new QActionGroup(this);
    for (SectionEntry &entry : m_sectionTable) {
        Q_ASSERT(m_sections->count() == entry.section);
        m_sections->addWidget(entry.page);
        QAction *action = m_navigation->addAction(entry.title);
        action->setCheckable(true);
        action->setData(entry.section);
        action->setShortcut(
            QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + int(entry.section))));
        action->setToolTip(
            QStringLiteral("%1 (%2)").arg(QString(entry.title).remove(QLatin1Char('&')),
                                          action->shortcut().toString(QKeySequence::NativeText)));
        m_sectionActions->addAction(action);
        entry.action = action;
        const Section section = entry.section;
        connect(action, &QAction::triggered, this, [this, section] { showSection(section); });
    }

    connect(m_reception, &ReceptionPage::findPatient, this, [this](const QString &typed) {
        showSection(Patients);
        m_patients->searchFor(typed);
    });
    connect(m_reception, &ReceptionPage::newPatient, this, [this] {
        showSection(Patients);
        m_patients->newPatient();
    });
    connect(m_review, &ReviewPage::waitingChanged, this, &MainWindow::showWaiting);
    connect(m_reception, &ReceptionPage::openPatient, this, [this](const QString &id) {
        showSection(Patients);
        m_patients->openPatient(id);
    });
    connect(m_review, &ReviewPage::openPatient, this, [this](const QString &id) {
        showSection(Patients);
        m_patients->openPatient(id);
    });
}

bool MainWindow::maySee(Section section) const
{
    const SectionEntry &entry = m_sectionTable.at(section);
    return !entry.needs || AccessPolicy::allows(m_session.roles, *entry.needs);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *backup = file->addAction(tr("&Back up the vault…"), m_settings, &SettingsPage::backUp);
    backup->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    file->addSeparator();
    QAction *lockAction = file->addAction(tr("&Lock"), this, &MainWindow::lock);
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lockAction->setShortcutContext(Qt::ApplicationShortcut);
    QAction *switchAction = file->addAction(tr("&Switch user…"), this, &MainWindow::switchUser);
    switchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    file->addAction(tr("&Change my password…"), this, &MainWindow::changeOwnPassword);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Relais"), this, [this] {
        QMessageBox::about(this, tr("About Relais"),
                           tr("<b>Relais %1</b><p>The workstation of the medical assistants and "
                              "GPs of a general practice. Records are kept encrypted on this "
                              "workstation and work without a network.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::refreshPractice()
{
    const auto details = PracticeSettings(m_vault).details();
    m_practiceName = details ? details->name : QString();
    // Qt adds " — Relais" (the application display name) itself.
    setWindowTitle(m_practiceName);
}

void MainWindow::setSession(const Session &session)
{
    m_session = session;
    m_settings->setSession(session);
    m_sync->setSession(session);
    m_patients->setSession(session);
    m_review->setSession(session);
    m_agenda->setSession(session);
    m_prescriptions->setSession(session);
    m_reception->setSession(session);
    for (const SectionEntry &entry : std::as_const(m_sectionTable)) {
        const bool visible = maySee(entry.section);
        entry.action->setVisible(visible);
        entry.page->setEnabled(visible);
    }
    updateStatus();
    showWaiting(
        PreparedConsultations(m_vault).waitingCount(session, m_vault.clock().today()).value_or(0));
}

void MainWindow::showWaiting(int count)
{
    // "To review (6)": how many files wait, seen from any section.
    m_waiting = count;
    QAction *review = m_sectionTable.at(ToReview).action;
    review->setText(count > 0 ? tr("%1 (%2)").arg(m_reviewTitle).arg(count) : m_reviewTitle);
}

void MainWindow::landAfterLogin()
{
    // A physician with files waiting starts on them; everyone else at the reception desk. The
    // list shows without opening any file: the physician chooses which.
    if (m_waiting > 0) {
        m_sections->setCurrentIndex(ToReview);
        m_sectionTable.at(ToReview).action->setChecked(true);
        m_review->reloadList(false);
        m_review->table()->setFocus();
        return;
    }
    // The reception desk, or the first section this person may see (an account that only
    // administers has no patients' sections).
    for (const SectionEntry &entry : std::as_const(m_sectionTable)) {
        if (maySee(entry.section))
            return showSection(entry.section);
    }
}

void MainWindow::updateStatus()
{
    m_userStatus->setText(
        tr("%1 — %2").arg(m_session.displayName, RoleNames::display(m_session.roles)));
    m_vaultStatus->setText(tr("Vault: %1").arg(QFileInfo(m_vault.path()).fileName()));
    m_vaultStatus->setToolTip(m_vault.path());
}

void MainWindow::showSection(Section section)
{
    if (!maySee(section))
        return;
    const SectionEntry &entry = m_sectionTable.at(section);
    m_sections->setCurrentIndex(section);
    entry.action->setChecked(true);
    if (entry.shown)
        entry.shown();
}

MainWindow::Section MainWindow::currentSection() const
{
    return static_cast<Section>(m_sections->currentIndex());
}

bool MainWindow::isLocked() const
{
    return m_outer->currentWidget() == m_lockScreen;
}

void MainWindow::lock()
{
    if (isLocked())
        return;
    // Dialogs left open could show patient data: hidden until the lock is lifted.
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (window != this && window->isVisible()) {
            window->hide();
            m_hiddenByLock.append(window);
        }
    }
    // The screen locks whatever happens; a lock the trail could not record is said in the log.
    if (auto audited = m_vault.audit(m_session.actor(), QStringLiteral("lock"),
                                     QStringLiteral("session"), m_session.userId);
        !audited)
        qCWarning(lcWindow) << "lock not audited:" << audited.error().codeName();
    m_lockScreen->prepare(m_practiceName, m_session.displayName);
    m_outer->setCurrentWidget(m_lockScreen);
    m_navigation->setEnabled(false);
    m_navigation->hide();
    menuBar()->setEnabled(false);
    if (m_idle)
        m_idle->setActive(false);
}

bool MainWindow::unlockWith(const QString &password)
{
    auto session = m_authenticator.logIn(m_session.login, password);
    if (!session) {
        m_lockScreen->showReason(session.error().message);
        return false;
    }
    setSession(*session);
    m_outer->setCurrentWidget(m_sections);
    m_navigation->setEnabled(true);
    m_navigation->show();
    menuBar()->setEnabled(true);
    for (QWidget *window : std::as_const(m_hiddenByLock))
        window->show();
    m_hiddenByLock.clear();
    if (m_idle)
        m_idle->setActive(true);
    return true;
}

void MainWindow::switchUser()
{
    LoginDialog dialog(m_authenticator, m_practiceName, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Another person: nothing the previous one had open comes back.
    for (QWidget *window : std::as_const(m_hiddenByLock))
        window->close();
    m_hiddenByLock.clear();
    setSession(dialog.session());
    m_outer->setCurrentWidget(m_sections);
    m_navigation->setEnabled(true);
    m_navigation->show();
    menuBar()->setEnabled(true);
    landAfterLogin();
    if (m_idle)
        m_idle->setActive(true);
}

void MainWindow::changeOwnPassword()
{
    UserAccounts accounts(m_vault);
    auto self = accounts.find(m_session.userId);
    if (!self)
        return;
    PasswordDialog dialog(accounts, m_session, PasswordDialog::Mode::OwnPassword, *self, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Your password was changed."), 5000);
}

} // namespace relais::ui
