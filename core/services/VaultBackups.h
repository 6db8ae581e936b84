#pragma once

#include "security/Session.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace relais {

class Vault;

// A backup made by a person of the practice: their permission is checked here, whichever
// screen asks, and the audit trail names them. (`relais backup` from a scheduled job runs as
// the system, with the workstation's key and no one logged in.)
class VaultBackups
{
    Q_DECLARE_TR_FUNCTIONS(relais::VaultBackups)

public:
    explicit VaultBackups(Vault &vault);

    Status backUp(const Session &session, const QString &file);

private:
    Vault &m_vault;
};

} // namespace relais
