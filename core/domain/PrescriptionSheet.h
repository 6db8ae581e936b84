#pragma once

#include "domain/Prescription.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace relais {

// Everything an ordonnance prints, gathered from the prescription, its signer, the practice and
// the patient's file (CSP R.5132-3): what the printer lays out, and nothing it has to look up.
struct PrescriptionSheet
{
    Q_DECLARE_TR_FUNCTIONS(relais::PrescriptionSheet)

public:
    struct Prescriber
    {
        QString name;          // "Dr Claire Martin"
        QString qualification; // "Médecin"
        QString specialty;     // "Médecine générale"
        QString rpps;
        QString practice;
        QString address; // professional, ending with "France"
        QString phone;   // "+33 5 53 00 00 00"
        QString email;
    };
    struct Patient
    {
        QString birthName;
        QString usedName; // when it differs from the birth name
        QString firstNames;
        QChar sex; // 'F', 'M' or 'U'
        QDate birthDate;
        // For a child, where a dose depends on them: the latest measures and their day.
        std::optional<double> weightKg = {};
        std::optional<double> heightCm = {};
        QDate measuredOn = {};
    };

    QString prescriptionId;
    Prescriber prescriber;
    Patient patient;
    QDate date; // the day it was signed
    // Printed before: this copy says it is a duplicate, so that it is not dispensed twice.
    bool duplicate = false;
    QList<PrescriptionLine> lines;

    // The ALD lines above, the others below (CSS R.161-45), as soon as one line is for the
    // patient's long-term condition.
    bool bizone() const;
    // The age in whole years on the prescription's day.
    int ageInYears() const;
    // The mentions a pharmacist expects that are missing, one sentence each ("the prescriber's
    // e-mail address"): the ordonnance prints, and the one who prints it is told.
    QStringList missingMentions() const;
};

} // namespace relais
