#pragma once

#include "domain/Interaction.h"
#include "security/Session.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace relais {

class Vault;
struct InteractionThesaurus;

// The ANSM interaction thesaurus on this workstation, and which of its molecules the BDPM's
// substances are: what prescriptions are checked against. Public reference data, imported from
// the ANSM's tables and never synced.
class DrugInteractions
{
    Q_DECLARE_TR_FUNCTIONS(relais::DrugInteractions)

public:
    // Every edition since 2016 pairs well over a thousand protagonists (1,463 in August 2016):
    // far fewer is a damaged or foreign file.
    static constexpr int MinimumInteractions = 500;

    struct ImportSummary
    {
        InteractionRelease release;
        int substancesMatched = 0; // BDPM substance codes found to be a thesaurus molecule
        QStringList skipped;
    };
    enum class Import
    {
        Checked,
        Forced
    };

    explicit DrugInteractions(Vault &vault);

    // Replaces the thesaurus by the one in `source` (a folder with the interactions table and
    // the molecule → class tables, or the interactions file), then matches the BDPM substances
    // to its molecules again. All or nothing, in one transaction; audited. Checked: a thesaurus
    // cut short, with many unreadable lines or too few interactions is refused and the one in
    // use kept.
    Result<ImportSummary> importFrom(const Session &session, const QString &source,
                                     Import mode = Import::Checked);
    // The thesaurus in use; none before the first import.
    std::optional<InteractionRelease> release() const;

    struct SubstanceMatch
    {
        QString code;
        QString name;
        int specialties = 0;
        QString molecule; // empty when unmatched
        bool homeopathic = false;
    };
    struct Coverage
    {
        QList<SubstanceMatch> substances; // the most prescribed first
        int matched = 0;
        int homeopathic = 0; // of which homeopathic stocks, never matched
        double share() const;
        double shareWithoutHomeopathy() const;
    };
    // The active substances of the marketed oral and injectable specialties, and which are
    // matched to a thesaurus molecule: what Settings shows for review.
    Result<Coverage> coverage(const Session &session) const;

private:
    static Status plausible(const InteractionThesaurus &thesaurus);

    Vault &m_vault;
};

} // namespace relais
