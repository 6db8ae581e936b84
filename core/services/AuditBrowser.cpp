#include "AuditBrowser.h"

#include "repositories/AuditRepository.h"
#include "repositories/PatientRepository.h"
#include "repositories/UserRepository.h"
#include "security/AccessPolicy.h"
#include "services/PatientRegistry.h"
#include "storage/Vault.h"

#include <QHash>
#include <QIODevice>

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
    auto read = AuditRepository(m_vault).entries(filter);
    if (!read)
        return std::unexpected(read.error());
    QList<AuditEntry> rows = *read;
    for (AuditEntry &entry : rows) {
        if (entry.userId == QLatin1String("system"))
            entry.userName = tr("Relais itself");
        else if (entry.userId == QLatin1String("unknown"))
            entry.userName = tr("Unknown login");
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
    const AuditRepository trail(m_vault);
    const auto patientName = [&](const QString &patientId) {
        auto known = patientNames.constFind(patientId);
        if (known != patientNames.cend())
            return *known;
        QString name;
        if (auto who = PatientRepository(m_vault).find(patientId); who && who->has_value())
            name = PatientRegistry::displayName(**who);
        patientNames.insert(patientId, name);
        return name;
    };
    for (AuditEntry &e : entries) {
        if (e.entityId.isEmpty())
            continue;
        if (e.entity == QLatin1String("app_user")) {
            if (auto user = UserRepository(m_vault).find(e.entityId); user && user->has_value())
                e.subject = (*user)->displayName;
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
                    key, trail.ownerOf(e.entity, column, e.entityId).value_or(QString()));
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
