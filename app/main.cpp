#include "CommandLine.h"
#include "Verbs.h"
#include "security/KeyStore.h"
#include "services/VaultAccess.h"
#include "shell/Gui.h"
#include "util/LogFile.h"
#include "util/Preferences.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <sodium.h>

#include <cstdio>

namespace {

void identify()
{
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationName(QStringLiteral("relais"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RELAIS_VERSION));
}

// The verbs that open a vault ask on the terminal for what the keychain cannot give.
int runVerb(int (*verb)(const relais::CommandLine &, relais::VaultAccess &),
            const relais::CommandLine &line, relais::KeyStore &keychain)
{
    auto access = relais::makeTerminalAccess(keychain);
    return verb(line, access);
}

} // namespace

int main(int argc, char **argv)
{
    if (sodium_init() < 0) {
        std::fputs("relais: the cryptography library could not start.\n", stderr);
        return 1;
    }
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    // The name decides where the default vault, the settings and the log live: set before parsing.
    identify();
    QString error;
    auto line = relais::CommandLine::parse(arguments, &error);
    using Verb = relais::CommandLine::Verb;

    // The verbs never load the GUI; the window needs a QApplication.
    std::unique_ptr<QCoreApplication> app;
    if (line && line->verb == Verb::Gui) {
        app = std::make_unique<QApplication>(argc, argv);
    } else if (line && (line->verb == Verb::DayList || line->verb == Verb::PrintPrescription)) {
        // Lays out a PDF, with fonts, and shows no window: no display needed.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    relais::Translations::install(relais::Preferences::locale());
    relais::LogFile::install(relais::LogFile::defaultPath(),
                             !qEnvironmentVariableIsEmpty("RELAIS_LOG_STDERR"));

    // Parsed again now that translations are loaded, for reasons in the user's language.
    line = relais::CommandLine::parse(arguments, &error);
    QTextStream out(stdout);
    if (!line) {
        QTextStream(stderr) << "relais: " << error << Qt::endl;
        return 2;
    }

    relais::KeychainKeyStore keychain;
    switch (line->verb) {
    case Verb::Help: out << relais::CommandLine::helpText(); return 0;
    case Verb::Version: out << "relais " << RELAIS_VERSION << Qt::endl; return 0;
    case Verb::Demo: return runVerb(relais::runDemo, *line, keychain);
    case Verb::Backup: return runVerb(relais::runBackup, *line, keychain);
    case Verb::Restore: return runVerb(relais::runRestore, *line, keychain);
    case Verb::AuditVerify: return runVerb(relais::runAuditVerify, *line, keychain);
    case Verb::ImportBdpm: return runVerb(relais::runImportBdpm, *line, keychain);
    case Verb::ImportThesaurus: return runVerb(relais::runImportThesaurus, *line, keychain);
    case Verb::ImportFhir: return runVerb(relais::runImportFhir, *line, keychain);
    case Verb::ExportFhir: return runVerb(relais::runExportFhir, *line, keychain);
    case Verb::DayList: return runVerb(relais::runDayList, *line, keychain);
    case Verb::PrintPrescription: return runVerb(relais::runPrintPrescription, *line, keychain);
    case Verb::ExportIcs: return runVerb(relais::runExportIcs, *line, keychain);
    case Verb::HubInit: return runVerb(relais::runHubInit, *line, keychain);
    case Verb::HubStatus: return runVerb(relais::runHubStatus, *line, keychain);
    case Verb::HubPrune: return runVerb(relais::runHubPrune, *line, keychain);
    case Verb::HubAddPractice: return runVerb(relais::runHubAddPractice, *line, keychain);
    case Verb::Sync: return runVerb(relais::runSync, *line, keychain);
    case Verb::SyncStatus: return runVerb(relais::runSyncStatus, *line, keychain);
    case Verb::SyncInvite: return runVerb(relais::runSyncInvite, *line, keychain);
    case Verb::SyncRevoke: return runVerb(relais::runSyncRevoke, *line, keychain);
    case Verb::SyncJoin: return runVerb(relais::runSyncJoin, *line, keychain);
    case Verb::Digest: return runVerb(relais::runDigest, *line, keychain);
    case Verb::Gui: return relais::ui::runGui({line->vaultPath, line->screenshot}, keychain);
    }
    return 1;
}
