#pragma once

#include "domain/BloodPressure.h"
#include "domain/Patient.h"
#include "domain/VitalSign.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>

namespace relais {

// A FHIR R4 Patient as Relais can file it: the identity drafted from it, and what had no French
// meaning and was left out.
struct FhirPatient
{
    QString sourceId; // "Patient/<id>"
    PatientIdentity draft;
    QStringList leftOut; // "the address (outside France)", "the phone (+1 555…)"
};

// A vital-sign Observation as Relais keeps it.
struct FhirVital
{
    // "Observation/<id>"; without an id, the entry's fullUrl; without either, a digest of the
    // resource: distinct observations stay distinct, and the same one imported again is known.
    QString sourceId;
    // The subject: a Patient of the bundle as "Patient/<id>", or a reference to one outside it
    // ("Patient/<id>"), for the importer to find among earlier imports.
    QString patientSource;
    bool subjectInBundle = false;
    QString path; // "$.entry[3].resource", for messages
    VitalKind kind = VitalKind::Weight;
    double value = 0;
    double value2 = 0; // the diastolic of a blood pressure
    QDateTime at;
};

// What one bundle holds for Relais, and how much of the rest it skipped.
struct FhirBundleContent
{
    QList<FhirPatient> patients;
    QList<FhirVital> vitals;
    QMap<QString, int> skipped; // resource type (or "Observation (BMI, computed)") -> count
    QStringList notes;          // one sentence per thing left out, with its JSON path
};

// Reads FHIR R4 transaction and collection bundles: Patient, and the vital-sign Observations of
// the LOINC codes Relais knows (the blood-pressure panel with its two components, as 85354-9 or
// 55284-4). Everything else is counted, never guessed at.
class FhirBundle
{
    Q_DECLARE_TR_FUNCTIONS(relais::FhirBundle)

public:
    // A file that is not JSON, or not a bundle, is refused with the file's name and where in it
    // (line, column, or the JSON path) it goes wrong; so is a field of the wrong kind (a text
    // where a list is due) or longer than any real one.
    static Result<FhirBundleContent> read(const QString &file);
    static Result<FhirBundleContent> parse(const QByteArray &json, const QString &name);

    // Far above any real patient's bundle (Synthea's, with ten years of claims, are under 1 MB).
    static constexpr qint64 MaxFileBytes = 256LL * 1024 * 1024;
    static constexpr int MaxIdLength = 64;      // FHIR's own limit for a resource id
    static constexpr int MaxNameLength = 100;   // a family or given name
    static constexpr int MaxTextLength = 200;   // an address line, a phone, a URL
    static constexpr double MaxMagnitude = 1e6; // no vital sign comes near

    static constexpr auto NirSystem = "urn:oid:1.2.250.1.213.1.4.8"; // INS-NIR
    static constexpr auto BirthPlaceExtension =
        "https://relais.invalid/fhir/StructureDefinition/insee-birth-place";
};

} // namespace relais
