#include "AuditRows.h"

#include "storage/Rows.h"

#include <QSqlError>
#include <QSqlQuery>

namespace relais {

namespace {

const QString Columns =
    QStringLiteral("seq, at, user_id, action, entity, entity_id, prev_hash, hash");

QJsonArray entryOf(const Row &row)
{
    return QJsonArray{row.integer("seq"),
                      row.text("at"),
                      row.text("user_id"),
                      row.text("action"),
                      row.text("entity"),
                      row.text("entity_id"),
                      QString::fromLatin1(row.value("prev_hash").toByteArray().toHex()),
                      QString::fromLatin1(row.value("hash").toByteArray().toHex())};
}

} // namespace

Result<QJsonArray> AuditRows::read(const QSqlDatabase &db, const QString &device, qint64 afterSeq,
                                   int limit, qint64 *last)
{
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    const QString bound = limit > 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString();
    if (device.isEmpty()) {
        rows.prepare(QStringLiteral("SELECT %1 FROM audit_log WHERE seq > ? ORDER BY seq%2")
                         .arg(Columns, bound));
    } else {
        rows.prepare(
            QStringLiteral("SELECT %1 FROM audit_peer WHERE device = ? AND seq > ? ORDER BY seq%2")
                .arg(Columns, bound));
        rows.addBindValue(device);
    }
    rows.addBindValue(afterSeq);
    if (!rows.exec())
        return std::unexpected(sqlError(tr("Reading the audit trail failed"), rows.lastError()));
    QJsonArray out;
    qint64 seq = afterSeq;
    while (rows.next()) {
        const Row row(rows);
        seq = row.integer("seq");
        out.append(entryOf(row));
    }
    if (last)
        *last = seq;
    return out;
}

Status AuditRows::readPeers(const QSqlDatabase &db, int batch,
                            const std::function<Status(const QString &, const QJsonArray &)> &each)
{
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    if (!rows.exec(
            QStringLiteral("SELECT device, %1 FROM audit_peer ORDER BY device, seq").arg(Columns)))
        return std::unexpected(sqlError(tr("Reading the audit trail failed"), rows.lastError()));
    QString device;
    QJsonArray entries;
    while (rows.next()) {
        const Row row(rows);
        const QString of = row.text("device");
        if ((of != device || entries.size() >= batch) && !entries.isEmpty()) {
            if (auto ok = each(device, entries); !ok)
                return ok;
            entries = {};
        }
        device = of;
        entries.append(entryOf(row));
    }
    if (!entries.isEmpty())
        return each(device, entries);
    return {};
}

Status AuditRows::keep(const QSqlDatabase &db, const QString &device, const QJsonArray &rows)
{
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT OR IGNORE INTO audit_peer (device, seq, at, user_id, "
                                  "action, entity, entity_id, prev_hash, hash) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const auto &value : rows) {
        const QJsonArray r = value.toArray();
        if (r.size() != 8)
            continue;
        insert.addBindValue(device);
        insert.addBindValue(r.at(0).toInteger());
        for (int i = 1; i < 6; ++i)
            insert.addBindValue(r.at(i).toString());
        insert.addBindValue(QByteArray::fromHex(r.at(6).toString().toLatin1()));
        insert.addBindValue(QByteArray::fromHex(r.at(7).toString().toLatin1()));
        if (!insert.exec())
            return std::unexpected(sqlError(tr("Keeping another workstation's audit trail failed"),
                                            insert.lastError()));
    }
    return {};
}

} // namespace relais
