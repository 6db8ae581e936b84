#include "AuditTrail.h"

#include "storage/Connection.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <sodium.h>

namespace relais {

namespace {

constexpr int HashBytes = crypto_generichash_BYTES; // 32

QByteArray chainHash(const QByteArray &previous, qint64 seq, const QString &at,
                     const QString &userId, const QString &action, const QString &entity,
                     const QString &entityId)
{
    // Unit separators keep field boundaries unambiguous ("ab","c" differs from "a","bc").
    const QByteArray content = QByteArray::number(seq) + '\x1f' + at.toUtf8() + '\x1f' +
                               userId.toUtf8() + '\x1f' + action.toUtf8() + '\x1f' +
                               entity.toUtf8() + '\x1f' + entityId.toUtf8();
    QByteArray hash(HashBytes, Qt::Uninitialized);
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, HashBytes);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(previous.constData()),
                              static_cast<unsigned long long>(previous.size()));
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(content.constData()),
                              static_cast<unsigned long long>(content.size()));
    crypto_generichash_final(&state, reinterpret_cast<unsigned char *>(hash.data()), HashBytes);
    return hash;
}

} // namespace

AuditTrail::AuditTrail(QSqlDatabase db)
    : m_db(std::move(db))
{}

Status AuditTrail::append(const Actor &actor, const QString &action, const QString &entity,
                          const QString &entityId, const QDateTime &at)
{
    QSqlQuery last(m_db);
    last.setForwardOnly(true);
    if (!last.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")))
        return std::unexpected(sqlError(tr("Reading the audit trail failed"), last.lastError()));
    qint64 seq = 1;
    QByteArray previous(HashBytes, '\0');
    if (last.next()) {
        seq = last.value(0).toLongLong() + 1;
        previous = last.value(1).toByteArray();
    }
    const QString when = at.toUTC().toString(Qt::ISODateWithMs);
    const QByteArray hash = chainHash(previous, seq, when, actor.userId, action, entity, entityId);

    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO audit_log (seq, at, user_id, action, entity, "
                                  "entity_id, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(seq);
    insert.addBindValue(when);
    insert.addBindValue(actor.userId);
    insert.addBindValue(action);
    insert.addBindValue(entity);
    insert.addBindValue(entityId);
    insert.addBindValue(previous);
    insert.addBindValue(hash);
    if (!insert.exec())
        return std::unexpected(sqlError(tr("Writing the audit trail failed"), insert.lastError()));
    return {};
}

Result<AuditTrail::Verdict> AuditTrail::verify() const
{
    QSqlQuery rows(m_db);
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT seq, at, user_id, action, entity, entity_id, prev_hash, "
                                  "hash FROM audit_log ORDER BY seq")))
        return std::unexpected(sqlError(tr("Reading the audit trail failed"), rows.lastError()));
    Verdict verdict;
    QByteArray previous(HashBytes, '\0');
    qint64 expectedSeq = 1;
    while (rows.next()) {
        const qint64 seq = rows.value(0).toLongLong();
        const QByteArray expected =
            chainHash(previous, seq, rows.value(1).toString(), rows.value(2).toString(),
                      rows.value(3).toString(), rows.value(4).toString(), rows.value(5).toString());
        // A missing row shows as a gap in seq; an edited one as a hash that no longer matches.
        if (seq != expectedSeq || rows.value(6).toByteArray() != previous ||
            rows.value(7).toByteArray() != expected) {
            verdict.firstBrokenSeq = seq;
            return verdict;
        }
        previous = rows.value(7).toByteArray();
        ++expectedSeq;
        ++verdict.rowsChecked;
    }
    return verdict;
}

} // namespace relais
