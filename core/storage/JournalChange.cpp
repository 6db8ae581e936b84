#include "JournalChange.h"

#include "util/Uuid7.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <QVariant>

namespace relais {

namespace {

const QString FormatKey = QStringLiteral("format");
const QString ChangeKey = QStringLiteral("change");
const QString TableKey = QStringLiteral("table");
const QString IdKey = QStringLiteral("id");
const QString ClockKey = QStringLiteral("clock");
const QString UserKey = QStringLiteral("by");
const QString SchemaKey = QStringLiteral("schema");
const QString DeletedKey = QStringLiteral("deleted");
const QString RowKey = QStringLiteral("row");

Error malformed(const QString &why)
{
    return Error{ErrorCode::InvalidInput,
                 JournalChange::tr("A change that cannot be read: %1.").arg(why)};
}

} // namespace

QByteArray JournalChange::toPayload() const
{
    const QJsonObject envelope{{FormatKey, Format},
                               {ChangeKey, changeId},
                               {TableKey, table},
                               {IdKey, id},
                               {ClockKey, clock.toString()},
                               {UserKey, userId},
                               {SchemaKey, schemaVersion},
                               {DeletedKey, deleted},
                               {RowKey, row}};
    return QJsonDocument(envelope).toJson(QJsonDocument::Compact);
}

Result<JournalChange> JournalChange::fromPayload(const QByteArray &payload)
{
    QJsonParseError parsed;
    const QJsonDocument document = QJsonDocument::fromJson(payload, &parsed);
    if (parsed.error != QJsonParseError::NoError || !document.isObject())
        return std::unexpected(malformed(tr("not a JSON object")));
    const QJsonObject o = document.object();
    if (o.value(FormatKey).toInt(-1) != Format)
        return std::unexpected(malformed(tr("format %1 is not one this version reads")
                                             .arg(o.value(FormatKey).toVariant().toString())));
    for (const QString &key : {ChangeKey, TableKey, IdKey, ClockKey, UserKey}) {
        if (!o.value(key).isString() || o.value(key).toString().isEmpty())
            return std::unexpected(malformed(tr("no %1").arg(key)));
    }
    if (!o.value(SchemaKey).isDouble() || o.value(SchemaKey).toInt(0) < 1)
        return std::unexpected(malformed(tr("no schema version")));
    if (!o.value(DeletedKey).isBool())
        return std::unexpected(malformed(tr("no tombstone flag")));
    if (!o.value(RowKey).isObject())
        return std::unexpected(malformed(tr("no record")));

    JournalChange change;
    change.changeId = o.value(ChangeKey).toString();
    change.table = o.value(TableKey).toString();
    change.id = o.value(IdKey).toString();
    change.userId = o.value(UserKey).toString();
    change.schemaVersion = o.value(SchemaKey).toInt();
    change.deleted = o.value(DeletedKey).toBool();
    change.row = o.value(RowKey).toObject();
    const auto clock = HlcTimestamp::parse(o.value(ClockKey).toString());
    if (!clock || clock->deviceId.isEmpty())
        return std::unexpected(malformed(tr("its clock is not one")));
    change.clock = *clock;
    if (!Uuid7::isValid(change.id) || !Uuid7::isValid(change.changeId))
        return std::unexpected(malformed(tr("its id is not one")));
    for (auto it = change.row.constBegin(); it != change.row.constEnd(); ++it) {
        if (it.value().isArray() || it.value().isObject() || it.value().isUndefined())
            return std::unexpected(
                malformed(tr("the value of %1 is not a plain value").arg(it.key())));
    }
    return change;
}

QJsonValue JournalChange::jsonOf(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int: return QJsonValue(value.toLongLong());
    case QMetaType::Double: return QJsonValue(value.toDouble());
    case QMetaType::QByteArray:
        return QJsonValue(QString::fromLatin1(value.toByteArray().toBase64()));
    default: return QJsonValue(value.toString());
    }
}

} // namespace relais
