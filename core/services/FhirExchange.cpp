#include "FhirExchange.h"

#include "repositories/PatientRepository.h"
#include "repositories/VitalSignRepository.h"
#include "security/AccessPolicy.h"
#include "services/PatientRegistry.h"
#include "services/PatientVitals.h"
#include "storage/Vault.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

namespace relais {

Q_LOGGING_CATEGORY(lcFhir, "relais.services.fhir")

namespace {

// Fields of an identity that an import may leave out rather than refuse the whole bundle:
// contact details and traits another country writes differently.
const QStringList Droppable = {QLatin1String(PatientRegistry::FieldPhone),
                               QLatin1String(PatientRegistry::FieldEmail),
                               QLatin1String(PatientRegistry::FieldNir),
                               QLatin1String(PatientRegistry::FieldBirthPlace),
                               QStringLiteral("postcode"),
                               QStringLiteral("city"),
                               QStringLiteral("address")};

void drop(PatientIdentity &draft, const QString &field)
{
    if (field == QLatin1String(PatientRegistry::FieldPhone))
        draft.phone.clear();
    else if (field == QLatin1String(PatientRegistry::FieldEmail))
        draft.email.clear();
    else if (field == QLatin1String(PatientRegistry::FieldNir))
        draft.nir.clear();
    else if (field == QLatin1String(PatientRegistry::FieldBirthPlace))
        draft.birthPlace.clear();
    else {
        draft.address.clear();
        draft.postcode.clear();
        draft.city.clear();
    }
}

// Whether a record with the id the source gave it is already here: a bundle exported by another
// Relais names its records by their own ids.
bool patientExists(const Vault &vault, const QString &id)
{
    auto found = PatientRepository(vault).find(id);
    return found && found->has_value();
}

bool vitalExists(const Vault &vault, const QString &id)
{
    auto found = VitalSignRepository(vault).find(id);
    return found && found->has_value();
}

QString idPart(const QString &source)
{
    return source.section(QLatin1Char('/'), 1);
}

QJsonObject quantity(double value, const char *ucum, const QString &unit)
{
    return {{QStringLiteral("value"), value},
            {QStringLiteral("unit"), unit},
            {QStringLiteral("system"), QStringLiteral("http://unitsofmeasure.org")},
            {QStringLiteral("code"), QLatin1String(ucum)}};
}

QJsonObject loincConcept(const QString &code, const QString &display)
{
    return {{QStringLiteral("coding"),
             QJsonArray{QJsonObject{{QStringLiteral("system"), QStringLiteral("http://loinc.org")},
                                    {QStringLiteral("code"), code},
                                    {QStringLiteral("display"), display}}}},
            {QStringLiteral("text"), display}};
}

} // namespace

QString FhirExchange::Report::summary() const
{
    QStringList parts;
    parts.append(tr("%1: %2 new patients, %3 already here; %4 vital signs imported, %5 already "
                    "here.")
                     .arg(QFileInfo(file).fileName())
                     .arg(patientsCreated)
                     .arg(patientsKnown)
                     .arg(vitalsImported)
                     .arg(vitalsKnown));
    if (!skipped.isEmpty()) {
        QStringList counts;
        for (auto it = skipped.cbegin(); it != skipped.cend(); ++it)
            counts.append(QStringLiteral("%1 × %2").arg(it.value()).arg(it.key()));
        parts.append(tr("Skipped: %1.").arg(counts.join(QStringLiteral(", "))));
    }
    return parts.join(QLatin1Char(' '));
}

FhirExchange::FhirExchange(Vault &vault)
    : m_vault(vault)
{}

Result<FhirExchange::Report> FhirExchange::importFile(const Session &session, const QString &file)
{
    for (Permission needed : {Permission::EditPatients, Permission::RecordVitals}) {
        if (auto allowed = AccessPolicy::require(session, needed); !allowed)
            return std::unexpected(allowed.error());
    }
    auto content = FhirBundle::read(file);
    if (!content)
        return std::unexpected(content.error());
    Report report;
    report.file = file;
    report.skipped = content->skipped;
    report.notes = content->notes;

    PatientRegistry registry(m_vault);
    PatientVitals vitals(m_vault);
    QHash<QString, QString> fileOf; // FHIR source -> Relais id
    QHash<QString, QDate> bornOn;   // FHIR source -> birth date, for the vitals' dates
    QList<std::pair<QString, PatientIdentity>> toCreate;
    const auto refuseBundle = [&](const QString &why) {
        return fail(ErrorCode::InvalidInput,
                    tr("%1: %2 Nothing was imported from this bundle.").arg(file, why));
    };
    for (const FhirPatient &patient : std::as_const(content->patients)) {
        QString id = registry.idFromSource(patient.sourceId);
        if (id.isEmpty() && patientExists(m_vault, idPart(patient.sourceId)))
            id = idPart(patient.sourceId); // a file this vault exported, coming back
        PatientIdentity draft = patient.draft;
        Result<PatientIdentity> normalised = registry.normalise(draft);
        while (!normalised && Droppable.contains(normalised.error().field)) {
            if (id.isEmpty())
                report.notes.append(
                    tr("%1: %2 Left out.").arg(patient.sourceId, normalised.error().message));
            drop(draft, normalised.error().field);
            normalised = registry.normalise(draft);
        }
        if (!normalised)
            return refuseBundle(
                tr("%1 cannot be filed: %2").arg(patient.sourceId, normalised.error().message));
        if (!id.isEmpty()) {
            // The same source id is not enough: a bundle that reuses an id for someone else
            // must not add its measurements to this file.
            auto filed = PatientRepository(m_vault).load(id);
            if (!filed)
                return std::unexpected(filed.error());
            const auto firstOf = [](const QString &names) {
                return names.section(QLatin1Char(' '), 0, 0);
            };
            if (filed->birthName != normalised->birthName ||
                firstOf(filed->firstNames) != firstOf(normalised->firstNames) ||
                filed->birthDate != normalised->birthDate || filed->sex != normalised->sex)
                return refuseBundle(
                    tr("%1 is already filed, as %2 %3 born %4 (%5); the bundle names %6 %7 born "
                       "%8 (%9) under that id. The birth name, first name, birth date and sex "
                       "must agree to add to a file.")
                        .arg(patient.sourceId, filed->birthName, firstOf(filed->firstNames),
                             filed->birthDate.toString(Qt::ISODate), QString(filed->sex),
                             normalised->birthName, firstOf(normalised->firstNames),
                             normalised->birthDate.toString(Qt::ISODate),
                             QString(normalised->sex)));
            fileOf.insert(patient.sourceId, id);
            bornOn.insert(patient.sourceId, filed->birthDate);
            ++report.patientsKnown;
            continue;
        }
        bornOn.insert(patient.sourceId, normalised->birthDate);
        toCreate.append({patient.sourceId, *normalised});
    }
    // Subjects outside the bundle: a patient imported earlier from the same source (or a file
    // of this vault), whose birth date the vitals' dates are checked against.
    for (const FhirVital &v : std::as_const(content->vitals)) {
        if (v.subjectInBundle || fileOf.contains(v.patientSource))
            continue;
        QString id = registry.idFromSource(v.patientSource);
        if (id.isEmpty() && patientExists(m_vault, idPart(v.patientSource)))
            id = idPart(v.patientSource);
        if (id.isEmpty())
            continue;
        auto filed = PatientRepository(m_vault).load(id);
        if (!filed)
            return std::unexpected(filed.error());
        fileOf.insert(v.patientSource, id);
        bornOn.insert(v.patientSource, filed->birthDate);
    }
    const QDateTime now = m_vault.clock().now();
    const QDateTime earliest(QDate(1900, 1, 1), QTime(0, 0), Qt::UTC);

    const Status written = m_vault.write(session.actor(), [&](RecordWriter &w) -> Status {
        for (const auto &[source, identity] : std::as_const(toCreate)) {
            auto id = registry.insertImported(w, identity, source);
            if (!id)
                return std::unexpected(id.error());
            fileOf.insert(source, *id);
            ++report.patientsCreated;
        }
        for (const FhirVital &v : std::as_const(content->vitals)) {
            if (!fileOf.contains(v.patientSource)) {
                report.notes.append(tr("%1: its subject (%2) is neither a patient of this bundle "
                                       "nor one imported before; left out.")
                                        .arg(v.path, v.patientSource));
                report.skipped[tr("Observation (unknown patient)")] += 1;
                continue;
            }
            const QDate born = bornOn.value(v.patientSource);
            const QString badDate =
                v.at < earliest ? tr("measured before 1900")
                : v.at.date() > now.date()
                    ? tr("measured after today (%1)").arg(v.at.toString(Qt::ISODate))
                : born.isValid() && v.at.date() < born
                    ? tr("measured before the patient's birth (%1)").arg(v.at.toString(Qt::ISODate))
                    : QString();
            if (!badDate.isEmpty()) {
                report.notes.append(tr("%1: %2; left out.").arg(v.path, badDate));
                report.skipped[tr("Observation (impossible date)")] += 1;
                continue;
            }
            if (!vitals.idFromSource(v.sourceId).isEmpty() ||
                (v.sourceId.startsWith(QLatin1String("Observation/")) &&
                 vitalExists(m_vault, idPart(v.sourceId)))) {
                ++report.vitalsKnown;
                continue;
            }
            VitalRecord r;
            r.patientId = fileOf.value(v.patientSource);
            r.kind = v.kind;
            r.value = v.value;
            r.value2 = v.value2;
            r.measuredAt = v.at;
            r.measuredBy = session.userId;
            r.source = v.sourceId;
            auto id = PatientVitals::insertImported(w, r);
            if (!id) {
                if (id.error().code != ErrorCode::InvalidInput)
                    return std::unexpected(id.error());
                report.notes.append(tr("%1: %2 Left out.").arg(v.sourceId, id.error().message));
                report.skipped[tr("Observation (implausible value)")] += 1;
                continue;
            }
            ++report.vitalsImported;
        }
        return {};
    });
    if (!written)
        return std::unexpected(written.error());
    qCInfo(lcFhir) << "bundle imported:" << report.patientsCreated << "patients created,"
                   << report.vitalsImported << "vital signs";
    return report;
}

FhirExchange::Batch FhirExchange::importBatch(const Session &session, const QStringList &files,
                                              const Progress &progress,
                                              const std::function<bool()> &stop)
{
    Batch batch;
    batch.total = static_cast<int>(files.size());
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (stop && stop()) {
            batch.stopped = true;
            batch.notImported = files.mid(i);
            return batch;
        }
        if (progress)
            progress(static_cast<int>(i), batch.total, files.at(i));
        auto report = importFile(session, files.at(i));
        if (!report) {
            batch.refused = report.error();
            batch.notImported = files.mid(i);
            return batch;
        }
        batch.reports.append(*report);
    }
    if (progress)
        progress(batch.total, batch.total, QString());
    return batch;
}

Result<QList<FhirExchange::Report>> FhirExchange::importFiles(const Session &session,
                                                              const QStringList &files,
                                                              const Progress &progress)
{
    Batch batch = importBatch(session, files, progress);
    if (batch.refused)
        return std::unexpected(*batch.refused);
    return batch.reports;
}

QString FhirExchange::Batch::summary() const
{
    const auto done = static_cast<int>(reports.size());
    if (refused)
        return FhirExchange::tr("%1 Bundles imported before it: %2 of %3.")
            .arg(refused->message)
            .arg(done)
            .arg(total);
    int patients = 0;
    int vitals = 0;
    for (const Report &r : reports) {
        patients += r.patientsCreated;
        vitals += r.vitalsImported;
    }
    return FhirExchange::tr("%1 of %2 bundles imported: %3 new patients, %4 vital signs.")
               .arg(done)
               .arg(total)
               .arg(patients)
               .arg(vitals) +
           (stopped ? QLatin1Char(' ') + FhirExchange::tr("Stopped on request.") : QString());
}

QStringList FhirExchange::Batch::details() const
{
    QStringList lines;
    for (const Report &r : reports) {
        lines.append(r.summary());
        lines.append(r.notes);
    }
    for (qsizetype i = 0; i < notImported.size(); ++i)
        lines.append(
            refused && i == 0
                ? FhirExchange::tr("Not imported: %1 (refused).").arg(notImported.at(i))
                : FhirExchange::tr("Not imported: %1 (not tried).").arg(notImported.at(i)));
    return lines;
}

Result<QByteArray> FhirExchange::exportPatient(const Session &session, const QString &patientId)
{
    PatientRegistry registry(m_vault);
    auto patient = registry.open(session, patientId);
    if (!patient)
        return std::unexpected(patient.error());
    PatientVitals vitals(m_vault);
    auto history = vitals.history(session, patientId);
    if (!history)
        return std::unexpected(history.error());

    QJsonObject p{{QStringLiteral("resourceType"), QStringLiteral("Patient")},
                  {QStringLiteral("id"), patient->id}};
    QJsonArray names{
        QJsonObject{{QStringLiteral("use"), QStringLiteral("official")},
                    {QStringLiteral("family"), patient->birthName},
                    {QStringLiteral("given"), QJsonArray::fromStringList(patient->firstNames.split(
                                                  QLatin1Char(' '), Qt::SkipEmptyParts))}}};
    if (!patient->usedName.isEmpty() || !patient->usedFirstName.isEmpty()) {
        QJsonObject usual{{QStringLiteral("use"), QStringLiteral("usual")},
                          {QStringLiteral("family"),
                           patient->usedName.isEmpty() ? patient->birthName : patient->usedName}};
        if (!patient->usedFirstName.isEmpty())
            usual.insert(QStringLiteral("given"), QJsonArray{patient->usedFirstName});
        names.append(usual);
    }
    p.insert(QStringLiteral("name"), names);
    p.insert(QStringLiteral("gender"), patient->sex == QLatin1Char('F') ? QStringLiteral("female")
                                       : patient->sex == QLatin1Char('M')
                                           ? QStringLiteral("male")
                                           : QStringLiteral("unknown"));
    p.insert(QStringLiteral("birthDate"), patient->birthDate.toString(Qt::ISODate));
    // RNIV: only a qualified identity carries its INS beyond the practice.
    if (patient->status == IdentityStatus::Qualified && !patient->nir.isEmpty())
        p.insert(
            QStringLiteral("identifier"),
            QJsonArray{QJsonObject{{QStringLiteral("system"), QLatin1String(FhirBundle::NirSystem)},
                                   {QStringLiteral("value"), patient->nir}}});
    if (!patient->birthPlace.isEmpty())
        p.insert(QStringLiteral("extension"),
                 QJsonArray{QJsonObject{
                     {QStringLiteral("url"), QLatin1String(FhirBundle::BirthPlaceExtension)},
                     {QStringLiteral("valueCode"), patient->birthPlace}}});
    QJsonArray telecom;
    if (!patient->phone.isEmpty())
        telecom.append(QJsonObject{{QStringLiteral("system"), QStringLiteral("phone")},
                                   {QStringLiteral("value"), patient->phone}});
    if (!patient->email.isEmpty())
        telecom.append(QJsonObject{{QStringLiteral("system"), QStringLiteral("email")},
                                   {QStringLiteral("value"), patient->email}});
    if (!telecom.isEmpty())
        p.insert(QStringLiteral("telecom"), telecom);
    if (!patient->address.isEmpty() || !patient->city.isEmpty()) {
        QJsonObject address{{QStringLiteral("postalCode"), patient->postcode},
                            {QStringLiteral("city"), patient->city},
                            {QStringLiteral("country"), QStringLiteral("FR")}};
        if (!patient->address.isEmpty())
            address.insert(QStringLiteral("line"), QJsonArray{patient->address});
        p.insert(QStringLiteral("address"), QJsonArray{address});
    }
    const QString subject = QStringLiteral("urn:uuid:") + patient->id;
    QJsonArray entries{
        QJsonObject{{QStringLiteral("fullUrl"), subject}, {QStringLiteral("resource"), p}}};

    const QJsonObject category{
        {QStringLiteral("coding"),
         QJsonArray{QJsonObject{
             {QStringLiteral("system"),
              QStringLiteral("http://terminology.hl7.org/CodeSystem/observation-category")},
             {QStringLiteral("code"), QStringLiteral("vital-signs")}}}}};
    for (const VitalRecord &r : std::as_const(*history)) {
        if (r.superseded)
            continue;
        const VitalDefinition &d = VitalSigns::definition(r.kind);
        QJsonObject o{
            {QStringLiteral("resourceType"), QStringLiteral("Observation")},
            {QStringLiteral("id"), r.id},
            {QStringLiteral("status"), QStringLiteral("final")},
            {QStringLiteral("category"), QJsonArray{category}},
            {QStringLiteral("code"),
             loincConcept(QLatin1String(d.loinc), VitalSigns::name(r.kind))},
            {QStringLiteral("subject"), QJsonObject{{QStringLiteral("reference"), subject}}},
            {QStringLiteral("effectiveDateTime"),
             r.measuredAt.toUTC().toString(Qt::ISODateWithMs)}};
        if (r.kind == VitalKind::BloodPressure) {
            const QString mmHg = VitalSigns::unit(VitalKind::BloodPressure);
            o.insert(
                QStringLiteral("component"),
                QJsonArray{
                    QJsonObject{{QStringLiteral("code"),
                                 loincConcept(QLatin1String(BloodPressure::SystolicLoinc),
                                              tr("Systolic blood pressure"))},
                                {QStringLiteral("valueQuantity"), quantity(r.value, d.ucum, mmHg)}},
                    QJsonObject{
                        {QStringLiteral("code"),
                         loincConcept(QLatin1String(BloodPressure::DiastolicLoinc),
                                      tr("Diastolic blood pressure"))},
                        {QStringLiteral("valueQuantity"), quantity(r.value2, d.ucum, mmHg)}}});
        } else {
            o.insert(QStringLiteral("valueQuantity"),
                     quantity(r.value, d.ucum, VitalSigns::unit(r.kind)));
        }
        entries.append(
            QJsonObject{{QStringLiteral("fullUrl"), QString(QStringLiteral("urn:uuid:") + r.id)},
                        {QStringLiteral("resource"), o}});
    }
    const QJsonObject bundle{
        {QStringLiteral("resourceType"), QStringLiteral("Bundle")},
        {QStringLiteral("type"), QStringLiteral("collection")},
        {QStringLiteral("timestamp"), m_vault.clock().now().toString(Qt::ISODate)},
        {QStringLiteral("entry"), entries}};
    if (auto audited = m_vault.audit(session.actor(), QStringLiteral("export"),
                                     QStringLiteral("patient"), patientId);
        !audited)
        return std::unexpected(audited.error());
    return QJsonDocument(bundle).toJson(QJsonDocument::Indented);
}

} // namespace relais
