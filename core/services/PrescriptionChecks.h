#pragma once

#include "domain/Drug.h"
#include "domain/Interaction.h"
#include "domain/Prescription.h"
#include "domain/PrescriptionCheck.h"
#include "security/Session.h"
#include "util/Result.h"

#include <QCoreApplication>

#include <optional>

namespace relais {

class Vault;

// Checks a prescription being drafted against the patient's allergies and current treatments
// with the drug database and the interaction thesaurus of this workstation, and says plainly
// what could not be checked: data missing or old, a drug whose substances are unknown.
class PrescriptionChecks
{
    Q_DECLARE_TR_FUNCTIONS(relais::PrescriptionChecks)

public:
    struct Outcome
    {
        QList<DrugAlert> alerts;
        QStringList unchecked; // drugs (lines or treatments) whose substances are not known
        // Sentences for what the checks could not rely on: no drug database, no thesaurus, or
        // one older than the setting. Signing asks to confirm when there is any.
        QStringList dataWarnings;
    };

    explicit PrescriptionChecks(Vault &vault);

    // Data older than the workstation's setting (PracticeSettings::drugDataMaxAgeMonths) is
    // said to be old.
    Result<Outcome> check(const Session &session, const Prescription &prescription) const;

private:
    // The substance codes of a line or treatment: those it carries, or of its specialty, or of
    // the substance its name starts with.
    QStringList substancesOf(const QString &cis, const QStringList &known,
                             const QString &name) const;

    Vault &m_vault;
};

} // namespace relais
