#include "PatientMerger.h"

#include "domain/Nir.h"
#include "security/AccessPolicy.h"
#include "services/PatientRegistry.h"
#include "storage/Connection.h"
#include "storage/Vault.h"
#include "util/Uuid7.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

namespace relais {

Q_LOGGING_CATEGORY(lcMerge, "relais.services.merge")

namespace {

// Fields filled together: an address is taken whole or not at all, never a postcode from one
// file with the street of the other.
const QList<QStringList> &fillableGroups()
{
    static const QList<QStringList> groups{
        {QStringLiteral("phone")},
        {QStringLiteral("email")},
        {QStringLiteral("nir")},
        {QStringLiteral("address"), QStringLiteral("postcode"), QStringLiteral("city")},
        {QStringLiteral("referring_user_id"), QStringLiteral("referring_name"),
         QStringLiteral("referring_rpps")},
        {QStringLiteral("insurance_scheme"), QStringLiteral("insurance_fund")},
        {QStringLiteral("complementary"), QStringLiteral("complementary_number")},
        {QStringLiteral("consent_sharing"), QStringLiteral("consent_dmp"),
         QStringLiteral("consents_on")},
    };
    return groups;
}

// Records that belong to an identity itself stay with it: its validation history is about the
// traits of that file, not of the kept one.
bool movesWithPatient(const QString &table)
{
    return table != QLatin1String("identity_event");
}

} // namespace

PatientMerger::PatientMerger(Vault &vault)
    : m_vault(vault)
{}

Result<QString> PatientMerger::merge(const Session &session, const QString &keptId,
                                     const QString &mergedId, const QString &reason)
{
    if (auto allowed = AccessPolicy::require(session, Permission::MergePatients); !allowed)
        return std::unexpected(allowed.error());
    if (reason.trimmed().isEmpty())
        return invalid(QLatin1String(FieldReason),
                       tr("Say why these two files are the same person (the trail keeps it)."));
    if (keptId == mergedId)
        return fail(ErrorCode::InvalidInput, tr("A file cannot be merged into itself."));
    PatientRegistry registry(m_vault);
    auto kept = registry.load(keptId);
    if (!kept)
        return std::unexpected(kept.error());
    auto merged = registry.load(mergedId);
    if (!merged)
        return std::unexpected(merged.error());
    if (!kept->mergedInto.isEmpty() || !merged->mergedInto.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    tr("One of these files was already merged into another one."));
    if (!kept->nir.isEmpty() && !merged->nir.isEmpty() && kept->nir != merged->nir)
        return fail(ErrorCode::InvalidInput,
                    tr("These files carry two different social-security numbers: they are not "
                       "the same person, or one number is wrong. Correct it first."));

    auto rows = [&](const QString &id) -> Result<QSqlQuery> {
        return runQuery(m_vault.database(), QStringLiteral("SELECT * FROM patient WHERE id = ?"),
                        {id}, tr("Merging the files failed"));
    };
    auto keptRow = rows(keptId);
    auto mergedRow = rows(mergedId);
    if (!keptRow || !mergedRow || !keptRow->next() || !mergedRow->next())
        return fail(ErrorCode::NotFound, tr("One of these files no longer exists."));

    // What the kept file lacks, taken from the merged one, with the value it had before.
    QVariantMap filled;
    QJsonObject keptBefore;
    for (const QStringList &group : fillableGroups()) {
        const bool keptEmpty = std::all_of(group.cbegin(), group.cend(), [&](const QString &f) {
            return keptRow->value(f).toString().isEmpty();
        });
        const bool mergedHas = std::any_of(group.cbegin(), group.cend(), [&](const QString &f) {
            return !mergedRow->value(f).toString().isEmpty();
        });
        if (!keptEmpty || !mergedHas)
            continue;
        if (group.first() == QLatin1String("nir")) {
            // A number that contradicts the kept identity's sex or birth date is not carried.
            auto nir = Nir::parse(mergedRow->value(QStringLiteral("nir")).toString());
            if (!nir ||
                (kept->sex != QLatin1Char('U') && !nir->consistentWith(kept->sex, kept->birthDate)))
                continue;
        }
        for (const QString &field : group) {
            filled.insert(field, mergedRow->value(field).toString());
            keptBefore.insert(field, QJsonArray{keptRow->value(field).toString(),
                                                mergedRow->value(field).toString()});
        }
    }
    const QString keptNotes = keptRow->value(QStringLiteral("notes")).toString();
    const QString mergedNotes = mergedRow->value(QStringLiteral("notes")).toString();
    if (!mergedNotes.isEmpty()) {
        const QString notes = keptNotes.isEmpty() ? mergedNotes
                                                  : keptNotes + QStringLiteral("\n\n") +
                                                        tr("From the merged file:") +
                                                        QLatin1Char('\n') + mergedNotes;
        filled.insert(QStringLiteral("notes"), notes);
        keptBefore.insert(QStringLiteral("notes"), QJsonArray{keptNotes, notes});
    }

    return m_vault.write(session.actor(), [&](RecordWriter &w) -> Result<QString> {
        QJsonArray moved;
        const QStringList tables = m_vault.syncedTablesWith(QStringLiteral("patient_id"));
        for (const QString &table : tables) {
            if (!movesWithPatient(table))
                continue;
            auto children = runQuery(
                m_vault.database(),
                QStringLiteral("SELECT id FROM \"%1\" WHERE patient_id = ? AND deleted = 0")
                    .arg(table),
                {mergedId}, tr("Merging the files failed"));
            if (!children)
                return std::unexpected(children.error());
            QStringList ids;
            while (children->next())
                ids.append(children->value(0).toString());
            for (const QString &id : std::as_const(ids)) {
                if (auto ok = w.update(table, id, {{QStringLiteral("patient_id"), keptId}}); !ok)
                    return std::unexpected(ok.error());
                moved.append(QJsonArray{table, id});
            }
        }
        if (!filled.isEmpty()) {
            if (auto ok = w.update(QStringLiteral("patient"), keptId, filled); !ok)
                return std::unexpected(ok.error());
        }
        if (auto ok = w.update(QStringLiteral("patient"), mergedId,
                               {{QStringLiteral("merged_into"), keptId}});
            !ok)
            return std::unexpected(ok.error());
        auto mergeId = w.create(
            QStringLiteral("patient_merge"),
            {{QStringLiteral("kept_id"), keptId},
             {QStringLiteral("merged_id"), mergedId},
             {QStringLiteral("reason"), reason.trimmed()},
             {QStringLiteral("by_user"), session.userId},
             {QStringLiteral("moved"),
              QString::fromUtf8(QJsonDocument(moved).toJson(QJsonDocument::Compact))},
             {QStringLiteral("kept_before"),
              QString::fromUtf8(QJsonDocument(keptBefore).toJson(QJsonDocument::Compact))}});
        qCInfo(lcMerge) << "merged a file:" << moved.size() << "records moved," << filled.size()
                        << "fields filled";
        return mergeId;
    });
}

Status PatientMerger::undo(const Session &session, const QString &mergeId)
{
    if (auto allowed = AccessPolicy::require(session, Permission::MergePatients); !allowed)
        return allowed;
    auto record = runQuery(m_vault.database(),
                           QStringLiteral("SELECT kept_id, merged_id, moved, kept_before, undone "
                                          "FROM patient_merge WHERE id = ? AND deleted = 0"),
                           {mergeId}, tr("Undoing the merge failed"));
    if (!record)
        return std::unexpected(record.error());
    if (!record->next())
        return fail(ErrorCode::NotFound, tr("This merge is not in the vault."));
    if (record->value(4).toInt() == 1)
        return fail(ErrorCode::InvalidInput, tr("This merge was already undone."));
    const QString keptId = record->value(0).toString();
    const QString mergedId = record->value(1).toString();
    const QJsonArray moved = QJsonDocument::fromJson(record->value(2).toString().toUtf8()).array();
    const QJsonObject keptBefore =
        QJsonDocument::fromJson(record->value(3).toString().toUtf8()).object();
    PatientRegistry registry(m_vault);
    auto merged = registry.load(mergedId);
    if (!merged)
        return std::unexpected(merged.error());
    auto keptRow =
        runQuery(m_vault.database(), QStringLiteral("SELECT * FROM patient WHERE id = ?"), {keptId},
                 tr("Undoing the merge failed"));
    if (!keptRow)
        return std::unexpected(keptRow.error());
    if (!keptRow->next())
        return fail(ErrorCode::NotFound, tr("The kept file no longer exists."));

    // A filled field goes back only if nobody changed it since: a phone number corrected after
    // the merge is the patient's, whichever file it came from.
    QVariantMap restore;
    for (auto it = keptBefore.constBegin(); it != keptBefore.constEnd(); ++it) {
        const QJsonArray values = it.value().toArray();
        if (keptRow->value(it.key()).toString() == values.at(1).toString())
            restore.insert(it.key(), values.at(0).toString());
    }

    return m_vault.write(session.actor(), [&](RecordWriter &w) -> Status {
        for (const QJsonValue &entry : moved) {
            const QString table = entry.toArray().at(0).toString();
            const QString id = entry.toArray().at(1).toString();
            if (!m_vault.isSyncedTable(table))
                continue;
            // Records removed since the merge stay removed; the others go home.
            auto still = runQuery(m_vault.database(),
                                  QStringLiteral("SELECT 1 FROM \"%1\" WHERE id = ? AND "
                                                 "patient_id = ? AND deleted = 0")
                                      .arg(table),
                                  {id, keptId}, tr("Undoing the merge failed"));
            if (!still)
                return std::unexpected(still.error());
            if (!still->next())
                continue;
            if (auto ok = w.update(table, id, {{QStringLiteral("patient_id"), mergedId}}); !ok)
                return ok;
        }
        if (!restore.isEmpty()) {
            if (auto ok = w.update(QStringLiteral("patient"), keptId, restore); !ok)
                return ok;
        }
        if (auto ok = w.update(QStringLiteral("patient"), mergedId,
                               {{QStringLiteral("merged_into"), QString()}});
            !ok)
            return ok;
        return w.update(QStringLiteral("patient_merge"), mergeId, {{QStringLiteral("undone"), 1}});
    });
}

Result<QList<PatientMergeRecord>> PatientMerger::mergesInto(const Session &session,
                                                            const QString &keptId) const
{
    if (auto allowed = AccessPolicy::require(session, Permission::ReadPatients); !allowed)
        return std::unexpected(allowed.error());
    auto query = runQuery(m_vault.database(),
                          QStringLiteral("SELECT m.id, m.merged_id, m.reason, "
                                         "coalesce(u.display_name, m.by_user), "
                                         "m.moved, m.undone FROM patient_merge m "
                                         "LEFT JOIN app_user u ON u.id = m.by_user "
                                         "WHERE m.kept_id = ? AND m.deleted = 0 "
                                         "ORDER BY m.id DESC"),
                          {keptId}, tr("Reading the merges failed"));
    if (!query)
        return std::unexpected(query.error());
    PatientRegistry registry(m_vault);
    QList<PatientMergeRecord> merges;
    while (query->next()) {
        PatientMergeRecord m;
        m.id = query->value(0).toString();
        m.keptId = keptId;
        m.mergedId = query->value(1).toString();
        if (auto merged = registry.load(m.mergedId))
            m.mergedName = PatientRegistry::displayName(*merged);
        m.reason = query->value(2).toString();
        m.byUser = query->value(3).toString();
        // When it was made: the UUIDv7 id says it (updated_at moves when it is undone).
        m.at = QDateTime::fromMSecsSinceEpoch(Uuid7::timestampMs(m.id), Qt::UTC);
        m.movedRecords = static_cast<int>(
            QJsonDocument::fromJson(query->value(4).toString().toUtf8()).array().size());
        m.undone = query->value(5).toInt() == 1;
        merges.append(m);
    }
    return merges;
}

} // namespace relais
