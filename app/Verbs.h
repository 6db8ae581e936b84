#pragma once

#include "CommandLine.h"

namespace relais {

class KeyStore;
class VaultAccess;

// The command-line verbs. Each returns the process exit status and writes what happened, or
// why not, for a person to read.
int runDemo(const CommandLine &line, VaultAccess &access);
int runBackup(const CommandLine &line, VaultAccess &access);
int runRestore(const CommandLine &line, VaultAccess &access);
int runAuditVerify(const CommandLine &line, VaultAccess &access);
int runImportBdpm(const CommandLine &line, VaultAccess &access);
int runImportThesaurus(const CommandLine &line, VaultAccess &access);
int runImportFhir(const CommandLine &line, VaultAccess &access);
int runExportFhir(const CommandLine &line, VaultAccess &access);
int runPrintPrescription(const CommandLine &line, VaultAccess &access);
int runDayList(const CommandLine &line, VaultAccess &access);
int runExportIcs(const CommandLine &line, VaultAccess &access);
int runHubInit(const CommandLine &line, VaultAccess &access);
int runHubStatus(const CommandLine &line, VaultAccess &access);
int runHubPrune(const CommandLine &line, VaultAccess &access);
int runHubAddPractice(const CommandLine &line, VaultAccess &access);
int runSync(const CommandLine &line, VaultAccess &access);
int runSyncStatus(const CommandLine &line, VaultAccess &access);
int runSyncInvite(const CommandLine &line, VaultAccess &access);
int runSyncRevoke(const CommandLine &line, VaultAccess &access);
int runSyncJoin(const CommandLine &line, VaultAccess &access);
int runDigest(const CommandLine &line, VaultAccess &access);

// Prompts that ask on the terminal.
VaultAccess makeTerminalAccess(KeyStore &keychain);

} // namespace relais
