#include "PatientDetails.h"

#include "domain/Rpps.h"
#include "security/AccessPolicy.h"
#include "services/PatientRegistry.h"
#include "storage/Connection.h"
#include "storage/Vault.h"

namespace relais {

PatientDetails::PatientDetails(Vault &vault)
    : m_vault(vault)
{}

QString PatientDetails::consentCode(Consent consent)
{
    switch (consent) {
    case Consent::Given: return QStringLiteral("yes");
    case Consent::Refused: return QStringLiteral("no");
    case Consent::NotAsked: break;
    }
    return {};
}

Consent PatientDetails::consentFromCode(const QString &code)
{
    if (code == QLatin1String("yes"))
        return Consent::Given;
    if (code == QLatin1String("no"))
        return Consent::Refused;
    return Consent::NotAsked;
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
    auto query = runQuery(
        m_vault.database(),
        QStringLiteral("SELECT referring_user_id, referring_name, referring_rpps, "
                       "insurance_scheme, insurance_fund, complementary, complementary_number, "
                       "consent_sharing, consent_dmp, consents_on, notes FROM patient "
                       "WHERE id = ? AND deleted = 0"),
        {patientId}, tr("Reading the patient's file failed"));
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return fail(ErrorCode::NotFound, tr("This patient's file does not exist."));
    PatientDetailsRecord d;
    d.patientId = patientId;
    d.referring = {query->value(0).toString(), query->value(1).toString(),
                   query->value(2).toString()};
    d.coverage = {query->value(3).toString(), query->value(4).toString(),
                  query->value(5).toString(), query->value(6).toString()};
    d.dataSharing = consentFromCode(query->value(7).toString());
    d.dmp = consentFromCode(query->value(8).toString());
    d.consentsOn = QDate::fromString(query->value(9).toString(), Qt::ISODate);
    d.notes = query->value(10).toString();
    return d;
}

Result<QList<PracticePhysician>> PatientDetails::practicePhysicians(const Session &session) const
{
    if (auto allowed = AccessPolicy::require(session, Permission::ReadPatients); !allowed)
        return std::unexpected(allowed.error());
    auto query = runQuery(m_vault.database(),
                          QStringLiteral("SELECT id, display_name, rpps, roles FROM app_user "
                                         "WHERE deleted = 0 AND disabled = 0 "
                                         "ORDER BY display_name"),
                          {}, tr("Reading the practice's physicians failed"));
    if (!query)
        return std::unexpected(query.error());
    QList<PracticePhysician> physicians;
    while (query->next()) {
        if (RoleNames::fromStorage(query->value(3).toString()).testFlag(Role::Physician))
            physicians.append({query->value(0).toString(), query->value(1).toString(),
                               query->value(2).toString()});
    }
    return physicians;
}

Result<PatientDetailsRecord> PatientDetails::normalise(const PatientDetailsRecord &typed) const
{
    PatientDetailsRecord d = typed;
    d.referring.name = typed.referring.name.simplified();
    d.referring.rpps = typed.referring.rpps.trimmed();
    if (!d.referring.userId.isEmpty()) {
        // One of the practice's physicians: name and RPPS are taken from the account.
        auto query = runQuery(m_vault.database(),
                              QStringLiteral("SELECT display_name, rpps, roles FROM app_user "
                                             "WHERE id = ? AND deleted = 0 AND disabled = 0"),
                              {d.referring.userId}, tr("Reading the practice's physicians failed"));
        if (!query)
            return std::unexpected(query.error());
        if (!query->next() ||
            !RoleNames::fromStorage(query->value(2).toString()).testFlag(Role::Physician))
            return invalid(QLatin1String(FieldReferringName),
                           tr("This account is not an active physician of the practice."));
        d.referring.name = query->value(0).toString();
        d.referring.rpps = query->value(1).toString();
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
    auto current = PatientRegistry(m_vault).loadLive(details.patientId);
    if (!current)
        return std::unexpected(current.error());
    auto d = normalise(details);
    if (!d)
        return std::unexpected(d.error());
    return m_vault.write(session.actor(), [&](RecordWriter &w) {
        return w.update(QStringLiteral("patient"), d->patientId,
                        {{QStringLiteral("referring_user_id"), d->referring.userId},
                         {QStringLiteral("referring_name"), d->referring.name},
                         {QStringLiteral("referring_rpps"), d->referring.rpps},
                         {QStringLiteral("insurance_scheme"), d->coverage.scheme},
                         {QStringLiteral("insurance_fund"), d->coverage.fund},
                         {QStringLiteral("complementary"), d->coverage.complementary},
                         {QStringLiteral("complementary_number"), d->coverage.complementaryNumber},
                         {QStringLiteral("consent_sharing"), consentCode(d->dataSharing)},
                         {QStringLiteral("consent_dmp"), consentCode(d->dmp)},
                         {QStringLiteral("consents_on"), d->consentsOn.toString(Qt::ISODate)},
                         {QStringLiteral("notes"), d->notes}});
    });
}

} // namespace relais
