#include "VitalAlertRules.h"

#include "VitalSign.h"

#include <QLocale>

#include <cmath>

namespace relais {

const QList<VitalAlertRules::Rule> &VitalAlertRules::rules()
{
    using Level = VitalAlert::Level;
    static const QList<Rule> all = {
        {"bp-severe", Level::Urgent,
         tr("Blood pressure ≥ 180/110 mmHg (mean of the last two readings at rest)"),
         tr("HAS 2016, fiche mémo « Prise en charge de l’hypertension artérielle de l’adulte »: "
            "severe hypertension, to be seen the same day")},
        {"bp-high", Level::Warning,
         tr("Blood pressure ≥ 140/90 mmHg (mean of the last two readings at rest)"),
         tr("HAS 2016, same fiche mémo: office hypertension, to confirm out of the office")},
        {"orthostatic", Level::Warning,
         tr("Fall on standing ≥ 20 mmHg systolic or ≥ 10 mmHg diastolic"),
         tr("Consensus definition of orthostatic hypotension (AAS/AAN 1996, ESH), as in "
            "DOMAIN.md")},
        {"spo2-low", Level::Urgent, tr("SpO₂ < 92 %"),
         tr("British Thoracic Society 2017 oxygen guideline: target 94–98 %, below 92 % calls for "
            "a physician")},
        {"fever", Level::Warning, tr("Temperature ≥ 38 °C"),
         tr("Fever as defined in French practice (HCSP, ANSM): core temperature ≥ 38 °C")},
        {"heart-rate", Level::Warning, tr("Heart rate < 40 or > 120 /min"),
         tr("Relais practice rule for an adult at rest (bradycardia and tachycardia worth the GP's "
            "eye before the consultation)")},
        {"weight-change", Level::Warning, tr("Weight change over 5 % within 6 months"),
         tr("Relais practice rule; HAS 2019/2021 undernutrition criteria count a loss ≥ 5 % in "
            "1 month or ≥ 10 % in 6 months")},
    };
    return all;
}

QList<VitalAlert> VitalAlertRules::evaluate(const VitalSnapshot &s)
{
    using Level = VitalAlert::Level;
    QList<VitalAlert> alerts;
    const QLocale locale;
    if (const auto bp = BloodPressure::officeValue(s.bloodPressures)) {
        const QString value = bp->display();
        if (bp->systolic() >= 180 || bp->diastolic() >= 110)
            alerts.append({QStringLiteral("bp-severe"), Level::Urgent,
                           tr("Blood pressure %1: severe, to be seen today").arg(value)});
        else if (bp->systolic() >= 140 || bp->diastolic() >= 90)
            alerts.append({QStringLiteral("bp-high"), Level::Warning,
                           tr("Blood pressure %1: high (≥ 140/90)").arg(value)});
    }
    if (const auto drop = BloodPressure::orthostaticDrop(s.bloodPressures);
        drop && (drop->systolic >= 20 || drop->diastolic >= 10))
        alerts.append({QStringLiteral("orthostatic"), Level::Warning,
                       tr("Blood pressure falls on standing (−%1/−%2 mmHg)")
                           .arg(drop->systolic)
                           .arg(drop->diastolic)});
    if (s.spo2 && *s.spo2 < 92)
        alerts.append(
            {QStringLiteral("spo2-low"), Level::Urgent,
             tr("SpO₂ %1: low (< 92 %)").arg(VitalSigns::display(VitalKind::SpO2, *s.spo2))});
    if (s.temperature && *s.temperature >= 38)
        alerts.append({QStringLiteral("fever"), Level::Warning,
                       tr("Temperature %1: fever")
                           .arg(VitalSigns::display(VitalKind::Temperature, *s.temperature))});
    if (s.heartRate && (*s.heartRate < 40 || *s.heartRate > 120))
        alerts.append({QStringLiteral("heart-rate"), Level::Warning,
                       *s.heartRate < 40
                           ? tr("Heart rate %1: slow (< 40)")
                                 .arg(VitalSigns::display(VitalKind::HeartRate, *s.heartRate))
                           : tr("Heart rate %1: fast (> 120)")
                                 .arg(VitalSigns::display(VitalKind::HeartRate, *s.heartRate))});
    if (s.weightKg && s.day.isValid()) {
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
            alerts.append({QStringLiteral("weight-change"), Level::Warning,
                           tr("Weight %1: %2 % since %3")
                               .arg(VitalSigns::display(VitalKind::Weight, *s.weightKg),
                                    (worst > 0 ? QStringLiteral("+") : QString()) +
                                        locale.toString(worst, 'f', 1),
                                    locale.toString(when, QLocale::ShortFormat))});
    }
    // Urgent first, then in the table's order.
    std::stable_sort(alerts.begin(), alerts.end(), [](const VitalAlert &a, const VitalAlert &b) {
        return a.level == Level::Urgent && b.level != Level::Urgent;
    });
    return alerts;
}

} // namespace relais
