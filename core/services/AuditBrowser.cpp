#include "AuditBrowser.h"

#include "security/AccessPolicy.h"
#include "storage/Connection.h"
#include "storage/Vault.h"

#include <QIODevice>
#include <QSqlError>
#include <QSqlQuery>

namespace relais {

namespace {

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

AuditBrowser::AuditBrowser(Vault &vault)
    : m_vault(vault)
{}

Result<QList<AuditEntry>> AuditBrowser::entries(const Session &session,
                                                const AuditFilter &filter) const
{
    if (auto allowed = AccessPolicy::require(session, Permission::ViewAudit); !allowed)
        return std::unexpected(allowed.error());
    QString sql = QStringLiteral(
        "SELECT a.seq, a.at, a.user_id, coalesce(u.display_name, a.user_id), a.action, a.entity, "
        "a.entity_id FROM audit_log a LEFT JOIN app_user u ON u.id = a.user_id WHERE 1 = 1");
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

    auto run = runQuery(m_vault.database(), sql, values, tr("Reading the audit trail failed"));
    if (!run)
        return std::unexpected(run.error());
    QSqlQuery &query = *run;
    QList<AuditEntry> rows;
    while (query.next()) {
        AuditEntry entry;
        entry.seq = query.value(0).toLongLong();
        entry.at =
            QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs).toLocalTime();
        entry.userId = query.value(2).toString();
        entry.userName = query.value(3).toString();
        if (entry.userId == QLatin1String("system"))
            entry.userName = tr("Relais itself");
        else if (entry.userId == QLatin1String("unknown"))
            entry.userName = tr("Unknown login");
        entry.action = query.value(4).toString();
        entry.entity = query.value(5).toString();
        entry.entityId = query.value(6).toString();
        rows.append(entry);
    }
    return rows;
}

Status AuditBrowser::exportCsv(const Session &session, const QList<AuditEntry> &entries,
                               QIODevice &out)
{
    if (auto allowed = AccessPolicy::require(session, Permission::ViewAudit); !allowed)
        return allowed;
    QByteArray text = "seq,time,user_id,user,action,entity,entity_id\r\n";
    for (const AuditEntry &e : entries) {
        const QStringList fields = {QString::number(e.seq),
                                    e.at.toString(Qt::ISODate),
                                    e.userId,
                                    e.userName,
                                    e.action,
                                    e.entity,
                                    e.entityId};
        QStringList escaped;
        for (const QString &field : fields)
            escaped.append(csvField(field));
        text += escaped.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    if (out.write(text) != text.size())
        return fail(ErrorCode::Io,
                    tr("The export could not be written: %1").arg(out.errorString()));
    return m_vault.audit(session.actor(), QStringLiteral("export-audit"),
                         QStringLiteral("audit_log"), QString::number(entries.size()));
}

} // namespace relais
