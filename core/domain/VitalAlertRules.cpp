#include "VitalAlertRules.h"

#include "VitalSign.h"

#include <QLocale>

#include <cmath>

namespace relais {

namespace {

constexpr int Adult = 18 * 12;
constexpr int Adolescent = 13 * 12;
constexpr int InfantFever = 3;

} // namespace

QString VitalAlertRules::Rule::ages() const
{
    const auto span = [](int months) {
        return months % 12 == 0 ? tr("%n years", nullptr, months / 12)
                                : tr("%n months", nullptr, months);
    };
    if (fromMonths == 0 && untilMonths == 0)
        return tr("all ages");
    if (untilMonths == 0)
        return tr("from %1").arg(span(fromMonths));
    if (fromMonths == 0)
        return tr("under %1").arg(span(untilMonths));
    return tr("from %1 to under %2").arg(span(fromMonths), span(untilMonths));
}

const QList<VitalAlertRules::Rule> &VitalAlertRules::rules()
{
    using Level = VitalAlert::Level;
    static const QList<Rule> all = {
        {"bp-severe", Level::Urgent, Adult, 0,
         tr("Blood pressure ≥ 180/110 mmHg (mean of the last two readings at rest)"),
         tr("HAS 2016, fiche mémo « Prise en charge de l’hypertension artérielle de l’adulte »: "
            "severe hypertension, to be seen the same day")},
        {"bp-high", Level::Warning, Adult, 0,
         tr("Blood pressure ≥ 140/90 mmHg (mean of the last two readings at rest)"),
         tr("HAS 2016, same fiche mémo: office hypertension, to confirm out of the office")},
        {"bp-adolescent-severe", Level::Urgent, Adolescent, Adult,
         tr("Blood pressure ≥ 180/120 mmHg (mean of the last two readings at rest)"),
         tr("American Academy of Pediatrics 2017 guideline (Flynn et al., Pediatrics 140(3)): "
            "from 13 years, ≥ 180/120 calls for evaluation the same day")},
        {"bp-adolescent-high", Level::Warning, Adolescent, Adult,
         tr("Blood pressure ≥ 130/80 mmHg (mean of the last two readings at rest)"),
         tr("American Academy of Pediatrics 2017 guideline: from 13 years, ≥ 130/80 is "
            "hypertension, to confirm at later visits")},
        {"bp-child", Level::Note, 0, Adolescent,
         tr("Blood pressure of a child under 13: not evaluated by Relais"),
         tr("American Academy of Pediatrics 2017 guideline: a child's blood pressure is read "
            "against percentile tables by age, sex and height, never against adult thresholds")},
        {"orthostatic", Level::Warning, Adult, 0,
         tr("Fall on standing ≥ 20 mmHg systolic or ≥ 10 mmHg diastolic"),
         tr("Consensus definition of orthostatic hypotension (AAS/AAN 1996, ESH), as in "
            "DOMAIN.md")},
        {"spo2-low", Level::Urgent, 0, 0, tr("SpO₂ < 92 %"),
         tr("British Thoracic Society 2017 oxygen guideline: target 94–98 %, below 92 % calls for "
            "a physician; held at every age")},
        {"fever-infant", Level::Urgent, 0, InfantFever, tr("Temperature ≥ 38 °C"),
         tr("NICE NG143 (2019), fever in under 5s: any fever in an infant under 3 months is a "
            "high-risk sign, to be seen at once")},
        {"fever", Level::Warning, InfantFever, 0, tr("Temperature ≥ 38 °C"),
         tr("Fever as defined in French practice (HCSP, ANSM): core temperature ≥ 38 °C")},
        {"heart-rate", Level::Warning, Adult, 0, tr("Heart rate < 40 or > 120 /min"),
         tr("Relais practice rule for an adult at rest (bradycardia and tachycardia worth the GP's "
            "eye before the consultation)")},
        {"heart-rate-child", Level::Warning, 0, Adult,
         tr("Heart rate outside the usual range for the age"),
         tr("Advanced Paediatric Life Support (APLS) ranges at rest: under 1 year 110–160, "
            "1–2 years 100–150, 2–5 years 95–140, 5–12 years 80–120, over 12 years 60–100 /min")},
        {"respiratory-rate", Level::Warning, Adult, 0, tr("Respiratory rate ≤ 8 or ≥ 25 /min"),
         tr("NEWS2 (Royal College of Physicians 2017): the rates that score 3 on their own")},
        {"respiratory-rate-child", Level::Warning, 0, Adult,
         tr("Respiratory rate outside the usual range for the age"),
         tr("Advanced Paediatric Life Support (APLS) ranges at rest: under 1 year 30–40, "
            "1–2 years 25–35, 2–5 years 25–30, 5–12 years 20–25, over 12 years 15–20 /min")},
        {"weight-change", Level::Warning, Adult, 0, tr("Weight change over 5 % within 6 months"),
         tr("Relais practice rule; HAS 2019/2021 undernutrition criteria count a loss ≥ 5 % in "
            "1 month or ≥ 10 % in 6 months. A child's weight is read on growth charts instead")},
    };
    return all;
}

const VitalAlertRules::Rule &VitalAlertRules::rule(const char *id)
{
    for (const Rule &r : rules()) {
        if (qstrcmp(r.id, id) == 0)
            return r;
    }
    Q_UNREACHABLE();
}

const QList<VitalAlertRules::ChildRange> &VitalAlertRules::childRanges()
{
    static const QList<ChildRange> ranges = {
        {12, 110, 160, 30, 40},     // under 1 year
        {24, 100, 150, 25, 35},     // 1–2 years
        {60, 95, 140, 25, 30},      // 2–5 years
        {12 * 12, 80, 120, 20, 25}, // 5–12 years
        {Adult, 60, 100, 15, 20},   // over 12 years
    };
    return ranges;
}

int VitalAlertRules::ageInMonths(const QDate &birthDate, const QDate &day)
{
    if (!birthDate.isValid() || !day.isValid() || day < birthDate)
        return -1;
    int months = (day.year() - birthDate.year()) * 12 + day.month() - birthDate.month();
    while (months > 0 && birthDate.addMonths(months) > day)
        --months;
    return months;
}

bool VitalAlertRules::measuresHeadCircumference(const QDate &birthDate, const QDate &day)
{
    const int months = ageInMonths(birthDate, day);
    return months >= 0 && months < 36;
}

QList<VitalAlert> VitalAlertRules::evaluate(const VitalSnapshot &s)
{
    QList<VitalAlert> alerts;
    const QLocale locale;
    // Without a birth date, the adult rules: every patient of Relais has one, an import may not.
    const int age = s.birthDate.isValid() ? std::max(0, ageInMonths(s.birthDate, s.day)) : Adult;
    const auto applies = [age](const char *id) { return rule(id).appliesAt(age); };
    const auto add = [&alerts](const char *id, const QString &message) {
        alerts.append({QLatin1String(id), rule(id).level, message});
    };

    if (const auto bp = BloodPressure::officeValue(s.bloodPressures)) {
        const QString value = bp->display();
        const int sys = bp->systolic();
        const int dia = bp->diastolic();
        if (applies("bp-severe") && (sys >= 180 || dia >= 110))
            add("bp-severe", tr("Blood pressure %1: severe, to be seen today").arg(value));
        else if (applies("bp-high") && (sys >= 140 || dia >= 90))
            add("bp-high", tr("Blood pressure %1: high (≥ 140/90)").arg(value));
        else if (applies("bp-adolescent-severe") && (sys >= 180 || dia >= 120))
            add("bp-adolescent-severe",
                tr("Blood pressure %1: severe for an adolescent, to be seen today").arg(value));
        else if (applies("bp-adolescent-high") && (sys >= 130 || dia >= 80))
            add("bp-adolescent-high",
                tr("Blood pressure %1: high for an adolescent (≥ 130/80)").arg(value));
        else if (applies("bp-child"))
            add("bp-child", tr("Blood pressure %1 of a child: not evaluated by Relais (read it on "
                               "the paediatric tables by age, sex and height)")
                                .arg(value));
    }
    if (const auto drop = BloodPressure::orthostaticDrop(s.bloodPressures);
        applies("orthostatic") && drop && (drop->systolic >= 20 || drop->diastolic >= 10))
        add("orthostatic", tr("Blood pressure falls on standing (−%1/−%2 mmHg)")
                               .arg(drop->systolic)
                               .arg(drop->diastolic));
    if (s.spo2 && *s.spo2 < 92 && applies("spo2-low"))
        add("spo2-low",
            tr("SpO₂ %1: low (< 92 %)").arg(VitalSigns::display(VitalKind::SpO2, *s.spo2)));
    if (s.temperature && *s.temperature >= 38) {
        const QString t = VitalSigns::display(VitalKind::Temperature, *s.temperature);
        if (applies("fever-infant"))
            add("fever-infant", tr("Temperature %1: fever in an infant under 3 months, to be "
                                   "seen at once")
                                    .arg(t));
        else if (applies("fever"))
            add("fever", tr("Temperature %1: fever").arg(t));
    }
    if (s.heartRate) {
        const QString hr = VitalSigns::display(VitalKind::HeartRate, *s.heartRate);
        if (applies("heart-rate") && (*s.heartRate < 40 || *s.heartRate > 120))
            add("heart-rate", *s.heartRate < 40 ? tr("Heart rate %1: slow (< 40)").arg(hr)
                                                : tr("Heart rate %1: fast (> 120)").arg(hr));
    }
    if (!applies("heart-rate") || !applies("respiratory-rate")) {
        for (const ChildRange &band : childRanges()) {
            if (age >= band.untilMonths)
                continue;
            const auto outside = [](double v, int low, int high) { return v < low || v > high; };
            if (s.heartRate && applies("heart-rate-child") &&
                outside(*s.heartRate, band.heartMin, band.heartMax))
                add("heart-rate-child",
                    tr("Heart rate %1: outside %2–%3 /min, the usual range at this age")
                        .arg(VitalSigns::display(VitalKind::HeartRate, *s.heartRate))
                        .arg(band.heartMin)
                        .arg(band.heartMax));
            if (s.respiratoryRate && applies("respiratory-rate-child") &&
                outside(*s.respiratoryRate, band.breathMin, band.breathMax))
                add("respiratory-rate-child",
                    tr("Respiratory rate %1: outside %2–%3 /min, the usual range at this age")
                        .arg(VitalSigns::display(VitalKind::RespiratoryRate, *s.respiratoryRate))
                        .arg(band.breathMin)
                        .arg(band.breathMax));
            break;
        }
    }
    if (s.respiratoryRate && applies("respiratory-rate") &&
        (*s.respiratoryRate <= 8 || *s.respiratoryRate >= 25))
        add("respiratory-rate",
            tr("Respiratory rate %1: %2")
                .arg(VitalSigns::display(VitalKind::RespiratoryRate, *s.respiratoryRate),
                     *s.respiratoryRate <= 8 ? tr("slow (≤ 8)") : tr("fast (≥ 25)")));
    if (s.weightKg && s.day.isValid() && applies("weight-change")) {
        // The largest change against any weight of the six months before.
        const QDate from = s.day.addMonths(-6);
        double worst = 0;
        QDate when;
        for (const auto &[date, kg] : s.earlierWeights) {
            if (date < from || date >= s.day || kg <= 0)
                continue;
            const double change = (*s.weightKg - kg) / kg * 100.0;
            if (std::abs(change) > std::abs(worst)) {
                worst = change;
                when = date;
            }
        }
        if (std::abs(worst) > 5.0)
            add("weight-change", tr("Weight %1: %2 % since %3")
                                     .arg(VitalSigns::display(VitalKind::Weight, *s.weightKg),
                                          (worst > 0 ? QStringLiteral("+") : QString()) +
                                              locale.toString(worst, 'f', 1),
                                          locale.toString(when, QLocale::ShortFormat)));
    }
    // Urgent first, notes last, then in the table's order.
    std::stable_sort(alerts.begin(), alerts.end(), [](const VitalAlert &a, const VitalAlert &b) {
        return a.weight() > b.weight();
    });
    return alerts;
}

} // namespace relais
