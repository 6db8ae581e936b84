#include "AuditBrowser.h"

#include "security/AccessPolicy.h"
#include "services/PatientRegistry.h"
#include "storage/Connection.h"
#include "storage/Vault.h"

#include <QHash>
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
    nameSubjects(session, rows);
    return rows;
}

void AuditBrowser::nameSubjects(const Session &session, QList<AuditEntry> &entries) const
{
    const bool mayReadPatients = AccessPolicy::allows(session.roles, Permission::ReadPatients);
    const QStringList aboutPatients = m_vault.syncedTablesWith(QStringLiteral("patient_id"));
    QHash<QString, QString> patientNames; // patient id -> name
    QHash<QString, QString> owners;       // table/id -> patient id
    const auto lookUp = [this](const QString &sql, const QString &id) {
        auto q = runQuery(m_vault.database(), sql, {id}, tr("Reading the audit trail failed"));
        return q && q->next() ? q->value(0).toString() : QString();
    };
    const auto patientName = [&](const QString &patientId) {
        auto known = patientNames.constFind(patientId);
        if (known != patientNames.cend())
            return *known;
        QString name;
        auto q =
            runQuery(m_vault.database(),
                     QStringLiteral("SELECT birth_name, first_names, used_name, used_first_name "
                                    "FROM patient WHERE id = ?"),
                     {patientId}, tr("Reading the audit trail failed"));
        if (q && q->next()) {
            PatientIdentity who;
            who.birthName = q->value(QStringLiteral("birth_name")).toString();
            who.firstNames = q->value(QStringLiteral("first_names")).toString();
            who.usedName = q->value(QStringLiteral("used_name")).toString();
            who.usedFirstName = q->value(QStringLiteral("used_first_name")).toString();
            name = PatientRegistry::displayName(who);
        }
        patientNames.insert(patientId, name);
        return name;
    };
    for (AuditEntry &e : entries) {
        if (e.entityId.isEmpty())
            continue;
        if (e.entity == QLatin1String("app_user")) {
            e.subject = lookUp(QStringLiteral("SELECT display_name FROM app_user WHERE id = ?"),
                               e.entityId);
            continue;
        }
        QString patientId;
        if (e.entity == QLatin1String("patient")) {
            patientId = e.entityId;
        } else if (e.entity == QLatin1String("patient_merge") || aboutPatients.contains(e.entity)) {
            const QString key = e.entity + QLatin1Char('/') + e.entityId;
            auto known = owners.constFind(key);
            if (known == owners.cend()) {
                // Table names come from the schema itself, never from the trail's text.
                const QString column = e.entity == QLatin1String("patient_merge")
                                           ? QStringLiteral("kept_id")
                                           : QStringLiteral("patient_id");
                known = owners.insert(
                    key,
                    lookUp(
                        QStringLiteral("SELECT %1 FROM \"%2\" WHERE id = ?").arg(column, e.entity),
                        e.entityId));
            }
            patientId = *known;
        }
        if (patientId.isEmpty())
            continue;
        const QString name = mayReadPatients ? patientName(patientId) : QString();
        e.subject = !name.isEmpty()   ? name
                    : mayReadPatients ? tr("a patient's file since removed")
                                      : tr("a patient's file");
    }
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
