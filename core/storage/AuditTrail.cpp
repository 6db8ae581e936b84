#include "AuditTrail.h"

#include "storage/Connection.h"
#include "storage/Rows.h"
#include "util/SodiumBytes.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <sodium.h>

namespace relais {

namespace {

constexpr int HashBytes = crypto_generichash_BYTES; // 32
constexpr auto AnchorSetting = "audit_anchor";
constexpr char AnchorContext[crypto_kdf_CONTEXTBYTES + 1] = "rlsaudit";

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
    crypto_generichash_update(&state, inBytes(previous),
                              static_cast<unsigned long long>(previous.size()));
    crypto_generichash_update(&state, inBytes(content),
                              static_cast<unsigned long long>(content.size()));
    crypto_generichash_final(&state, outBytes(hash), HashBytes);
    return hash;
}

} // namespace

SecureBytes AuditTrail::anchorKey(const SecureBytes &vaultKey)
{
    // The benchmark's unencrypted vault has no key: it gets a fixed one, which proves nothing
    // and needs to.
    SecureBytes master(crypto_kdf_KEYBYTES);
    if (vaultKey.size() == crypto_kdf_KEYBYTES)
        std::copy(vaultKey.data(), vaultKey.data() + vaultKey.size(), master.data());
    SecureBytes key(crypto_auth_KEYBYTES);
    crypto_kdf_derive_from_key(key.data(), key.size(), 1, AnchorContext, master.data());
    return key;
}

AuditTrail::AuditTrail(const QSqlDatabase &db, const SecureBytes &anchorKey)
    : m_db(db)
    , m_anchorKey(anchorKey)
{}

Result<std::pair<qint64, QByteArray>> AuditTrail::lastRow() const
{
    QSqlQuery last(m_db);
    last.setForwardOnly(true);
    if (!last.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")))
        return std::unexpected(sqlError(tr("Reading the audit trail failed"), last.lastError()));
    if (!last.next()) {
        if (last.lastError().isValid())
            return std::unexpected(
                sqlError(tr("Reading the audit trail failed"), last.lastError()));
        return std::pair<qint64, QByteArray>{0, QByteArray(HashBytes, '\0')};
    }
    const Row row(last);
    return std::pair<qint64, QByteArray>{row.integer("seq"), row.value("hash").toByteArray()};
}

Status AuditTrail::append(const Actor &actor, const QString &action, const QString &entity,
                          const QString &entityId, const QDateTime &at)
{
    auto last = lastRow();
    if (!last)
        return std::unexpected(last.error());
    const qint64 seq = last->first + 1;
    const QByteArray &previous = last->second;
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

QByteArray AuditTrail::mac(qint64 seq, const QByteArray &hash) const
{
    const QByteArray message = QByteArray::number(seq) + '\x1f' + hash;
    QByteArray out(crypto_auth_BYTES, Qt::Uninitialized);
    crypto_auth(outBytes(out), inBytes(message), static_cast<unsigned long long>(message.size()),
                m_anchorKey.data());
    return out;
}

std::optional<AuditTrail::Anchor> AuditTrail::readAnchor() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT value FROM vault_state WHERE key = ?"));
    query.addBindValue(QLatin1String(AnchorSetting));
    if (!query.exec() || !query.next())
        return std::nullopt;
    // "<seq>:<hash hex>:<mac hex>"
    const QStringList parts = Row(query).text("value").split(QLatin1Char(':'));
    if (parts.size() != 3)
        return std::nullopt;
    bool ok = false;
    Anchor anchor{parts.at(0).toLongLong(&ok), QByteArray::fromHex(parts.at(1).toLatin1()),
                  QByteArray::fromHex(parts.at(2).toLatin1())};
    if (!ok || anchor.hash.size() != HashBytes || anchor.mac.size() != crypto_auth_BYTES)
        return std::nullopt;
    return anchor;
}

Result<bool> AuditTrail::anchorMatchesEnd() const
{
    const auto anchor = readAnchor();
    if (!anchor)
        return false;
    auto last = lastRow();
    if (!last)
        return std::unexpected(last.error());
    return crypto_verify_32(inBytes(anchor->mac),
                            reinterpret_cast<const unsigned char *>(
                                mac(anchor->seq, anchor->hash).constData())) == 0 &&
           anchor->seq == last->first && anchor->hash == last->second;
}

Status AuditTrail::sealEnd()
{
    auto last = lastRow();
    if (!last)
        return std::unexpected(last.error());
    const QString value = QString::number(last->first) + QLatin1Char(':') +
                          QString::fromLatin1(last->second.toHex()) + QLatin1Char(':') +
                          QString::fromLatin1(mac(last->first, last->second).toHex());
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO vault_state (key, value) VALUES (?, ?)"));
    query.addBindValue(QLatin1String(AnchorSetting));
    query.addBindValue(value);
    if (!query.exec())
        return std::unexpected(sqlError(tr("Sealing the audit trail failed"), query.lastError()));
    return {};
}

Result<AuditTrail::Verdict> AuditTrail::walkChain(const QString &table, const QString &device) const
{
    QSqlQuery rows(m_db);
    rows.setForwardOnly(true);
    rows.prepare(QStringLiteral("SELECT seq, at, user_id, action, entity, entity_id, prev_hash, "
                                "hash FROM %1 %2 ORDER BY seq")
                     .arg(table, device.isNull() ? QString() : QStringLiteral("WHERE device = ?")));
    if (!device.isNull())
        rows.addBindValue(device);
    if (!rows.exec())
        return std::unexpected(Error{
            ErrorCode::Corrupt, tr("The audit trail cannot be read: the vault is damaged (%1).")
                                    .arg(rows.lastError().databaseText())});
    Verdict verdict;
    QByteArray previous(HashBytes, '\0');
    qint64 expectedSeq = 1;
    const Row row(rows);
    while (rows.next()) {
        const qint64 seq = row.integer("seq");
        const QByteArray expected =
            chainHash(previous, seq, row.text("at"), row.text("user_id"), row.text("action"),
                      row.text("entity"), row.text("entity_id"));
        // A missing row shows as a gap in seq; an edited one as a hash that no longer matches.
        if (!verdict.firstBrokenSeq &&
            (seq != expectedSeq || row.value("prev_hash").toByteArray() != previous ||
             row.value("hash").toByteArray() != expected))
            verdict.firstBrokenSeq = seq;
        previous = row.value("hash").toByteArray();
        expectedSeq = seq + 1;
        verdict.lastSeq = seq;
        if (!verdict.firstBrokenSeq)
            ++verdict.rowsChecked;
    }
    // SQLite stops a scan at a page it cannot read: that is damage, not the trail's end.
    if (rows.lastError().isValid())
        return std::unexpected(Error{
            ErrorCode::Corrupt,
            tr("The audit trail cannot be read past entry #%1: the vault is damaged there (%2).")
                .arg(verdict.lastSeq)
                .arg(rows.lastError().databaseText())});
    verdict.lastHash = previous;
    return verdict;
}

Result<AuditTrail::Verdict> AuditTrail::verifyPeer(const QString &device) const
{
    // Another workstation's trail has no anchor here: its own vault seals its end.
    return walkChain(QStringLiteral("audit_peer"), device);
}

Result<AuditTrail::Verdict> AuditTrail::verify() const
{
    auto walked = walkChain(QStringLiteral("audit_log"), QString());
    if (!walked)
        return walked;
    Verdict verdict = *walked;
    const QByteArray previous = verdict.lastHash;
    const auto anchor = readAnchor();
    if (!anchor) {
        verdict.anchor = AnchorState::Missing;
        return verdict;
    }
    verdict.anchorSeq = anchor->seq;
    if (crypto_verify_32(inBytes(anchor->mac), reinterpret_cast<const unsigned char *>(
                                                   mac(anchor->seq, anchor->hash).constData())) !=
        0)
        verdict.anchor = AnchorState::Altered;
    else if (anchor->seq != verdict.lastSeq || anchor->hash != previous)
        verdict.anchor = AnchorState::EndDiffers;
    return verdict;
}

} // namespace relais
