#include "common/FormDialog.h"
#include "demo/DemoPractice.h"
#include "domain/PostalAddress.h"
#include "geo/PlaceDirectory.h"
#include "patients/AllergyDialog.h"
#include "patients/BirthPlaceField.h"
#include "patients/ConditionDialog.h"
#include "patients/IntakeDialog.h"
#include "patients/MergeDialog.h"
#include "patients/PatientDetailsDialog.h"
#include "patients/PatientFileView.h"
#include "patients/PatientSearchModel.h"
#include "patients/PatientsPage.h"
#include "patients/TreatmentDialog.h"
#include "patients/ValidateIdentityDialog.h"
#include "prescriptions/DrugSearchModel.h"
#include "prescriptions/PrescriptionsPage.h"
#include "reception/ReceptionPage.h"
#include "review/ConsultationPanel.h"
#include "review/ReviewPage.h"
#include "security/IdleMonitor.h"
#include "services/Authenticator.h"
#include "services/DrugInteractions.h"
#include "services/DrugSearch.h"
#include "services/DrugSubstances.h"
#include "services/PatientHistory.h"
#include "services/PracticeSettings.h"
#include "services/UserAccounts.h"
#include "services/VaultAccess.h"
#include "settings/AuditLogModel.h"
#include "settings/DataTab.h"
#include "settings/SettingsPage.h"
#include "settings/SubstanceMatchDialog.h"
#include "settings/UserDialog.h"
#include "settings/UserListModel.h"
#include "shell/FirstRunWizard.h"
#include "shell/LockScreen.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"
#include "storage/Vault.h"
#include "support/MemoryKeyStore.h"
#include "support/TempDir.h"
#include "support/TestData.h"
#include "support/TestPractice.h"
#include "util/Translations.h"
#include "vitals/VitalChart.h"
#include "vitals/VitalCorrectionDialog.h"
#include "vitals/VitalsPanel.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStringListModel>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

#include <catch2/catch.hpp>

using namespace relais;
using namespace relais::ui;
using relais::test::MemoryKeyStore;
using relais::test::TempDir;

namespace {

const QString DemoPassword = QLatin1String(DemoPractice::Password);

// The shared practice with the demo's accounts and five patients, its physician logged in,
// and what the window needs besides: the login service and an idle monitor on the clock.
struct DemoDesk : relais::test::TestPractice
{
    std::unique_ptr<Authenticator> auth;
    IdleMonitor idle{clock};

    DemoDesk()
    {
        withDemo(5);
        auth = std::make_unique<Authenticator>(*vault);
    }
};

QLabel *reasonOf(QWidget *widget)
{
    return widget->findChild<QLabel *>(QStringLiteral("reason"));
}

// What a form says under one of its fields.
QString reasonUnder(QWidget *form, const char *field)
{
    auto *label = form->findChild<QLabel *>(QStringLiteral("reason:") + QLatin1String(field));
    return label && !label->isHidden() ? label->text() : QString();
}

// The main window of the demo's physician, shown on the Patients section.
std::unique_ptr<MainWindow> patientsWindow(DemoDesk &desk)
{
    auto window = std::make_unique<MainWindow>(*desk.vault, *desk.auth, desk.doctor, &desk.idle);
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    window->showSection(MainWindow::Patients);
    return window;
}

// A form's line edit, named as the service names the field.
QLineEdit *lineEdit(QWidget *form, const char *field)
{
    return form->findChild<QLineEdit *>(QLatin1String(field));
}

// Lets pending layouts and repaints happen before a widget is grabbed: events already posted,
// not a sleep.
void settle()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

// Starts a BDPM import from Settings → Data and waits for its end, the event loop running.
bool importedBdpm(DataTab *data, const QString &folder,
                  DrugSubstances::Import mode = DrugSubstances::Import::Checked)
{
    QSignalSpy done(data, &DataTab::bdpmImportFinished);
    data->importBdpm(folder, mode);
    REQUIRE(data->isImporting());
    REQUIRE(done.wait(60000));
    CHECK_FALSE(data->isImporting());
    return done.first().first().toBool();
}

bool backedUp(SettingsPage *settings, const QString &file)
{
    QSignalSpy done(settings, &SettingsPage::backupFinished);
    settings->backUpTo(file);
    REQUIRE(settings->isBackingUp());
    REQUIRE(done.wait(60000));
    CHECK_FALSE(settings->isBackingUp());
    return done.first().first().toBool();
}

// Answers the next question box that opens with Yes.
void answerYesToNextQuestion()
{
    QTimer::singleShot(0, [] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible())
                box->button(QMessageBox::Yes)->click();
        }
    });
}

// Answers the next question box that opens with `button`, and keeps its text.
std::shared_ptr<QString> answerNextQuestion(QMessageBox::StandardButton button)
{
    auto text = std::make_shared<QString>();
    QTimer::singleShot(0, [text, button] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                *text = box->text();
                box->button(button)->click();
            }
        }
    });
    return text;
}

bool anyVisibleLabelContains(QWidget *root, const QString &text)
{
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->isVisible() && label->text().contains(text))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("the main window: sections, who is logged in, and settings by role")
{
    DemoDesk desk;
    MainWindow window(*desk.vault, *desk.auth, desk.doctor, &desk.idle);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.windowTitle().contains(QStringLiteral("Tilleuls")));
    // Qt adds the application's name to the title bar: the title must not say it again.
    CHECK_FALSE(window.windowTitle().contains(QStringLiteral("Relais")));
    auto *sections = window.findChild<QToolBar *>(QStringLiteral("sections"));
    REQUIRE(sections);
    CHECK(sections->actions().size() == MainWindow::SectionCount);
    CHECK(window.currentSection() == MainWindow::Reception);
    // Reception holds today's waiting room; the agenda its grid; Sync the practice's hub.
    CHECK(window.findChild<QTableView *>(QStringLiteral("waitingRoom"))->isVisible());
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    CHECK(window.findChild<QTableView *>(QStringLiteral("agendaGrid"))->isVisible());
    // Prescriptions opens on the drug search, the cursor in its field.
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    CHECK(window.findChild<QLineEdit *>(QStringLiteral("drugSearch"))->hasFocus());
    QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
    CHECK(window.findChild<QLineEdit *>(QStringLiteral("hub"))->isVisible());
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    auto *user = window.findChild<QLabel *>(QStringLiteral("userStatus"));
    CHECK(user->text().contains(QStringLiteral("Dr Claire Martin")));
    CHECK(user->text().contains(QStringLiteral("Administrator")));

    QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier);
    CHECK(window.currentSection() == MainWindow::Settings);
    QTabWidget *tabs = window.settings()->tabs();
    CHECK(tabs->isTabVisible(SettingsPage::UsersTab));
    CHECK(tabs->isTabVisible(SettingsPage::AuditTab));
    QAbstractItemModelTester usersTester(window.settings()->users(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester auditTester(window.settings()->audit(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(window.settings()->users()->rowCount() == 3);
    CHECK(window.settings()->audit()->rowCount() > 0);

    SECTION("an assistant sees neither the accounts nor the audit trail, nor their data")
    {
        auto assistant = desk.auth->logIn(QStringLiteral("assistante"), DemoPassword);
        REQUIRE(assistant.has_value());
        window.setSession(*assistant);
        CHECK_FALSE(tabs->isTabVisible(SettingsPage::UsersTab));
        CHECK_FALSE(tabs->isTabVisible(SettingsPage::AuditTab));
        CHECK(window.settings()->users()->rowCount() == 0);
        CHECK(window.settings()->audit()->rowCount() == 0);
        CHECK(user->text().contains(QStringLiteral("Amel Benali")));
        CHECK_FALSE(window.settings()
                        ->findChild<QPushButton *>(QStringLiteral("savePractice"))
                        ->isVisible());
        // What an assistant may not change looks read-only and says who changes it.
        auto *name =
            window.settings()->findChild<QLineEdit *>(QLatin1String(PracticeSettings::FieldName));
        CHECK(name->isReadOnly());
        CHECK_FALSE(name->hasFrame());
        tabs->setCurrentIndex(0);
        CHECK(window.settings()
                  ->findChild<QLabel *>(QStringLiteral("practiceReadOnly"))
                  ->isVisibleTo(window.settings()));
        auto *idle = window.settings()->findChild<QSpinBox *>(QStringLiteral("idleMinutes"));
        CHECK(idle->isReadOnly());
        CHECK(idle->buttonSymbols() == QAbstractSpinBox::NoButtons);
        // And the service refuses it whatever the window shows.
        CHECK(PracticeSettings(*desk.vault).setIdleMinutes(*assistant, 120).error().code ==
              ErrorCode::Denied);
        CHECK(PracticeSettings(*desk.vault).setIdleMinutes(desk.doctor, 20));
    }
    SECTION("a backup from the settings")
    {
        const QString file = desk.dir.file(QStringLiteral("b.relais-backup"));
        REQUIRE(backedUp(window.settings(), file));
        CHECK(QFile::exists(file));
        QSqlQuery byWhom(desk.vault->database());
        REQUIRE(byWhom.exec(QStringLiteral(
            "SELECT user_id FROM audit_log WHERE action = 'backup' ORDER BY seq DESC LIMIT 1")));
        REQUIRE(byWhom.next());
        CHECK(byWhom.value(0).toString() == desk.doctor.userId); // the person, not "system"
        CHECK_FALSE(
            backedUp(window.settings(), desk.dir.file(QStringLiteral("no/such/b.relais-backup"))));
        // Said where the backup was asked for, in red; no window to close.
        auto *status = window.settings()->findChild<QLabel *>(QStringLiteral("workstationStatus"));
        CHECK(status->text().contains(QStringLiteral("does not exist")));
        CHECK(status->styleSheet().contains(QStringLiteral("color")));
        CHECK(window.isVisible());
    }
    SECTION("the practice's details are saved, or refused with the reason")
    {
        auto *finess =
            window.settings()->findChild<QLineEdit *>(QLatin1String(PracticeSettings::FieldFiness));
        finess->setText(QStringLiteral("12"));
        window.settings()->savePractice();
        CHECK(reasonOf(window.settings())->text().contains(QStringLiteral("FINESS")));
        finess->setText(QStringLiteral("240000000"));
        window.settings()->savePractice();
        CHECK(PracticeSettings(*desk.vault).details()->finess == QStringLiteral("240000000"));
    }
}

TEST_CASE("the main window fits a 1024-pixel-wide screen in French, whatever the section")
{
    Translations::install(QLocale(QLocale::French, QLocale::France));
    DemoDesk desk;
    MainWindow window(*desk.vault, *desk.auth, desk.doctor, &desk.idle);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    for (int i = 0; i < MainWindow::SectionCount; ++i) {
        window.showSection(static_cast<MainWindow::Section>(i));
        QCoreApplication::processEvents();
        INFO("section " << i);
        CHECK(window.minimumSizeHint().width() <= 1024);
    }
    Translations::install(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

TEST_CASE("the window's sections are those the person may use, whatever the shortcut")
{
    DemoDesk desk;
    UserAccount keeper;
    keeper.login = QStringLiteral("gestion");
    keeper.displayName = QStringLiteral("Marc Gestion");
    keeper.roles = Role::Admin; // administers the practice, sees no patient
    const QString password = QStringLiteral("Tilleuls-comptes-2026");
    auto created = UserAccounts(*desk.vault).create(desk.doctor, keeper, password);
    INFO((created ? QString() : created.error().message).toStdString());
    REQUIRE(created.has_value());
    auto session = desk.auth->logIn(keeper.login, password);
    REQUIRE(session.has_value());

    MainWindow window(*desk.vault, *desk.auth, *session, &desk.idle);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QStringList shown;
    for (QAction *action : window.findChild<QToolBar *>(QStringLiteral("sections"))->actions()) {
        if (action->isVisible())
            shown.append(action->text().remove(QLatin1Char('&')));
    }
    CHECK(shown == QStringList{QStringLiteral("To review"), QStringLiteral("Sync"),
                               QStringLiteral("Settings")});
    // Lands on the first section they may see, not on the reception desk.
    CHECK(window.currentSection() == MainWindow::ToReview);
    // Neither the shortcut nor a call opens a section they may not see.
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    window.showSection(MainWindow::Reception);
    CHECK(window.currentSection() == MainWindow::ToReview);
    CHECK_FALSE(window.patients()->isEnabled());

    // The next person at this workstation gets the sections of their own roles back.
    window.setSession(desk.doctor);
    window.showSection(MainWindow::Patients);
    CHECK(window.currentSection() == MainWindow::Patients);
    CHECK(window.patients()->isEnabled());
}

TEST_CASE("the window locks after the idle delay and on Ctrl+L, showing no data until unlocked")
{
    DemoDesk desk;
    MainWindow window(*desk.vault, *desk.auth, desk.doctor, &desk.idle);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showSection(MainWindow::Settings);
    auto *sections = window.findChild<QToolBar *>(QStringLiteral("sections"));

    SECTION("after five idle minutes")
    {
        desk.clock.advanceMs(4 * 60 * 1000);
        desk.idle.poll();
        CHECK_FALSE(window.isLocked());
        desk.clock.advanceMs(61 * 1000);
        desk.idle.poll();
        CHECK(window.isLocked());
    }
    SECTION("on Ctrl+L")
    {
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        CHECK(window.isLocked());
    }
    CHECK_FALSE(window.settings()->isVisible());
    CHECK_FALSE(sections->isVisible());
    CHECK_FALSE(anyVisibleLabelContains(&window, QStringLiteral("Tilleuls (démo)\n")));
    auto *lock = window.findChild<LockScreen *>();
    REQUIRE(lock->isVisible());

    CHECK_FALSE(window.unlockWith(QStringLiteral("pas le bon")));
    CHECK(window.isLocked());
    CHECK(reasonOf(lock)->text().contains(QStringLiteral("Wrong")));

    auto *password = lock->findChild<QLineEdit *>(QStringLiteral("unlockPassword"));
    QTest::keyClicks(password, DemoPassword);
    QTest::keyClick(password, Qt::Key_Return);
    CHECK_FALSE(window.isLocked());
    CHECK(window.settings()->isVisible()); // back where the user was
    CHECK(desk.idle.isActive());
}

TEST_CASE("the login dialog says why a login failed and lets the right one in")
{
    DemoDesk desk;
    LoginDialog dialog(*desk.auth, QStringLiteral("Cabinet"));
    dialog.show();
    auto *login = dialog.findChild<QLineEdit *>(QStringLiteral("login"));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("password"));
    QTest::keyClicks(login, QStringLiteral("assistante"));
    QTest::keyClicks(password, QStringLiteral("faux"));
    dialog.tryLogIn();
    CHECK(dialog.isVisible());
    CHECK(reasonOf(&dialog)->text() == QStringLiteral("Wrong login or password."));
    CHECK(password->text().isEmpty());

    SECTION("the right password")
    {
        QTest::keyClicks(password, DemoPassword);
        dialog.tryLogIn();
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(dialog.session().login == QStringLiteral("assistante"));
    }
    SECTION("a disabled account")
    {
        auto users = UserAccounts(*desk.vault).list(desk.doctor);
        REQUIRE(users.has_value());
        const auto amel = std::find_if(users->cbegin(), users->cend(), [](const UserAccount &a) {
            return a.login == QStringLiteral("assistante");
        });
        REQUIRE(UserAccounts(*desk.vault).setDisabled(desk.doctor, amel->id, true));
        QTest::keyClicks(password, DemoPassword);
        dialog.tryLogIn();
        CHECK(dialog.isVisible());
        CHECK(reasonOf(&dialog)->text().contains(QStringLiteral("disabled")));
    }
}

TEST_CASE("an account is created in the dialog, which stays open on bad input")
{
    DemoDesk desk;
    UserAccounts accounts(*desk.vault, Passwords::Cost::quick());
    UserAccount blank;
    blank.roles = Role::Physician;
    UserDialog dialog(accounts, desk.doctor, blank);
    dialog.show();
    const auto edit = [&](const char *name) {
        return dialog.findChild<QLineEdit *>(QLatin1String(name));
    };
    QTest::keyClicks(edit(UserAccounts::FieldDisplayName), QStringLiteral("Dr Paul Roux"));
    QTest::keyClicks(edit(UserAccounts::FieldLogin), QStringLiteral("proux"));
    QTest::keyClicks(edit(UserAccounts::FieldRpps), QStringLiteral("10003123452"));
    edit(UserAccounts::FieldSpecialty)->setText(QStringLiteral("Médecine générale"));
    QTest::keyClicks(edit(UserAccounts::FieldPassword), QStringLiteral("Bleu-marine-77"));
    QTest::keyClicks(edit("passwordAgain"), QStringLiteral("Bleu-marine-77"));
    dialog.save();
    CHECK(dialog.isVisible());
    CHECK(reasonOf(&dialog)->text().contains(QStringLiteral("check digit")));
    CHECK(dialog.focusWidget() == edit(UserAccounts::FieldRpps));

    edit(UserAccounts::FieldRpps)->setText(QStringLiteral("10102030409"));
    dialog.save();
    CHECK(dialog.result() == QDialog::Accepted);
    auto saved = accounts.find(dialog.savedId());
    REQUIRE(saved.has_value());
    CHECK(saved->roles == Roles(Role::Physician));
    CHECK(saved->rpps == QStringLiteral("10102030409"));
}

TEST_CASE("the audit log model lists entries newest first and filters by user")
{
    DemoDesk desk;
    AuditLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto all = AuditBrowser(*desk.vault).entries(desk.doctor, {});
    REQUIRE(all.has_value());
    model.setEntries(*all);
    CHECK(model.rowCount() == all->size());
    CHECK(model.index(0, AuditLogModel::Action).data().toString() == QStringLiteral("Logged in"));
    CHECK(model.index(0, AuditLogModel::User).data().toString() ==
          QStringLiteral("Dr Claire Martin"));
    CHECK(AuditLogModel::describeAction(QStringLiteral("create")) == QStringLiteral("Created"));

    // In words: what kind of record, and whose file, rather than table names and ids.
    bool patientNamed = false;
    bool allergyInWords = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        const AuditEntry &e = all->at(row);
        const QString record = model.index(row, AuditLogModel::Record).data().toString();
        if (e.entity == QLatin1String("vital_sign")) {
            CHECK(model.index(row, AuditLogModel::Kind).data().toString() ==
                  QStringLiteral("Vital sign"));
            CHECK(record != e.entityId); // the patient's name
            CHECK(model.index(row, AuditLogModel::Record).data(Qt::ToolTipRole).toString() ==
                  e.entityId);
            patientNamed = true;
        }
        if (e.entity == QLatin1String("patient_allergy"))
            allergyInWords = model.index(row, AuditLogModel::Kind).data().toString() ==
                             QStringLiteral("Allergy");
    }
    CHECK(patientNamed);
    CHECK(allergyInWords);
    // An administrator who may not read patients sees that it is a file, not whose.
    const Session admin{desk.doctor.userId, desk.doctor.login, desk.doctor.displayName,
                        Role::Admin};
    auto adminView = AuditBrowser(*desk.vault).entries(admin, {});
    REQUIRE(adminView.has_value());
    for (const AuditEntry &e : *adminView) {
        if (e.entity == QLatin1String("vital_sign")) {
            CHECK(e.subject == QStringLiteral("a patient's file"));
            break;
        }
    }
}

TEST_CASE("the first-run wizard creates the practice, its administrator and the vault")
{
    TempDir dir;
    MemoryKeyStore keychain;
    VaultAccess access(keychain, {{}, {}});
    const QString path = dir.file(QStringLiteral("cabinet/practice.relais"));
    FirstRunWizard wizard(access, path, nullptr, Passwords::Cost::quick());
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    const auto edit = [&](const char *name) {
        return wizard.findChild<QLineEdit *>(QLatin1String(name));
    };
    QAbstractButton *next = wizard.button(QWizard::NextButton);

    CHECK_FALSE(next->isEnabled()); // the practice's name is required
    QTest::keyClicks(edit(PracticeSettings::FieldName), QStringLiteral("Cabinet du Parc"));
    QTest::keyClicks(edit(PracticeSettings::FieldFiness), QStringLiteral("24"));
    CHECK(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    CHECK(wizard.currentId() == FirstRunWizard::PracticePage); // bad FINESS keeps us here
    CHECK(reasonOf(wizard.currentPage())->text().contains(QStringLiteral("FINESS")));
    edit(PracticeSettings::FieldFiness)->clear();
    QTest::mouseClick(next, Qt::LeftButton);
    REQUIRE(wizard.currentId() == FirstRunWizard::AccountPage);

    QTest::keyClicks(edit(UserAccounts::FieldDisplayName), QStringLiteral("Dr Lucie Garnier"));
    QTest::keyClicks(edit(UserAccounts::FieldLogin), QStringLiteral("lgarnier"));
    QTest::keyClicks(edit(UserAccounts::FieldPassword), QStringLiteral("Printemps-2026!"));
    QTest::keyClicks(edit("passwordAgain"), QStringLiteral("Printemps-2026!"));
    QTest::keyClicks(edit(UserAccounts::FieldRpps), QStringLiteral("1000312345"));
    QTest::mouseClick(next, Qt::LeftButton);
    CHECK(wizard.currentId() == FirstRunWizard::AccountPage);
    CHECK(reasonOf(wizard.currentPage())->text().contains(QStringLiteral("11 digits")));
    QTest::keyClicks(edit(UserAccounts::FieldRpps), QStringLiteral("1"));
    QTest::mouseClick(next, Qt::LeftButton);
    REQUIRE(wizard.currentId() == FirstRunWizard::VaultPage);
    CHECK_FALSE(QFile::exists(path)); // nothing written before the commit button

    QTest::mouseClick(wizard.button(QWizard::CommitButton), Qt::LeftButton);
    REQUIRE(wizard.currentId() == FirstRunWizard::RecoveryPage);
    CHECK(QFile::exists(path));
    auto *code = wizard.findChild<QLabel *>(QStringLiteral("code"));
    CHECK(code->text().size() == 65);
    QAbstractButton *finish = wizard.button(QWizard::FinishButton);
    CHECK_FALSE(finish->isEnabled());
    wizard.findChild<QCheckBox *>(QStringLiteral("written"))->setChecked(true);
    CHECK(finish->isEnabled());
    QTest::mouseClick(finish, Qt::LeftButton);
    CHECK(wizard.result() == QDialog::Accepted);

    CHECK(wizard.session().roles == (Role::Admin | Role::Physician));
    auto vault = wizard.takeVault();
    REQUIRE(vault);
    CHECK(PracticeSettings(*vault).details()->name == QStringLiteral("Cabinet du Parc"));
    CHECK(Authenticator(*vault)
              .logIn(QStringLiteral("lgarnier"), QStringLiteral("Printemps-2026!"))
              .has_value());
    CHECK(keychain.size() == 1);
}

TEST_CASE("the Patients section finds as you type and opens the file")
{
    DemoDesk desk;
    MainWindow window(*desk.vault, *desk.auth, desk.doctor, &desk.idle);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    REQUIRE(window.currentSection() == MainWindow::Patients);
    PatientsPage *page = window.patients();
    QAbstractItemModelTester tester(page->results(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto *box = page->findChild<QLineEdit *>(QStringLiteral("patientSearch"));
    auto *hint = page->findChild<QLabel *>(QStringLiteral("searchHint"));
    CHECK(hint->text().contains(QStringLiteral("Ctrl+N")));

    quint32 state = 2022; // the demo's first patient
    const PatientIdentity first = DemoPractice::makePatient(state);
    QTest::keyClicks(box, first.birthName.left(3).toLower());
    REQUIRE(page->results()->rowCount() >= 1);
    QTest::keyClick(box, Qt::Key_Return);
    auto *table = page->findChild<QTableView *>(QStringLiteral("patientResults"));
    QTest::keyClick(table, Qt::Key_Return);
    CHECK_FALSE(page->openedId().isEmpty());
    auto *header = page->findChild<QLabel *>(QStringLiteral("patientHeader"));
    CHECK(header->isVisible());
    auto *allergies = page->findChild<QLabel *>(QStringLiteral("allergies"));
    auto *noneKnown = page->findChild<QPushButton *>(QStringLiteral("noKnownAllergy"));

    // A file nobody asked about says so, neutral, and the answer "none" is one click.
    {
        PatientRegistry registry(*desk.vault);
        PatientIdentity walkIn;
        walkIn.birthName = QStringLiteral("Jamais");
        walkIn.firstNames = QStringLiteral("Demandé");
        walkIn.sex = QLatin1Char('M');
        walkIn.birthDate = QDate(1990, 5, 4);
        const QString opened = page->openedId();
        auto created = registry.create(desk.doctor, walkIn, true);
        REQUIRE(created.has_value());
        page->openPatient(*created);
        CHECK(allergies->text() == QStringLiteral("Allergies: not asked yet"));
        CHECK_FALSE(allergies->styleSheet().contains(QStringLiteral("a40000")));
        REQUIRE(noneKnown->isVisible());
        QTest::mouseClick(noneKnown, Qt::LeftButton);
        CHECK(allergies->text().startsWith(
            QStringLiteral("Allergies: no known allergy (asked by ") + desk.doctor.displayName));
        page->openPatient(opened);
    }

    PatientAllergies service(*desk.vault);
    DrugSubstances substances(*desk.vault);
    AllergyDialog dialog(service, substances, desk.doctor, page->openedId());
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("substanceLink"))
              ->text()
              .contains(QStringLiteral("not imported")));
    dialog.show();
    dialog.save();
    CHECK(dialog.isVisible()); // no substance: refused, stays open
    CHECK(reasonOf(&dialog)->text().contains(QStringLiteral("substance")));
    dialog.findChild<QLineEdit *>(QLatin1String(PatientAllergies::FieldSubstance))
        ->setText(QStringLiteral("Amoxicilline"));
    dialog.save();
    CHECK(dialog.result() == QDialog::Accepted);
    page->openPatient(page->openedId());
    CHECK(allergies->text().contains(QStringLiteral("Amoxicilline")));
    CHECK(allergies->styleSheet().contains(QStringLiteral("bold")));
    CHECK_FALSE(noneKnown->isVisible()); // a list is not "none"

    box->setText(QStringLiteral("zzzz"));
    CHECK(page->results()->rowCount() == 0);
    CHECK(hint->text().contains(QStringLiteral("No patient matches")));

    // From Reception, typing goes on in the Patients section, cursor and all.
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    REQUIRE(window.currentSection() == MainWindow::Reception);
    auto *receptionBox =
        window.reception()->findChild<QLineEdit *>(QStringLiteral("receptionSearch"));
    QTest::keyClicks(receptionBox, first.birthName.left(1).toLower());
    CHECK(window.currentSection() == MainWindow::Patients);
    CHECK(box->text() == first.birthName.left(1).toLower());
    CHECK(box->hasFocus());
    QTest::keyClicks(box, first.birthName.mid(1, 2).toLower());
    CHECK(box->text() == first.birthName.left(3).toLower());
    CHECK(page->results()->rowCount() >= 1);
    CHECK(receptionBox->text().isEmpty());
}

TEST_CASE("every form dialog: the cursor in its first field, Save last, a refusal shown")
{
    DemoDesk desk;
    const QString patient =
        PatientRegistry(*desk.vault).search(desk.doctor, QStringLiteral("a"), 1)->first().id;
    PatientHistory history(*desk.vault);
    PatientAllergies allergies(*desk.vault);
    DrugSubstances substances(*desk.vault);
    PatientRegistry registry(*desk.vault);
    UserAccounts accounts(*desk.vault);
    Condition condition;
    condition.patientId = patient;
    Treatment treatment;
    treatment.patientId = patient;

    std::vector<std::unique_ptr<FormDialog>> forms;
    forms.push_back(std::make_unique<ConditionDialog>(history, desk.doctor, condition));
    const DrugSearch search(*desk.vault);
    forms.push_back(std::make_unique<TreatmentDialog>(history, search, desk.doctor, treatment));
    forms.push_back(std::make_unique<AllergyDialog>(allergies, substances, desk.doctor, patient));
    forms.push_back(std::make_unique<IntakeDialog>(registry, desk.doctor));
    forms.push_back(std::make_unique<UserDialog>(accounts, desk.doctor, UserAccount{}));

    for (const auto &form : forms) {
        FormDialog *dialog = form.get();
        INFO(dialog->metaObject()->className());
        dialog->show();
        REQUIRE(QTest::qWaitForWindowExposed(dialog));
        QApplication::setActiveWindow(dialog);
        auto *box = dialog->findChild<QDialogButtonBox *>();
        REQUIRE(box);
        // The first field has the cursor; Save and Cancel close the Tab order, after every
        // field.
        QWidget *first = dialog->nextInFocusChain();
        while (first->focusPolicy() == Qt::NoFocus)
            first = first->nextInFocusChain();
        CHECK_FALSE(box->isAncestorOf(first));
        CHECK(dialog->focusWidget() == first);
        QWidget *last = dialog->previousInFocusChain();
        while (last->focusPolicy() == Qt::NoFocus)
            last = last->previousInFocusChain();
        CHECK(box->isAncestorOf(last));
        // Saving the empty form is refused: it stays open, says why, and the cursor leaves the
        // buttons for the field to fill.
        box->buttons().constFirst()->setFocus();
        dialog->save();
        CHECK(dialog->isVisible());
        CHECK(dialog->focusWidget());
        CHECK_FALSE(box->isAncestorOf(dialog->focusWidget()));
        bool said = false;
        for (const QLabel *label : dialog->findChildren<QLabel *>()) {
            if (label->objectName().startsWith(QStringLiteral("reason")) && !label->isHidden() &&
                !label->text().isEmpty())
                said = true;
        }
        CHECK(said);
        dialog->hide();
    }
}

TEST_CASE("a reason under a field is shown whole on a small screen")
{
    // In French, whose sentences are the longer.
    Translations::install(QLocale(QLocale::French, QLocale::France));
    DemoDesk desk;
    PatientRegistry registry(*desk.vault);
    IntakeDialog intake(registry, desk.doctor);
    intake.resize(1100, 720);
    intake.show();
    REQUIRE(QTest::qWaitForWindowExposed(&intake));
    // Someone the practice may already know: the files that could be theirs take room too.
    const PatientIdentity known = *registry.open(
        desk.doctor, registry.search(desk.doctor, QStringLiteral("a"), 1)->first().id);
    intake.findChild<QLineEdit *>(QLatin1String(PatientRegistry::FieldBirthName))
        ->setText(known.birthName);
    intake.findChild<QLineEdit *>(QLatin1String(PatientRegistry::FieldBirthDate))
        ->setText(known.birthDate.toString(QStringLiteral("dd/MM/yyyy")));
    intake.findChild<QLineEdit *>(QLatin1String(PatientRegistry::FieldNir))
        ->setText(QStringLiteral("2 62 04 14 168 025 39")); // its key does not match
    for (const char *f : {PatientRegistry::FieldBirthName, PatientRegistry::FieldBirthDate,
                          PatientRegistry::FieldNir})
        Q_EMIT intake.findChild<QLineEdit *>(QLatin1String(f))->editingFinished();
    auto *place = intake.findChild<BirthPlaceField *>();
    QTest::keyClicks(place->edit(), QStringLiteral("st eti"));
    place->pick(0);
    QTest::keyClicks(
        intake.findChild<QLineEdit *>(QLatin1String(PostalAddressRules::FieldPostcode)),
        QStringLiteral("01200"));
    intake.save();
    // Made narrower after the reasons were written, as a 1024×600 screen does.
    intake.resize(860, 560);
    settle();
    int shown = 0;
    for (const QLabel *reason : intake.findChildren<QLabel *>()) {
        if (!reason->objectName().startsWith(QStringLiteral("reason:")) || !reason->isVisible())
            continue;
        ++shown;
        INFO(reason->text().toStdString());
        CHECK(reason->height() >= reason->heightForWidth(reason->width()));
        // Nothing is laid over it: the window is as tall as its wrapped text needs.
        for (const QWidget *other : reason->parentWidget()->findChildren<QWidget *>(
                 QString(), Qt::FindDirectChildrenOnly)) {
            if (other != reason && other->isVisible() && !other->isWindow()) {
                INFO(other->metaObject()->className() << " " << other->objectName().toStdString());
                CHECK_FALSE(other->geometry().intersects(reason->geometry()));
            }
        }
    }
    CHECK(shown >= 2);
    Translations::install(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

TEST_CASE("Settings → Data imports the interaction thesaurus, and its matches are reviewed")
{
    DemoDesk desk;
    MainWindow window(*desk.vault, *desk.auth, desk.doctor, &desk.idle);
    DataTab *data = window.settings()->data();
    auto *state = data->findChild<QLabel *>(QStringLiteral("thesaurusState"));
    auto *review = data->findChild<QPushButton *>(QStringLiteral("reviewSubstanceMatches"));
    CHECK(state->text().contains(QStringLiteral("Not imported yet")));
    CHECK_FALSE(review->isEnabled());

    const auto imported = [data](const QString &folder) {
        QSignalSpy done(data, &DataTab::thesaurusImportFinished);
        data->importThesaurus(folder);
        REQUIRE(data->isImporting());
        REQUIRE(done.wait(60000));
        return done.first().first().toBool();
    };
    // The fixture is a cut of the thesaurus: refused as not whole, imported by the button.
    CHECK_FALSE(imported(relais::test::fixture(QStringLiteral("interactions"))));
    auto *result = data->findChild<QLabel *>(QStringLiteral("thesaurusResult"));
    CHECK(result->text().contains(QStringLiteral("Nothing was changed")));
    auto *force = data->findChild<QPushButton *>(QStringLiteral("forceThesaurus"));
    REQUIRE_FALSE(force->isHidden());
    QSignalSpy forced(data, &DataTab::thesaurusImportFinished);
    QTest::mouseClick(force, Qt::LeftButton);
    REQUIRE(forced.wait(60000));
    CHECK(forced.first().first().toBool());
    CHECK(state->text().contains(QStringLiteral("Edition 2016-08")));
    INFO(state->text().toStdString());
    CHECK(state->text().contains(QStringLiteral("14 interaction")));
    // Without the drug database there is nothing to review yet.
    CHECK_FALSE(review->isEnabled());
    CHECK(importedBdpm(data, relais::test::fixture(QStringLiteral("bdpm")),
                       DrugSubstances::Import::Forced));
    CHECK(review->isEnabled());
    // The age after which the data is said to be old, set here for this workstation.
    auto *maxAge = data->findChild<QSpinBox *>(QStringLiteral("drugDataMaxAge"));
    REQUIRE(maxAge);
    CHECK(maxAge->isEnabled());
    CHECK(maxAge->value() == 6);
    maxAge->setValue(12);
    CHECK(PracticeSettings(*desk.vault).drugDataMaxAgeMonths() == 12);

    auto coverage = DrugInteractions(*desk.vault).coverage(desk.doctor);
    REQUIRE(coverage.has_value());
    SubstanceMatchDialog dialog(*coverage);
    auto *table = dialog.findChild<QTableView *>(QStringLiteral("substanceMatches"));
    REQUIRE(table);
    QAbstractItemModelTester tester(table->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    // At first the unmatched substances only, homeopathy left out.
    for (const DrugInteractions::SubstanceMatch &m : dialog.shown()) {
        CHECK(m.molecule.isEmpty());
        CHECK_FALSE(m.homeopathic);
    }
    const qsizetype unmatched = dialog.shown().size();
    dialog.findChild<QCheckBox *>(QStringLiteral("unmatchedOnly"))->setChecked(false);
    CHECK(dialog.shown().size() > unmatched);
    dialog.findChild<QLineEdit *>(QStringLiteral("substanceMatchSearch"))
        ->setText(QStringLiteral("warfarine"));
    REQUIRE(dialog.shown().size() == 1);
    CHECK(dialog.shown().first().molecule == QLatin1String("WARFARINE"));
    CHECK(table->model()->data(table->model()->index(0, 3)).toString() ==
          QLatin1String("WARFARINE"));
}

TEST_CASE("Prescriptions finds a drug by its name, its substance or its scanned box")
{
    DemoDesk desk;
    MainWindow window(*desk.vault, *desk.auth, desk.doctor, &desk.idle);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showSection(MainWindow::Prescriptions);
    PrescriptionsPage *page = window.prescriptions();
    auto *state = page->findChild<QLabel *>(QStringLiteral("drugSearchState"));
    auto *field = page->findChild<QLineEdit *>(QStringLiteral("drugSearch"));
    auto *details = page->findChild<QLabel *>(QStringLiteral("drugDetails"));
    CHECK(field->hasFocus());
    CHECK(state->text().contains(QStringLiteral("not imported")));
    REQUIRE(DrugSubstances(*desk.vault)
                .importFrom(desk.doctor, relais::test::fixture(QStringLiteral("bdpm")),
                            DrugSubstances::Import::Forced));
    settle();
    CHECK(state->text().contains(QStringLiteral("scan")));

    QAbstractItemModelTester tester(page->results(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTest::keyClicks(field, QStringLiteral("clamox"));
    QTest::keyClick(field, Qt::Key_Return);
    REQUIRE(page->results()->rowCount() == 1);
    CHECK(details->text().contains(QStringLiteral("AMOXICILLINE")));
    CHECK(page->results()->index(0, DrugSearchModel::Strength).data().toString() ==
          QStringLiteral("2 g"));

    // A scanner types the DataMatrix and Enter. The group separator it may send between
    // fields is no printable key, and a line edit drops it: the GTIN, of fixed length, is read
    // all the same.
    field->clear();
    field->setFocus();
    const QString scanned = QStringLiteral("]d201034009332086391728103110AB12321XYZ987");
    QTest::keyClicks(field, scanned);
    QTest::keyClick(field, Qt::Key_Return);
    REQUIRE(page->results()->rowCount() == 1);
    CHECK(page->results()->choice(0).specialty.cis == QLatin1String("60002504"));
    CHECK(page->results()->index(0, DrugSearchModel::Rate).data().toString().startsWith(u"15"));
    CHECK(details->text().contains(QStringLiteral("3400933208639")));
    CHECK(details->text().contains(QStringLiteral("liste II")));

    page->search(QStringLiteral("zzzyx"));
    CHECK(page->results()->rowCount() == 0);
    CHECK(state->text().contains(QStringLiteral("No drug matches")));
    CHECK(details->text().isEmpty());
}

TEST_CASE("Settings → Data imports the drug database, and an allergy is picked from it")
{
    DemoDesk desk;
    MainWindow window(*desk.vault, *desk.auth, desk.doctor, &desk.idle);
    DataTab *data = window.settings()->data();
    auto *state = data->findChild<QLabel *>(QStringLiteral("drugDatabaseState"));
    CHECK(state->text().contains(QStringLiteral("Not imported yet")));
    CHECK_FALSE(importedBdpm(data, desk.dir.path())); // no BDPM file there
    CHECK(data->findChild<QLabel *>(QStringLiteral("drugDatabaseResult"))
              ->text()
              .contains(QStringLiteral("Nothing was changed")));
    // A cut of the release is refused as not whole; the button imports it anyway.
    auto *force = data->findChild<QPushButton *>(QStringLiteral("forceBdpm"));
    CHECK(force->isHidden());
    CHECK_FALSE(importedBdpm(data, relais::test::fixture(QStringLiteral("bdpm"))));
    CHECK(data->findChild<QLabel *>(QStringLiteral("drugDatabaseResult"))
              ->text()
              .contains(QStringLiteral("holds only 75 substances")));
    CHECK(state->text().contains(QStringLiteral("Not imported yet")));
    REQUIRE_FALSE(force->isHidden());
    QSignalSpy forced(data, &DataTab::bdpmImportFinished);
    QTest::mouseClick(force, Qt::LeftButton);
    REQUIRE(forced.wait(60000));
    CHECK(forced.first().first().toBool());
    CHECK(force->isHidden());
    CHECK(state->text().contains(QStringLiteral("75 substance")));

    auto patient = PatientRegistry(*desk.vault).search(desk.doctor, QStringLiteral("a"), 1);
    REQUIRE(patient.has_value());
    REQUIRE_FALSE(patient->isEmpty());
    PatientAllergies service(*desk.vault);
    DrugSubstances substances(*desk.vault);
    AllergyDialog dialog(service, substances, desk.doctor, patient->first().id);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *edit = dialog.findChild<QLineEdit *>(QLatin1String(PatientAllergies::FieldSubstance));
    QTest::keyClicks(edit, QStringLiteral("codei")); // accents aside
    QAbstractItemModelTester tester(dialog.proposals(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QStringList proposed = dialog.proposals()->stringList();
    REQUIRE_FALSE(proposed.isEmpty());
    CHECK(proposed.first() == QStringLiteral("CODÉINE"));
    // Down to the first proposal, Enter to take it: the substance is linked.
    QCompleter *completer = edit->completer();
    REQUIRE(completer->popup()->isVisible());
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    CHECK(edit->text() == QStringLiteral("CODÉINE"));
    CHECK(dialog.linkedCode() == QStringLiteral("00467"));
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("substanceLink"))
              ->text()
              .contains(QStringLiteral("00467")));
    // Typing on unlinks it.
    QTest::keyClicks(edit, QStringLiteral(" x"));
    CHECK(dialog.linkedCode().isEmpty());

    // A typo is asked about before it is kept as free text.
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("codiene"));
    dialog.save();
    CHECK(dialog.isVisible());
    CHECK(dialog.suggestion() == QStringLiteral("CODÉINE"));
    SECTION("the suggestion is taken and linked")
    {
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("useSuggestion")),
                          Qt::LeftButton);
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(dialog.linkedCode() == QStringLiteral("00467"));
        CHECK(service.list(desk.doctor, patient->first().id)->first().substanceCode ==
              QStringLiteral("00467"));
    }
    SECTION("or the name is kept as typed")
    {
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("keepTyped")),
                          Qt::LeftButton);
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(service.list(desk.doctor, patient->first().id)->first().substance ==
              QStringLiteral("codiene"));
    }
}

TEST_CASE("the trend chart's date axis never repeats a label")
{
    const QDateTime start(QDate(2024, 1, 15), QTime(9, 30));
    const qint64 day = 86'400'000;
    for (qint64 span : {day + 3'600'000, 2 * day, 5 * day, 40 * day, 70 * day, 200 * day, 400 * day,
                        800 * day, 1200 * day, 3650 * day, 7 * 3650 * day}) {
        const qint64 from = start.toMSecsSinceEpoch();
        const VitalChart::DateAxis axis = VitalChart::dateAxisFor(from, from + span);
        INFO(span / day << " days: " << axis.format.toStdString() << ", " << axis.ticks);
        CHECK(axis.ticks >= 2);
        CHECK(axis.ticks <= 6);
        // Ticks are spread evenly from one end to the other, as the axis draws them.
        QStringList labels;
        for (int i = 0; i < axis.ticks; ++i)
            labels.append(QDateTime::fromMSecsSinceEpoch(from + span * i / (axis.ticks - 1))
                              .toString(axis.format));
        CHECK(labels.removeDuplicates() == 0);
    }
}

TEST_CASE("head circumference is offered for a child under 3 only")
{
    DemoDesk desk;
    PatientRegistry registry(*desk.vault);
    const auto born = [&](const QDate &birthDate) {
        PatientIdentity p;
        p.birthName = QStringLiteral("Petit");
        p.firstNames = QStringLiteral("Louis");
        p.sex = QLatin1Char('M');
        p.birthDate = birthDate;
        auto id = registry.create(desk.doctor, p, true);
        REQUIRE(id.has_value());
        return *id;
    };
    const QDate today = desk.clock.today();
    VitalsPanel panel(*desk.vault);
    panel.setSession(desk.doctor);
    panel.show();
    QLineEdit *head = panel.field(VitalKind::HeadCircumference);
    panel.showPatient(born(today.addMonths(-35)));
    CHECK(head->isVisible());
    panel.showPatient(born(today.addYears(-3)));
    CHECK_FALSE(head->isVisible());
    panel.showPatient(born(QDate(1970, 1, 1)));
    CHECK_FALSE(head->isVisible());
}

TEST_CASE("the vital-signs tab: typed field after field, BMI and mean live, Enter saves, "
          "corrections kept")
{
    DemoDesk desk;
    MainWindow window(*desk.vault, *desk.auth, desk.doctor, &desk.idle);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showSection(MainWindow::Patients);
    PatientsPage *page = window.patients();
    const QString id =
        PatientRegistry(*desk.vault).search(desk.doctor, QStringLiteral("a"))->first().id;
    page->openPatient(id);
    VitalsPanel *panel = page->file()->vitals();
    page->file()->tabs()->setCurrentWidget(panel);
    QAbstractItemModelTester tester(panel->history(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    // The demo's files have earlier visits: what this sitting adds is counted from there.
    const int before = panel->history()->rowCount();

    panel->field(VitalKind::Weight)->setFocus();
    QTest::keyClicks(panel->field(VitalKind::Weight), QStringLiteral("72,5"));
    QTest::keyClick(panel->field(VitalKind::Weight), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == panel->field(VitalKind::Height));
    QTest::keyClicks(panel->field(VitalKind::Height), QStringLiteral("1.75"));
    CHECK(panel->findChild<QLabel *>(QStringLiteral("bmi"))
              ->text()
              .startsWith(QStringLiteral("23.7")));
    // Read as soon as the field is left, said once, beside it.
    Q_EMIT panel->field(VitalKind::Height)->editingFinished();
    CHECK(panel->findChild<QLabel *>(QStringLiteral("heightRead"))->text() ==
          QStringLiteral("read as 175 cm"));
    QTest::keyClicks(panel->systolic(0), QStringLiteral("152"));
    QTest::keyClicks(panel->diastolic(0), QStringLiteral("94"));
    QTest::keyClicks(panel->systolic(1), QStringLiteral("146"));
    QTest::keyClicks(panel->diastolic(1), QStringLiteral("150")); // swapped by mistake
    Q_EMIT panel->diastolic(1)->editingFinished();
    CHECK(reasonUnder(panel, "diastolic-2").contains(QStringLiteral("swapped")));
    // Enter refuses the sitting and says every wrong field at once, the cursor in the first.
    QTest::keyClicks(panel->field(VitalKind::Temperature), QStringLiteral("trente-sept"));
    QTest::keyClick(panel->field(VitalKind::Height), Qt::Key_Return);
    CHECK(panel->history()->rowCount() == before);
    CHECK(reasonUnder(panel, "diastolic-2").contains(QStringLiteral("swapped")));
    CHECK(reasonUnder(panel, "temperature").contains(QStringLiteral("not a number")));
    CHECK(QApplication::focusWidget() == panel->diastolic(1));
    CHECK(panel->findChild<QPushButton *>(QStringLiteral("saveVitals"))->isVisible());
    panel->field(VitalKind::Temperature)->clear();
    panel->diastolic(1)->clear();
    QTest::keyClicks(panel->diastolic(1), QStringLiteral("90"));
    CHECK(panel->findChild<QLabel *>(QStringLiteral("pressureMean"))
              ->text()
              .contains(QStringLiteral("149/92")));
    QTest::keyClicks(panel->field(VitalKind::SpO2), QStringLiteral("90"));
    // The alert shows before saving, while the patient is still there.
    Q_EMIT panel->field(VitalKind::SpO2)->editingFinished();
    auto *live = panel->findChild<QLabel *>(QStringLiteral("liveAlerts"));
    CHECK(live->isVisible());
    CHECK(live->text().contains(QStringLiteral("URGENT: SpO")));
    QTest::keyClick(panel->field(VitalKind::SpO2), Qt::Key_Return);
    CHECK_FALSE(live->isVisible()); // saved: the panel's own alerts take over
    CHECK(panel->history()->rowCount() == before + 5);
    CHECK(panel->field(VitalKind::Weight)->text().isEmpty());
    CHECK(panel->findChild<QLabel *>(QStringLiteral("vitalsSaved"))
              ->text()
              .contains(QStringLiteral("175 cm")));
    const QString alerts = panel->findChild<QLabel *>(QStringLiteral("vitalAlerts"))->text();
    CHECK(alerts.contains(QStringLiteral("URGENT")));
    CHECK(alerts.contains(QStringLiteral("149/92")));
    // The header keeps them in view on every tab.
    auto *header = page->file()->findChild<QLabel *>(QStringLiteral("headerVitalAlerts"));
    CHECK(header->isVisible());
    CHECK(header->text().contains(QStringLiteral("SpO")));

    // Correct the weight: the old value stays, struck out.
    int weightRow = -1;
    for (int row = 0; row < panel->history()->rowCount(); ++row) {
        if (panel->history()->record(row).kind == VitalKind::Weight && weightRow < 0)
            weightRow = row; // the newest: today's
    }
    REQUIRE(weightRow >= 0);
    PatientVitals service(*desk.vault);
    VitalCorrectionDialog correction(service, desk.doctor, panel->history()->record(weightRow));
    correction.findChild<QLineEdit *>(QStringLiteral("weight"))->setText(QStringLiteral("75,2"));
    correction.save();
    CHECK(correction.isVisible() == false);
    CHECK(correction.result() != QDialog::Accepted); // no reason: refused
    correction.findChild<QLineEdit *>(QLatin1String(PatientVitals::FieldCorrectionReason))
        ->setText(QStringLiteral("chiffres inversés"));
    correction.save();
    CHECK(correction.result() == QDialog::Accepted);
    panel->reload();
    CHECK(panel->history()->rowCount() == before + 6);
    bool struck = false;
    for (int row = 0; row < panel->history()->rowCount(); ++row) {
        const QFont font = panel->history()->index(row, 0).data(Qt::FontRole).value<QFont>();
        struck = struck || font.strikeOut();
    }
    CHECK(struck);
}

TEST_CASE(
    "Settings → Data imports FHIR bundles on a worker thread, and the trends chart draws them")
{
    DemoDesk desk;
    MainWindow window(*desk.vault, *desk.auth, desk.doctor, &desk.idle);
    window.resize(1100, 720);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    DataTab *data = window.settings()->data();
    // Two Synthea bundles of tests/data: one small, one with eight weights to draw.
    QDir synthea(relais::test::fixture(QStringLiteral("fhir")));
    QStringList files;
    for (const QString &name :
         synthea.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        files.append(synthea.filePath(name));
    QSignalSpy done(data, &DataTab::fhirImportFinished);
    data->importFhir(files);
    CHECK(data->isImporting());
    REQUIRE(done.wait(60000));
    CHECK(done.first().first().toBool());
    CHECK_FALSE(data->isImporting());
    auto *progress = data->findChild<QProgressBar *>(QStringLiteral("fhirProgress"));
    CHECK(progress->value() == 2);
    CHECK(data->findChild<QLabel *>(QStringLiteral("fhirResult"))
              ->text()
              .contains(QStringLiteral("2 new patients")));
    CHECK(data->findChild<QPlainTextEdit *>(QStringLiteral("fhirDetails"))
              ->toPlainText()
              .contains(QStringLiteral("outside France")));
    // The window's own handle writes after the worker's: its clock never goes back.
    PatientRegistry registry(*desk.vault);
    PatientIdentity walkIn;
    walkIn.birthName = QStringLiteral("Nouveau");
    walkIn.firstNames = QStringLiteral("Léa");
    walkIn.sex = QLatin1Char('F');
    walkIn.birthDate = QDate(1990, 5, 4);
    auto written = registry.create(desk.doctor, walkIn, true);
    REQUIRE(written.has_value());
    QSqlQuery newest(desk.vault->database());
    REQUIRE(newest.exec(QStringLiteral("SELECT id FROM patient ORDER BY updated_at DESC LIMIT 1")));
    REQUIRE(newest.next());
    CHECK(newest.value(0).toString() == *written);

    // The patient with the most weights, drawn from the imported data.
    QSqlQuery most(desk.vault->database());
    REQUIRE(most.exec(QStringLiteral("SELECT patient_id, count(*) AS n FROM vital_sign WHERE kind "
                                     "= 'weight' GROUP BY patient_id ORDER BY n DESC LIMIT 1")));
    REQUIRE(most.next());
    const QString id = most.value(0).toString();
    const int weights = most.value(1).toInt();
    REQUIRE(weights >= 5);
    window.showSection(MainWindow::Patients);
    window.patients()->openPatient(id);
    VitalChart *chart = window.patients()->file()->trends();
    window.patients()->file()->tabs()->setCurrentWidget(chart);
    QAbstractItemModelTester tester(chart->points(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    chart->show(VitalKind::Weight, VitalChart::Period::Everything);
    CHECK(chart->points()->rowCount() == weights);
    CHECK(chart->chart()->series().size() == 1);
    chart->show(VitalKind::BloodPressure, VitalChart::Period::Everything);
    CHECK(chart->chart()->series().size() == 4); // systolic, diastolic, 140 and 90
    settle();
    const QImage image = chart->view()->grab().toImage();
    const QString png = desk.dir.file(QStringLiteral("bp-chart.png"));
    REQUIRE(image.save(png));
    CHECK(QFileInfo(png).size() > 5000);
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    }
    CHECK(colours.size() > 10); // lines, labels and thresholds, not an empty frame
    chart->show(VitalKind::CapillaryGlucose, VitalChart::Period::OneYear);
    CHECK(chart->findChild<QLabel *>(QStringLiteral("chartEmpty"))
              ->text()
              .contains(QStringLiteral("No capillary glucose")));
}

TEST_CASE("the assistant prepares a consultation, the GP finds it first in To review and marks it")
{
    DemoDesk desk;
    auto assistant = desk.auth->logIn(QStringLiteral("assistante"), DemoPassword);
    REQUIRE(assistant.has_value());
    MainWindow window(*desk.vault, *desk.auth, *assistant, &desk.idle);
    window.resize(1100, 720);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    // Two patients the demo has not already prepared for today.
    PreparedConsultations consultations(*desk.vault);
    QStringList free;
    const auto hits = PatientRegistry(*desk.vault).search(*assistant, QStringLiteral("a"));
    REQUIRE(hits.has_value());
    for (const PatientHit &hit : *hits) {
        if (!consultations.current(*assistant, hit.id)->has_value())
            free.append(hit.id);
    }
    REQUIRE(free.size() >= 2);
    const QString id = free.first();
    window.showSection(MainWindow::Patients);
    window.patients()->openPatient(id);
    ConsultationPanel *panel = window.patients()->file()->consultation();
    window.patients()->file()->tabs()->setCurrentWidget(panel);
    REQUIRE_FALSE(panel->consultation().has_value());
    auto *reason = panel->findChild<QLineEdit *>(QLatin1String(PreparedConsultations::FieldReason));
    QTest::keyClicks(reason, QStringLiteral("Renouvellement HTA"));
    QTest::keyClick(reason, Qt::Key_Return);
    REQUIRE(panel->consultation().has_value());
    CHECK(panel->consultation()->physicianName == QStringLiteral("Dr Claire Martin"));
    // No vital sign yet: "taken" cannot be ticked, and ready asks why there are none.
    auto *vitalsTaken = panel->findChild<QCheckBox *>(QStringLiteral("check:vitals"));
    CHECK_FALSE(vitalsTaken->isEnabled());
    auto *noVitalsReason =
        panel->findChild<QLineEdit *>(QLatin1String(PreparedConsultations::FieldNoVitalsReason));
    CHECK(noVitalsReason->isVisibleTo(panel));
    CHECK_FALSE(panel->markReady());
    CHECK(panel->findChild<QLabel *>(QStringLiteral("consultationMessage"))
              ->text()
              .contains(QStringLiteral("say why there are none")));
    vitalsTaken->setChecked(true);
    panel->findChild<QPlainTextEdit *>(QStringLiteral("consultationDrafts"))
        ->setPlainText(QStringLiteral("Renouveler AMLODIPINE 5 mg"));

    // Vitals typed now belong to it.
    VitalsPanel *vitals = window.patients()->file()->vitals();
    vitals->systolic(0)->setText(QStringLiteral("184"));
    vitals->diastolic(0)->setText(QStringLiteral("112"));
    REQUIRE(vitals->save());
    REQUIRE(panel->markReady());
    CHECK(panel->findChild<QLabel *>(QStringLiteral("consultationStatus"))
              ->text()
              .contains(QStringLiteral("ready for the doctor")));
    CHECK(panel->findChild<QLabel *>(QStringLiteral("consultationVitals"))
              ->text()
              .contains(QStringLiteral("1 value")));
    // A second patient, ready without alerts.
    auto calm = consultations.start(*assistant, free.at(1), desk.doctor.userId,
                                    QStringLiteral("Certificat de sport"));
    REQUIRE(calm.has_value());
    REQUIRE(consultations.markReady(*assistant, *calm, QStringLiteral("certificat seul")));

    // The assistant sees why the list is not hers.
    window.showSection(MainWindow::ToReview);
    ReviewPage *review = window.review();
    QAbstractItemModelTester tester(review->files(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(review->files()->rowCount() == 0);
    CHECK(review->findChild<QLabel *>(QStringLiteral("reviewEmpty"))
              ->text()
              .contains(QStringLiteral("physicians")));

    const auto readsByDoctor = [&] {
        QSqlQuery q(desk.vault->database());
        q.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'read' AND "
                                 "user_id = ?"));
        q.addBindValue(desk.doctor.userId);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toInt();
    };
    const int readsBefore = readsByDoctor();
    MainWindow doctorWindow(*desk.vault, *desk.auth, desk.doctor, &desk.idle);
    // Files wait: the physician lands on them, counted in the sidebar, and no file is opened.
    CHECK(doctorWindow.currentSection() == MainWindow::ToReview);
    QAction *reviewAction = nullptr;
    for (QAction *a : doctorWindow.findChild<QToolBar *>(QStringLiteral("sections"))->actions()) {
        if (a->text().startsWith(QStringLiteral("To re&view")))
            reviewAction = a;
    }
    REQUIRE(reviewAction);
    const int waiting = PreparedConsultations(*desk.vault)
                            .waitingCount(desk.doctor, desk.clock.today())
                            .value_or(0);
    REQUIRE(waiting > 0);
    CHECK(reviewAction->text() == QStringLiteral("To re&view (%1)").arg(waiting));
    CHECK(readsByDoctor() == readsBefore); // logging in opens nobody's file
    doctorWindow.showSection(MainWindow::ToReview);
    CHECK(readsByDoctor() == readsBefore + 1); // the first file of the list, read once
    ReviewPage *gp = doctorWindow.review();
    // Tab leaves the list for the summary instead of moving to the next patient.
    CHECK_FALSE(gp->table()->tabKeyNavigation());
    // The panel follows the consultation: once reviewed, it is no longer the one in preparation.
    REQUIRE(panel->consultation().has_value());
    const QString preparedId = panel->consultation()->id;
    const QString preparedPatient = panel->consultation()->patientId;
    // The demo prepares a few of its own this morning, one of them urgent.
    REQUIRE(gp->files()->rowCount() >= 2);
    int row = -1;
    for (int i = 0; i < gp->files()->rowCount(); ++i) {
        if (gp->files()->record(i).id == preparedId)
            row = i;
    }
    REQUIRE(row >= 0);
    CHECK(gp->files()->record(0).alertLevel == 2); // urgent first
    CHECK(gp->files()->index(row, 0).data(Qt::ForegroundRole).isValid());
    gp->table()->setCurrentIndex(gp->files()->index(row, 0));
    const QString html = gp->summary()->toPlainText();
    CHECK(html.contains(QStringLiteral("URGENT")));
    CHECK(html.contains(QStringLiteral("184/112")));
    CHECK(html.contains(QStringLiteral("Renouveler AMLODIPINE 5 mg")));
    // The comment box names the patient it belongs to.
    const QString patientName = gp->files()->record(row).patientName;
    CHECK(gp->findChild<QLabel *>(QStringLiteral("reviewCommentTitle"))
              ->text()
              .contains(patientName.toHtmlEscaped()));
    gp->findChild<QPlainTextEdit *>(QStringLiteral("reviewComment"))
        ->setPlainText(QStringLiteral("Vu, HTA à contrôler dans 15 jours."));
    REQUIRE(gp->markReviewed());
    const int last = gp->files()->rowCount() - 1;
    CHECK(gp->files()->record(last).status == PreparedConsultation::Status::Reviewed);
    CHECK(gp->files()->record(last).id == preparedId);
    // Not without a trace: it says so, the count follows, and it can be taken back.
    auto *done = gp->findChild<QLabel *>(QStringLiteral("reviewDone"));
    auto *undo = gp->findChild<QPushButton *>(QStringLiteral("undoReview"));
    CHECK(done->text().contains(patientName));
    CHECK(reviewAction->text() == (waiting > 1 ? QStringLiteral("To re&view (%1)").arg(waiting - 1)
                                               : QStringLiteral("To re&view")));
    // The next file waiting is chosen, not the one just reviewed.
    CHECK(gp->files()->record(gp->table()->currentIndex().row()).id != preparedId);
    REQUIRE_FALSE(undo->isHidden());
    QTest::mouseClick(undo, Qt::LeftButton);
    CHECK(undo->isHidden());
    CHECK(gp->files()->record(gp->table()->currentIndex().row()).id == preparedId);
    CHECK(gp->files()->record(gp->table()->currentIndex().row()).status ==
          PreparedConsultation::Status::Ready);
    CHECK(gp->findChild<QPlainTextEdit *>(QStringLiteral("reviewComment"))->toPlainText() ==
          QStringLiteral("Vu, HTA à contrôler dans 15 jours."));
    CHECK(reviewAction->text() == QStringLiteral("To re&view (%1)").arg(waiting));
    REQUIRE(gp->markReviewed());

    // The assistant sees the GP's comment and the reviewed state in the Consultation tab.
    panel->showPatient(preparedPatient);
    auto *gpReview = panel->findChild<QLabel *>(QStringLiteral("gpReview"));
    REQUIRE(gpReview);
    CHECK(gpReview->isVisibleTo(panel));
    CHECK(gpReview->text().contains(QStringLiteral("Vu, HTA à contrôler dans 15 jours.")));
    CHECK(gpReview->text().contains(desk.doctor.displayName));
}

TEST_CASE("screens follow what is written elsewhere: the trail, the GP's list, a comment kept")
{
    DemoDesk desk;
    MainWindow window(*desk.vault, *desk.auth, desk.doctor, &desk.idle);
    auto assistant = desk.auth->logIn(QStringLiteral("assistante"), DemoPassword);
    REQUIRE(assistant.has_value());
    // Another desk of the practice: its own handle on the same vault.
    auto other = desk.vault->openAnother();
    REQUIRE(other.has_value());

    // The audit trail in Settings is current without a lock and unlock: at once while in view,
    // and on showing again for what was written while it was not.
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showSection(MainWindow::Settings);
    window.settings()->tabs()->setCurrentIndex(SettingsPage::AuditTab);
    const int entriesBefore = window.settings()->audit()->rowCount();
    const QString patient =
        PatientRegistry(**other).search(*assistant, QStringLiteral("a"))->first().id;
    REQUIRE(PatientRegistry(**other).open(*assistant, patient).has_value());
    CHECK(window.settings()->audit()->rowCount() == entriesBefore + 1);
    window.settings()->tabs()->setCurrentIndex(SettingsPage::UsersTab);
    REQUIRE(PatientRegistry(**other).open(*assistant, patient).has_value());
    CHECK(window.settings()->audit()->rowCount() == entriesBefore + 1); // not in view: not read
    window.settings()->tabs()->setCurrentIndex(SettingsPage::AuditTab);
    CHECK(window.settings()->audit()->rowCount() == entriesBefore + 2);

    // A file made ready at the other desk appears in the GP's list by itself.
    window.showSection(MainWindow::ToReview);
    ReviewPage *gp = window.review();
    const int filesBefore = gp->files()->rowCount();
    PreparedConsultations prepared(**other);
    auto started = prepared.start(*assistant, patient, desk.doctor.userId, QStringLiteral("Toux"));
    REQUIRE(started.has_value());
    VitalEntry weight;
    weight.patientId = patient;
    weight.consultationId = *started;
    weight.typed.insert(VitalKind::Weight, QStringLiteral("70"));
    REQUIRE(PatientVitals(**other).record(*assistant, weight).has_value());
    REQUIRE(prepared.markReady(*assistant, *started));
    REQUIRE(gp->files()->rowCount() == filesBefore + 1);
    int row = -1;
    for (int i = 0; i < gp->files()->rowCount(); ++i) {
        if (gp->files()->record(i).id == *started)
            row = i;
    }
    REQUIRE(row >= 0);

    // The GP is typing a comment on it when the assistant adds a value to it.
    const PreparedConsultation chosen = gp->files()->record(row);
    gp->table()->setCurrentIndex(gp->files()->index(row, 0));
    auto *comment = gp->findChild<QPlainTextEdit *>(QStringLiteral("reviewComment"));
    comment->setFocus();
    QTest::keyClicks(comment, QStringLiteral("Vu, a revoir le 2"));
    CHECK_FALSE(gp->summary()->toPlainText().contains(QStringLiteral("39.4")));
    VitalEntry fever;
    fever.patientId = chosen.patientId;
    fever.consultationId = chosen.id;
    fever.typed.insert(VitalKind::Temperature, QStringLiteral("39,4"));
    REQUIRE(PatientVitals(**other).record(*assistant, fever).has_value());
    CHECK(gp->files()->record(gp->table()->currentIndex().row()).id == chosen.id);
    CHECK(gp->summary()->toPlainText().contains(QStringLiteral("39")));
    CHECK(comment->toPlainText() == QStringLiteral("Vu, a revoir le 2"));

    // The patients list shows a file created at the other desk under the search typed here,
    // and stays on the row the assistant had chosen.
    window.showSection(MainWindow::Patients);
    PatientsPage *patients = window.patients();
    patients->searchFor(QStringLiteral("Zola"));
    auto *results = patients->findChild<QTableView *>(QStringLiteral("patientResults"));
    REQUIRE(results);
    const int zolasBefore = results->model()->rowCount();
    PatientIdentity zola;
    zola.birthName = QStringLiteral("Zola");
    zola.firstNames = QStringLiteral("Emile");
    zola.sex = QLatin1Char('M');
    zola.birthDate = QDate(1940, 4, 2);
    REQUIRE(PatientRegistry(**other).create(*assistant, zola, true).has_value());
    CHECK(results->model()->rowCount() == zolasBefore + 1);

    // The drug database imported at the other desk shows in Settings → Data when it is looked at.
    auto *drugState =
        window.settings()->data()->findChild<QLabel *>(QStringLiteral("drugDatabaseState"));
    CHECK(drugState->text().contains(QStringLiteral("Not imported yet")));
    REQUIRE(DrugSubstances(**other).importFrom(desk.doctor,
                                               relais::test::fixture(QStringLiteral("bdpm")),
                                               DrugSubstances::Import::Forced));
    window.showSection(MainWindow::Settings);
    window.settings()->tabs()->setCurrentWidget(window.settings()->data());
    CHECK(drugState->text().contains(QStringLiteral("75 substance")));
    window.showSection(MainWindow::Patients);

    // The assistant types notes in today's consultation while a value is taken elsewhere: the
    // value shows in the panel, the notes stay as typed.
    patients->openPatient(chosen.patientId);
    ConsultationPanel *panel = patients->file()->consultation();
    REQUIRE(panel->consultation().has_value());
    auto *notes = panel->findChild<QPlainTextEdit *>(QStringLiteral("consultationNotes"));
    notes->setPlainText(QStringLiteral("Toux depuis 3 jours"));
    auto *taken = panel->findChild<QLabel *>(QStringLiteral("consultationVitals"));
    CHECK_FALSE(taken->text().contains(QStringLiteral("98")));
    VitalEntry spo2;
    spo2.patientId = chosen.patientId;
    spo2.consultationId = chosen.id;
    spo2.typed.insert(VitalKind::SpO2, QStringLiteral("98"));
    REQUIRE(PatientVitals(**other).record(*assistant, spo2).has_value());
    CHECK(taken->text().contains(QStringLiteral("98")));
    CHECK(notes->toPlainText() == QStringLiteral("Toux depuis 3 jours"));
    // Saved, the notes are what is stored; nothing reloaded them by hand.
    REQUIRE(panel->save());
    CHECK(notes->toPlainText() == QStringLiteral("Toux depuis 3 jours"));
    CHECK(panel->consultation()->notes == QStringLiteral("Toux depuis 3 jours"));
}

TEST_CASE("a new patient is typed in, and a likely duplicate is proposed first")
{
    DemoDesk desk;
    PatientRegistry registry(*desk.vault);
    IntakeDialog dialog(registry, desk.doctor);
    dialog.show();
    const auto edit = [&](const char *name) {
        return dialog.findChild<QLineEdit *>(QLatin1String(name));
    };
    edit(PatientRegistry::FieldBirthName)->setText(QStringLiteral("Lefèvre"));
    edit(PatientRegistry::FieldFirstNames)->setText(QStringLiteral("Anne Sophie"));
    auto *sex = dialog.findChild<QComboBox *>(QLatin1String(PatientRegistry::FieldSex));
    edit(PatientRegistry::FieldBirthDate)->setText(QStringLiteral("31/02/1980"));
    dialog.save();
    CHECK(reasonUnder(&dialog, PatientRegistry::FieldBirthDate)
              .contains(QStringLiteral("not a date")));
    CHECK(reasonOf(&dialog)->text().isEmpty()); // said under the field, not twice
    auto *birthDate = edit(PatientRegistry::FieldBirthDate);
    CHECK(birthDate->styleSheet().contains(QStringLiteral("a40000"))); // marked beside the reason
    QTest::keyClick(birthDate, Qt::Key_End);
    QTest::keyClick(birthDate, Qt::Key_Backspace);
    CHECK(birthDate->styleSheet().isEmpty()); // editing it lifts the mark
    CHECK(reasonUnder(&dialog, PatientRegistry::FieldBirthDate).isEmpty());
    edit(PatientRegistry::FieldBirthDate)->setText(QStringLiteral("03021980"));
    dialog.save();
    CHECK(reasonUnder(&dialog, PatientRegistry::FieldSex).contains(QStringLiteral("sex")));
    sex->setCurrentIndex(sex->findData(QStringLiteral("F")));
    edit(PatientRegistry::FieldPhone)->setText(QStringLiteral("06 12 34 56 78"));
    dialog.save();
    REQUIRE(dialog.result() == QDialog::Accepted);
    const QString first = dialog.patientId();
    REQUIRE_FALSE(first.isEmpty());

    IntakeDialog again(registry, desk.doctor);
    again.show();
    const auto edit2 = [&](const char *name) {
        return again.findChild<QLineEdit *>(QLatin1String(name));
    };
    edit2(PatientRegistry::FieldBirthName)->setText(QStringLiteral("LEFEBVRE"));
    edit2(PatientRegistry::FieldFirstNames)->setText(QStringLiteral("Sophie Anne"));
    edit2(PatientRegistry::FieldBirthDate)->setText(QStringLiteral("1980-02-03"));
    auto *sex2 = again.findChild<QComboBox *>(QLatin1String(PatientRegistry::FieldSex));
    sex2->setCurrentIndex(sex2->findData(QStringLiteral("F")));
    again.save();
    CHECK(again.isVisible());
    auto *list = again.findChild<QListWidget *>(QStringLiteral("duplicates"));
    REQUIRE(list->isVisible());
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text().contains(QStringLiteral("sound alike")));

    SECTION("the assistant opens the existing file")
    {
        QTest::mouseClick(again.findChild<QPushButton *>(QStringLiteral("openExisting")),
                          Qt::LeftButton);
        CHECK(again.result() == QDialog::Accepted);
        CHECK(again.patientId() == first);
    }
    SECTION("or confirms it is another person")
    {
        QTest::mouseClick(again.findChild<QPushButton *>(QStringLiteral("createAnyway")),
                          Qt::LeftButton);
        CHECK(again.result() == QDialog::Accepted);
        CHECK(again.patientId() != first);
    }
}

TEST_CASE("Escape on a form where something was typed asks before throwing it away")
{
    DemoDesk desk;
    PatientRegistry registry(*desk.vault);
    SECTION("an untouched form closes at once")
    {
        IntakeDialog dialog(registry, desk.doctor);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(lineEdit(&dialog, PatientRegistry::FieldBirthName), Qt::Key_Escape);
        CHECK_FALSE(dialog.isVisible());
    }
    SECTION("a filled-in one asks, and keeps it when told to")
    {
        IntakeDialog dialog(registry, desk.doctor);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        QLineEdit *name = lineEdit(&dialog, PatientRegistry::FieldBirthName);
        QTest::keyClicks(name, QStringLiteral("Durand"));
        auto asked = answerNextQuestion(QMessageBox::Cancel);
        QTest::keyClick(name, Qt::Key_Escape);
        CHECK(asked->contains(QStringLiteral("not saved")));
        CHECK(dialog.isVisible());
        CHECK(name->text() == QStringLiteral("Durand"));
        answerNextQuestion(QMessageBox::Discard);
        QTest::keyClick(name, Qt::Key_Escape);
        CHECK_FALSE(dialog.isVisible());
        CHECK(dialog.result() == QDialog::Rejected);
    }
}

// The Alt+letter mnemonics a person can reach in what is on screen: buttons, tabs, labels of
// fields and the menu bar. Two of the same letter and Alt picks the first it finds.
QMultiMap<QChar, QString> visibleMnemonics(QWidget *window)
{
    QMultiMap<QChar, QString> found;
    const auto add = [&found](const QString &text) {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) != QLatin1Char('&'))
                continue;
            if (text.at(i + 1) == QLatin1Char('&')) {
                ++i;
                continue;
            }
            found.insert(text.at(i + 1).toLower(), QString(text).remove(QLatin1Char('&')));
            return;
        }
    };
    for (QAbstractButton *b : window->findChildren<QAbstractButton *>()) {
        if (b->isVisible() && b->isEnabled() && !qobject_cast<QToolButton *>(b))
            add(b->text());
    }
    for (QTabBar *bar : window->findChildren<QTabBar *>()) {
        if (!bar->isVisible())
            continue;
        for (int i = 0; i < bar->count(); ++i)
            add(bar->tabText(i));
    }
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (label->isVisible() && label->buddy())
            add(label->text());
    }
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        for (QAction *menu : main->menuBar()->actions())
            add(menu->text());
    }
    return found;
}

TEST_CASE("no two Alt shortcuts in view share a letter, in French", "[mnemonics]")
{
    Translations::install(QLocale(QLocale::French, QLocale::France));
    DemoDesk desk;
    auto window = patientsWindow(desk);
    PatientsPage *page = window->patients();
    page->openPatient(
        PatientRegistry(*desk.vault).search(desk.doctor, QStringLiteral("a"))->first().id);
    QStringList clashes;
    const auto check = [&](const QString &where) {
        const QMultiMap<QChar, QString> found = visibleMnemonics(window.get());
        for (const QChar key : found.uniqueKeys()) {
            if (found.count(key) > 1)
                clashes.append(where + QStringLiteral(": Alt+") + key + QStringLiteral(" → ") +
                               QStringList(found.values(key)).join(QStringLiteral(" / ")));
        }
    };
    for (int tab = 0; tab < page->file()->tabs()->count(); ++tab) {
        page->file()->tabs()->setCurrentIndex(tab);
        check(QStringLiteral("file, tab ") + page->file()->tabs()->tabText(tab));
    }
    for (int section : {MainWindow::Reception, MainWindow::ToReview}) {
        window->showSection(static_cast<MainWindow::Section>(section));
        check(QStringLiteral("section %1").arg(section));
    }
    window->showSection(MainWindow::Settings);
    QTabWidget *settings = window->settings()->tabs();
    for (int tab = 0; tab < settings->count(); ++tab) {
        settings->setCurrentIndex(tab);
        check(QStringLiteral("settings, tab ") + settings->tabText(tab));
    }
    Translations::install(QLocale(QLocale::English, QLocale::UnitedKingdom));
    INFO(clashes.join(QLatin1Char('\n')).toStdString());
    CHECK(clashes.isEmpty());
}

TEST_CASE("the search field: Enter opens the first file, Down goes into the list, Ctrl+E edits")
{
    DemoDesk desk;
    auto window = patientsWindow(desk);
    PatientsPage *page = window->patients();
    auto *box = page->findChild<QLineEdit *>(QStringLiteral("patientSearch"));
    auto *table = page->findChild<QTableView *>(QStringLiteral("patientResults"));
    box->setFocus();
    QTest::keyClicks(box, QStringLiteral("a"));
    REQUIRE(page->results()->rowCount() >= 2);
    const QString first = page->results()->hit(0).id;
    const QString second = page->results()->hit(1).id;

    QTest::keyClick(box, Qt::Key_Down);
    CHECK(table->hasFocus());
    CHECK(table->currentIndex().row() == 0);
    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_Return);
    CHECK(page->openedId() == second);

    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, QStringLiteral("a"));
    const QString now = page->results()->hit(0).id;
    CHECK(now == second); // the file just opened ranks first now
    QTest::keyClick(box, Qt::Key_Return);
    CHECK(page->openedId() == now);
    CHECK(first != now);

    // From the search field, Ctrl+E opens the identity of the open file.
    box->setFocus();
    bool opened = false;
    QTimer::singleShot(0, [&opened] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *intake = qobject_cast<IntakeDialog *>(w); intake && intake->isVisible()) {
                opened = intake->isEditing();
                intake->reject();
            }
        }
    });
    QTest::keyClick(box, Qt::Key_E, Qt::ControlModifier);
    CHECK(opened);
}

TEST_CASE("a file just created opens on its summary, and the search is cleared")
{
    DemoDesk desk;
    auto window = patientsWindow(desk);
    PatientsPage *page = window->patients();
    page->openPatient(
        PatientRegistry(*desk.vault).search(desk.doctor, QStringLiteral("a"))->first().id);
    page->file()->tabs()->setCurrentWidget(page->file()->vitals());
    auto *box = page->findChild<QLineEdit *>(QStringLiteral("patientSearch"));
    QTest::keyClicks(box, QStringLiteral("zorglub"));
    QTimer::singleShot(0, [] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *intake = qobject_cast<IntakeDialog *>(w);
            if (!intake || !intake->isVisible())
                continue;
            lineEdit(intake, PatientRegistry::FieldBirthName)->setText(QStringLiteral("Zorglub"));
            lineEdit(intake, PatientRegistry::FieldFirstNames)->setText(QStringLiteral("Léon"));
            lineEdit(intake, PatientRegistry::FieldBirthDate)
                ->setText(QStringLiteral("02/03/1981"));
            auto *sex = intake->findChild<QComboBox *>(QLatin1String(PatientRegistry::FieldSex));
            sex->setCurrentIndex(sex->findData(QStringLiteral("M")));
            intake->save();
        }
    });
    page->newPatient();
    CHECK(box->text().isEmpty());
    CHECK(page->file()->patient().birthName == QStringLiteral("ZORGLUB"));
    CHECK(page->file()->tabs()->currentIndex() == 0);
}

TEST_CASE("the birth place is found by name and the town by its postcode")
{
    DemoDesk desk;
    PatientRegistry registry(*desk.vault);
    IntakeDialog dialog(registry, desk.doctor);
    dialog.show();
    const auto edit = [&](const char *name) { return lineEdit(&dialog, name); };
    auto *place = dialog.findChild<BirthPlaceField *>();
    REQUIRE(place);
    QLineEdit *placeEdit = edit(PatientRegistry::FieldBirthPlace);
    REQUIRE(placeEdit == place->edit());

    SECTION("typed by name, picked in the list, stored as its code")
    {
        placeEdit->setFocus();
        QTest::keyClicks(placeEdit, QStringLiteral("st etien"));
        REQUIRE_FALSE(place->proposals().isEmpty());
        CHECK(place->proposals().first() == QStringLiteral("Saint-Étienne (42)"));
        CHECK(placeEdit->completer()->popup()->isVisible());
        place->pick(0);
        CHECK(placeEdit->text() == QStringLiteral("Saint-Étienne (42)"));
        CHECK(dialog.draft().birthPlace == QStringLiteral("42218"));
        CHECK(dialog.findChild<QLabel *>(QStringLiteral("birthPlaceHint"))
                  ->text()
                  .contains(QStringLiteral("42218")));
    }
    SECTION("a whole name that only one place has is that place when the field is left")
    {
        QTest::keyClicks(placeEdit, QStringLiteral("Beziers"));
        Q_EMIT placeEdit->editingFinished();
        CHECK(dialog.draft().birthPlace == QStringLiteral("34032"));
    }
    SECTION("a code typed by hand is kept, with its name when known")
    {
        QTest::keyClicks(placeEdit, QStringLiteral("75115"));
        CHECK(dialog.draft().birthPlace == QStringLiteral("75115"));
        CHECK(dialog.findChild<QLabel *>(QStringLiteral("birthPlaceHint"))
                  ->text()
                  .contains(QStringLiteral("Paris 15e Arrondissement")));
        placeEdit->clear();
        QTest::keyClicks(placeEdit, QStringLiteral("59999")); // a commune gone before 2016
        CHECK(dialog.draft().birthPlace == QStringLiteral("59999"));
        CHECK(dialog.findChild<QLabel *>(QStringLiteral("birthPlaceHint"))
                  ->text()
                  .contains(QStringLiteral("kept as typed")));
    }
    SECTION("a name not chosen is refused with every other problem at once")
    {
        QTest::keyClicks(placeEdit, QStringLiteral("Saint-Denis"));
        Q_EMIT placeEdit->editingFinished(); // several Saint-Denis: it waits for a choice
        dialog.save();
        CHECK(dialog.isVisible());
        CHECK(reasonUnder(&dialog, PatientRegistry::FieldBirthPlace)
                  .contains(QStringLiteral("Choose the birth place")));
        CHECK_FALSE(reasonUnder(&dialog, PatientRegistry::FieldBirthName).isEmpty());
        CHECK_FALSE(reasonUnder(&dialog, PatientRegistry::FieldFirstNames).isEmpty());
        CHECK_FALSE(reasonUnder(&dialog, PatientRegistry::FieldSex).isEmpty());
        // The cursor goes to the first of them, in the form's order.
        CHECK(dialog.focusWidget() == edit(PatientRegistry::FieldBirthName));
    }
    SECTION("a postcode fills in its only commune and proposes several")
    {
        QLineEdit *postcode = edit(PostalAddressRules::FieldPostcode);
        QTest::keyClicks(postcode, QStringLiteral("42000"));
        CHECK(edit(PostalAddressRules::FieldCity)->text() == QStringLiteral("Saint-Étienne"));
        edit(PostalAddressRules::FieldCity)->clear();
        postcode->clear();
        QTest::keyClicks(postcode, QStringLiteral("01200"));
        CHECK(edit(PostalAddressRules::FieldCity)->text().isEmpty());
        auto *towns = qobject_cast<QStringListModel *>(
            edit(PostalAddressRules::FieldCity)->completer()->model());
        REQUIRE(towns);
        CHECK(towns->stringList().contains(QStringLiteral("Valserhône")));
        CHECK(towns->stringList().contains(QStringLiteral("Éloise"))); // across a border
        CHECK(edit(PostalAddressRules::FieldCity)->placeholderText().contains(QStringLiteral("9")));
    }
}

TEST_CASE("without its table of places, intake still takes INSEE codes")
{
    DemoDesk desk;
    PatientRegistry registry(*desk.vault);
    const Result<PlaceDirectory> missing =
        fail(ErrorCode::Corrupt, QStringLiteral("The table of birth places is damaged."));
    IntakeDialog dialog(registry, desk.doctor, nullptr, missing);
    dialog.show();
    auto *placeEdit = lineEdit(&dialog, PatientRegistry::FieldBirthPlace);
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("birthPlaceHint"))->text() ==
          QStringLiteral("The table of birth places is damaged."));
    QTest::keyClicks(placeEdit, QStringLiteral("34032"));
    CHECK(dialog.draft().birthPlace == QStringLiteral("34032"));
    QTest::keyClicks(lineEdit(&dialog, PostalAddressRules::FieldPostcode), QStringLiteral("34500"));
    CHECK(lineEdit(&dialog, PostalAddressRules::FieldCity)->text().isEmpty());
}

TEST_CASE("the intake form checks each field as it is left and shows likely files at once")
{
    DemoDesk desk;
    PatientRegistry registry(*desk.vault);
    quint32 state = 2022;
    const PatientIdentity first = DemoPractice::makePatient(state);
    IntakeDialog dialog(registry, desk.doctor);
    dialog.show();
    const auto edit = [&](const char *name) {
        return dialog.findChild<QLineEdit *>(QLatin1String(name));
    };
    edit(PatientRegistry::FieldNir)->setText(QStringLiteral("2 62 04 14 168 025 39"));
    Q_EMIT edit(PatientRegistry::FieldNir)->editingFinished();
    CHECK(reasonUnder(&dialog, PatientRegistry::FieldNir).contains(QStringLiteral("key")));
    // Fields not visited yet say nothing, even though they are empty.
    CHECK(reasonUnder(&dialog, PatientRegistry::FieldBirthName).isEmpty());
    edit(PatientRegistry::FieldNir)->clear();
    Q_EMIT edit(PatientRegistry::FieldNir)->editingFinished();
    CHECK(reasonUnder(&dialog, PatientRegistry::FieldNir).isEmpty());

    edit(PostalAddressRules::FieldPostcode)->setText(QStringLiteral("2400"));
    Q_EMIT edit(PostalAddressRules::FieldPostcode)->editingFinished();
    CHECK(reasonUnder(&dialog, PostalAddressRules::FieldPostcode).contains(QStringLiteral("five")));

    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("duplicates"));
    CHECK_FALSE(list->isVisible());
    edit(PatientRegistry::FieldBirthName)->setText(first.birthName.toLower());
    Q_EMIT edit(PatientRegistry::FieldBirthName)->editingFinished();
    edit(PatientRegistry::FieldBirthDate)
        ->setText(first.birthDate.toString(QStringLiteral("ddMMyyyy")));
    Q_EMIT edit(PatientRegistry::FieldBirthDate)->editingFinished();
    REQUIRE(list->isVisible()); // before saving: the assistant sees it while typing
    CHECK(list->count() >= 1);
    CHECK_FALSE(dialog.findChild<QPushButton *>(QStringLiteral("createAnyway"))->isVisible());
}

TEST_CASE("the patient file: summary, history, treatments and identity, every list checked")
{
    DemoDesk desk;
    auto shown = patientsWindow(desk);
    MainWindow &window = *shown;
    PatientsPage *page = window.patients();
    PatientRegistry registry(*desk.vault);
    auto hits = registry.search(desk.doctor, QStringLiteral("a"));
    REQUIRE_FALSE(hits->isEmpty());
    page->openPatient(hits->first().id);
    PatientFileView *file = page->file();
    REQUIRE(file->isVisible());
    using Tester = QAbstractItemModelTester;
    const auto mode = Tester::FailureReportingMode::Fatal;
    Tester t1(file->allergies(), mode);
    Tester t2(file->conditions(), mode);
    Tester t3(file->treatments(), mode);
    Tester t4(file->identityEvents(), mode);
    Tester t5(file->merges(), mode);
    const QString id = file->patient().id;
    const auto label = [&](const char *name) {
        return file->findChild<QLabel *>(QLatin1String(name))->text();
    };

    SECTION("history with an ALD, shown in the summary")
    {
        PatientHistory history(*desk.vault);
        const int before = file->conditions()->rowCount(); // the demo may have given some
        Condition fresh;
        fresh.patientId = id;
        ConditionDialog dialog(history, desk.doctor, fresh);
        dialog.show();
        dialog.findChild<QLineEdit *>(QLatin1String(PatientHistory::FieldLabel))
            ->setText(QStringLiteral("Diabète de type 2"));
        auto *since = dialog.findChild<QLineEdit *>(QLatin1String(PatientHistory::FieldSince));
        since->setText(QStringLiteral("2031"));
        dialog.save();
        CHECK(dialog.isVisible());
        CHECK(reasonUnder(&dialog, PatientHistory::FieldSince).contains(QStringLiteral("future")));
        since->setText(QStringLiteral("03/2015"));
        dialog.findChild<QCheckBox *>(QStringLiteral("ald"))->setChecked(true);
        dialog.save();
        REQUIRE(dialog.result() == QDialog::Accepted);
        file->reload();
        REQUIRE(file->conditions()->rowCount() == before + 1);
        const auto &added = file->conditions()->records();
        CHECK(std::any_of(added.cbegin(), added.cend(), [](const Condition &c) {
            return c.label == QStringLiteral("Diabète de type 2") && c.ald &&
                   c.since == QStringLiteral("2015-03");
        }));
        CHECK(label("summaryAld").contains(QStringLiteral("Diabète de type 2")));
    }
    SECTION("a treatment added, then stopped today")
    {
        PatientHistory history(*desk.vault);
        const int before = file->treatments()->rowCount();
        Treatment fresh;
        fresh.patientId = id;
        const DrugSearch search(*desk.vault);
        TreatmentDialog dialog(history, search, desk.doctor, fresh);
        dialog.show();
        dialog.save();
        CHECK(reasonUnder(&dialog, PatientHistory::FieldDrug).contains(QStringLiteral("drug")));
        dialog.findChild<QLineEdit *>(QLatin1String(PatientHistory::FieldDrug))
            ->setText(QStringLiteral("AMLODIPINE 5 mg"));
        dialog.save();
        REQUIRE(dialog.result() == QDialog::Accepted);
        file->reload();
        REQUIRE(file->treatments()->rowCount() == before + 1);
        const auto row = [&] {
            const auto &all = file->treatments()->records();
            for (int i = 0; i < all.size(); ++i) {
                if (all.at(i).drug == QStringLiteral("AMLODIPINE 5 mg") && all.at(i).isCurrent())
                    return i;
            }
            return -1;
        };
        REQUIRE(row() >= 0);
        auto *table = file->findChild<QTableView *>(QStringLiteral("treatmentTable"));
        table->setCurrentIndex(file->treatments()->index(row(), 0));
        file->stopTreatment();
        CHECK(row() == -1); // no longer current
        const QString today = desk.clock.today().toString(QStringLiteral("dd/MM/yyyy"));
        bool shownStopped = false;
        for (int i = 0; i < file->treatments()->rowCount(); ++i)
            shownStopped =
                shownStopped || file->treatments()->index(i, 4).data().toString().contains(today);
        CHECK(shownStopped);
    }
    SECTION("referring doctor and consents, with a wrong RPPS refused beside its field")
    {
        PatientDetails details(*desk.vault);
        PatientDetailsDialog dialog(details, desk.doctor, *details.load(desk.doctor, id));
        dialog.show();
        auto *doctor = dialog.findChild<QComboBox *>(QStringLiteral("referring"));
        doctor->setCurrentIndex(doctor->findData(QStringLiteral("outside")));
        dialog.findChild<QLineEdit *>(QLatin1String(PatientDetails::FieldReferringName))
            ->setText(QStringLiteral("Dr Paul Vidal"));
        auto *rpps =
            dialog.findChild<QLineEdit *>(QLatin1String(PatientDetails::FieldReferringRpps));
        rpps->setText(QStringLiteral("10101234565"));
        auto *dmp = dialog.findChild<QComboBox *>(QStringLiteral("consentDmp"));
        dmp->setCurrentIndex(dmp->findData(static_cast<int>(Consent::Given)));
        dialog.save();
        CHECK_FALSE(reasonUnder(&dialog, PatientDetails::FieldReferringRpps).isEmpty());
        rpps->setText(QStringLiteral("10101234564"));
        dialog.save();
        REQUIRE(dialog.result() == QDialog::Accepted);
        file->reload();
        CHECK(label("summaryReferring").contains(QStringLiteral("Dr Paul Vidal")));
        CHECK(label("summaryConsents").contains(PatientDetails::display(Consent::Given)));
    }
    SECTION("validated against a document, then a strict trait changed with a reason")
    {
        ValidateIdentityDialog validate(registry, desk.doctor, file->patient());
        validate.show();
        // The birth place by its name, as the document to compare with writes it.
        // (The demo's birth places are real ones.)
        const Place *born = PlaceDirectory::shipped()->byCode(file->patient().birthPlace);
        REQUIRE(born);
        CHECK(anyVisibleLabelContains(&validate, born->name));
        CHECK(anyVisibleLabelContains(&validate,
                                      QStringLiteral("INSEE ") + file->patient().birthPlace));
        validate.save();
        REQUIRE(validate.result() == QDialog::Accepted);
        file->reload();
        CHECK(label("identityBadge") == IdentityStatusRules::display(IdentityStatus::Validated));
        CHECK(file->identityEvents()->rowCount() == 1);

        IntakeDialog change(registry, desk.doctor, file->patient());
        change.show();
        change.findChild<QLineEdit *>(QLatin1String(PatientRegistry::FieldFirstNames))
            ->setText(file->patient().firstNames + QStringLiteral(" Louise"));
        change.save();
        CHECK(change.isVisible());
        CHECK_FALSE(reasonUnder(&change, PatientRegistry::FieldReason).isEmpty());
        change.findChild<QLineEdit *>(QLatin1String(PatientRegistry::FieldReason))
            ->setText(QStringLiteral("third given name on the passport"));
        change.save();
        REQUIRE(change.result() == QDialog::Accepted);
        file->reload();
        CHECK(label("identityBadge") == IdentityStatusRules::display(IdentityStatus::Provisional));
        CHECK(file->identityEvents()->rowCount() == 2);
    }
    SECTION("a second file of the same person merged in, then the merge undone")
    {
        PatientIdentity twin = file->patient();
        twin.id.clear();
        twin.nir.clear();
        twin.phone.clear();
        twin.usedName = QStringLiteral("Second file");
        auto secondId = registry.create(desk.doctor, twin, true);
        REQUIRE(secondId.has_value());
        PatientAllergies allergies(*desk.vault);
        REQUIRE(allergies.add(
            desk.doctor, {{}, *secondId, Allergy::Kind::Allergy, QStringLiteral("Latex"), {}, {}}));
        PatientMerger merger(*desk.vault);
        MergeDialog merge(registry, merger, desk.doctor, file->patient());
        merge.show();
        Tester t6(merge.candidates(), mode);
        REQUIRE(merge.candidates()->rowCount() >= 1);
        CHECK(merge.candidates()->hit(0).id == *secondId);
        merge.save();
        CHECK(merge.isVisible()); // no reason yet
        CHECK_FALSE(reasonUnder(&merge, PatientMerger::FieldReason).isEmpty());
        merge.findChild<QLineEdit *>(QLatin1String(PatientMerger::FieldReason))
            ->setText(QStringLiteral("same person, typed twice"));
        merge.save();
        REQUIRE(merge.result() == QDialog::Accepted);
        CHECK(merge.keptId() == id);
        file->reload();
        CHECK(label("allergies").contains(QStringLiteral("Latex")));
        REQUIRE(file->merges()->rowCount() == 1);

        auto *table = file->findChild<QTableView *>(QStringLiteral("mergeTable"));
        table->setCurrentIndex(file->merges()->index(0, 0));
        answerYesToNextQuestion();
        file->undoMerge();
        CHECK_FALSE(label("allergies").contains(QStringLiteral("Latex")));
        CHECK(file->merges()->index(0, 5).data().toString() == QStringLiteral("Undone"));
    }
}

// Not a check: pictures of the patient screens in French, for a person to look at. Run with
// RELAIS_SCREENSHOTS=DIR relais_ui_tests "[screenshots]" under Xvfb.
TEST_CASE("screenshots of the patient file in French", "[.][screenshots]")
{
    const QString dir = qEnvironmentVariable("RELAIS_SCREENSHOTS");
    REQUIRE_FALSE(dir.isEmpty());
    Translations::install(QLocale(QLocale::French, QLocale::France));
    DemoDesk desk;
    MainWindow window(*desk.vault, *desk.auth, desk.doctor, &desk.idle);
    window.resize(1100, 720);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showSection(MainWindow::Patients);
    PatientRegistry registry(*desk.vault);
    const QString id = registry.search(desk.doctor, QStringLiteral("a"))->first().id;
    PatientHistory history(*desk.vault);
    Condition diabetes;
    diabetes.patientId = id;
    diabetes.label = QStringLiteral("Diabète de type 2");
    diabetes.icd10 = QStringLiteral("E11.9");
    diabetes.since = QStringLiteral("03/2015");
    diabetes.ald = true;
    diabetes.aldUntil = QDate(2028, 12, 31);
    REQUIRE(history.saveCondition(desk.doctor, diabetes));
    Condition appendix;
    appendix.patientId = id;
    appendix.category = Condition::Category::Surgical;
    appendix.label = QStringLiteral("Appendicectomie");
    appendix.since = QStringLiteral("1998");
    REQUIRE(history.saveCondition(desk.doctor, appendix));
    Treatment metformin;
    metformin.patientId = id;
    metformin.drug = QStringLiteral("METFORMINE 1000 mg, comprimé");
    metformin.dosage = QStringLiteral("1 comprimé matin et soir");
    metformin.since = QStringLiteral("2015");
    REQUIRE(history.saveTreatment(desk.doctor, metformin));
    PatientAllergies allergies(*desk.vault);
    REQUIRE(allergies.add(desk.doctor, {{},
                                        id,
                                        Allergy::Kind::Allergy,
                                        QStringLiteral("Amoxicilline"),
                                        {},
                                        QStringLiteral("urticaire")}));
    PatientDetails details(*desk.vault);
    auto record = *details.load(desk.doctor, id);
    record.referring.userId = desk.doctor.userId;
    record.coverage = {QStringLiteral("01"), QStringLiteral("CPAM de la Dordogne"),
                       QStringLiteral("Harmonie Mutuelle"), QStringLiteral("A-1234")};
    record.dataSharing = Consent::Given;
    record.notes = QStringLiteral("Vient accompagnée de sa fille. Appareil auditif à droite.");
    REQUIRE(details.update(desk.doctor, record));

    PatientVitals vitals(*desk.vault);
    for (int months = 30; months >= 0; months -= 6) {
        VitalEntry e;
        e.patientId = id;
        e.measuredAt = desk.clock.now().addMonths(-months);
        if (months > 0)
            e.lateReason = QStringLiteral("reprise du dossier papier");
        e.typed.insert(VitalKind::Weight,
                       QString::number(84 - months / 6 * 1.5 + (months == 0 ? -4 : 0)));
        e.typed.insert(VitalKind::Height, QStringLiteral("172"));
        e.typed.insert(VitalKind::HeartRate, QStringLiteral("76"));
        e.pressures = {
            {QString::number(150 - months), QStringLiteral("92"), BloodPressure::Arm::Left},
            {QString::number(146 - months), QStringLiteral("90"), BloodPressure::Arm::Left}};
        REQUIRE(vitals.record(desk.doctor, e));
    }
    PreparedConsultations consultations(*desk.vault);
    auto prepared = consultations.start(desk.doctor, id, desk.doctor.userId,
                                        QStringLiteral("Renouvellement traitement, céphalées"));
    REQUIRE(prepared.has_value());
    PreparedConsultation filled = *consultations.load(desk.doctor, *prepared);
    filled.notes = QStringLiteral("Céphalées matinales depuis une semaine. Automesure : 155/95.");
    filled.drafts = {QStringLiteral("Renouveler METFORMINE 1000 mg"),
                     QStringLiteral("Bilan sanguin annuel (HbA1c)")};
    filled.checklist = {{QStringLiteral("identity"), true},
                        {QStringLiteral("allergies"), true},
                        {QStringLiteral("vitals"), true}};
    REQUIRE(consultations.save(desk.doctor, filled));
    VitalEntry today;
    today.patientId = id;
    today.consultationId = *prepared;
    today.pressures = {{QStringLiteral("168"), QStringLiteral("98"), BloodPressure::Arm::Left},
                       {QStringLiteral("162"), QStringLiteral("96"), BloodPressure::Arm::Left}};
    today.typed.insert(VitalKind::Temperature, QStringLiteral("37,4"));
    REQUIRE(vitals.record(desk.doctor, today));
    PatientsPage *page = window.patients();
    page->openPatient(id);
    const auto shoot = [&](QWidget *w, const char *name) {
        settle();
        CHECK(
            w->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png")));
    };
    for (int tab = 0; tab < page->file()->tabs()->count(); ++tab) {
        page->file()->tabs()->setCurrentIndex(tab);
        shoot(&window, QStringLiteral("file-%1").arg(tab).toLatin1().constData());
    }
    // The consultation tab at the smallest screen.
    window.resize(1024, 600);
    page->file()->tabs()->setCurrentWidget(page->file()->consultation());
    shoot(&window, "consultation-1024");
    page->file()->tabs()->setCurrentWidget(page->file()->vitals());
    page->file()->vitals()->field(VitalKind::SpO2)->setText(QStringLiteral("88"));
    page->file()->vitals()->checkTyped();
    shoot(&window, "vitals-1024");
    page->file()->vitals()->field(VitalKind::SpO2)->clear();
    window.resize(1100, 720);
    IntakeDialog intake(registry, desk.doctor, &window);
    intake.show();
    intake.findChild<QLineEdit *>(QLatin1String(PatientRegistry::FieldBirthName))
        ->setText(page->file()->patient().birthName);
    intake.findChild<QLineEdit *>(QLatin1String(PatientRegistry::FieldBirthDate))
        ->setText(page->file()->patient().birthDate.toString(QStringLiteral("dd/MM/yyyy")));
    intake.findChild<QLineEdit *>(QLatin1String(PatientRegistry::FieldNir))
        ->setText(QStringLiteral("2 62 04 14 168 025 39"));
    for (const char *f : {PatientRegistry::FieldBirthName, PatientRegistry::FieldBirthDate,
                          PatientRegistry::FieldNir})
        Q_EMIT intake.findChild<QLineEdit *>(QLatin1String(f))->editingFinished();
    shoot(&intake, "intake");
    auto *place = intake.findChild<BirthPlaceField *>();
    place->edit()->setFocus();
    QTest::keyClicks(place->edit(), QStringLiteral("st eti"));
    shoot(place->edit()->completer()->popup(), "intake-place-popup");
    place->pick(0);
    QTest::keyClicks(
        intake.findChild<QLineEdit *>(QLatin1String(PostalAddressRules::FieldPostcode)),
        QStringLiteral("01200"));
    intake.save(); // every refusal at once
    intake.resize(intake.width(), 560);
    shoot(&intake, "intake-errors-600");
    intake.reject(); // not close(): a form with typing asks first
    IntakeDialog change(registry, desk.doctor, page->file()->patient(), &window);
    change.show();
    shoot(&change, "identity");
    change.reject();
    PatientDetailsDialog detailsDialog(details, desk.doctor, record, &window);
    detailsDialog.show();
    shoot(&detailsDialog, "details");
    detailsDialog.reject();
    ConditionDialog condition(history, desk.doctor, diabetes, &window);
    condition.show();
    shoot(&condition, "condition");
    condition.reject();
    ValidateIdentityDialog validate(registry, desk.doctor, page->file()->patient(), &window);
    validate.show();
    shoot(&validate, "validate");
    validate.reject();
    PatientMerger merger(*desk.vault);
    MergeDialog merge(registry, merger, desk.doctor, page->file()->patient(), &window);
    merge.show();
    shoot(&merge, "merge");
    merge.reject();

    REQUIRE(consultations.markReady(desk.doctor, *prepared));
    window.showSection(MainWindow::ToReview);
    shoot(&window, "review");

    window.showSection(MainWindow::Settings);
    window.settings()->tabs()->setCurrentWidget(window.settings()->data());
    shoot(&window, "settings-data-empty");
    // A cut of the release, refused, at the smallest screen Relais is used on.
    window.resize(1024, 600);
    CHECK_FALSE(
        importedBdpm(window.settings()->data(), relais::test::fixture(QStringLiteral("bdpm"))));
    shoot(&window, "settings-data-refused-1024");
    window.resize(1100, 720);
    REQUIRE(importedBdpm(window.settings()->data(),
                         relais::test::haveReference()
                             ? relais::test::reference(QStringLiteral("bdpm"))
                             : relais::test::fixture(QStringLiteral("bdpm")),
                         relais::test::haveReference() ? DrugSubstances::Import::Checked
                                                       : DrugSubstances::Import::Forced));
    shoot(&window, "settings-data");
    DrugSubstances substances(*desk.vault);
    AllergyDialog allergy(allergies, substances, desk.doctor, id, &window);
    allergy.show();
    QTest::keyClicks(
        allergy.findChild<QLineEdit *>(QLatin1String(PatientAllergies::FieldSubstance)),
        QStringLiteral("amox"));
    settle();
    shoot(&allergy, "allergy");
    QWidget *popup =
        allergy.findChild<QLineEdit *>(QLatin1String(PatientAllergies::FieldSubstance))
            ->completer()
            ->popup();
    shoot(popup, "allergy-popup");
}

// Not a check: Settings → Data with both ANSM sources imported, and the review of the
// substances, at the two screen sizes. RELAIS_SCREENSHOTS=DIR, "[screenshots]", under Xvfb.
TEST_CASE("screenshots of the drug data and search in French", "[.][screenshots]")
{
    const QString dir = qEnvironmentVariable("RELAIS_SCREENSHOTS");
    REQUIRE_FALSE(dir.isEmpty());
    Translations::install(QLocale(QLocale::French, QLocale::France));
    DemoDesk desk;
    MainWindow window(*desk.vault, *desk.auth, desk.doctor, &desk.idle);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showSection(MainWindow::Settings);
    SettingsPage *settings = window.settings();
    settings->tabs()->setCurrentWidget(settings->data());
    const auto shoot = [&](QWidget *w, const QString &name) {
        settle();
        CHECK(w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
    };
    window.resize(1024, 600);
    shoot(&window, QStringLiteral("data-empty-1024"));
    const bool whole = relais::test::haveReference();
    REQUIRE(DrugSubstances(*desk.vault)
                .importFrom(desk.doctor,
                            whole ? relais::test::reference(QStringLiteral("bdpm"))
                                  : relais::test::fixture(QStringLiteral("bdpm")),
                            DrugSubstances::Import::Forced));
    REQUIRE(DrugInteractions(*desk.vault)
                .importFrom(desk.doctor,
                            whole ? relais::test::reference(QStringLiteral("interactions"))
                                  : relais::test::fixture(QStringLiteral("interactions")),
                            DrugInteractions::Import::Forced));
    shoot(&window, QStringLiteral("data-1024"));
    window.resize(1366, 768);
    shoot(&window, QStringLiteral("data-1366"));
    auto coverage = DrugInteractions(*desk.vault).coverage(desk.doctor);
    REQUIRE(coverage.has_value());
    SubstanceMatchDialog dialog(*coverage, &window);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    shoot(&dialog, QStringLiteral("substance-matches"));
    dialog.close();
    window.showSection(MainWindow::Prescriptions);
    window.prescriptions()->search(QStringLiteral("amoxicilline 500"));
    shoot(&window, QStringLiteral("drugs-1366"));
    window.resize(1024, 600);
    window.prescriptions()->search(QStringLiteral("3400933208639"));
    shoot(&window, QStringLiteral("drugs-1024"));
    Translations::install(QLocale(QLocale::English, QLocale::UnitedKingdom));
}
