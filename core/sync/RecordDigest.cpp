#include "RecordDigest.h"

#include "storage/Rows.h"
#include "storage/Vault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <sodium.h>

namespace relais {

Result<RecordDigest::Value> RecordDigest::of(const Vault &vault)
{
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, crypto_generichash_BYTES);
    auto feed = [&state](const QByteArray &bytes) {
        crypto_generichash_update(&state,
                                  reinterpret_cast<const unsigned char *>(bytes.constData()),
                                  static_cast<unsigned long long>(bytes.size()));
    };
    Value value;
    for (const QString &table : vault.syncedTables()) {
        const QStringList columns = vault.syncedColumnsOf(table);
        QStringList quoted;
        for (const QString &column : columns)
            quoted << QLatin1Char('"') + column + QLatin1Char('"');
        QSqlQuery rows(vault.database());
        rows.setForwardOnly(true);
        // Ordered by bytes (id is text, BINARY collation): the same order on every workstation.
        if (!rows.exec(QStringLiteral("SELECT id, updated_at, deleted, %1 FROM \"%2\" ORDER BY id")
                           .arg(quoted.join(QLatin1Char(',')), table)))
            return std::unexpected(sqlError(tr("Reading %1 failed").arg(table), rows.lastError()));
        feed(table.toUtf8() + '\x1e');
        while (rows.next()) {
            // Values as JSON, the form a change carries them in: a number written here and
            // the same number received compare equal.
            QJsonArray fields;
            for (int i = 0; i < columns.size() + 3; ++i) {
                const QVariant v = rows.value(i);
                if (v.isNull())
                    fields.append(QJsonValue::Null);
                else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int ||
                         v.typeId() == QMetaType::Double)
                    fields.append(v.toDouble());
                else
                    fields.append(v.toString());
            }
            feed(QJsonDocument(fields).toJson(QJsonDocument::Compact) + '\x1f');
            ++value.records;
        }
        if (rows.lastError().isValid())
            return std::unexpected(sqlError(tr("Reading %1 failed").arg(table), rows.lastError()));
    }
    QByteArray digest(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash_final(&state, reinterpret_cast<unsigned char *>(digest.data()),
                             crypto_generichash_BYTES);
    value.hex = QString::fromLatin1(digest.toHex());
    return value;
}

} // namespace relais
