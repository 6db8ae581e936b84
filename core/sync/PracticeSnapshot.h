#pragma once

#include "sync/DeviceKeys.h"
#include "sync/Hub.h"
#include "util/Result.h"
#include "util/SecureBytes.h"

#include <QCoreApplication>

#include <functional>

namespace relais {

class Vault;

// The practice's records and audit trails as one workstation holds them after applying every
// envelope up to a sequence of the hub, sealed in chunks on the hub: a new workstation starts
// from it rather than from every change ever pushed, then pulls the envelopes after that
// sequence. Records are copied as they are, sync columns included, so that the digests agree;
// loading keeps, per record, the later of what is stored and what comes (as applying does).
class PracticeSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(relais::PracticeSnapshot)

public:
    // The JSON of a chunk before compression: a few seconds of a slow network each.
    static constexpr qsizetype ChunkBytes = qsizetype(4) * 1024 * 1024;

    struct Seal
    {
        QString practiceId;
        int epoch = 0;
        const SecureBytes *key = nullptr; // the practice's key of that epoch
        const DeviceKeys *signer = nullptr;
    };
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // Seals this vault's synced records and audit trails into a new snapshot at `baseSeq` and
    // stores it on the hub; the older snapshots of the practice go once it is complete.
    // Returns how many chunks it has.
    static Result<int> publish(Vault &vault, Hub &hub, const Seal &seal, qint64 baseSeq,
                               qsizetype chunkBytes = ChunkBytes);

    struct Opening
    {
        QString practiceId;
        int epoch = 0;
        const SecureBytes *key = nullptr;
        DeviceKeys::Public signer; // of the workstation that made the snapshot
    };
    // Loads chunks `from`… of `snapshot`, each checked against its signer and applied in a
    // transaction of its own in which `noteDone(next chunk)` runs too: cut off, the load goes
    // on at the next chunk. Returns how many records it wrote.
    static Result<qint64> load(Vault &vault, Hub &hub, const Hub::Snapshot &snapshot, int from,
                               const Opening &opening,
                               const std::function<Status(int next)> &noteDone,
                               const Progress &progress = {});
};

} // namespace relais
