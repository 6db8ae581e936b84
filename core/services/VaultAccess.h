#pragma once

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

    // Restores a backup over (or in place of) the vault; returns where the replaced vault was set
    // aside (empty if there was none).
    Result<QString> restore(const QString &backupFile, const QString &vaultPath);

    static constexpr int RecoveryAttempts = 3;

private:
    // Asks for the recovery code until `attempt` accepts the key it gives, or attempts run out.
    template<typename T>
    Result<T> withRecoveryCode(const QString &reason,
                               const std::function<Result<T>(const SecureBytes &key)> &attempt);

    // Vault::restore, through whileWaiting.
    Result<QString> restoreWith(const QString &backupFile, const QString &vaultPath,
                                const SecureBytes &key) const;

    Prompts m_prompts;
    VaultKeys m_keys;
};

} // namespace relais
