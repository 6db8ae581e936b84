#pragma once

#include "security/Session.h"
#include "security/VaultKeys.h"
#include "storage/Vault.h"

namespace relais {

// Opening, creating and restoring the vault of this workstation, with every way of getting at
// its key: the keychain, the passphrase-wrapped key file, and, when both fail, the recovery code.
// The command line and the windows both go through here; only their prompts differ.
class VaultAccess
{
    Q_DECLARE_TR_FUNCTIONS(relais::VaultAccess)

public:
    struct Prompts
    {
        VaultKeys::PassphrasePrompt passphrase;
        // Asked with the reason the code is needed; returns what the person typed.
        std::function<Result<QString>(const QString &reason)> recoveryCode;
        // Runs long work (copying and checking a backup) and returns when it is over: the window
        // runs it on a worker thread and keeps painting. Unset: run here.
        std::function<void(const QString &what, const std::function<void()> &work)> whileWaiting =
            {};
    };

    VaultAccess(KeyStore &keychain, Prompts prompts,
                WrappedKeyFile::Cost cost = WrappedKeyFile::Cost::standard());

    Result<std::unique_ptr<Vault>> open(const QString &vaultPath);

    struct Created
    {
        std::unique_ptr<Vault> vault;
        SecureBytes recoveryCode; // to show once, then forget
        VaultKeys::Keeper keeper;
    };
    // A new vault with a new key, kept on this workstation. Nothing is left behind on failure.
    Result<Created> create(const QString &vaultPath);

    // Restores a backup where this workstation has no vault (a new or a replaced computer): the
    // backup's key (in the keychain, or the practice's recovery code) is what allows it. Refused
    // when a vault is there: replacing one is restoreOver's.
    Status restore(const QString &backupFile, const QString &vaultPath);
    // Replaces the vault in use by a backup: only an administrator of that vault, logged in on
    // it. The vault in use records who replaced it, then is closed and set aside (never
    // deleted); returns where it was set aside.
    Result<QString> restoreOver(const Session &admin, std::unique_ptr<Vault> current,
                                const QString &backupFile);
    // Opens a vault just restored and records in its trail who restored it and from what.
    Result<std::unique_ptr<Vault>> openRestored(const QString &vaultPath, const Actor &by,
                                                const QString &backupFile);

    static constexpr int RecoveryAttempts = 3;

private:
    // Asks for the recovery code until `attempt` accepts the key it gives, or attempts run out.
    template<typename T>
    Result<T> withRecoveryCode(const QString &reason,
                               const std::function<Result<T>(const SecureBytes &key)> &attempt);

    // The backup checked and copied in place, with the key that opens it; the set-aside path.
    Result<QString> restoreFile(const QString &backupFile, const QString &vaultPath);
    // Vault::restore, through whileWaiting.
    Result<QString> restoreWith(const QString &backupFile, const QString &vaultPath,
                                const SecureBytes &key) const;

    Prompts m_prompts;
    VaultKeys m_keys;
};

} // namespace relais
