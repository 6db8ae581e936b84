#pragma once

#include "domain/Interaction.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace relais {

class Vault;

// The interaction thesaurus as imported (interaction, interaction_name, interaction_member) and
// which of its molecules each BDPM substance is (substance_molecule): reference data, local to
// each workstation, replaced whole by each import, never journalled.
class InteractionRepository
{
    Q_DECLARE_TR_FUNCTIONS(relais::InteractionRepository)

public:
    static constexpr auto Interactions = "interaction";
    static constexpr auto SubstanceMolecules = "substance_molecule";

    explicit InteractionRepository(const Vault &vault);

    // Inside the caller's write: the thesaurus in use is replaced by this one.
    Status replaceThesaurus(const QList<DrugInteraction> &interactions,
                            const QList<InteractionClassMember> &memberships,
                            const QStringList &molecules, const QStringList &classes,
                            const InteractionRelease &release) const;
    // Inside the caller's write: which thesaurus molecule each substance of the drug database
    // is, found again from their names (after either of them was replaced). How many substance
    // codes were matched.
    Result<int> relinkSubstances() const;
    // The thesaurus in use; none before the first import.
    Result<std::optional<InteractionRelease>> release() const;

    // An active substance of the marketed oral or injectable specialties, matched or not.
    struct SubstanceMatch
    {
        QString code;
        QString name;
        int specialties = 0; // marketed oral or injectable specialties that hold it
        QString molecule;    // the thesaurus molecule, as published; empty when unmatched
    };
    // Every active substance of a marketed specialty taken by mouth or injected, with the
    // thesaurus molecule it is (or the one its active fraction is); the most prescribed first.
    Result<QList<SubstanceMatch>> prescribedSubstances() const;

    // For each substance code, the thesaurus protagonists it is: its molecule and the classes
    // of that molecule, as search keys. A code matched to no molecule is left out.
    Result<QHash<QString, QStringList>> protagonistsOf(const QStringList &substanceCodes) const;
    // The entries whose two protagonists are both among `keys`.
    Result<QList<DrugInteraction>> among(const QStringList &keys) const;

private:
    const Vault &m_vault;
};

} // namespace relais
