#include "RecordWriter.h"

#include "Connection.h"
#include "DerivedTables.h"
#include "Vault.h"
#include "WritePolicy.h"
#include "storage/AuditTrail.h"
#include "storage/Rows.h"
#include "util/Uuid7.h"

#include <QJsonValue>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace relais {

namespace {

const QString AuditTable = QStringLiteral("audit_log");
const QString JournalTable = QStringLiteral("change_journal");

QDateTime timeOf(const HlcTimestamp &stamp)
{
    return QDateTime::fromMSecsSinceEpoch(stamp.wallMs, Qt::UTC);
}

} // namespace

RecordWriter::RecordWriter(Vault &vault, const Actor &actor)
    : m_vault(vault)
    , m_actor(actor)
{}

Status RecordWriter::checkFields(const QString &table, const QVariantMap &fields) const
{
    const auto columns = m_vault.m_syncedColumns.constFind(table);
    if (columns == m_vault.m_syncedColumns.cend())
        return fail(ErrorCode::InvalidInput,
                    tr("%1 is not a kind of record Relais keeps.").arg(table));
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (!columns->contains(it.key()))
            return fail(ErrorCode::InvalidInput,
                        tr("A %1 record has no field named %2.").arg(table, it.key()));
    }
    return {};
}

Result<QVariantMap> RecordWriter::stored(const QString &table, const QString &id) const
{
    QSqlQuery row(m_vault.database());
    row.setForwardOnly(true);
    row.prepare(QStringLiteral("SELECT * FROM \"%1\" WHERE id = ? AND deleted = 0").arg(table));
    row.addBindValue(id);
    if (!row.exec())
        return std::unexpected(sqlError(tr("Reading the %1 failed").arg(table), row.lastError()));
    if (!row.next())
        return std::unexpected(
            Error{ErrorCode::NotFound, tr("This %1 no longer exists.").arg(table)});
    QVariantMap values;
    const QSqlRecord columns = row.record();
    for (int i = 0; i < columns.count(); ++i)
        values.insert(columns.fieldName(i), row.value(i));
    return values;
}

Result<QString> RecordWriter::create(const QString &table, const QVariantMap &fields)
{
    if (auto ok = checkFields(table, fields); !ok)
        return std::unexpected(ok.error());
    const HlcTimestamp stamp = m_vault.m_hlc.now();
    QString id = Uuid7::generateAt(stamp.wallMs);

    QStringList names{QStringLiteral("id")};
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        names.append(QLatin1Char('"') + it.key() + QLatin1Char('"'));
    names << QStringLiteral("updated_at") << QStringLiteral("device_id");

    QSqlQuery insert(m_vault.database());
    insert.prepare(QStringLiteral("INSERT INTO \"%1\" (%2) VALUES (%3)")
                       .arg(table, names.join(QLatin1Char(',')), placeholders(names.size())));
    insert.addBindValue(id);
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        insert.addBindValue(it.value());
    insert.addBindValue(stamp.toString());
    insert.addBindValue(stamp.deviceId);
    if (!insert.exec())
        return std::unexpected(
            sqlError(tr("Saving the new %1 failed").arg(table), insert.lastError()));
    if (auto ok = journal(table, id, QStringLiteral("create"), stamp); !ok)
        return std::unexpected(ok.error());
    if (auto ok = afterWrite(table, id); !ok)
        return std::unexpected(ok.error());
    return id;
}

Status RecordWriter::update(const QString &table, const QString &id, const QVariantMap &fields)
{
    if (auto ok = checkFields(table, fields); !ok)
        return ok;
    if (WritePolicy::governs(table)) {
        const auto before = stored(table, id);
        if (!before)
            return std::unexpected(before.error());
        if (auto allowed = WritePolicy::allowsUpdate(table, *before, fields); !allowed)
            return allowed;
    }
    const HlcTimestamp stamp = m_vault.m_hlc.now();
    QStringList sets;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        sets.append(QLatin1Char('"') + it.key() + QStringLiteral("\" = ?"));
    sets << QStringLiteral("updated_at = ?") << QStringLiteral("device_id = ?");

    QSqlQuery change(m_vault.database());
    change.prepare(QStringLiteral("UPDATE \"%1\" SET %2 WHERE id = ? AND deleted = 0")
                       .arg(table, sets.join(QLatin1Char(','))));
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        change.addBindValue(it.value());
    change.addBindValue(stamp.toString());
    change.addBindValue(stamp.deviceId);
    change.addBindValue(id);
    if (!change.exec())
        return std::unexpected(sqlError(tr("Saving the %1 failed").arg(table), change.lastError()));
    if (change.numRowsAffected() == 0)
        return fail(ErrorCode::NotFound, tr("This %1 no longer exists.").arg(table));
    if (auto ok = journal(table, id, QStringLiteral("update"), stamp); !ok)
        return ok;
    return afterWrite(table, id);
}

Status RecordWriter::remove(const QString &table, const QString &id)
{
    if (auto ok = checkFields(table, {}); !ok)
        return ok;
    if (WritePolicy::governs(table)) {
        const auto before = stored(table, id);
        if (!before)
            return std::unexpected(before.error());
        if (auto allowed = WritePolicy::allowsRemoval(table, *before); !allowed)
            return allowed;
    }
    const HlcTimestamp stamp = m_vault.m_hlc.now();
    QSqlQuery tombstone(m_vault.database());
    tombstone.prepare(QStringLiteral("UPDATE \"%1\" SET deleted = 1, updated_at = ?, device_id = ? "
                                     "WHERE id = ? AND deleted = 0")
                          .arg(table));
    tombstone.addBindValue(stamp.toString());
    tombstone.addBindValue(stamp.deviceId);
    tombstone.addBindValue(id);
    if (!tombstone.exec())
        return std::unexpected(
            sqlError(tr("Deleting the %1 failed").arg(table), tombstone.lastError()));
    if (tombstone.numRowsAffected() == 0)
        return fail(ErrorCode::NotFound, tr("This %1 no longer exists.").arg(table));
    if (auto ok = journal(table, id, QStringLiteral("delete"), stamp); !ok)
        return ok;
    return afterWrite(table, id);
}

Result<RecordWriter::Applied> RecordWriter::apply(const JournalChange &change,
                                                  JournalChange *keptAside)
{
    const auto columns = m_vault.m_syncedColumns.constFind(change.table);
    if (columns == m_vault.m_syncedColumns.cend())
        return std::unexpected(
            Error{ErrorCode::InvalidInput, tr("A change to %1, which is not a kind of record this "
                                              "workstation keeps.")
                                               .arg(change.table)});
    if (change.schemaVersion > m_vault.schemaVersion())
        return std::unexpected(Error{
            ErrorCode::TooNew,
            tr("A change made by a newer version of Relais (schema %1, this workstation has %2): "
               "update Relais here first.")
                .arg(change.schemaVersion)
                .arg(m_vault.schemaVersion())});
    for (auto it = change.row.constBegin(); it != change.row.constEnd(); ++it) {
        if (!columns->contains(it.key()))
            return std::unexpected(Error{ErrorCode::InvalidInput,
                                         tr("A change to a %1 record names a field it has not: %2.")
                                             .arg(change.table, it.key())});
    }
    const qint64 lead = change.clock.wallMs - m_vault.clock().nowMs();
    if (lead > MostClockLeadMs)
        return std::unexpected(
            Error{ErrorCode::InvalidInput,
                  tr("A change dated %1, further ahead of this workstation's clock than Relais "
                     "accepts: check the date and time of workstation %2.")
                      .arg(timeOf(change.clock).toString(Qt::ISODate), change.clock.deviceId)});

    QSqlDatabase db = m_vault.database();
    QSqlQuery current(db);
    current.setForwardOnly(true);
    current.prepare(QStringLiteral("SELECT * FROM \"%1\" WHERE id = ?").arg(change.table));
    current.addBindValue(change.id);
    if (!current.exec())
        return std::unexpected(
            sqlError(tr("Reading the %1 failed").arg(change.table), current.lastError()));
    const bool exists = current.next();
    m_vault.m_hlc.observe(change.clock);
    Applied outcome = Applied::Written;
    if (exists) {
        // Last writer wins, by clock (its text sorts like the clock, device as the tie-break);
        // a frozen state wins over one that may not follow it.
        const QString storedClock = Row(current).text("updated_at");
        const QString incomingClock = change.clock.toString();
        if (storedClock == incomingClock)
            return Applied::Superseded;
        const bool incomingIsLater = incomingClock > storedClock;
        if (WritePolicy::governs(change.table)) {
            const JournalChange stored = changeOf(change.table, current);
            const QVariantMap storedRow = wholeRecord(stored);
            const QVariantMap incomingRow = wholeRecord(change);
            if (incomingIsLater && !WritePolicy::mayFollow(change.table, storedRow, incomingRow)) {
                if (keptAside)
                    *keptAside = change;
                return Applied::KeptAside;
            }
            if (!incomingIsLater && !WritePolicy::mayFollow(change.table, incomingRow, storedRow)) {
                if (keptAside)
                    *keptAside = stored;
                outcome = Applied::Displaced;
            }
        }
        if (!incomingIsLater && outcome != Applied::Displaced)
            return Applied::Superseded;
    }

    QStringList names;
    QList<QVariant> values;
    for (auto it = change.row.constBegin(); it != change.row.constEnd(); ++it) {
        names.append(QLatin1Char('"') + it.key() + QLatin1Char('"'));
        values.append(it.value().toVariant());
    }
    names << QStringLiteral("deleted") << QStringLiteral("updated_at")
          << QStringLiteral("device_id");
    values << (change.deleted ? 1 : 0) << change.clock.toString() << change.clock.deviceId;

    QSqlQuery write(db);
    if (exists) {
        QStringList sets;
        for (const QString &name : std::as_const(names))
            sets.append(name + QStringLiteral(" = ?"));
        write.prepare(QStringLiteral("UPDATE \"%1\" SET %2 WHERE id = ?")
                          .arg(change.table, sets.join(QLatin1Char(','))));
    } else {
        write.prepare(
            QStringLiteral("INSERT INTO \"%1\" (%2, id) VALUES (%3)")
                .arg(change.table, names.join(QLatin1Char(',')), placeholders(names.size() + 1)));
    }
    for (const QVariant &value : std::as_const(values))
        write.addBindValue(value);
    write.addBindValue(change.id);
    if (!write.exec())
        return std::unexpected(sqlError(
            tr("Applying a change to a %1 record failed").arg(change.table), write.lastError()));

    const QString action = change.deleted ? QStringLiteral("delete")
                           : exists       ? QStringLiteral("update")
                                          : QStringLiteral("create");
    if (auto audited = AuditTrail(db, m_vault.m_anchorKey)
                           .append(Actor{change.userId}, action, change.table, change.id,
                                   timeOf(change.clock));
        !audited)
        return std::unexpected(audited.error());
    m_vault.m_pending.add(AuditTable);
    m_vault.m_pendingFromSync = true;
    if (auto ok = afterWrite(change.table, change.id); !ok)
        return std::unexpected(ok.error());
    return outcome;
}

Result<int> RecordWriter::load(const QString &table, const QStringList &columns,
                               const QList<QVariantList> &rows)
{
    const auto synced = m_vault.m_syncedColumns.constFind(table);
    if (synced == m_vault.m_syncedColumns.cend())
        return std::unexpected(
            Error{ErrorCode::InvalidInput, tr("A change to %1, which is not a kind of record this "
                                              "workstation keeps.")
                                               .arg(table)});
    static const QStringList SyncColumns{QStringLiteral("id"), QStringLiteral("updated_at"),
                                         QStringLiteral("device_id"), QStringLiteral("deleted")};
    for (const QString &column : SyncColumns) {
        if (!columns.contains(column))
            return fail(ErrorCode::InvalidInput,
                        tr("A %1 record without its %2.").arg(table, column));
    }
    QStringList quoted;
    QStringList sets;
    for (const QString &column : columns) {
        if (!synced->contains(column) && !SyncColumns.contains(column))
            return fail(
                ErrorCode::InvalidInput,
                tr("A change to a %1 record names a field it has not: %2.").arg(table, column));
        quoted.append(QLatin1Char('"') + column + QLatin1Char('"'));
        sets.append(quoted.constLast() + QStringLiteral(" = ?"));
    }
    // This SQLCipher's SQLite has no upsert: the stored clock decides between an insert, an
    // update and nothing.
    QSqlDatabase db = m_vault.database();
    QSqlQuery stored(db);
    stored.setForwardOnly(true);
    stored.prepare(QStringLiteral("SELECT updated_at FROM \"%1\" WHERE id = ?").arg(table));
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO \"%1\" (%2) VALUES (%3)")
                       .arg(table, quoted.join(QLatin1Char(',')), placeholders(columns.size())));
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE \"%1\" SET %2 WHERE id = ?")
                       .arg(table, sets.join(QLatin1Char(','))));
    const auto idAt = columns.indexOf(QLatin1String("id"));
    const auto clockAt = columns.indexOf(QLatin1String("updated_at"));
    const auto failed = [&](const QSqlQuery &query) {
        return sqlError(tr("Applying a change to a %1 record failed").arg(table),
                        query.lastError());
    };
    QString latest;
    int written = 0;
    for (const QVariantList &row : rows) {
        if (row.size() != columns.size())
            return fail(ErrorCode::InvalidInput, tr("A %1 record cut short.").arg(table));
        const QString id = row.at(idAt).toString();
        const QString clock = row.at(clockAt).toString();
        stored.addBindValue(id);
        if (!stored.exec())
            return std::unexpected(failed(stored));
        const bool exists = stored.next();
        const bool newer = !exists || clock > stored.value(0).toString();
        stored.finish();
        if (!newer)
            continue;
        QSqlQuery &write = exists ? update : insert;
        for (const QVariant &value : row)
            write.addBindValue(value);
        if (exists)
            write.addBindValue(id);
        if (!write.exec())
            return std::unexpected(failed(write));
        ++written;
        latest = std::max(latest, clock);
        if (auto ok = afterWrite(table, id); !ok)
            return std::unexpected(ok.error());
    }
    if (const auto stamp = HlcTimestamp::parse(latest))
        m_vault.m_hlc.observe(*stamp);
    m_vault.m_pendingFromSync = true;
    return written;
}

Status RecordWriter::logEvent(const QString &action, const QString &entity, const QString &entityId)
{
    m_vault.m_pending.add(AuditTable);
    return AuditTrail(m_vault.database(), m_vault.m_anchorKey)
        .append(m_actor, action, entity, entityId, timeOf(m_vault.m_hlc.now()));
}

void RecordWriter::touched(const QString &table)
{
    m_vault.m_pending.add(table);
}

// The journal row carries the record's whole new state (its declared columns), so that a peer
// can apply it without knowing what came before (last writer wins per record, by clock).
Status RecordWriter::journal(const QString &table, const QString &id, const QString &action,
                             const HlcTimestamp &stamp)
{
    QSqlDatabase db = m_vault.database();
    QSqlQuery row(db);
    row.setForwardOnly(true);
    row.prepare(QStringLiteral("SELECT * FROM \"%1\" WHERE id = ?").arg(table));
    row.addBindValue(id);
    if (!row.exec() || !row.next())
        return std::unexpected(
            sqlError(tr("Reading back the %1 failed").arg(table), row.lastError()));
    JournalChange change = changeOf(table, row);
    change.changeId = Uuid7::generateAt(stamp.wallMs);
    change.clock = stamp;
    change.userId = m_actor.userId;

    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO change_journal (change_id, entity, entity_id, "
                                  "clock, payload) VALUES (?, ?, ?, ?, ?)"));
    insert.addBindValue(change.changeId);
    insert.addBindValue(table);
    insert.addBindValue(id);
    insert.addBindValue(stamp.toString());
    insert.addBindValue(QString::fromUtf8(change.toPayload()));
    if (!insert.exec())
        return std::unexpected(
            sqlError(tr("Writing the change journal failed"), insert.lastError()));
    m_vault.m_pending.add(JournalTable);
    m_vault.m_pending.add(AuditTable);
    return AuditTrail(db, m_vault.m_anchorKey).append(m_actor, action, table, id, timeOf(stamp));
}

JournalChange RecordWriter::changeOf(const QString &table, const QSqlQuery &row) const
{
    JournalChange change;
    change.table = table;
    change.schemaVersion = m_vault.schemaVersion();
    const QSet<QString> &declared = m_vault.m_syncedColumns.value(table);
    const QSqlRecord columns = row.record();
    for (int i = 0; i < columns.count(); ++i) {
        const QString name = columns.fieldName(i);
        if (name == QLatin1String("deleted"))
            change.deleted = row.value(i).toInt() != 0;
        else if (name == QLatin1String("id"))
            change.id = row.value(i).toString();
        else if (name == QLatin1String("updated_at"))
            change.clock = HlcTimestamp::parse(row.value(i).toString()).value_or(HlcTimestamp{});
        else if (declared.contains(name))
            change.row.insert(name, JournalChange::jsonOf(row.value(i)));
    }
    return change;
}

QVariantMap RecordWriter::wholeRecord(const JournalChange &change)
{
    // Both sides through JSON, so that a number or a null read from the vault compares equal
    // to the same one received.
    QVariantMap record = change.row.toVariantMap();
    record.insert(QStringLiteral("deleted"), change.deleted ? 1 : 0);
    return record;
}

Status RecordWriter::afterWrite(const QString &table, const QString &id)
{
    m_vault.m_pending.add(table, id);
    if (!m_vault.m_derivedTables)
        return {};
    return DerivedTables::refresh(m_vault.database(), table, id);
}

} // namespace relais
