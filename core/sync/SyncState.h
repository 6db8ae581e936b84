#pragma once

#include "sync/DeviceKeys.h"
#include "util/Result.h"
#include "util/SecureBytes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>

#include <utility>

namespace relais {

class Vault;

// What this workstation knows about the practice's sync, kept in its own vault: the hub's
// address, the practice, the key epoch and where it stopped reading the hub (plain settings);
// the practice's keys, its own signing keys and the hub's password (secrets, in a table of
// their own, read straight into secure memory). The vault is encrypted: nothing here is ever
// written in clear.
class SyncState
{
    Q_DECLARE_TR_FUNCTIONS(relais::SyncState)

public:
    explicit SyncState(Vault &vault);

    bool isSetUp() const { return !practiceId().isEmpty(); }
    QString practiceId() const;
    QString hubAddress() const;
    int epoch() const;
    qint64 cursor() const;
    qint64 auditPushed() const;
    QDateTime lastSync() const;
    QString lastResult() const;
    qint64 clockOffsetMs() const;
    // The snapshot being loaded and the next of its chunks; empty when none is.
    std::pair<QString, int> snapshotLoading() const;

    Status setSetting(const QString &key, const QString &value);

    Result<SecureBytes> secret(const QString &name) const;
    Status setSecret(const QString &name, const SecureBytes &value);
    Result<DeviceKeys> deviceKeys() const;
    Status setDeviceKeys(const DeviceKeys &keys);
    Result<SecureBytes> practiceKey(int epoch) const;
    Status setPracticeKey(int epoch, const SecureBytes &key);

    // The practice's enrolled workstations (those not revoked), device id -> public keys; the
    // one that invited this workstation among them, its enrolment received or not.
    Result<QHash<QString, DeviceKeys::Public>> enrolledDevices() const;
    // The workstations an administrator revoked: what they sign from then on is refused.
    Result<QSet<QString>> revokedDevices() const;
    // Changes made here and not yet on the hub.
    Result<int> pendingChanges() const;

    static const QString PracticeKey;
    static const QString HubKey;
    static const QString EpochKey;
    static const QString CursorKey;
    static const QString AuditPushedKey;
    static const QString LastSyncKey;
    static const QString LastResultKey;
    static const QString OffsetKey;
    static const QString SnapshotKey; // "<snapshot id> <next chunk>" while one is being loaded
    static const QString InviterKey;  // device:sign:box of the workstation that invited this one
    static const QString HubPasswordSecret;

private:
    Vault &m_vault;
};

} // namespace relais
