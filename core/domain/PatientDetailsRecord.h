#pragma once

#include "domain/Coverage.h"

#include <QDate>
#include <QString>

namespace relais {

// A patient's answer to a consent question; "not asked" is not a refusal.
enum class Consent
{
    NotAsked,
    Given,
    Refused,
};

// The doctor the patient declared as médecin traitant: a physician of the practice, or one
// outside it, named with an RPPS number so letters and e-health exchanges reach them.
struct ReferringDoctor
{
    QString userId; // an account of the practice, or empty
    QString name;   // an outside physician's name ("Dr Anne LEROY"), or the practice physician's
    QString rpps;   // 11 digits

    bool isEmpty() const { return userId.isEmpty() && name.isEmpty() && rpps.isEmpty(); }
    friend bool operator==(const ReferringDoctor &, const ReferringDoctor &) = default;
};

struct PracticePhysician
{
    QString userId;
    QString name;
    QString rpps;
};

// The administrative part of a file beyond identity and contact.
struct PatientDetailsRecord
{
    QString patientId;
    ReferringDoctor referring;
    Coverage coverage;
    Consent dataSharing = Consent::NotAsked; // sharing within the care team (L.1110-4 CSP)
    Consent dmp = Consent::NotAsked;         // access to the Dossier Médical Partagé
    QDate consentsOn;                        // when the answers were collected
    QString notes;                           // free notes of the practice
};

} // namespace relais
