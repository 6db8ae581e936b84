#pragma once

#include "domain/VitalRecord.h"

#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace relais {

// A consultation the assistant prepares before the GP sees the patient: why they come, what was
// measured, what was checked, and what the GP may want to sign (a renewal, a certificate).
// It goes from "in preparation" to "ready for the doctor", then "reviewed" by the GP.
struct PreparedConsultation
{
    enum class Status
    {
        Preparing,
        Ready,
        Reviewed
    };
    QString id;
    QString patientId;
    QString physicianId; // the GP who will see the patient
    QString physicianName;
    QString appointmentId; // empty for a walk-in
    QDate day;
    QString reason;
    QString notes;
    QMap<QString, bool> checklist; // item code -> done
    QStringList drafts;            // items for the GP, one a line
    Status status = Status::Preparing;
    QString preparedByName;
    QDateTime readyAt;
    QString reviewedById;
    QString reviewedByName;
    QDateTime reviewedAt;
    QString gpComment;
    int alertLevel = 0; // 0 none, 1 warning, 2 urgent: set when made ready
    QStringList alerts;
    // Who the patient is, for the GP's list.
    QString patientName;
    QDate birthDate;
    QChar sex;
};

// What the GP sees on opening a prepared file: everything on one screen.
struct ConsultationSummary
{
    struct Change
    {
        VitalKind kind = VitalKind::Weight;
        VitalRecord now;
        std::optional<VitalRecord> before; // the latest of the same kind before this visit's day
    };
    PreparedConsultation consultation;
    QList<VitalRecord> vitals; // taken for this consultation, in order
    QList<VitalAlert> alerts;  // recomputed from them
    QList<Change> changes;     // per kind measured, against the last visit
    QString allergies;         // the header's sentence
    QStringList treatments;    // current ones
    QString ald;
};

} // namespace relais
