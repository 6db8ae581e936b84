#include "PatientAllergies.h"

#include "repositories/PatientFileRepository.h"
#include "security/AccessPolicy.h"
#include "services/DrugSubstances.h"
#include "storage/Vault.h"

namespace relais {

namespace {

const QString Allergies = QString::fromLatin1(PatientFileRepository::Allergies);
const QString Statements = QString::fromLatin1(PatientFileRepository::AllergyStatements);

} // namespace

PatientAllergies::PatientAllergies(Vault &vault)
    : m_vault(vault)
{}

Result<QList<Allergy>> PatientAllergies::list(const Session &session,
                                              const QString &patientId) const
{
    if (auto allowed = AccessPolicy::require(session, Permission::ReadPatients); !allowed)
        return std::unexpected(allowed.error());
    return PatientFileRepository(m_vault).allergies(patientId);
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
    auto statement = PatientFileRepository(m_vault).latestNoneKnown(patientId);
    if (!statement)
        return std::unexpected(statement.error());
    if (statement->has_value()) {
        status.state = AllergyStatus::State::NoneKnown;
        status.statedBy = (*statement)->byName;
        status.statedAt = (*statement)->at;
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
            if (Status removed = w.remove(Statements, id); !removed)
                return removed;
        }
        return toStatus(
            w.create(Statements, PatientFileRepository::noneKnownColumns(patientId, session.userId,
                                                                         m_vault.clock().now())));
    });
}

QStringList PatientAllergies::statementsOf(const QString &patientId) const
{
    return PatientFileRepository(m_vault).noneKnownStatements(patientId).value_or(QStringList());
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
            if (Status removed = w.remove(Statements, statement); !removed)
                return std::unexpected(removed.error());
        }
        Allergy kept = allergy;
        kept.substance = substance;
        kept.substanceCode = code;
        kept.reaction = allergy.reaction.simplified();
        return w.create(Allergies, PatientFileRepository::columnsOf(kept));
    });
}

Status PatientAllergies::remove(const Session &session, const QString &allergyId)
{
    if (auto allowed = AccessPolicy::require(session, Permission::EditPatients); !allowed)
        return allowed;
    return m_vault.write(session.actor(),
                         [&](RecordWriter &w) { return w.remove(Allergies, allergyId); });
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
