#pragma once

#include "domain/Actor.h"
#include "util/Result.h"
#include "util/SecureBytes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace relais {

// The append-only trail of who read or wrote what. Each row stores the BLAKE2b hash of its own
// content chained to the previous row's hash, so that editing or removing a row in the middle
// shows: every later hash stops matching. The chain alone cannot show that its newest rows were
// removed; its end is therefore sealed as an anchor (last sequence and hash, with a MAC under a
// key derived from the vault key) kept apart from the trail and moved on in the same
// transaction as every append. ARCHITECTURE.md says what the anchor proves and what it cannot.
class AuditTrail
{
    Q_DECLARE_TR_FUNCTIONS(relais::AuditTrail)

public:
    // The anchor's MAC key, derived from the vault key (never the vault key itself).
    static SecureBytes anchorKey(const SecureBytes &vaultKey);

    AuditTrail(const QSqlDatabase &db, const SecureBytes &anchorKey);

    // Appends inside the caller's transaction, so that the entry and the change it records are
    // kept or lost together.
    Status append(const Actor &actor, const QString &action, const QString &entity,
                  const QString &entityId, const QDateTime &at);

    // Whether the anchor seals the trail's present end. Checked at the start of each write: an
    // anchor that does not match is never sealed again over the damage, so that a removal stays
    // visible however much is written after it.
    Result<bool> anchorMatchesEnd() const;
    // Seals the trail's present end (inside the caller's transaction).
    Status sealEnd();

    enum class AnchorState
    {
        Matches,
        Missing,   // removed, or never sealed
        Altered,   // its MAC does not verify: written by someone without the key
        EndDiffers // the trail ends before the anchor, or elsewhere than it says
    };
    struct Verdict
    {
        qint64 rowsChecked = 0;
        std::optional<qint64> firstBrokenSeq; // empty when the chain is whole
        AnchorState anchor = AnchorState::Matches;
        qint64 anchorSeq = 0; // the last entry the anchor vouches for
        qint64 lastSeq = 0;   // the last entry the trail holds
        QByteArray lastHash;
        bool intact() const { return !firstBrokenSeq && anchor == AnchorState::Matches; }
    };
    // Walks the whole chain, then checks its end against the anchor. A row that cannot be read
    // (a damaged page) is an error, never the end of the trail.
    Result<Verdict> verify() const;
    // The trail of another workstation of the practice, as sync brought it: its chain whole
    // from its first entry (its anchor stays on that workstation).
    Result<Verdict> verifyPeer(const QString &device) const;

private:
    struct Anchor
    {
        qint64 seq = 0;
        QByteArray hash;
        QByteArray mac;
    };
    std::optional<Anchor> readAnchor() const;
    // Walks a chain of rows (this vault's, or one device's of audit_peer when device is set).
    Result<Verdict> walkChain(const QString &table, const QString &device) const;
    QByteArray mac(qint64 seq, const QByteArray &hash) const;
    Result<std::pair<qint64, QByteArray>> lastRow() const;

    QSqlDatabase m_db;
    const SecureBytes &m_anchorKey;
};

} // namespace relais
