#include "VaultKeys.h"

#include <QFileInfo>
#include <QLoggingCategory>

namespace relais {

Q_LOGGING_CATEGORY(lcVaultKeys, "relais.security.vaultkeys")

VaultKeys::VaultKeys(KeyStore &keychain, PassphrasePrompt prompt, WrappedKeyFile::Cost cost)
    : m_keychain(keychain)
    , m_prompt(std::move(prompt))
    , m_cost(cost)
{}

// One entry per vault file, named by its absolute path: a practice may keep a second vault (a
// restored copy, a demo) on the same workstation.
QString VaultKeys::keychainAccount(const QString &vaultPath)
{
    const QFileInfo info(vaultPath);
    const QString canonical = info.canonicalFilePath();
    return QStringLiteral("vault:") + (canonical.isEmpty() ? info.absoluteFilePath() : canonical);
}

QString VaultKeys::keyFilePath(const QString &vaultPath)
{
    return vaultPath + QStringLiteral(".key");
}

Result<VaultKeys::Keeper> VaultKeys::keep(const QString &vaultPath, const SecureBytes &key)
{
    const Status stored = m_keychain.store(keychainAccount(vaultPath), key);
    if (stored)
        return Keeper::Keychain;
    if (stored.error().code != ErrorCode::KeychainUnavailable)
        return std::unexpected(stored.error());

    qCInfo(lcVaultKeys) << "no keychain; keeping the key in a passphrase-wrapped file";
    for (;;) {
        auto passphrase = m_prompt(Ask::NewPassphrase);
        if (!passphrase)
            return std::unexpected(passphrase.error());
        const Status written =
            WrappedKeyFile::write(keyFilePath(vaultPath), key, *passphrase, m_cost);
        if (written)
            return Keeper::KeyFile;
        // A weak passphrase is asked again; anything else is final.
        if (written.error().code != ErrorCode::InvalidInput)
            return std::unexpected(written.error());
        qCInfo(lcVaultKeys) << "passphrase refused as too weak";
    }
}

Result<SecureBytes> VaultKeys::find(const QString &vaultPath)
{
    auto fromKeychain = m_keychain.load(keychainAccount(vaultPath));
    if (fromKeychain)
        return fromKeychain;
    const Error keychainError = fromKeychain.error();
    if (keychainError.code == ErrorCode::KeychainDenied)
        return std::unexpected(keychainError);

    const QString keyFile = keyFilePath(vaultPath);
    if (!QFileInfo::exists(keyFile))
        return fail(ErrorCode::NotFound,
                    tr("This workstation holds no key for the vault %1 (%2) Type the practice's "
                       "recovery code to open it.")
                        .arg(vaultPath, keychainError.message));

    Ask ask = Ask::Passphrase;
    for (int attempt = 0; attempt < PassphraseAttempts; ++attempt) {
        auto passphrase = m_prompt(ask);
        if (!passphrase)
            return std::unexpected(passphrase.error());
        auto key = WrappedKeyFile::read(keyFile, *passphrase);
        if (key || key.error().code != ErrorCode::WrongKey)
            return key;
        ask = Ask::PassphraseAfterWrongOne;
    }
    return fail(ErrorCode::WrongKey,
                tr("The passphrase was wrong %n times. The vault can still be opened with the "
                   "practice's recovery code.",
                   nullptr, PassphraseAttempts));
}

} // namespace relais
