#include "PatientMerger.h"

#include "domain/Nir.h"
#include "repositories/MergeRepository.h"
#include "repositories/PatientRepository.h"
#include "security/AccessPolicy.h"
#include "services/PatientRegistry.h"
#include "storage/Vault.h"

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

const QString Merges = QString::fromLatin1(MergeRepository::Table);

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
    auto kept = PatientRepository(m_vault).load(keptId);
    if (!kept)
        return std::unexpected(kept.error());
    auto merged = PatientRepository(m_vault).load(mergedId);
    if (!merged)
        return std::unexpected(merged.error());
    if (!kept->mergedInto.isEmpty() || !merged->mergedInto.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    tr("One of these files was already merged into another one."));
    if (!kept->nir.isEmpty() && !merged->nir.isEmpty() && kept->nir != merged->nir)
        return fail(ErrorCode::InvalidInput,
                    tr("These files carry two different social-security numbers: they are not "
                       "the same person, or one number is wrong. Correct it first."));

    const MergeRepository merges(m_vault);
    auto keptColumns = merges.patientColumns(keptId);
    if (!keptColumns)
        return std::unexpected(keptColumns.error());
    auto mergedColumns = merges.patientColumns(mergedId);
    if (!mergedColumns)
        return std::unexpected(mergedColumns.error());
    if (!keptColumns->has_value() || !mergedColumns->has_value())
        return fail(ErrorCode::NotFound, tr("One of these files no longer exists."));
    const auto keptValue = [&](const QString &column) {
        return (*keptColumns)->value(column).toString();
    };
    const auto mergedValue = [&](const QString &column) {
        return (*mergedColumns)->value(column).toString();
    };

    // What the kept file lacks, taken from the merged one, with the value it had before.
    QVariantMap filled;
    QMap<QString, MergeRepository::Filled> keptBefore;
    for (const QStringList &group : fillableGroups()) {
        const bool keptEmpty = std::all_of(
            group.cbegin(), group.cend(), [&](const QString &f) { return keptValue(f).isEmpty(); });
        const bool mergedHas = std::any_of(group.cbegin(), group.cend(), [&](const QString &f) {
            return !mergedValue(f).isEmpty();
        });
        if (!keptEmpty || !mergedHas)
            continue;
        if (group.first() == QLatin1String("nir")) {
            // A number that contradicts the kept identity's sex or birth date is not carried.
            auto nir = Nir::parse(mergedValue(QStringLiteral("nir")));
            if (!nir ||
                (kept->sex != QLatin1Char('U') && !nir->consistentWith(kept->sex, kept->birthDate)))
                continue;
        }
        for (const QString &field : group) {
            filled.insert(field, mergedValue(field));
            keptBefore.insert(field, {keptValue(field), mergedValue(field)});
        }
    }
    const QString keptNotes = keptValue(QStringLiteral("notes"));
    const QString mergedNotes = mergedValue(QStringLiteral("notes"));
    if (!mergedNotes.isEmpty()) {
        const QString notes = keptNotes.isEmpty() ? mergedNotes
                                                  : keptNotes + QStringLiteral("\n\n") +
                                                        tr("From the merged file:") +
                                                        QLatin1Char('\n') + mergedNotes;
        filled.insert(QStringLiteral("notes"), notes);
        keptBefore.insert(QStringLiteral("notes"), {keptNotes, notes});
    }

    return m_vault.write(session.actor(), [&](RecordWriter &w) -> Result<QString> {
        QList<MergeRepository::Moved> moved;
        const QStringList tables = m_vault.syncedTablesWith(QStringLiteral("patient_id"));
        for (const QString &table : tables) {
            if (!movesWithPatient(table))
                continue;
            auto ids = merges.recordsOf(table, mergedId);
            if (!ids)
                return std::unexpected(ids.error());
            for (const QString &id : std::as_const(*ids)) {
                if (auto ok = w.update(table, id, MergeRepository::ownerColumns(keptId)); !ok)
                    return std::unexpected(ok.error());
                moved.append({table, id});
            }
        }
        if (!filled.isEmpty()) {
            if (auto ok = w.update(QString::fromLatin1(PatientRepository::Table), keptId, filled);
                !ok)
                return std::unexpected(ok.error());
        }
        if (auto ok = w.update(QString::fromLatin1(PatientRepository::Table), mergedId,
                               MergeRepository::mergedIntoColumns(keptId));
            !ok)
            return std::unexpected(ok.error());
        auto mergeId =
            w.create(Merges, MergeRepository::columnsOf(keptId, mergedId, reason.trimmed(),
                                                        session.userId, moved, keptBefore));
        qCInfo(lcMerge) << "merged a file:" << moved.size() << "records moved," << filled.size()
                        << "fields filled";
        return mergeId;
    });
}

Result<int> PatientMerger::followMerges(const Actor &actor)
{
    const MergeRepository merges(m_vault);
    return m_vault.write(actor, [&](RecordWriter &w) -> Result<int> {
        int moved = 0;
        for (const QString &table : m_vault.syncedTablesWith(QStringLiteral("patient_id"))) {
            if (!movesWithPatient(table))
                continue;
            // Twice at most: a file merged into one itself merged since.
            for (int round = 0; round < 2; ++round) {
                auto strays = merges.strays(table);
                if (!strays)
                    return std::unexpected(strays.error());
                if (strays->isEmpty())
                    break;
                for (const auto &[id, keptId] : std::as_const(*strays)) {
                    if (auto ok = w.update(table, id, MergeRepository::ownerColumns(keptId)); !ok)
                        return std::unexpected(ok.error());
                    ++moved;
                }
            }
        }
        if (moved > 0)
            qCInfo(lcMerge) << "records made before a merge followed it:" << moved;
        return moved;
    });
}

Status PatientMerger::undo(const Session &session, const QString &mergeId)
{
    if (auto allowed = AccessPolicy::require(session, Permission::MergePatients); !allowed)
        return allowed;
    const MergeRepository merges(m_vault);
    auto stored = merges.find(mergeId);
    if (!stored)
        return std::unexpected(stored.error());
    if (!stored->has_value())
        return fail(ErrorCode::NotFound, tr("This merge is not in the vault."));
    const MergeRepository::Stored &record = **stored;
    if (record.record.undone)
        return fail(ErrorCode::InvalidInput, tr("This merge was already undone."));
    const QString keptId = record.record.keptId;
    const QString mergedId = record.record.mergedId;
    PatientRegistry registry(m_vault);
    auto merged = PatientRepository(m_vault).load(mergedId);
    if (!merged)
        return std::unexpected(merged.error());
    auto keptColumns = merges.patientColumns(keptId);
    if (!keptColumns)
        return std::unexpected(keptColumns.error());
    if (!keptColumns->has_value())
        return fail(ErrorCode::NotFound, tr("The kept file no longer exists."));

    // A filled field goes back only if nobody changed it since: a phone number corrected after
    // the merge is the patient's, whichever file it came from.
    QVariantMap restore;
    for (auto it = record.keptBefore.cbegin(); it != record.keptBefore.cend(); ++it) {
        if ((*keptColumns)->value(it.key()).toString() == it->after)
            restore.insert(it.key(), it->before);
    }

    return m_vault.write(session.actor(), [&](RecordWriter &w) -> Status {
        for (const MergeRepository::Moved &entry : record.moved) {
            // Only tables of the schema are named in SQL, never text read from a record.
            if (!m_vault.isSyncedTable(entry.table))
                continue;
            // Records removed since the merge stay removed; the others go home.
            auto still = merges.belongsTo(entry.table, entry.id, keptId);
            if (!still)
                return std::unexpected(still.error());
            if (!*still)
                continue;
            if (auto ok = w.update(entry.table, entry.id, MergeRepository::ownerColumns(mergedId));
                !ok)
                return ok;
        }
        if (!restore.isEmpty()) {
            if (auto ok = w.update(QString::fromLatin1(PatientRepository::Table), keptId, restore);
                !ok)
                return ok;
        }
        if (auto ok = w.update(QString::fromLatin1(PatientRepository::Table), mergedId,
                               MergeRepository::mergedIntoColumns(QString()));
            !ok)
            return ok;
        return w.update(Merges, mergeId, MergeRepository::undoneColumns());
    });
}

Result<QList<PatientMergeRecord>> PatientMerger::mergesInto(const Session &session,
                                                            const QString &keptId) const
{
    if (auto allowed = AccessPolicy::require(session, Permission::ReadPatients); !allowed)
        return std::unexpected(allowed.error());
    return MergeRepository(m_vault).into(keptId);
}

} // namespace relais
