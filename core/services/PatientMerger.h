#pragma once

#include "domain/PatientMergeRecord.h"
#include "security/Session.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace relais {

class Vault;

// Two files of one person become one. Everything of the merged file (allergies, history,
// treatments, and whatever later records point to a patient) moves to the kept one; what the kept
// file lacks (phone, address, coverage...) is filled from the merged one; the merged file stays,
// marked as merged and out of the lists, so nothing is lost. Undo puts every moved record back
// and restores the filled fields unless someone changed them since.
class PatientMerger
{
    Q_DECLARE_TR_FUNCTIONS(relais::PatientMerger)

public:
    static constexpr auto FieldReason = "reason";

    explicit PatientMerger(Vault &vault);

    Result<QString> merge(const Session &session, const QString &keptId, const QString &mergedId,
                          const QString &reason);
    Status undo(const Session &session, const QString &mergeId);
    // Moves to the kept file what still points to a merged one: a record made on another
    // workstation before the merge reached it. Sync calls it after each pull, on every
    // workstation, so that they all end with the record on the kept file. Returns how many moved.
    Result<int> followMerges(const Actor &actor);
    // Merges into this file, newest first, undone ones included.
    Result<QList<PatientMergeRecord>> mergesInto(const Session &session,
                                                 const QString &keptId) const;

private:
    Vault &m_vault;
};

} // namespace relais
