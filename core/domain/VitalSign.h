#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace relais {

// What the assistant measures before the consultation. Blood pressure is one measurement of two
// numbers (see BloodPressure); BMI is never typed, always computed from weight and height.
enum class VitalKind
{
    Weight,
    Height,
    Bmi,
    BloodPressure,
    HeartRate,
    Temperature,
    SpO2,
    RespiratoryRate,
    HeadCircumference,
    CapillaryGlucose,
};

// One kind's facts: how it is stored and exchanged, and what a person can possibly measure.
// Sources: DOMAIN.md "Vital signs" (LOINC codes and plausible ranges).
struct VitalDefinition
{
    VitalKind kind;
    const char *code;  // storage and form field name: "weight"
    const char *loinc; // the FHIR vital-signs profile's code
    const char *ucum;  // the unit as FHIR writes it
    double minimum;    // plausible input range: outside it, the value is refused
    double maximum;
    int decimals; // what the instrument resolves; values are rounded to it
};

// A value as it will be stored, and what was corrected on the way in (empty when nothing was):
// "read as 175 cm" (said beside the field it was typed in).
struct VitalValue
{
    double value = 0;
    QString correction;
};

class VitalSigns
{
    Q_DECLARE_TR_FUNCTIONS(relais::VitalSigns)

public:
    static const VitalDefinition &definition(VitalKind kind);
    static std::optional<VitalKind> fromCode(const QString &code);
    static std::optional<VitalKind> fromLoinc(const QString &loinc);
    static const QList<VitalKind> &all();

    // "Weight", "Blood pressure", for forms and tables.
    static QString name(VitalKind kind);
    // "kg", "mmHg", "°C", as people read them.
    static QString unit(VitalKind kind);
    // "72.5 kg", in the user's locale (decimal comma in French).
    static QString display(VitalKind kind, double value);

    // Reads a value as typed at the desk: a decimal comma or point, an optional unit after the
    // number. Corrects what is unambiguous and says so (a height typed in metres, a capillary
    // glucose in mg/dL); refuses what no one can measure, with the plausible range. Errors are
    // about the kind's field (its code).
    static Result<VitalValue> parse(VitalKind kind, const QString &typed);
    // Refuses a value outside the plausible range (for values that were not typed: imports).
    static Status checkRange(VitalKind kind, double value);
    static double round(VitalKind kind, double value);

    // kg/m², to one decimal; nullopt when either value is missing or impossible.
    static std::optional<double> bmi(std::optional<double> weightKg,
                                     std::optional<double> heightCm);
};

} // namespace relais
