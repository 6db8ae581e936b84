#pragma once

#include "domain/Coverage.h"
#include "security/Session.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace relais {

class Vault;

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

// Reads and changes the referring doctor, coverage, consents and notes of a patient's file.
class PatientDetails
{
    Q_DECLARE_TR_FUNCTIONS(relais::PatientDetails)

public:
    static constexpr auto FieldReferringName = "referringName";
    static constexpr auto FieldReferringRpps = "referringRpps";
    static constexpr auto FieldConsentsOn = "consentsOn";
    static constexpr auto FieldNotes = "notes";
    static constexpr int MaxNotes = 20000;

    explicit PatientDetails(Vault &vault);

    Result<PatientDetailsRecord> load(const Session &session, const QString &patientId) const;
    // Checks every field and writes them in one change, audited.
    Status update(const Session &session, const PatientDetailsRecord &details);
    // The practice's physicians who may be a patient's referring doctor (active accounts).
    Result<QList<PracticePhysician>> practicePhysicians(const Session &session) const;

    // "Dr Anne LEROY (RPPS 10003456789)", or the "none declared" sentence.
    static QString describe(const ReferringDoctor &doctor);
    static QString display(Consent consent);
    static QString consentCode(Consent consent); // "", "yes", "no"
    static Consent consentFromCode(const QString &code);

private:
    Result<PatientDetailsRecord> normalise(const PatientDetailsRecord &typed) const;

    Vault &m_vault;
};

} // namespace relais
