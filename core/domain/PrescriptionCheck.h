#pragma once

#include "domain/Interaction.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace relais {

// A drug as the checks see it: the lines of the prescription being drafted, and the patient's
// current treatments, each with its BDPM substances and the thesaurus protagonists they are
// (their molecules and those molecules' classes, as search keys).
struct CheckedDrug
{
    QString name;
    int line = -1; // its line in the prescription; -1 for a current treatment
    QStringList substanceCodes = {};
    QStringList protagonists = {};
    bool isLine() const { return line >= 0; }
};

// An allergy or intolerance of the patient linked to a substance.
struct CheckedAllergy
{
    QString label;
    QString substanceCode = {};
    QStringList molecules = {}; // the thesaurus molecule the substance is, as search keys
};

// One thing the prescriber must see before signing.
struct DrugAlert
{
    enum class Kind
    {
        Allergy,
        Interaction,
        Duplicate
    };
    Kind kind = Kind::Interaction;
    InteractionLevel level = InteractionLevel::ToConsider; // for an interaction
    int line = -1;                                         // the line it is about
    QString first;                                         // that line's drug
    QString second;                                        // the other drug, or the allergy
    QString between; // the protagonists as the thesaurus names them: "AMIODARONE + ANTIVITAMINES K"
    QString text;    // what to do, and why
    // Contraindications and allergies are acknowledged with a reason before signing.
    bool needsAcknowledgement = false;
    // Stable across checks of the same drafts: what an acknowledgement is kept under.
    QString key;
};

// The checks of a prescription while it is drafted: allergies (by substance and by molecule),
// interactions between its lines and with the current treatments (by molecule and by class,
// every level of the thesaurus), and the same substance twice. A pure function of what it is
// given: the service reads the vault, this decides.
class PrescriptionCheck
{
    Q_DECLARE_TR_FUNCTIONS(relais::PrescriptionCheck)

public:
    // `interactions`: at least every thesaurus entry whose two protagonists are among the
    // drugs'; extra ones are ignored. The alerts come the most serious first.
    static QList<DrugAlert> run(const QList<CheckedDrug> &drugs,
                                const QList<CheckedAllergy> &allergies,
                                const QList<DrugInteraction> &interactions);
    // One line that names the alert: "Contre-indication : AMIODARONE + ANTIVITAMINES K",
    // "Allergie : pénicillines (AMOXICILLINE)". Kept with an acknowledgement, shown in lists.
    static QString summary(const DrugAlert &alert);
    // "Contre-indication", "Association déconseillée", "Précaution d'emploi", "À prendre en
    // compte".
    static QString levelName(InteractionLevel level);
};

} // namespace relais
