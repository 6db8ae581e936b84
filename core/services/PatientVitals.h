#pragma once

#include "domain/BloodPressure.h"
#include "domain/VitalAlertRules.h"
#include "domain/VitalRecord.h"
#include "domain/VitalSign.h"
#include "security/Session.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>

#include <functional>

namespace relais {

class RecordWriter;
class Vault;

// What the assistant typed in one sitting at the desk. Empty fields are simply not measured.
struct VitalEntry
{
    struct TypedPressure
    {
        QString systolic;
        QString diastolic;
        BloodPressure::Arm arm = BloodPressure::Arm::Unknown;
        BloodPressure::Position position = BloodPressure::Position::Seated;
    };
    QString patientId;
    QString consultationId;
    QMap<VitalKind, QString> typed; // every kind but BMI (computed) and blood pressure
    QList<TypedPressure> pressures; // in the order taken
    QDateTime measuredAt;           // invalid: now
    QString lateReason;             // required when measuredAt is more than 15 minutes ago
};

// The vital signs of a patient's file: recorded in one transaction per sitting, corrected as
// new versions (the old one stays visible), read back for the header, the history, the charts
// and the alerts. Recording needs RecordVitals; reading, ReadPatients.
class PatientVitals
{
    Q_DECLARE_TR_FUNCTIONS(relais::PatientVitals)

public:
    static constexpr auto FieldMeasuredAt = "measuredAt";
    static constexpr auto FieldLateReason = "lateReason";
    static constexpr auto FieldCorrectionReason = "correctionReason";
    static constexpr int LateAfterMinutes = 15;

    explicit PatientVitals(Vault &vault);
    // The practice's time, as every reading and rule of this service sees it.
    const Clock &clock() const;

    // Every wrong field at once, for the form to mark as the assistant types: named as
    // VitalSigns names them, and a blood-pressure reading's as pressureField() names them.
    QList<Error> problems(const VitalEntry &entry) const;
    // The field of one reading of a sitting: "systolic" for the first, "systolic-2" after.
    static QString pressureField(const char *field, qsizetype reading);

    struct Recorded
    {
        QStringList ids;
        QStringList corrections; // "1.75 m read as 175 cm"
    };
    // All the entry or nothing; refused with the first problem when there is one, or when
    // nothing was measured.
    Result<Recorded> record(const Session &session, const VitalEntry &entry);
    // Replaces a value by a corrected one (typed as in the form; "142/88" for a blood pressure),
    // with the reason; the old value stays in the history, superseded.
    Result<QString> correct(const Session &session, const QString &recordId, const QString &typed,
                            const QString &reason);

    // Newest first; superseded versions included, so the history shows what was corrected.
    Result<QList<VitalRecord>> history(const Session &session, const QString &patientId) const;
    Result<LatestVitals> latest(const Session &session, const QString &patientId) const;
    // One kind's values since `from` (oldest first), superseded ones left out. For BMI: each
    // weight with the latest height known at its time.
    Result<QList<VitalPoint>> series(const Session &session, const QString &patientId,
                                     VitalKind kind, const QDateTime &from) const;
    // The values taken for one prepared consultation, in the order taken.
    Result<QList<VitalRecord>> ofConsultation(const Session &session,
                                              const QString &consultationId) const;
    // The current values of a patient measured on `day` (local time) that belong to no
    // consultation: taken before one was started, or imported. Oldest first.
    Result<QList<VitalRecord>> unattachedOfDay(const Session &session, const QString &patientId,
                                               const QDate &day) const;

    // For an importer, inside its own write: keeps one measurement as it is (checked against
    // the plausible ranges first).
    static Result<QString> insertImported(RecordWriter &writer, const VitalRecord &record);
    // The measurement imported from `source`, or empty.
    QString idFromSource(const QString &source) const;

    // The alerts the values typed so far would raise, before they are saved (values that do not
    // read yet are left out): the assistant sees "SpO2 88 %: low" while the patient is there.
    QList<VitalAlert> previewAlerts(const VitalEntry &entry) const;
    // The rules' view of a set of records: the latest of each kind and the blood pressures of
    // the latest one's day, with the earlier weights.
    static VitalSnapshot snapshot(const QList<VitalRecord> &records,
                                  const QList<std::pair<QDate, double>> &earlierWeights);
    // The patient's birth date, which the alert rules need (invalid when unknown).
    QDate birthDateOf(const QString &patientId) const;

private:
    QDateTime now() const;

    Vault &m_vault;
};

} // namespace relais
