#pragma once

#include "domain/Patient.h"
#include "storage/Vault.h"
#include "util/Result.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace relais {

// The patients' names as a view shows them beside appointments, kept in memory between reads.
// A week of five practitioners names some 2,000 patients, and looking each one up in the vault
// was half of the week's time.
//
// A wrong name beside an appointment is an identity error, so nothing kept is ever older than
// the file: everything is dropped as soon as a patient may have changed, that is, when a commit
// through this handle changed the patient table, or when anything at all was committed by
// another connection (a worker, a sync, another process). Vault::readStamp says which.
class PatientNames
{
public:
    struct Name
    {
        PatientIdentity identity; // the names, the birth date and the phone are read
        QString displayName;
        QString initials;
    };

    // Makes sure each of `ids` is known, reading those not kept (all of them if the vault may
    // have changed since the last call).
    Status fetch(const Vault &vault, const QStringList &ids);
    // After fetch: the live patient, or null for a merged or removed file or an unknown id.
    const Name *find(const QString &id) const;

private:
    // Beyond this, what is kept is dropped rather than grown: a few weeks of a busy practice.
    static constexpr qsizetype MostKept = 50'000;

    std::optional<Vault::ReadStamp> m_stamp;
    QHash<QString, std::optional<Name>> m_names; // nullopt: not a live patient
};

} // namespace relais
