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
    Result<QString> id;
    const Status written = m_vault.write(session.actor(), [&](RecordWriter &w) -> Status {
        id = w.create(QStringLiteral("patient_allergy"),
                      {{QStringLiteral("patient_id"), allergy.patientId},
                       {QStringLiteral("kind"), kindCode(allergy.kind)},
                       {QStringLiteral("substance"), substance},
                       {QStringLiteral("substance_code"), code},
                       {QStringLiteral("reaction"), allergy.reaction.simplified()}});
        return toStatus(id);
    });
    if (!written)
        return std::unexpected(written.error());
    return id;
}

Status PatientAllergies::remove(const Session &session, const QString &allergyId)
{
    if (auto allowed = AccessPolicy::require(session, Permission::EditPatients); !allowed)
        return allowed;
    return m_vault.write(session.actor(), [&](RecordWriter &w) {
        return w.remove(QStringLiteral("patient_allergy"), allergyId);
    });
}

QString PatientAllergies::summary(const QList<Allergy> &allergies)
{
    if (allergies.isEmpty())
        return tr("No known allergy");
    QStringList parts;
    for (const Allergy &a : allergies) {
        const QString kind =
            a.kind == Allergy::Kind::Intolerance ? tr("intolerance") : tr("allergy");
        parts.append(a.reaction.isEmpty() ? tr("%1 (%2)").arg(a.substance, kind)
                                          : tr("%1 (%2: %3)").arg(a.substance, kind, a.reaction));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace relais
