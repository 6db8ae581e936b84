#pragma once

#include "BloodPressure.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace relais {

// A value accepted but worth the GP's eye. Urgent ones are for the same day.
struct VitalAlert
{
    enum class Level
    {
        Warning,
        Urgent
    };
    QString rule; // the rule's id: "bp-severe"
    Level level = Level::Warning;
    QString message; // "Blood pressure 184/112 mmHg: severe, to see today"
};

// What the rules look at: one visit's measurements, and the patient's earlier weights.
struct VitalSnapshot
{
    QDate day;
    QList<BloodPressure> bloodPressures; // this visit's readings, in the order taken
    std::optional<double> heartRate;
    std::optional<double> temperature;
    std::optional<double> spo2;
    std::optional<double> weightKg;
    QList<std::pair<QDate, double>> earlierWeights; // before `day`, any order
};

// The one table of alert rules, each with its threshold and its source, so that a GP can see why
// a value was flagged and a practice can check the rule against the text it comes from.
class VitalAlertRules
{
    Q_DECLARE_TR_FUNCTIONS(relais::VitalAlertRules)

public:
    struct Rule
    {
        const char *id;
        VitalAlert::Level level;
        QString description; // "Blood pressure ≥ 180/110 mmHg"
        QString source;      // "HAS 2016, hypertension artérielle de l'adulte"
    };
    static const QList<Rule> &rules();
    static QList<VitalAlert> evaluate(const VitalSnapshot &snapshot);
};

} // namespace relais
