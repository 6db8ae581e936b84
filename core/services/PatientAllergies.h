#pragma once

#include "security/Session.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace relais {

class Vault;

struct Allergy
{
    enum class Kind
    {
        Allergy,
        Intolerance
    };
    QString id;
    QString patientId;
    Kind kind = Kind::Allergy;
    QString substance;     // as typed, or a substance's name from the drug database
    QString substanceCode; // the BDPM substance code when known; empty for free text
    QString reaction;      // what happened, in the patient's or the carer's words
};

// A patient's allergies and intolerances: always shown in the file's header, checked later
// against prescriptions. Removing one keeps it as a tombstone, for sync and for the trail.
class PatientAllergies
{
    Q_DECLARE_TR_FUNCTIONS(relais::PatientAllergies)

public:
    static constexpr auto FieldSubstance = "substance";

    explicit PatientAllergies(Vault &vault);

    Result<QList<Allergy>> list(const Session &session, const QString &patientId) const;
    Result<QString> add(const Session &session, const Allergy &allergy);
    Status remove(const Session &session, const QString &allergyId);

    // "Penicillin (allergy: hives), lactose (intolerance)", or the "none known" sentence.
    static QString summary(const QList<Allergy> &allergies);

private:
    Vault &m_vault;
};

} // namespace relais
