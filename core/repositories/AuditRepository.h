#pragma once

#include "domain/AuditEntry.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace relais {

class Vault;

// Reading the audit trail (audit_log); writing it is the vault's (storage/AuditTrail).
class AuditRepository
{
    Q_DECLARE_TR_FUNCTIONS(relais::AuditRepository)

public:
    explicit AuditRepository(const Vault &vault);

    // Newest first; userName is the account's name, or the id when no account has it.
    Result<QList<AuditEntry>> entries(const AuditFilter &filter) const;
    // The patient a record of `table` belongs to (through `column`), or empty. `table` and
    // `column` must come from the schema itself, never from the trail's text.
    Result<QString> ownerOf(const QString &table, const QString &column, const QString &id) const;

private:
    const Vault &m_vault;
};

} // namespace relais
