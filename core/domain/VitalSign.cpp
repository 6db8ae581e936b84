#include "VitalSign.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace relais {

namespace {

// Plausible ranges from DOMAIN.md; capillary glucose (not listed there) in g/L as French
// glucometers show it, from the lowest a meter reads (0.20) to its "HI" (6.00).
constexpr VitalDefinition Definitions[] = {
    {VitalKind::Weight, "weight", "29463-7", "kg", 0.3, 400, 2},
    {VitalKind::Height, "height", "8302-2", "cm", 20, 250, 1},
    {VitalKind::Bmi, "bmi", "39156-5", "kg/m2", 5, 150, 1},
    {VitalKind::BloodPressure, "bp", "85354-9", "mm[Hg]", 20, 300, 0},
    {VitalKind::HeartRate, "heartRate", "8867-4", "/min", 20, 250, 0},
    {VitalKind::Temperature, "temperature", "8310-5", "Cel", 30, 45, 1},
    {VitalKind::SpO2, "spo2", "59408-5", "%", 50, 100, 0},
    {VitalKind::RespiratoryRate, "respiratoryRate", "9279-1", "/min", 4, 80, 0},
    {VitalKind::HeadCircumference, "headCircumference", "9843-4", "cm", 20, 70, 1},
    {VitalKind::CapillaryGlucose, "glucose", "41653-7", "g/L", 0.2, 6, 2},
};

// What may follow the number, kind by kind (lower case, spaces removed).
QStringList acceptedUnits(VitalKind kind)
{
    switch (kind) {
    case VitalKind::Weight: return {QStringLiteral("kg"), QStringLiteral("g")};
    case VitalKind::Height:
    case VitalKind::HeadCircumference: return {QStringLiteral("cm"), QStringLiteral("m")};
    case VitalKind::Bmi: return {QStringLiteral("kg/m2"), QStringLiteral("kg/m²")};
    case VitalKind::BloodPressure: return {QStringLiteral("mmhg")};
    case VitalKind::HeartRate:
    case VitalKind::RespiratoryRate:
        return {QStringLiteral("/min"), QStringLiteral("bpm"), QStringLiteral("/mn")};
    case VitalKind::Temperature:
        return {QStringLiteral("°c"), QStringLiteral("°"), QStringLiteral("c")};
    case VitalKind::SpO2: return {QStringLiteral("%")};
    case VitalKind::CapillaryGlucose:
        return {QStringLiteral("g/l"), QStringLiteral("mg/dl"), QStringLiteral("mmol/l")};
    }
    return {};
}

} // namespace

const VitalDefinition &VitalSigns::definition(VitalKind kind)
{
    return Definitions[static_cast<int>(kind)];
}

const QList<VitalKind> &VitalSigns::all()
{
    static const QList<VitalKind> kinds = [] {
        QList<VitalKind> list;
        for (const VitalDefinition &d : Definitions)
            list.append(d.kind);
        return list;
    }();
    return kinds;
}

std::optional<VitalKind> VitalSigns::fromCode(const QString &code)
{
    for (const VitalDefinition &d : Definitions) {
        if (code == QLatin1String(d.code))
            return d.kind;
    }
    return std::nullopt;
}

std::optional<VitalKind> VitalSigns::fromLoinc(const QString &loinc)
{
    // Other codes seen for the same measure: SpO₂ by any method, the BP panel as Synthea
    // writes it.
    if (loinc == QLatin1String("2708-6"))
        return VitalKind::SpO2;
    if (loinc == QLatin1String("8331-1")) // oral temperature
        return VitalKind::Temperature;
    if (loinc == QLatin1String("55284-4"))
        return VitalKind::BloodPressure;
    for (const VitalDefinition &d : Definitions) {
        if (loinc == QLatin1String(d.loinc))
            return d.kind;
    }
    return std::nullopt;
}

QString VitalSigns::name(VitalKind kind)
{
    switch (kind) {
    case VitalKind::Weight: return tr("Weight");
    case VitalKind::Height: return tr("Height");
    case VitalKind::Bmi: return tr("BMI");
    case VitalKind::BloodPressure: return tr("Blood pressure");
    case VitalKind::HeartRate: return tr("Heart rate");
    case VitalKind::Temperature: return tr("Temperature");
    case VitalKind::SpO2: return tr("SpO₂");
    case VitalKind::RespiratoryRate: return tr("Respiratory rate");
    case VitalKind::HeadCircumference: return tr("Head circumference");
    case VitalKind::CapillaryGlucose: return tr("Capillary glucose");
    }
    return {};
}

QString VitalSigns::unit(VitalKind kind)
{
    switch (kind) {
    case VitalKind::Weight: return tr("kg");
    case VitalKind::Height:
    case VitalKind::HeadCircumference: return tr("cm");
    case VitalKind::Bmi: return tr("kg/m²");
    case VitalKind::BloodPressure: return tr("mmHg");
    case VitalKind::HeartRate: return tr("/min", "heart rate");
    case VitalKind::RespiratoryRate: return tr("/min", "respiratory rate");
    case VitalKind::Temperature: return tr("°C");
    case VitalKind::SpO2: return tr("%");
    case VitalKind::CapillaryGlucose: return tr("g/L");
    }
    return {};
}

QString VitalSigns::display(VitalKind kind, double value)
{
    const int decimals = definition(kind).decimals;
    QString number = QLocale().toString(value, 'f', decimals);
    // 72.50 kg reads better as 72.5 kg; 3.25 kg keeps its two decimals.
    if (decimals > 0) {
        const QChar point = QLocale().decimalPoint().at(0);
        while (number.endsWith(QLatin1Char('0')) && number.contains(point))
            number.chop(1);
        if (number.endsWith(point))
            number.chop(1);
    }
    return number + QChar::Nbsp + unit(kind);
}

double VitalSigns::round(VitalKind kind, double value)
{
    const double scale = std::pow(10.0, definition(kind).decimals);
    return std::round(value * scale) / scale;
}

Status VitalSigns::checkRange(VitalKind kind, double value)
{
    const VitalDefinition &d = definition(kind);
    if (std::isfinite(value) && value >= d.minimum && value <= d.maximum)
        return {};
    return invalid(QLatin1String(d.code),
                   tr("%1: %2 cannot be right (from %3 to %4 %5). Check the value.")
                       .arg(name(kind), QLocale().toString(value), QLocale().toString(d.minimum),
                            QLocale().toString(d.maximum), unit(kind)));
}

Result<VitalValue> VitalSigns::parse(VitalKind kind, const QString &typed)
{
    const QString field = QLatin1String(definition(kind).code);
    static const QRegularExpression shape(
        QStringLiteral("^([0-9]+(?:[.,][0-9]*)?|[.,][0-9]+)\\s*(\\S*)$"));
    const QString text = typed.simplified();
    if (text.isEmpty())
        return invalid(field, tr("%1: nothing typed.").arg(name(kind)));
    const auto match = shape.match(text);
    if (!match.hasMatch())
        return invalid(field, tr("%1: “%2” is not a number. Type it with a comma or a point "
                                 "for decimals: 72,5.")
                                  .arg(name(kind), text));
    QString number = match.captured(1);
    number.replace(QLatin1Char(','), QLatin1Char('.'));
    double value = number.toDouble();
    const QString unitTyped = match.captured(2).toLower().remove(QLatin1Char(' '));
    if (!unitTyped.isEmpty() && !acceptedUnits(kind).contains(unitTyped))
        return invalid(field, tr("%1 is measured in %2, not in “%3”.")
                                  .arg(name(kind), unit(kind), match.captured(2)));

    VitalValue result;
    switch (kind) {
    case VitalKind::Height:
    case VitalKind::HeadCircumference:
        // Nobody is under 3 cm tall: a value that small is metres (1,75).
        if (unitTyped == QLatin1String("m") || (unitTyped.isEmpty() && value > 0 && value < 3)) {
            result.correction = tr("read as %1 cm").arg(QLocale().toString(value * 100));
            value *= 100;
        }
        break;
    case VitalKind::Weight:
        if (unitTyped == QLatin1String("g")) {
            result.correction = tr("read as %1 kg").arg(QLocale().toString(value / 1000));
            value /= 1000;
        }
        break;
    case VitalKind::CapillaryGlucose:
        // French meters show g/L; a value between 20 and 600 can only be mg/dL.
        if (unitTyped == QLatin1String("mg/dl") ||
            (unitTyped.isEmpty() && value >= 20 && value <= 600)) {
            result.correction =
                tr("read as %1 g/L (from mg/dL)").arg(QLocale().toString(value / 100));
            value /= 100;
        } else if (unitTyped == QLatin1String("mmol/l")) {
            // 1 mmol/L of glucose is 0.18 g/L (molar mass 180 g/mol).
            result.correction =
                tr("read as %1 g/L (from mmol/L)").arg(QLocale().toString(value * 0.18));
            value *= 0.18;
        }
        break;
    default: break;
    }
    if (auto inRange = checkRange(kind, value); !inRange)
        return std::unexpected(inRange.error());
    result.value = round(kind, value);
    return result;
}

std::optional<double> VitalSigns::bmi(std::optional<double> weightKg,
                                      std::optional<double> heightCm)
{
    if (!weightKg || !heightCm || *weightKg <= 0 || *heightCm <= 0)
        return std::nullopt;
    const double metres = *heightCm / 100.0;
    return std::round(*weightKg / (metres * metres) * 10.0) / 10.0;
}

} // namespace relais
