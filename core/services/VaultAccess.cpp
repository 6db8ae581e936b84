#include "VaultAccess.h"

#include "security/AccessPolicy.h"
#include "security/RecoveryCode.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

namespace relais {

Q_LOGGING_CATEGORY(lcAccess, "relais.services.vaultaccess")

VaultAccess::VaultAccess(KeyStore &keychain, Prompts prompts, WrappedKeyFile::Cost cost)
    : m_prompts(std::move(prompts))
    , m_keys(keychain, m_prompts.passphrase, cost)
{}

template<typename T>
Result<T>
VaultAccess::withRecoveryCode(const QString &reason,
                              const std::function<Result<T>(const SecureBytes &)> &attempt)
{
    QString why = reason;
    for (int i = 0; i < RecoveryAttempts; ++i) {
        auto typed = m_prompts.recoveryCode(why);
        if (!typed)
            return std::unexpected(typed.error());
        auto key = RecoveryCode::parse(*typed);
        if (!key) {
            why = key.error().message;
            continue;
        }
        auto result = attempt(*key);
        if (result || result.error().code != ErrorCode::WrongKey)
            return result;
        why = tr("This recovery code belongs to another practice's vault.");
    }
    return fail(ErrorCode::WrongKey, tr("The recovery code was not accepted. %1").arg(why));
}

Result<std::unique_ptr<Vault>> VaultAccess::open(const QString &vaultPath)
{
    // Say what is wrong with the file before asking anyone for a key to it.
    if (auto file = Vault::inspectFile(vaultPath); !file)
        return std::unexpected(file.error());

    auto key = m_keys.find(vaultPath);
    if (key) {
        auto vault = Vault::open(vaultPath, *key);
        if (vault || vault.error().code != ErrorCode::WrongKey)
            return vault;
        // The key kept for this path fits none of its pages: the file was replaced by another
        // vault (a damaged file would still have pages the key opens: Vault::open says so).
        key = fail(ErrorCode::NotFound,
                   tr("The key kept on this workstation does not open %1: the file was replaced "
                      "by another practice's vault, or is damaged from its very start. Type the "
                      "recovery code of the practice it belongs to.")
                       .arg(vaultPath));
    }
    if (key.error().code != ErrorCode::NotFound)
        return std::unexpected(key.error());

    qCInfo(lcAccess) << "no usable key on this workstation; asking for the recovery code";
    using Opened = std::unique_ptr<Vault>;
    return withRecoveryCode<Opened>(
        key.error().message, [&](const SecureBytes &code) -> Result<Opened> {
            auto vault = Vault::open(vaultPath, code);
            if (!vault)
                return vault;
            // Keep it again so that the code is not needed next time.
            if (auto kept = m_keys.keep(vaultPath, code); !kept)
                qCWarning(lcAccess) << "opened with the recovery code but could not keep the key:"
                                    << kept.error().codeName();
            return vault;
        });
}

Result<VaultAccess::Created> VaultAccess::create(const QString &vaultPath)
{
    SecureBytes key = SecureBytes::random(32);
    auto vault = Vault::create(vaultPath, key);
    if (!vault)
        return std::unexpected(vault.error());
    auto keeper = m_keys.keep(vaultPath, key);
    if (!keeper) {
        // A vault whose key is nowhere but in this process would be lost at exit: undo it.
        const QString path = (*vault)->path();
        vault->reset();
        Vault::removeFiles(path);
        return std::unexpected(keeper.error());
    }
    return Created{std::move(*vault), RecoveryCode::format(key), *keeper};
}

Result<QString> VaultAccess::restoreWith(const QString &backupFile, const QString &vaultPath,
                                         const SecureBytes &key) const
{
    if (!m_prompts.whileWaiting)
        return Vault::restore(backupFile, vaultPath, key);
    Result<QString> restored = fail(ErrorCode::Cancelled, QString());
    m_prompts.whileWaiting(tr("Restoring the backup…"),
                           [&] { restored = Vault::restore(backupFile, vaultPath, key); });
    return restored;
}

Status VaultAccess::restore(const QString &backupFile, const QString &vaultPath)
{
    if (QFileInfo::exists(vaultPath))
        return fail(ErrorCode::Denied,
                    tr("A vault is already in use here (%1): only an administrator of that vault, "
                       "logged in, can replace it by a backup.")
                        .arg(vaultPath));
    return toStatus(restoreFile(backupFile, vaultPath));
}

Result<QString> VaultAccess::restoreOver(const Session &admin, std::unique_ptr<Vault> current,
                                         const QString &backupFile)
{
    if (auto allowed = AccessPolicy::require(admin, Permission::RestoreVault); !allowed)
        return std::unexpected(allowed.error());
    if (auto file = Vault::inspectFile(backupFile); !file)
        return std::unexpected(Error{
            file.error().code, tr("This is not a Relais backup: %1").arg(file.error().message)});
    const QString vaultPath = current->path();
    // Said in the vault being replaced, which is kept: whoever reads it later knows why it stops.
    if (auto audited = current->audit(admin.actor(), QStringLiteral("restore-over"),
                                      QStringLiteral("vault"), QFileInfo(backupFile).fileName());
        !audited)
        return std::unexpected(audited.error());
    current.reset(); // its files are set aside: no handle may stay open on them
    auto kept = restoreFile(backupFile, vaultPath);
    if (!kept)
        return kept;
    if (auto restored = openRestored(vaultPath, admin.actor(), backupFile); !restored)
        return std::unexpected(restored.error());
    return kept;
}

Result<std::unique_ptr<Vault>> VaultAccess::openRestored(const QString &vaultPath, const Actor &by,
                                                         const QString &backupFile)
{
    auto vault = open(vaultPath);
    if (!vault)
        return vault;
    if (auto audited = (*vault)->audit(by, QStringLiteral("restore"), QStringLiteral("vault"),
                                       QFileInfo(backupFile).fileName());
        !audited)
        return std::unexpected(audited.error());
    return vault;
}

Result<QString> VaultAccess::restoreFile(const QString &backupFile, const QString &vaultPath)
{
    if (auto file = Vault::inspectFile(backupFile); !file)
        return std::unexpected(Error{
            file.error().code, tr("This is not a Relais backup: %1").arg(file.error().message)});
    auto current = m_keys.find(vaultPath);
    if (!current && current.error().code != ErrorCode::NotFound &&
        current.error().code != ErrorCode::KeychainUnavailable)
        return std::unexpected(current.error());
    if (current) {
        auto restored = restoreWith(backupFile, vaultPath, *current);
        if (restored || restored.error().code != ErrorCode::WrongKey)
            return restored;
    }
    // The backup comes from another key: the practice's recovery code opens it.
    return withRecoveryCode<QString>(
        tr("The backup was made with another key. Type the recovery code of the practice it "
           "comes from."),
        [&](const SecureBytes &code) -> Result<QString> {
            auto restored = restoreWith(backupFile, vaultPath, code);
            if (!restored)
                return restored;
            if (auto kept = m_keys.keep(vaultPath, code); !kept)
                return fail(kept.error().code,
                            tr("The backup was restored, but its key could not be kept on this "
                               "workstation (%1). Keep the recovery code at hand to open it.")
                                .arg(kept.error().message));
            return restored;
        });
}

} // namespace relais
