#include "PatientAllergies.h"

#include "security/AccessPolicy.h"
#include "services/DrugSubstances.h"
#include "storage/Connection.h"
#include "storage/Vault.h"

namespace relais {

namespace {

QString kindCode(Allergy::Kind kind)
{
    return kind == Allergy::Kind::Intolerance ? QStringLiteral("intolerance")
                                              : QStringLiteral("allergy");
}

} // namespace

PatientAllergies::PatientAllergies(Vault &vault)
    : m_vault(vault)
{}

Result<QList<Allergy>> PatientAllergies::list(const Session &session,
                                              const QString &patientId) const
{
    if (auto allowed = AccessPolicy::require(session, Permission::ReadPatients); !allowed)
        return std::unexpected(allowed.error());
    auto query =
        runQuery(m_vault.database(),
                 QStringLiteral("SELECT id, kind, substance, substance_code, reaction FROM "
                                "patient_allergy WHERE patient_id = ? AND deleted = 0 "
                                "ORDER BY kind, substance"),
                 {patientId}, tr("Reading the allergies failed"));
    if (!query)
        return std::unexpected(query.error());
    QList<Allergy> allergies;
    while (query->next()) {
        Allergy a;
        a.id = query->value(0).toString();
        a.patientId = patientId;
        a.kind = query->value(1).toString() == QLatin1String("intolerance")
                     ? Allergy::Kind::Intolerance
                     : Allergy::Kind::Allergy;
        a.substance = query->value(2).toString();
        a.substanceCode = query->value(3).toString();
        a.reaction = query->value(4).toString();
        allergies.append(a);
    }
    return allergies;
}

Result<AllergyStatus> PatientAllergies::status(const Session &session,
                                               const QString &patientId) const
{
    auto allergies = list(session, patientId);
    if (!allergies)
        return std::unexpected(allergies.error());
    AllergyStatus status;
    status.allergies = *allergies;
    if (!allergies->isEmpty()) {
        status.state = AllergyStatus::State::Listed;
        return status;
    }
    auto query =
        runQuery(m_vault.database(),
                 QStringLiteral("SELECT coalesce(u.display_name, s.stated_by) AS who, s.stated_at "
                                "FROM patient_allergy_statement s LEFT JOIN app_user u ON u.id = "
                                "s.stated_by WHERE s.patient_id = ? AND s.deleted = 0 "
                                "ORDER BY s.stated_at DESC LIMIT 1"),
                 {patientId}, tr("Reading the allergies failed"));
    if (!query)
        return std::unexpected(query.error());
    if (query->next()) {
        status.state = AllergyStatus::State::NoneKnown;
        status.statedBy = query->value(QStringLiteral("who")).toString();
        status.statedAt = QDateTime::fromString(
            query->value(QStringLiteral("stated_at")).toString(), Qt::ISODate);
    }
    return status;
}

Status PatientAllergies::recordNoneKnown(const Session &session, const QString &patientId)
{
    if (auto allowed = AccessPolicy::require(session, Permission::EditPatients); !allowed)
        return allowed;
    auto current = status(session, patientId);
    if (!current)
        return std::unexpected(current.error());
    if (current->state == AllergyStatus::State::Listed)
        return fail(ErrorCode::InvalidInput,
                    tr("Allergies are listed for this patient: remove them first if they were "
                       "wrong, rather than recording that there is none."));
    return m_vault.write(session.actor(), [&](RecordWriter &w) -> Status {
        // One answer at a time: the new one replaces the earlier ones.
        for (const QString &id : statementsOf(patientId)) {
            if (Status removed = w.remove(QStringLiteral("patient_allergy_statement"), id);
                !removed)
                return removed;
        }
        return toStatus(w.create(
            QStringLiteral("patient_allergy_statement"),
            {{QStringLiteral("patient_id"), patientId},
             {QStringLiteral("statement"), QStringLiteral("none-known")},
             {QStringLiteral("stated_by"), session.userId},
             {QStringLiteral("stated_at"), m_vault.clock().now().toString(Qt::ISODateWithMs)}}));
    });
}

QStringList PatientAllergies::statementsOf(const QString &patientId) const
{
    QStringList ids;
    auto query = runQuery(m_vault.database(),
                          QStringLiteral("SELECT id FROM patient_allergy_statement WHERE "
                                         "patient_id = ? AND deleted = 0"),
                          {patientId}, tr("Reading the allergies failed"));
    while (query && query->next())
        ids.append(query->value(QStringLiteral("id")).toString());
    return ids;
}

Result<QString> PatientAllergies::add(const Session &session, const Allergy &allergy)
{
    if (auto allowed = AccessPolicy::require(session, Permission::EditPatients); !allowed)
        return std::unexpected(allowed.error());
    const QString substance = allergy.substance.simplified();
    if (substance.isEmpty())
        return invalid(QLatin1String(FieldSubstance),
                       tr("Name the substance (a drug, a food, latex…)."));
    // A substance typed in full is linked as if it had been picked from the list.
    QString code = allergy.substanceCode.trimmed();
    if (code.isEmpty())
        code = DrugSubstances(m_vault).codeFor(substance);
    return m_vault.write(session.actor(), [&](RecordWriter &w) -> Result<QString> {
        // "No known allergy" no longer holds (read inside the write, on its transaction).
        for (const QString &statement : statementsOf(allergy.patientId)) {
            if (Status removed = w.remove(QStringLiteral("patient_allergy_statement"), statement);
                !removed)
                return std::unexpected(removed.error());
        }
        return w.create(QStringLiteral("patient_allergy"),
                        {{QStringLiteral("patient_id"), allergy.patientId},
                         {QStringLiteral("kind"), kindCode(allergy.kind)},
                         {QStringLiteral("substance"), substance},
                         {QStringLiteral("substance_code"), code},
                         {QStringLiteral("reaction"), allergy.reaction.simplified()}});
    });
}

Status PatientAllergies::remove(const Session &session, const QString &allergyId)
{
    if (auto allowed = AccessPolicy::require(session, Permission::EditPatients); !allowed)
        return allowed;
    return m_vault.write(session.actor(), [&](RecordWriter &w) {
        return w.remove(QStringLiteral("patient_allergy"), allergyId);
    });
}

QString PatientAllergies::summary(const AllergyStatus &status)
{
    switch (status.state) {
    case AllergyStatus::State::NotAsked: return tr("not asked yet");
    case AllergyStatus::State::NoneKnown:
        return tr("no known allergy (asked by %1 on %2)")
            .arg(status.statedBy,
                 status.statedAt.toLocalTime().date().toString(QStringLiteral("dd/MM/yyyy")));
    case AllergyStatus::State::Listed: break;
    }
    QStringList parts;
    for (const Allergy &a : status.allergies) {
        const QString kind =
            a.kind == Allergy::Kind::Intolerance ? tr("intolerance") : tr("allergy");
        parts.append(a.reaction.isEmpty() ? tr("%1 (%2)").arg(a.substance, kind)
                                          : tr("%1 (%2: %3)").arg(a.substance, kind, a.reaction));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace relais
