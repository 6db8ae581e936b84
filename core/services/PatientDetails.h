#pragma once

#include "domain/Coverage.h"
#include "domain/PatientDetailsRecord.h"
#include "security/Session.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace relais {

class Vault;

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
