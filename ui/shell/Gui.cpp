#include "Gui.h"

#include "FirstRunWizard.h"
#include "JoinDialog.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "PassphraseDialog.h"
#include "RecoveryCodeDialog.h"
#include "WelcomeDialog.h"
#include "common/WaitDialog.h"
#include "demo/DemoPractice.h"
#include "geo/PlaceDirectory.h"
#include "security/IdleMonitor.h"
#include "services/Authenticator.h"
#include "services/PracticeSettings.h"
#include "services/PracticeSync.h"
#include "services/VaultAccess.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>

namespace relais::ui {

Q_LOGGING_CATEGORY(lcGui, "relais.ui.startup")

namespace {

class Gui
{
    Q_DECLARE_TR_FUNCTIONS(relais::ui::Gui)
};

constexpr int DemoPatients = 300;

struct Opened
{
    std::unique_ptr<Vault> vault;
    Session session; // already logged in (first run), or empty: ask
};

// A new workstation of a practice that syncs: its vault made, then filled from the practice once
// an enrolled workstation lets it in. Nothing is left behind when it cannot join.
Result<Opened> joinPractice(const QString &vaultPath, VaultAccess &access)
{
    JoinDialog dialog;
    for (;;) {
        if (dialog.exec() != QDialog::Accepted)
            return fail(ErrorCode::Cancelled, QString());
        auto created = access.create(vaultPath);
        if (!created)
            return std::unexpected(created.error());
        Status joined = fail(ErrorCode::Cancelled, QString());
        waitFor(
            nullptr,
            Gui::tr("Waiting for the inviting workstation to let this one in (its next sync "
                    "does)…"),
            created->vault.get(),
            [&](const BackgroundTask::Context &task) {
                joined = PracticeSync::join(task.vault(), dialog.hub(), dialog.code(),
                                            [&task](qint64) { return !task.stopRequested(); });
            },
            true);
        if (!joined) {
            created->vault.reset();
            Vault::removeFiles(vaultPath);
            dialog.showRefusal(joined.error().message);
            continue;
        }
        RecoveryCodeNotice(created->recoveryCode).exec();
        Result<SyncReport> received = fail(ErrorCode::Cancelled, QString());
        waitFor(nullptr, Gui::tr("Receiving the practice's records…"), created->vault.get(),
                [&](const BackgroundTask::Context &task) {
                    received =
                        PracticeSync(task.vault())
                            .sync(std::nullopt, {}, {},
                                  [&task](const QString &step, qint64 done, qint64 total) {
                                      task.progress(
                                          static_cast<int>(std::min<qint64>(done, INT_MAX)),
                                          static_cast<int>(std::min<qint64>(total, INT_MAX)), step);
                                  });
                });
        if (!received)
            QMessageBox::warning(nullptr, Gui::tr("Join a practice"),
                                 Gui::tr("This workstation is one of the practice's, but "
                                         "receiving its records stopped: %1 The next sync goes "
                                         "on from there.")
                                     .arg(received.error().message));
        return Opened{std::move(created->vault), {}};
    }
}

Result<Opened> setUpWorkstation(const QString &vaultPath, VaultAccess &access)
{
    WelcomeDialog welcome(vaultPath);
    if (welcome.exec() != QDialog::Accepted)
        return fail(ErrorCode::Cancelled, QString());
    switch (welcome.choice()) {
    case WelcomeDialog::Choice::NewPractice: {
        FirstRunWizard wizard(access, vaultPath);
        if (wizard.exec() != QDialog::Accepted || !wizard.session().isValid())
            return fail(ErrorCode::Cancelled, QString());
        return Opened{wizard.takeVault(), wizard.session()};
    }
    case WelcomeDialog::Choice::Join: return joinPractice(vaultPath, access);
    case WelcomeDialog::Choice::Restore: {
        const QString backup = QFileDialog::getOpenFileName(
            nullptr, Gui::tr("Restore a backup"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            Gui::tr("Relais backups (*.relais-backup);;All files (*)"));
        if (backup.isEmpty())
            return fail(ErrorCode::Cancelled, QString());
        if (auto restored = access.restore(backup, vaultPath); !restored)
            return std::unexpected(restored.error());
        // No one is logged in yet: the trail says the workstation restored it, from which file.
        auto vault = access.openRestored(vaultPath, Actor::system(), backup);
        if (!vault)
            return std::unexpected(vault.error());
        return Opened{std::move(*vault), {}};
    }
    case WelcomeDialog::Choice::Demo: {
        auto created = access.create(vaultPath);
        if (!created)
            return std::unexpected(created.error());
        RecoveryCodeNotice(created->recoveryCode).exec();
        Status filled = fail(ErrorCode::Cancelled, QString());
        waitFor(nullptr, Gui::tr("Filling the demo practice…"), created->vault.get(),
                [&](const BackgroundTask::Context &task) {
                    filled = DemoPractice::populate(task.vault(), DemoPatients);
                });
        if (!filled)
            return std::unexpected(filled.error());
        QMessageBox::information(
            nullptr, Gui::tr("Demo practice"),
            Gui::tr("The demo practice has three accounts: <b>medecin</b> (physician and "
                    "administrator), <b>medecin2</b> (physician) and <b>assistante</b> (medical "
                    "assistant). All use the password <b>%1</b>.")
                .arg(QLatin1String(DemoPractice::Password)));
        return Opened{std::move(created->vault), {}};
    }
    case WelcomeDialog::Choice::Quit: break;
    }
    return fail(ErrorCode::Cancelled, QString());
}

} // namespace

int runGui(const GuiOptions &options, KeyStore &keychain)
{
    QApplication::setApplicationDisplayName(QStringLiteral("Relais"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/relais.svg")));
    QApplication::setDesktopFileName(QStringLiteral("fr.relais.Relais"));

    // --screenshot: a picture of whatever Relais shows first (the login, or the welcome), then out.
    bool screenshotTaken = false;
    if (!options.screenshot.isEmpty()) {
        QTimer::singleShot(600, qApp, [&] {
            QWidget *shown = QApplication::activeModalWidget();
            if (!shown)
                shown = QApplication::activeWindow();
            const bool saved = shown && shown->grab().save(options.screenshot);
            qCInfo(lcGui) << "screenshot saved:" << saved;
            screenshotTaken = saved;
            QApplication::exit(saved ? 0 : 1);
        });
    }

    VaultAccess access(
        keychain,
        VaultAccess::Prompts{[](VaultKeys::Ask ask) { return PassphraseDialog::ask(ask); },
                             [](const QString &reason) { return RecoveryCodeDialog::ask(reason); },
                             [](const QString &what, const std::function<void()> &work) {
                                 waitFor(nullptr, what, nullptr,
                                         [&work](const BackgroundTask::Context &) { work(); });
                             }});
    Result<Opened> opened = fail(ErrorCode::Cancelled, QString());
    if (QFileInfo::exists(options.vaultPath)) {
        auto vault = access.open(options.vaultPath);
        opened = vault ? Result<Opened>(Opened{std::move(*vault), {}})
                       : Result<Opened>(std::unexpected(vault.error()));
    } else {
        opened = setUpWorkstation(options.vaultPath, access);
    }
    if (screenshotTaken)
        return 0;
    if (!opened) {
        if (opened.error().code == ErrorCode::Cancelled)
            return 1;
        QMessageBox::critical(nullptr, Gui::tr("Relais cannot open the vault"),
                              opened.error().message);
        return 1;
    }

    Vault &vault = *opened->vault;
    Authenticator authenticator(vault);
    Session session = opened->session;
    if (!session.isValid()) {
        const auto practice = PracticeSettings(vault).details();
        LoginDialog login(authenticator, practice ? practice->name : QString());
        if (login.exec() != QDialog::Accepted)
            return screenshotTaken ? 0 : 1;
        session = login.session();
    }

    IdleMonitor idle;
    MainWindow window(vault, authenticator, session, &idle);
    window.show();
    // The table of birth places takes a moment to read: read it while the desk starts its day
    // rather than when the first file opens (a later call waits for this one, never reads twice).
    auto *places = new BackgroundTask(
        nullptr, [](const BackgroundTask::Context &) { PlaceDirectory::shipped(); }, &window);
    places->start();
    return QApplication::exec();
}

} // namespace relais::ui
