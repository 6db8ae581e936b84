#include "PatientDetails.h"

#include "domain/Rpps.h"
#include "repositories/PatientFileRepository.h"
#include "repositories/PatientRepository.h"
#include "repositories/UserRepository.h"
#include "security/AccessPolicy.h"
#include "services/PatientRegistry.h"
#include "storage/Vault.h"

namespace relais {

PatientDetails::PatientDetails(Vault &vault)
    : m_vault(vault)
{}

QString PatientDetails::consentCode(Consent consent)
{
    return PatientFileRepository::consentCode(consent);
}

Consent PatientDetails::consentFromCode(const QString &code)
{
    return PatientFileRepository::consentFromCode(code);
}

QString PatientDetails::display(Consent consent)
{
    switch (consent) {
    case Consent::Given: return tr("given");
    case Consent::Refused: return tr("refused");
    case Consent::NotAsked: break;
    }
    return tr("not asked yet");
}

QString PatientDetails::describe(const ReferringDoctor &doctor)
{
    if (doctor.isEmpty())
        return tr("No referring doctor declared");
    if (doctor.rpps.isEmpty())
        return doctor.name;
    return tr("%1 (RPPS %2)").arg(doctor.name, doctor.rpps);
}

Result<PatientDetailsRecord> PatientDetails::load(const Session &session,
                                                  const QString &patientId) const
{
    if (auto allowed = AccessPolicy::require(session, Permission::ReadPatients); !allowed)
        return std::unexpected(allowed.error());
    auto details = PatientFileRepository(m_vault).details(patientId);
    if (!details)
        return std::unexpected(details.error());
    if (!details->has_value())
        return fail(ErrorCode::NotFound, tr("This patient's file does not exist."));
    return **details;
}

Result<QList<PracticePhysician>> PatientDetails::practicePhysicians(const Session &session) const
{
    if (auto allowed = AccessPolicy::require(session, Permission::ReadPatients); !allowed)
        return std::unexpected(allowed.error());
    auto accounts = UserRepository(m_vault).all();
    if (!accounts)
        return std::unexpected(accounts.error());
    QList<PracticePhysician> physicians;
    for (const UserAccount &account : std::as_const(*accounts)) {
        if (!account.disabled && account.roles.testFlag(Role::Physician))
            physicians.append({account.id, account.displayName, account.rpps});
    }
    std::stable_sort(
        physicians.begin(), physicians.end(),
        [](const PracticePhysician &a, const PracticePhysician &b) { return a.name < b.name; });
    return physicians;
}

Result<PatientDetailsRecord> PatientDetails::normalise(const PatientDetailsRecord &typed) const
{
    PatientDetailsRecord d = typed;
    d.referring.name = typed.referring.name.simplified();
    d.referring.rpps = typed.referring.rpps.trimmed();
    if (!d.referring.userId.isEmpty()) {
        // One of the practice's physicians: name and RPPS are taken from the account.
        auto account = UserRepository(m_vault).find(d.referring.userId);
        if (!account)
            return std::unexpected(account.error());
        if (!account->has_value() || (*account)->disabled ||
            !(*account)->roles.testFlag(Role::Physician))
            return invalid(QLatin1String(FieldReferringName),
                           tr("This account is not an active physician of the practice."));
        d.referring.name = (*account)->displayName;
        d.referring.rpps = (*account)->rpps;
    } else if (!d.referring.name.isEmpty() || !d.referring.rpps.isEmpty()) {
        if (d.referring.name.isEmpty())
            return invalid(QLatin1String(FieldReferringName),
                           tr("Type the referring doctor's name."));
        if (d.referring.rpps.isEmpty())
            return invalid(QLatin1String(FieldReferringRpps),
                           tr("Type the referring doctor's RPPS number (11 digits, on their "
                              "letters and prescriptions)."));
        auto rpps = Rpps::parse(d.referring.rpps);
        if (!rpps)
            return invalid(QLatin1String(FieldReferringRpps), rpps.error().message);
        d.referring.rpps = rpps->digits();
    }
    auto coverage = InsuranceSchemes::normalise(typed.coverage);
    if (!coverage)
        return std::unexpected(coverage.error());
    d.coverage = *coverage;
    const bool anyAnswer = d.dataSharing != Consent::NotAsked || d.dmp != Consent::NotAsked;
    if (anyAnswer && !d.consentsOn.isValid())
        d.consentsOn = m_vault.clock().today();
    if (!anyAnswer)
        d.consentsOn = {};
    if (d.consentsOn.isValid() && d.consentsOn > m_vault.clock().today())
        return invalid(QLatin1String(FieldConsentsOn),
                       tr("Consents cannot be collected in the future."));
    d.notes = typed.notes.trimmed();
    if (d.notes.size() > MaxNotes)
        return invalid(QLatin1String(FieldNotes),
                       tr("Notes are limited to %1 characters; these have %2.")
                           .arg(MaxNotes)
                           .arg(d.notes.size()));
    return d;
}

Status PatientDetails::update(const Session &session, const PatientDetailsRecord &details)
{
    if (auto allowed = AccessPolicy::require(session, Permission::EditPatients); !allowed)
        return allowed;
    auto current = PatientRepository(m_vault).loadLive(details.patientId);
    if (!current)
        return std::unexpected(current.error());
    auto d = normalise(details);
    if (!d)
        return std::unexpected(d.error());
    return m_vault.write(session.actor(), [&](RecordWriter &w) {
        return w.update(QString::fromLatin1(PatientRepository::Table), d->patientId,
                        PatientFileRepository::columnsOf(*d));
    });
}

} // namespace relais
