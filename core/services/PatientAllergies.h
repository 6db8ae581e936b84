#pragma once

#include "domain/Allergy.h"
#include "security/Session.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace relais {

class Vault;

// A patient's allergies and intolerances: always shown in the file's header, checked later
// against prescriptions. Removing one keeps it as a tombstone, for sync and for the trail.
class PatientAllergies
{
    Q_DECLARE_TR_FUNCTIONS(relais::PatientAllergies)

public:
    static constexpr auto FieldSubstance = "substance";

    explicit PatientAllergies(Vault &vault);

    Result<QList<Allergy>> list(const Session &session, const QString &patientId) const;
    // The list and, when it is empty, whether someone asked.
    Result<AllergyStatus> status(const Session &session, const QString &patientId) const;
    // Adding an allergy withdraws an earlier "no known allergy" in the same write.
    Result<QString> add(const Session &session, const Allergy &allergy);
    Status remove(const Session &session, const QString &allergyId);
    // The patient was asked and knows of no allergy: recorded with who and when. Refused while
    // allergies are listed (they would contradict it); recording it again says it anew.
    Status recordNoneKnown(const Session &session, const QString &patientId);

    // "Penicillin (allergy: hives), lactose (intolerance)", "no known allergy (asked by … on …)"
    // or "not asked yet".
    static QString summary(const AllergyStatus &status);

private:
    // The live "no known allergy" statements of a file (normally one).
    QStringList statementsOf(const QString &patientId) const;

    Vault &m_vault;
};

} // namespace relais
