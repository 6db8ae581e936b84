#pragma once

#include "security/KeyStore.h"
#include "security/WrappedKeyFile.h"

#include <functional>

namespace relais {

// Where the key of a vault file is kept on this workstation: the system keychain, or, where no
// keychain answers, a key file beside the vault wrapped by a passphrase the user chooses. When
// neither holds it, only the practice's recovery code opens the vault.
class VaultKeys
{
    Q_DECLARE_TR_FUNCTIONS(relais::VaultKeys)

public:
    enum class Ask
    {
        NewPassphrase,
        Passphrase,
        PassphraseAfterWrongOne
    };
    // Asks the person at the workstation (a dialog, or the terminal); Cancelled when they decline.
    using PassphrasePrompt = std::function<Result<SecureBytes>(Ask)>;

    enum class Keeper
    {
        Keychain,
        KeyFile
    };

    VaultKeys(KeyStore &keychain, PassphrasePrompt prompt,
              WrappedKeyFile::Cost cost = WrappedKeyFile::Cost::standard());

    static QString keychainAccount(const QString &vaultPath);
    static QString keyFilePath(const QString &vaultPath);

    // Keeps the key of a vault: in the keychain, or in a passphrase-wrapped key file.
    Result<Keeper> keep(const QString &vaultPath, const SecureBytes &key);
    // Finds the key of a vault; NotFound means only the recovery code can open it now.
    Result<SecureBytes> find(const QString &vaultPath);

    static constexpr int PassphraseAttempts = 3;

private:
    KeyStore &m_keychain;
    PassphrasePrompt m_prompt;
    WrappedKeyFile::Cost m_cost;
};

} // namespace relais
