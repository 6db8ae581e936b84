#include "Gui.h"

#include "MainWindow.h"
#include "PassphraseDialog.h"
#include "RecoveryCodeDialog.h"
#include "WelcomeDialog.h"
#include "demo/DemoPractice.h"
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

Result<std::unique_ptr<Vault>> setUpWorkstation(const QString &vaultPath, VaultAccess &access)
{
    WelcomeDialog welcome(vaultPath);
    if (welcome.exec() != QDialog::Accepted)
        return fail(ErrorCode::Cancelled, QString());
    if (welcome.choice() == WelcomeDialog::Choice::Restore) {
        const QString backup = QFileDialog::getOpenFileName(
            nullptr, Gui::tr("Restore a backup"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            Gui::tr("Relais backups (*.relais-backup);;All files (*)"));
        if (backup.isEmpty())
            return fail(ErrorCode::Cancelled, QString());
        if (auto restored = access.restore(backup, vaultPath); !restored)
            return std::unexpected(restored.error());
        return access.open(vaultPath);
    }

    auto created = access.create(vaultPath);
    if (!created)
        return std::unexpected(created.error());
    RecoveryCodeNotice(created->recoveryCode).exec();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status filled = DemoPractice::populate(*created->vault, DemoPatients);
    QApplication::restoreOverrideCursor();
    if (!filled)
        return std::unexpected(filled.error());
    return std::move(created->vault);
}

} // namespace

int runGui(const GuiOptions &options, KeyStore &keychain)
{
    QApplication::setApplicationDisplayName(QStringLiteral("Relais"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/relais.svg")));
    QApplication::setDesktopFileName(QStringLiteral("fr.relais.Relais"));
    VaultAccess access(keychain,
                       VaultAccess::Prompts{
                           [](VaultKeys::Ask ask) { return PassphraseDialog::ask(ask); },
                           [](const QString &reason) { return RecoveryCodeDialog::ask(reason); }});

    auto vault = QFileInfo::exists(options.vaultPath) ? access.open(options.vaultPath)
                                                      : setUpWorkstation(options.vaultPath, access);
    if (!vault) {
        if (vault.error().code == ErrorCode::Cancelled)
            return 1;
        QMessageBox::critical(nullptr, Gui::tr("Relais cannot open the vault"),
                              vault.error().message);
        return 1;
    }

    MainWindow window(**vault);
    window.show();
    if (!options.screenshot.isEmpty()) {
        QTimer::singleShot(400, &window, [&] {
            const bool saved = window.grab().save(options.screenshot);
            qCInfo(lcGui) << "screenshot saved:" << saved;
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return QApplication::exec();
}

} // namespace relais::ui
