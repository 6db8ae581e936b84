#include "VaultOverview.h"

#include "repositories/PracticeRepository.h"
#include "storage/Vault.h"

namespace relais {

Result<VaultOverview::Practice> VaultOverview::practice(Vault &vault)
{
    auto details = PracticeRepository(vault).details();
    if (!details)
        return std::unexpected(details.error());
    return Practice{details->name, details->address, details->phone};
}

Result<QList<VaultOverview::Tally>> VaultOverview::tallies(Vault &vault)
{
    using Tallied = PracticeRepository::Tallied;
    const QList<std::pair<QString, Tallied>> sources = {
        {tr("Practice"), Tallied::Practice},
        {tr("Patients"), Tallied::Patients},
        {tr("User accounts"), Tallied::Users},
        {tr("Changes waiting to sync"), Tallied::UnsyncedChanges},
        {tr("Audit trail entries"), Tallied::AuditEntries},
    };
    const PracticeRepository practices(vault);
    QList<Tally> tallies;
    for (const auto &[label, what] : sources) {
        auto counted = practices.tally(what);
        if (!counted)
            return std::unexpected(counted.error());
        tallies.append({label, counted->count, counted->lastChange});
    }
    return tallies;
}

} // namespace relais
