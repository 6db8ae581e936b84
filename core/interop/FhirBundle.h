#pragma once

#include "domain/BloodPressure.h"
#include "domain/VitalSign.h"
#include "services/PatientRegistry.h"
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
    QString sourceId;      // "Observation/<id>"
    QString patientSource; // the subject, as "Patient/<id>"
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
    // (line, column, or the JSON path) it goes wrong.
    static Result<FhirBundleContent> read(const QString &file);
    static Result<FhirBundleContent> parse(const QByteArray &json, const QString &name);

    static constexpr auto NirSystem = "urn:oid:1.2.250.1.213.1.4.8"; // INS-NIR
    static constexpr auto BirthPlaceExtension =
        "https://relais.invalid/fhir/StructureDefinition/insee-birth-place";
};

} // namespace relais
