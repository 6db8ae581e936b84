#include "AuditRepository.h"

#include "storage/Rows.h"
#include "storage/Vault.h"

namespace relais {

AuditRepository::AuditRepository(const Vault &vault)
    : m_vault(vault)
{}

Result<QList<AuditEntry>> AuditRepository::entries(const AuditFilter &filter) const
{
    QString sql = QStringLiteral(
        "SELECT a.seq, a.at, a.user_id, coalesce(u.display_name, a.user_id) AS user_name, "
        "a.action, a.entity, a.entity_id FROM audit_log a LEFT JOIN app_user u ON "
        "u.id = a.user_id WHERE 1 = 1");
    QVariantList values;
    if (!filter.userId.isEmpty()) {
        sql += QStringLiteral(" AND a.user_id = ?");
        values.append(filter.userId);
    }
    if (!filter.entityId.isEmpty()) {
        sql += QStringLiteral(" AND a.entity_id = ?");
        values.append(filter.entityId.trimmed());
    }
    // Stored in UTC: the bounds are the local day's start and end, converted.
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND a.at >= ?");
        values.append(filter.from.startOfDay().toUTC().toString(Qt::ISODateWithMs));
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND a.at < ?");
        values.append(filter.to.addDays(1).startOfDay().toUTC().toString(Qt::ISODateWithMs));
    }
    sql += QStringLiteral(" ORDER BY a.seq DESC LIMIT %1").arg(std::max(1, filter.limit));
    return selectAll(
        m_vault.database(), sql, values, tr("Reading the audit trail failed"), [](const Row &row) {
            AuditEntry entry;
            entry.seq = row.integer("seq");
            entry.at = QDateTime::fromString(row.text("at"), Qt::ISODateWithMs).toLocalTime();
            entry.userId = row.text("user_id");
            entry.userName = row.text("user_name");
            entry.action = row.text("action");
            entry.entity = row.text("entity");
            entry.entityId = row.text("entity_id");
            return entry;
        });
}

Result<QString> AuditRepository::ownerOf(const QString &table, const QString &column,
                                         const QString &id) const
{
    auto found = selectOne(
        m_vault.database(),
        QStringLiteral("SELECT %1 AS owner FROM \"%2\" WHERE id = ?").arg(column, table), {id},
        tr("Reading the audit trail failed"), [](const Row &row) { return row.text("owner"); });
    if (!found)
        return std::unexpected(found.error());
    return found->value_or(QString());
}

} // namespace relais
