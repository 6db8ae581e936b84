#pragma once

#include "domain/BloodPressure.h"
#include "domain/VitalAlertRules.h"
#include "domain/VitalSign.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace relais {

// One measurement as kept: a value (a blood pressure carries its diastolic in value2), who took
// it and when, and its place in the corrections' history.
struct VitalRecord
{
    QString id;
    QString patientId;
    QString consultationId;
    VitalKind kind = VitalKind::Weight;
    double value = 0;
    double value2 = 0;
    BloodPressure::Arm arm = BloodPressure::Arm::Unknown;
    BloodPressure::Position position = BloodPressure::Position::Seated;
    QDateTime measuredAt; // UTC
    QString measuredBy;   // user id
    QString measuredByName;
    QString lateReason;       // why it was entered later than taken
    QString replaces;         // the id of the record this one corrects
    bool superseded = false;  // corrected since: kept, shown struck out
    QString correctionReason; // why this value replaced the one before
    QString source;           // where an imported value came from: "Observation/<id>"

    // "72.5 kg", "142/88 mmHg"
    QString displayValue() const;
    BloodPressure bloodPressure() const;
};

// The patient's latest values and the alerts they raise, as the file's header and the GP's
// review show them.
struct LatestVitals
{
    QMap<VitalKind, VitalRecord> latest;       // per kind, superseded ones left out
    QList<BloodPressure> pressuresOfLastVisit; // the day of the latest blood pressure, in order
    std::optional<BloodPressure> officePressure;
    std::optional<double> bmi;
    QList<VitalAlert> alerts;
};

// A time series for a chart.
struct VitalPoint
{
    QDateTime at;
    double value = 0;
    double value2 = 0;
};

} // namespace relais
