#include "VaultBackups.h"

#include "security/AccessPolicy.h"
#include "storage/Vault.h"

namespace relais {

VaultBackups::VaultBackups(Vault &vault)
    : m_vault(vault)
{}

Status VaultBackups::backUp(const Session &session, const QString &file)
{
    if (auto allowed = AccessPolicy::require(session, Permission::BackUpVault); !allowed)
        return allowed;
    return m_vault.backupTo(file, session.actor());
}

} // namespace relais
