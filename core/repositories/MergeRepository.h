#pragma once

#include "domain/PatientMergeRecord.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QVariantMap>

#include <optional>

namespace relais {

class Vault;

// Merges of two files of one person (patient_merge), with what each moved and filled so that it
// can be undone, and the raw reads a merge needs on the files and on what points to them.
class MergeRepository
{
    Q_DECLARE_TR_FUNCTIONS(relais::MergeRepository)

public:
    static constexpr auto Table = "patient_merge";

    // A record moved by a merge.
    struct Moved
    {
        QString table;
        QString id;
    };
    // A field of the kept file filled from the merged one: its value before, and the one given.
    struct Filled
    {
        QString before;
        QString after;
    };
    struct Stored
    {
        PatientMergeRecord record;
        QList<Moved> moved;
        QMap<QString, Filled> keptBefore; // column -> values
    };

    explicit MergeRepository(const Vault &vault);

    Result<std::optional<Stored>> find(const QString &mergeId) const;
    // The merges into a file, newest first, with the merged file's name.
    Result<QList<PatientMergeRecord>> into(const QString &keptId) const;

    // Every column of a patient's row by name, removed or not; nothing when there is no row.
    Result<std::optional<QVariantMap>> patientColumns(const QString &patientId) const;
    // The live records of `table` (a synced table with a patient_id, named by the schema) that
    // belong to the patient.
    Result<QStringList> recordsOf(const QString &table, const QString &patientId) const;
    // Live records of `table` still on a file merged into another: record id -> the kept file.
    Result<QList<std::pair<QString, QString>>> strays(const QString &table) const;
    // Whether the record is live and still belongs to the patient.
    Result<bool> belongsTo(const QString &table, const QString &id, const QString &patientId) const;

    static QVariantMap columnsOf(const QString &keptId, const QString &mergedId,
                                 const QString &reason, const QString &byUser,
                                 const QList<Moved> &moved,
                                 const QMap<QString, Filled> &keptBefore);
    static QVariantMap undoneColumns();
    static QVariantMap ownerColumns(const QString &patientId);
    static QVariantMap mergedIntoColumns(const QString &keptId); // empty: no longer merged

private:
    const Vault &m_vault;
};

} // namespace relais
