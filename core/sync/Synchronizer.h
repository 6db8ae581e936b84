#pragma once

#include "domain/Actor.h"
#include "sync/Envelope.h"
#include "sync/Hub.h"
#include "sync/HubAddress.h"
#include "sync/Invitation.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>
#include <future>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace relais {

class RecordWriter;
class SyncState;
class Vault;

// What one sync did, in figures, and what it could not do, in words.
struct SyncReport
{
    Q_DECLARE_TR_FUNCTIONS(relais::SyncReport)

public:
    bool practiceCreated = false; // this sync set the practice up on the hub
    int enrolled = 0;             // new workstations this sync let in
    int pushed = 0;               // changes sent (already on the hub included)
    int alreadyOnHub = 0;         // of those, sent before by a sync cut off before it could note it
    int auditRowsPushed = 0;
    int received = 0; // envelopes read from the hub
    int applied = 0;  // changes written here
    int superseded = 0;
    int keptAside = 0; // changes not applied over a signed or reviewed record, clocks far ahead
    int refused = 0;   // envelopes that did not open or verify
    int held = 0;      // envelopes from a workstation not known yet
    int snapshotChunks = 0;   // of the practice's snapshot, made (letting one in) or received
    int pending = 0;          // changes still waiting to be sent
    qint64 clockOffsetMs = 0; // the hub's clock minus this workstation's
    bool pushRefusedForClock = false;
    // A workstation revoked here had no login of its own on the hub (it used the host's).
    bool revokedOnSharedLogin = false;
    QString stoppedBecause;      // set when pulling stopped early (a change from a newer Relais)
    QStringList patientsChanged; // patient files written by this sync (to look for duplicates)

    QStringList warnings() const;
    QString summary() const;
};

// Push, pull, apply: one sync of this workstation with the practice's hub. Pushes the journal's
// pending changes and the audit trail's new rows, each sealed and signed; pulls what the other
// workstations pushed, checks and opens each envelope and applies it through the vault's one
// write path, a page at a time, moving the cursor in the same transaction: a sync cut short
// anywhere leaves nothing half-applied and the next one goes on from there.
class Synchronizer
{
    Q_DECLARE_TR_FUNCTIONS(relais::Synchronizer)

public:
    // Beyond these offsets between this workstation's clock and the hub's, sync warns, then
    // keeps the changes made here until the clock is set right.
    static constexpr qint64 WarnOffsetMs = 2LL * 60 * 1000;
    static constexpr qint64 RefuseOffsetMs = 10LL * 60 * 1000;
    // A change stamped further ahead of this workstation's clock is kept aside, not applied.
    static constexpr qint64 QuarantineLeadMs = 60LL * 60 * 1000;
    static constexpr int PageSize = 500;
    // A workstation letting a new one in leaves a snapshot on the hub when the last one is
    // older than this many envelopes: below it, the envelopes are as quick to receive.
    static constexpr qint64 SnapshotAfter = 1000;

    using Progress = std::function<void(const QString &step, qint64 done, qint64 total)>;

    Synchronizer(Vault &vault, const Actor &actor);
    ~Synchronizer();

    // One sync. hub: where the hub is, for the first sync of the practice's first workstation
    // (it sets the practice up) or to change it; otherwise the stored one. password: the hub
    // login's; empty for the stored one.
    Result<SyncReport> run(const QString &hub = {}, const QString &password = {},
                           const Progress &progress = {});

    // An invitation for a new workstation, registered on the stored hub.
    Result<Invitation::Made> invite();
    // Enrols the workstations that answered this one's invitations; returns how many.
    Result<int> grantAnswered();
    // Revokes workstation `deviceId` (lost, stolen, given away): its logins on the hub are
    // disabled at once, and the practice's key of a new epoch is sealed to every other
    // workstation (a sync then sends it, and seals with it). What it signs after this is
    // refused everywhere; what it signed before stays. Returns how many logins it had.
    Result<int> revoke(const QString &deviceId);
    // Makes this fresh vault a workstation of the practice that invited it (then run() brings
    // the practice's records). `hub` is where the hub is; `typed`, the code, gives the login.
    Status join(const QString &hub, const QString &typed, const Invitation::Waiting &waiting);

    // Creates the hub's schema in an empty PostgreSQL database; says what it did.
    static Result<QStringList> initHub(const QString &uri, const QString &password);
    // The host's: a login on the hub for a new practice, or one more for `practiceId`.
    static Result<Hub::NewLogin> addPractice(const QString &uri, const QString &password,
                                             const QString &practiceId = {});

private:
    Status connect(const QString &hub, const QString &password, SyncReport &report);
    Status connectStored();
    Status openHub(const HubAddress &address, const QString &password);
    Status setUpPractice(const QString &onHub, SyncReport &report);
    Status loadKeys();
    // Reloads the practice's workstations, enrolled and revoked.
    Status loadDevices();
    // Takes the practice's keys of new epochs granted to this workstation (after a revocation).
    Status adoptKeys();
    Status hold(const SealedEnvelope &envelope, SyncReport &report);
    Status measureClock(SyncReport &report);
    // The hub pruned nothing this workstation still needs (a cursor put back by a restore).
    Status checkPruning(qint64 cursor);
    Status checkHubHistory();
    Status push(SyncReport &report, const Progress &progress);
    Status letIn(SyncReport &report, const Progress &progress);
    Status publishSnapshot(SyncReport &report, const Progress &progress);
    Status loadSnapshot(SyncReport &report, const Progress &progress);
    Status pushChanges(SyncReport &report, const Progress &progress);
    Status pushAudit(SyncReport &report);
    Status pull(SyncReport &report, const Progress &progress);
    Status skipOwn(const Hub::Pushed &pushed);
    enum class Outcome
    {
        Done,
        StopTooNew
    };
    // Applies one envelope; `opened` is its message when it was opened beforehand.
    Result<Outcome> receive(RecordWriter &writer, const SealedEnvelope &envelope,
                            SyncReport &report, const Result<QByteArray> *opened = nullptr);
    using Opened = std::vector<std::optional<Result<QByteArray>>>;
    // Opens what it can of a page (the envelopes whose signer is known) on another thread.
    std::future<Opened> openPage(const QList<SealedEnvelope> &page) const;
    Status keepAside(const QString &kind, const SealedEnvelope &envelope, const QString &entity,
                     const QString &entityId, const QString &reason, const QByteArray &payload);
    Status retryHeld(SyncReport &report);
    EnvelopeHeader headerFor(const QString &envelopeId) const;

    Vault &m_vault;
    Actor m_actor;
    std::unique_ptr<SyncState> m_state;
    std::unique_ptr<Hub> m_hub;
    QString m_practiceId;
    int m_epoch = 0;
    std::optional<DeviceKeys> m_keys;
    std::map<int, SecureBytes> m_practiceKeys; // epoch -> the practice's key
    QHash<QString, DeviceKeys::Public> m_devices;
    QSet<QString> m_revoked;
    bool m_grantsArrived = false; // a key grant was applied: adoptKeys() is due
};

} // namespace relais
