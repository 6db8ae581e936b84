#include "SyncState.h"

#include "storage/Rows.h"
#include "storage/Vault.h"

#include <QSqlError>
#include <QSqlQuery>

namespace relais {

const QString SyncState::PracticeKey = QStringLiteral("sync.practice");
const QString SyncState::HubKey = QStringLiteral("sync.hub");
const QString SyncState::EpochKey = QStringLiteral("sync.epoch");
const QString SyncState::CursorKey = QStringLiteral("sync.cursor");
const QString SyncState::AuditPushedKey = QStringLiteral("sync.audit_pushed");
const QString SyncState::LastSyncKey = QStringLiteral("sync.last_at");
const QString SyncState::LastResultKey = QStringLiteral("sync.last_result");
const QString SyncState::OffsetKey = QStringLiteral("sync.offset_ms");
const QString SyncState::SnapshotKey = QStringLiteral("sync.snapshot");
const QString SyncState::InviterKey = QStringLiteral("sync.inviter");
const QString SyncState::HubPasswordSecret = QStringLiteral("hub_password");

namespace {

const QString SignSecret = QStringLiteral("device_sign");
const QString BoxSecret = QStringLiteral("device_box");

QString keyName(int epoch)
{
    return QStringLiteral("practice_key_%1").arg(epoch);
}

} // namespace

SyncState::SyncState(Vault &vault)
    : m_vault(vault)
{}

QString SyncState::practiceId() const
{
    return m_vault.localSetting(PracticeKey);
}

QString SyncState::hubAddress() const
{
    return m_vault.localSetting(HubKey);
}

int SyncState::epoch() const
{
    return m_vault.localSetting(EpochKey).toInt();
}

qint64 SyncState::cursor() const
{
    return m_vault.localSetting(CursorKey).toLongLong();
}

std::pair<QString, int> SyncState::snapshotLoading() const
{
    const QStringList parts = m_vault.localSetting(SnapshotKey).split(QLatin1Char(' '));
    if (parts.size() != 2)
        return {};
    return {parts.at(0), parts.at(1).toInt()};
}

qint64 SyncState::auditPushed() const
{
    return m_vault.localSetting(AuditPushedKey).toLongLong();
}

QDateTime SyncState::lastSync() const
{
    return QDateTime::fromString(m_vault.localSetting(LastSyncKey), Qt::ISODateWithMs);
}

QString SyncState::lastResult() const
{
    return m_vault.localSetting(LastResultKey);
}

qint64 SyncState::clockOffsetMs() const
{
    return m_vault.localSetting(OffsetKey).toLongLong();
}

Status SyncState::setSetting(const QString &key, const QString &value)
{
    return m_vault.setLocalSetting(key, value);
}

Result<SecureBytes> SyncState::secret(const QString &name) const
{
    QSqlQuery query(m_vault.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT value FROM sync_secret WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec())
        return std::unexpected(sqlError(tr("Reading the sync keys failed"), query.lastError()));
    if (!query.next())
        return fail(ErrorCode::NotFound,
                    tr("This workstation has no sync key named %1.").arg(name));
    QByteArray value = query.value(0).toByteArray();
    query.finish();
    return SecureBytes::takeFrom(value);
}

Status SyncState::setSecret(const QString &name, const SecureBytes &value)
{
    QSqlQuery query(m_vault.database());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_secret (name, value) VALUES (?, ?)"));
    query.addBindValue(name);
    QByteArray bytes(value.chars(), static_cast<qsizetype>(value.size()));
    query.addBindValue(bytes);
    const bool ok = query.exec();
    query.finish();
    wipe(bytes);
    if (!ok)
        return std::unexpected(sqlError(tr("Saving the sync keys failed"), query.lastError()));
    return {};
}

Result<DeviceKeys> SyncState::deviceKeys() const
{
    auto sign = secret(SignSecret);
    if (!sign)
        return std::unexpected(sign.error());
    auto box = secret(BoxSecret);
    if (!box)
        return std::unexpected(box.error());
    return DeviceKeys::fromSecrets(std::move(*sign), std::move(*box));
}

Status SyncState::setDeviceKeys(const DeviceKeys &keys)
{
    if (auto ok = setSecret(SignSecret, keys.signSecret()); !ok)
        return ok;
    return setSecret(BoxSecret, keys.boxSecret());
}

Result<SecureBytes> SyncState::practiceKey(int epoch) const
{
    return secret(keyName(epoch));
}

Status SyncState::setPracticeKey(int epoch, const SecureBytes &key)
{
    return setSecret(keyName(epoch), key);
}

Result<QHash<QString, DeviceKeys::Public>> SyncState::enrolledDevices() const
{
    QSqlQuery query(m_vault.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT device, sign_key, box_key, revoked FROM sync_device "
                                   "WHERE deleted = 0")))
        return std::unexpected(
            sqlError(tr("Reading the practice's workstations failed"), query.lastError()));
    QHash<QString, DeviceKeys::Public> devices;
    QSet<QString> known;
    while (query.next()) {
        const Row row(query);
        known.insert(row.text("device"));
        if (row.flag("revoked"))
            continue;
        devices.insert(row.text("device"),
                       {QByteArray::fromBase64(row.text("sign_key").toLatin1()),
                        QByteArray::fromBase64(row.text("box_key").toLatin1())});
    }
    const QStringList inviter = m_vault.localSetting(InviterKey).split(QLatin1Char(':'));
    if (inviter.size() == 3 && !known.contains(inviter.at(0)))
        devices.insert(inviter.at(0), {QByteArray::fromBase64(inviter.at(1).toLatin1()),
                                       QByteArray::fromBase64(inviter.at(2).toLatin1())});
    return devices;
}

Result<QSet<QString>> SyncState::revokedDevices() const
{
    QSqlQuery query(m_vault.database());
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT device FROM sync_device WHERE deleted = 0 AND revoked = 1")))
        return std::unexpected(
            sqlError(tr("Reading the practice's workstations failed"), query.lastError()));
    QSet<QString> revoked;
    while (query.next())
        revoked.insert(query.value(0).toString());
    return revoked;
}

Result<int> SyncState::pendingChanges() const
{
    QSqlQuery query(m_vault.database());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM change_journal WHERE pushed = 0")) ||
        !query.next())
        return std::unexpected(
            sqlError(tr("Reading the change journal failed"), query.lastError()));
    return static_cast<int>(query.value(0).toLongLong());
}

} // namespace relais
