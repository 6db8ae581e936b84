#pragma once

#include "sync/Envelope.h"
#include "sync/HubAddress.h"
#include "sync/HubLogin.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>

namespace relais {

// The practice's hub: a PostgreSQL database, through Qt's QPSQL driver, that stores sealed
// envelopes and hands them back in the order they were committed. It never holds anything it
// could read: per envelope only the practice, the workstation, the envelope id, the key epoch,
// a padded size, its sequence and the sealed bytes.
class Hub
{
    Q_DECLARE_TR_FUNCTIONS(relais::Hub)

public:
    static constexpr int SchemaVersion = 4;
    // What the hub takes (its own checks refuse more): a sealed envelope's size, and envelopes
    // in one statement (a push sends PushRowsPerStatement at a time).
    static constexpr qsizetype MaxEnvelopeBytes = qsizetype(16) * 1024 * 1024;
    static constexpr qsizetype MaxChunkBytes = qsizetype(64) * 1024 * 1024;
    static constexpr int MaxEnvelopesPerStatement = 1000;

    // Connects, or says in a sentence why not (unreachable, login refused, no such database).
    static Result<std::unique_ptr<Hub>> connect(const HubAddress &address, const QString &password,
                                                int timeoutSeconds = 10);
    ~Hub();
    Hub(const Hub &) = delete;
    Hub &operator=(const Hub &) = delete;

    // Creates the hub's schema in an empty database, or brings an older one up to date; says
    // what it did. Run by the hub's host, as the database's owner, a role allowed to create
    // roles (each workstation gets its own).
    Result<QStringList> init();
    // The schema is there, at this version of Relais's.
    Status checkSchema();

    // Who this login is: a workstation's (its practice; its workstation once claimed), the
    // host's (the schema's owner: every check passes), or nobody's (revoked, or a stranger).
    struct Login
    {
        QString practiceId;
        QString deviceId;
        bool host = false;
    };
    Result<Login> whoAmI();
    // The host's: a login for a practice, new (`practiceId` empty) or already on the hub. Its
    // password is shown once, to be given to the practice's workstation, which changes it at
    // its first sync.
    struct NewLogin
    {
        QString practiceId;
        HubLogin login;
    };
    Result<NewLogin> addPractice(const QString &practiceId = {});
    // This login takes the place of workstation `deviceId` (once: it cannot take another's).
    Status claimDevice(const QString &deviceId);
    // Changes this login's own password; the hub is told only its verifier.
    Status changeOwnPassword(const SecureBytes &password);
    // Workstation `deviceId` of the practice loses its logins on the hub at once (another
    // workstation's, or the host's, to do); returns how many logins it had.
    Result<int> revokeDevice(const QString &practiceId, const QString &deviceId);
    // The hub's clock, for the workstation to measure its own against.
    Result<qint64> nowMs();

    Status registerPractice(const QString &practiceId);
    // This workstation synced now, having received the practice's envelopes through
    // `receivedSeq` (what pruning waits for).
    Status touchDevice(const QString &practiceId, const QString &deviceId, qint64 receivedSeq);

    struct Pushed
    {
        int inserted = 0;  // new on the hub (the others were there already)
        qint64 before = 0; // the practice's last sequence before them
        qint64 last = 0;   // its last sequence after them
    };
    // Stores envelopes; those already there (the same envelope id) are ignored. Holds the
    // practice's lock for the transaction, so that the sequence order of a practice's envelopes
    // is the order in which they were committed: every sequence from `before` (excluded) to
    // `last` is one of these envelopes.
    Result<Pushed> push(const QString &practiceId, const QList<SealedEnvelope> &envelopes);
    // The practice's envelopes after a sequence, oldest first.
    Result<QList<SealedEnvelope>> pull(const QString &practiceId, qint64 afterSeq, int limit);
    Result<qint64> lastSeq(const QString &practiceId);

    struct DeviceSeen
    {
        QString deviceId;
        QDateTime firstSeen;
        QDateTime lastSeen;
        qint64 receivedSeq = 0;
    };
    Result<QList<DeviceSeen>> devices(const QString &practiceId);

    // Pruning, for the hub's host: a practice's envelopes that every workstation has received
    // and that its last snapshot holds are deleted (a workstation let in later starts from the
    // snapshot). Per practice, how far it is pruned now, and what went.
    struct Pruned
    {
        QString practiceId;
        qint64 through = 0;
        qint64 envelopes = 0;
        qint64 bytes = 0;
        qint64 was = 0; // pruned through this before
    };
    Result<QList<Pruned>> prune();
    // The sequence through which the practice's envelopes were pruned (0: none).
    Result<qint64> prunedThrough(const QString &practiceId);

    // Invitations: the hub relays sealed bytes between the inviting workstation and the new
    // one; it never sees the code or the keys.
    struct Invitation
    {
        QString id;
        QString practiceId;
        QDateTime expiresAt;
        QByteArray response; // the new workstation's public keys, authenticated with the code
        QByteArray granted;  // the practice's keys sealed to it, authenticated with the code
        bool used = false;
    };
    // Registers the invitation and makes the login of the workstation it invites, whose
    // password's verifier is `verifier` (HubLogin::scramVerifier); returns its role.
    Result<QString> offerInvitation(const QString &id, const QString &practiceId,
                                    const QDateTime &expiresAt, const QString &verifier);
    // The role of the login an invitation makes.
    static QString invitationRole(const QString &id);
    Result<Invitation> invitation(const QString &id);
    Status answerInvitation(const QString &id, const QByteArray &response);
    Status grantInvitation(const QString &id, const QByteArray &granted);
    Result<QList<Invitation>> answeredInvitations(const QString &practiceId);

    // Snapshots: the practice's records as one workstation held them at a sequence, sealed in
    // chunks, so that a new workstation starts from them rather than from every change ever made.
    struct Snapshot
    {
        QString id;
        QString deviceId;
        qint64 baseSeq = 0;
        int chunks = 0;
        int epoch = 1; // of the practice's key it is sealed with
    };
    Status beginSnapshot(const QString &practiceId, const Snapshot &snapshot);
    Status putSnapshotChunk(const QString &snapshotId, int chunk, const QByteArray &sealed);
    Status completeSnapshot(const QString &snapshotId, int chunks);
    Result<std::optional<Snapshot>> latestSnapshot(const QString &practiceId);
    Result<QByteArray> snapshotChunk(const QString &snapshotId, int chunk);

    // What the hub's host sees of it, for `relais hub status`: its size, and per practice its
    // envelopes, its last snapshot and when each workstation was last seen. Counts, sizes and
    // times only: everything else the hub holds is sealed.
    struct PracticeOverview
    {
        QString id;
        QDateTime createdAt;
        qint64 envelopes = 0;
        qint64 paddedBytes = 0;
        qint64 lastSeq = 0;
        qint64 prunedThrough = 0;
        std::optional<Snapshot> snapshot;
        QList<DeviceSeen> devices;
    };
    struct Overview
    {
        int schema = 0;
        qint64 databaseBytes = 0;
        QList<PracticeOverview> practices;
    };
    Result<Overview> overview();

    const HubAddress &address() const { return m_address; }

private:
    Hub(const QSqlDatabase &db, HubAddress address);
    Result<int> schemaVersion();
    Error failure(const QString &what, const class QSqlError &error) const;

    QSqlDatabase m_db;
    HubAddress m_address;
};

} // namespace relais
