#include "MergeRepository.h"

#include "domain/Patient.h"
#include "storage/Rows.h"
#include "storage/Vault.h"
#include "util/Uuid7.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>

namespace relais {

namespace {

QList<MergeRepository::Moved> movedFrom(const QString &json)
{
    QList<MergeRepository::Moved> moved;
    const QJsonArray entries = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue entry : entries)
        moved.append({entry.toArray().at(0).toString(), entry.toArray().at(1).toString()});
    return moved;
}

QString compact(const QJsonDocument &document)
{
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

} // namespace

MergeRepository::MergeRepository(const Vault &vault)
    : m_vault(vault)
{}

Result<std::optional<MergeRepository::Stored>> MergeRepository::find(const QString &mergeId) const
{
    return selectOne(m_vault.database(),
                     QStringLiteral("SELECT id, kept_id, merged_id, reason, by_user, moved, "
                                    "kept_before, undone FROM patient_merge WHERE id = ? AND "
                                    "deleted = 0"),
                     {mergeId}, tr("Undoing the merge failed"), [](const Row &row) {
                         Stored stored;
                         stored.record.id = row.text("id");
                         stored.record.keptId = row.text("kept_id");
                         stored.record.mergedId = row.text("merged_id");
                         stored.record.reason = row.text("reason");
                         stored.record.byUser = row.text("by_user");
                         stored.record.undone = row.integer("undone") == 1;
                         stored.moved = movedFrom(row.text("moved"));
                         stored.record.movedRecords = static_cast<int>(stored.moved.size());
                         const QJsonObject before =
                             QJsonDocument::fromJson(row.text("kept_before").toUtf8()).object();
                         for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
                             const QJsonArray values = it.value().toArray();
                             stored.keptBefore.insert(
                                 it.key(), {values.at(0).toString(), values.at(1).toString()});
                         }
                         return stored;
                     });
}

Result<QList<PatientMergeRecord>> MergeRepository::into(const QString &keptId) const
{
    return selectAll(
        m_vault.database(),
        QStringLiteral("SELECT m.id, m.kept_id, m.merged_id, m.reason, "
                       "coalesce(u.display_name, m.by_user) AS by_name, m.moved, m.undone, "
                       "p.birth_name, p.first_names, p.used_name, p.used_first_name "
                       "FROM patient_merge m LEFT JOIN app_user u ON u.id = m.by_user "
                       "LEFT JOIN patient p ON p.id = m.merged_id AND p.deleted = 0 "
                       "WHERE m.kept_id = ? AND m.deleted = 0 ORDER BY m.id DESC"),
        {keptId}, tr("Reading the merges failed"), [](const Row &row) {
            PatientMergeRecord m;
            m.id = row.text("id");
            m.keptId = row.text("kept_id");
            m.mergedId = row.text("merged_id");
            if (!row.text("birth_name").isEmpty()) {
                PatientIdentity merged;
                merged.birthName = row.text("birth_name");
                merged.firstNames = row.text("first_names");
                merged.usedName = row.text("used_name");
                merged.usedFirstName = row.text("used_first_name");
                m.mergedName = merged.displayName();
            }
            m.reason = row.text("reason");
            m.byUser = row.text("by_name");
            // When it was made: the UUIDv7 id says it (updated_at moves when it is undone).
            m.at = QDateTime::fromMSecsSinceEpoch(Uuid7::timestampMs(m.id), Qt::UTC);
            m.movedRecords = static_cast<int>(movedFrom(row.text("moved")).size());
            m.undone = row.integer("undone") == 1;
            return m;
        });
}

Result<std::optional<QVariantMap>> MergeRepository::patientColumns(const QString &patientId) const
{
    auto query = runQuery(m_vault.database(), QStringLiteral("SELECT * FROM patient WHERE id = ?"),
                          {patientId}, tr("Merging the files failed"));
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::optional<QVariantMap>();
    const QSqlRecord record = query->record();
    QVariantMap columns;
    for (int i = 0; i < record.count(); ++i)
        columns.insert(record.fieldName(i), record.value(i));
    return std::optional(columns);
}

Result<QStringList> MergeRepository::recordsOf(const QString &table, const QString &patientId) const
{
    return selectAll(
        m_vault.database(),
        QStringLiteral("SELECT id FROM \"%1\" WHERE patient_id = ? AND deleted = 0").arg(table),
        {patientId}, tr("Merging the files failed"), [](const Row &row) { return row.text("id"); });
}

Result<QList<std::pair<QString, QString>>> MergeRepository::strays(const QString &table) const
{
    return selectAll(
        m_vault.database(),
        QStringLiteral("SELECT t.id, p.merged_into FROM \"%1\" t JOIN patient p ON "
                       "p.id = t.patient_id WHERE t.deleted = 0 AND p.merged_into <> ''")
            .arg(table),
        {}, tr("Merging the files failed"), [](const Row &row) {
            return std::pair{row.text("id"), row.text("merged_into")};
        });
}

Result<bool> MergeRepository::belongsTo(const QString &table, const QString &id,
                                        const QString &patientId) const
{
    auto found = selectOne(m_vault.database(),
                           QStringLiteral("SELECT id FROM \"%1\" WHERE id = ? AND patient_id = ? "
                                          "AND deleted = 0")
                               .arg(table),
                           {id, patientId}, tr("Undoing the merge failed"),
                           [](const Row &row) { return row.text("id"); });
    if (!found)
        return std::unexpected(found.error());
    return found->has_value();
}

QVariantMap MergeRepository::columnsOf(const QString &keptId, const QString &mergedId,
                                       const QString &reason, const QString &byUser,
                                       const QList<Moved> &moved,
                                       const QMap<QString, Filled> &keptBefore)
{
    QJsonArray movedJson;
    for (const Moved &m : moved)
        movedJson.append(QJsonArray{m.table, m.id});
    QJsonObject beforeJson;
    for (auto it = keptBefore.cbegin(); it != keptBefore.cend(); ++it)
        beforeJson.insert(it.key(), QJsonArray{it->before, it->after});
    return {{QStringLiteral("kept_id"), keptId},
            {QStringLiteral("merged_id"), mergedId},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("by_user"), byUser},
            {QStringLiteral("moved"), compact(QJsonDocument(movedJson))},
            {QStringLiteral("kept_before"), compact(QJsonDocument(beforeJson))}};
}

QVariantMap MergeRepository::undoneColumns()
{
    return {{QStringLiteral("undone"), 1}};
}

QVariantMap MergeRepository::ownerColumns(const QString &patientId)
{
    return {{QStringLiteral("patient_id"), patientId}};
}

QVariantMap MergeRepository::mergedIntoColumns(const QString &keptId)
{
    return {{QStringLiteral("merged_into"), keptId}};
}

} // namespace relais
