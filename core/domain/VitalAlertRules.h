#pragma once

#include "BloodPressure.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace relais {

// A value accepted but worth the GP's eye. Urgent ones are for the same day; a note says what
// Relais did not judge (a child's blood pressure) so that no one reads silence as "normal".
struct VitalAlert
{
    enum class Level
    {
        Note,
        Warning,
        Urgent
    };
    QString rule; // the rule's id: "bp-severe"
    Level level = Level::Warning;
    QString message; // "Blood pressure 184/112 mmHg: severe, to see today"

    // What a list sorts and colours by: 0 for a note, 1 for a warning, 2 when urgent.
    int weight() const { return level == Level::Urgent ? 2 : level == Level::Warning ? 1 : 0; }
};

// What the rules look at: one visit's measurements, the patient's earlier weights and birth date.
struct VitalSnapshot
{
    QDate day;
    QDate birthDate;                     // unknown (invalid): the adult rules apply
    QList<BloodPressure> bloodPressures; // this visit's readings, in the order taken
    std::optional<double> heartRate;
    std::optional<double> respiratoryRate;
    std::optional<double> temperature;
    std::optional<double> spo2;
    std::optional<double> weightKg;
    QList<std::pair<QDate, double>> earlierWeights; // before `day`, any order
};

// The one table of alert rules, each with its threshold, the ages it applies to and its source,
// so that a GP can see why a value was flagged and a practice can check the rule against the
// text it comes from.
class VitalAlertRules
{
    Q_DECLARE_TR_FUNCTIONS(relais::VitalAlertRules)

public:
    struct Rule
    {
        const char *id;
        VitalAlert::Level level;
        int fromMonths;      // the youngest age it applies to, in whole months
        int untilMonths;     // the age it stops applying at (exclusive); 0: no limit
        QString description; // "Blood pressure ≥ 180/110 mmHg"
        QString source;      // "HAS 2016, hypertension artérielle de l'adulte"

        bool appliesAt(int ageMonths) const
        {
            return ageMonths >= fromMonths && (untilMonths == 0 || ageMonths < untilMonths);
        }
        // "from 18 years", "under 3 months", "from 13 to 17 years", "all ages".
        QString ages() const;
    };
    static const QList<Rule> &rules();
    static const Rule &rule(const char *id);
    static QList<VitalAlert> evaluate(const VitalSnapshot &snapshot);

    // Whole months from birth to `day` (a baby born on the 31st is one month old on the 30th of
    // the next month only when that month ends there). -1 when the birth date is unknown.
    static int ageInMonths(const QDate &birthDate, const QDate &day);
    // Head circumference is followed on growth charts up to 3 years, and offered only then.
    static bool measuresHeadCircumference(const QDate &birthDate, const QDate &day);

    // The usual ranges for a child at rest (APLS), by age band.
    struct ChildRange
    {
        int untilMonths; // exclusive upper bound of the band
        int heartMin, heartMax;
        int breathMin, breathMax;
    };
    static const QList<ChildRange> &childRanges();
};

} // namespace relais
