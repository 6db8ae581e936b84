#include "PatientHistory.h"

#include "domain/Icd10.h"
#include "domain/PartialDate.h"
#include "repositories/PatientFileRepository.h"
#include "repositories/PatientRepository.h"
#include "security/AccessPolicy.h"
#include "services/PatientRegistry.h"
#include "storage/Vault.h"

namespace relais {

namespace {

const QString Conditions = QString::fromLatin1(PatientFileRepository::Conditions);
const QString Treatments = QString::fromLatin1(PatientFileRepository::Treatments);

} // namespace

PatientHistory::PatientHistory(Vault &vault)
    : m_vault(vault)
{}

QString PatientHistory::display(Condition::Category category)
{
    switch (category) {
    case Condition::Category::Surgical: return tr("Surgical");
    case Condition::Category::Family: return tr("Family");
    case Condition::Category::Medical: break;
    }
    return tr("Medical");
}

QString PatientHistory::displaySince(const QString &stored)
{
    auto date = PartialDate::parse(stored, QDate(9999, 12, 31));
    return date ? date->display() : stored;
}

QString PatientHistory::aldSummary(const QList<Condition> &conditions)
{
    QStringList parts;
    for (const Condition &c : conditions) {
        if (!c.ald)
            continue;
        QStringList facts;
        if (!c.icd10.isEmpty())
            facts.append(c.icd10);
        if (c.aldUntil.isValid())
            facts.append(tr("until %1").arg(c.aldUntil.toString(QStringLiteral("dd/MM/yyyy"))));
        parts.append(facts.isEmpty()
                         ? c.label
                         : tr("%1 (%2)").arg(c.label, facts.join(QStringLiteral(", "))));
    }
    return parts.isEmpty() ? tr("No long-term condition (ALD)") : parts.join(QStringLiteral("; "));
}

Result<Condition> PatientHistory::normalise(const Condition &typed) const
{
    Condition c = typed;
    c.label = typed.label.simplified();
    if (c.label.isEmpty())
        return invalid(QLatin1String(FieldLabel), tr("Name the condition or the operation."));
    auto code = Icd10::normalise(typed.icd10);
    if (!code)
        return invalid(QLatin1String(FieldIcd10), code.error().message);
    c.icd10 = *code;
    auto since = PartialDate::parse(typed.since, m_vault.clock().today());
    if (!since)
        return invalid(QLatin1String(FieldSince), since.error().message);
    c.since = since->toStorage();
    if (!c.ald)
        c.aldUntil = {};
    if (c.ald && c.category != Condition::Category::Medical)
        return invalid(QLatin1String(FieldLabel),
                       tr("Only a medical condition of the patient can be an ALD."));
    c.note = typed.note.trimmed();
    return c;
}

Result<Treatment> PatientHistory::normalise(const Treatment &typed) const
{
    Treatment t = typed;
    t.drug = typed.drug.simplified();
    if (t.drug.isEmpty())
        return invalid(QLatin1String(FieldDrug), tr("Name the drug, as on the box or the "
                                                    "prescription."));
    t.dosage = typed.dosage.simplified();
    t.prescriber = typed.prescriber.simplified();
    auto since = PartialDate::parse(typed.since, m_vault.clock().today());
    if (!since)
        return invalid(QLatin1String(FieldSince), since.error().message);
    t.since = since->toStorage();
    if (t.endedOn.isValid()) {
        if (t.endedOn > m_vault.clock().today())
            return invalid(QLatin1String(FieldEndedOn),
                           tr("A treatment cannot have stopped in the future."));
        if (!since->isNull() && t.endedOn < since->earliest())
            return invalid(QLatin1String(FieldEndedOn),
                           tr("A treatment cannot stop before it started."));
    }
    t.note = typed.note.trimmed();
    return t;
}

Result<QString> PatientHistory::save(const Session &session, const QString &table,
                                     const QString &id, const QString &patientId,
                                     const QVariantMap &fields)
{
    if (auto allowed = AccessPolicy::require(session, Permission::EditPatients); !allowed)
        return std::unexpected(allowed.error());
    auto patient = PatientRepository(m_vault).loadLive(patientId);
    if (!patient)
        return std::unexpected(patient.error());
    return m_vault.write(session.actor(), [&](RecordWriter &w) -> Result<QString> {
        if (!id.isEmpty()) {
            if (Status updated = w.update(table, id, fields); !updated)
                return std::unexpected(updated.error());
            return id;
        }
        QVariantMap created = fields;
        created.insert(QStringLiteral("patient_id"), patientId);
        return w.create(table, created);
    });
}

Status PatientHistory::remove(const Session &session, const QString &table, const QString &id)
{
    if (auto allowed = AccessPolicy::require(session, Permission::EditPatients); !allowed)
        return allowed;
    return m_vault.write(session.actor(), [&](RecordWriter &w) { return w.remove(table, id); });
}

Result<QList<Condition>> PatientHistory::conditions(const Session &session,
                                                    const QString &patientId) const
{
    if (auto allowed = AccessPolicy::require(session, Permission::ReadPatients); !allowed)
        return std::unexpected(allowed.error());
    return PatientFileRepository(m_vault).conditions(patientId);
}

Result<QString> PatientHistory::saveCondition(const Session &session, const Condition &condition)
{
    auto c = normalise(condition);
    if (!c)
        return std::unexpected(c.error());
    return save(session, Conditions, c->id, c->patientId, PatientFileRepository::columnsOf(*c));
}

Status PatientHistory::removeCondition(const Session &session, const QString &conditionId)
{
    return remove(session, Conditions, conditionId);
}

Result<QList<Treatment>> PatientHistory::treatments(const Session &session,
                                                    const QString &patientId) const
{
    if (auto allowed = AccessPolicy::require(session, Permission::ReadPatients); !allowed)
        return std::unexpected(allowed.error());
    return PatientFileRepository(m_vault).treatments(patientId);
}

Result<QString> PatientHistory::saveTreatment(const Session &session, const Treatment &treatment)
{
    auto t = normalise(treatment);
    if (!t)
        return std::unexpected(t.error());
    return save(session, Treatments, t->id, t->patientId, PatientFileRepository::columnsOf(*t));
}

Status PatientHistory::stopTreatment(const Session &session, const QString &treatmentId,
                                     const QDate &on)
{
    auto patientId = PatientFileRepository(m_vault).patientOfTreatment(treatmentId);
    if (!patientId)
        return std::unexpected(patientId.error());
    if (patientId->isEmpty())
        return fail(ErrorCode::NotFound, tr("This treatment is no longer in the file."));
    auto all = treatments(session, *patientId);
    if (!all)
        return std::unexpected(all.error());
    for (Treatment t : std::as_const(*all)) {
        if (t.id != treatmentId)
            continue;
        if (!t.isCurrent())
            return fail(ErrorCode::InvalidInput, tr("This treatment was already stopped."));
        t.endedOn = on;
        return toStatus(saveTreatment(session, t));
    }
    return fail(ErrorCode::NotFound, tr("This treatment is no longer in the file."));
}

Status PatientHistory::removeTreatment(const Session &session, const QString &treatmentId)
{
    return remove(session, Treatments, treatmentId);
}

} // namespace relais
