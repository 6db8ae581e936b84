#pragma once

#include "domain/Actor.h"
#include "storage/JournalChange.h"
#include "util/HybridClock.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariantMap>

namespace relais {

class Vault;

// The only way to change a synced record. Handed out by Vault::write(), valid only inside it.
// Every change is stamped with this workstation's clock, checked against the table's write
// policy, journalled for sync, audited, announced after the commit, and followed by the
// derived tables (search words) in the same transaction.
class RecordWriter
{
    Q_DECLARE_TR_FUNCTIONS(relais::RecordWriter)

public:
    // Creates a record with a new UUIDv7 id and returns the id.
    Result<QString> create(const QString &table, const QVariantMap &fields);
    // Changes the given fields of a live record, as its table's WritePolicy allows.
    Status update(const QString &table, const QString &id, const QVariantMap &fields);
    // Marks a record deleted (a tombstone that syncs), never removing the row.
    Status remove(const QString &table, const QString &id);

    enum class Applied
    {
        Written,    // the change is now the record's state
        Superseded, // the record already holds this change or a later one: nothing written
        KeptAside,  // the change would overwrite a frozen record: not written, handed back
        Displaced,  // the change is a frozen state that a later local one would overwrite: the
                    // change is written and the state it replaced handed back
    };
    // Writes a change made on another workstation, keeping its id, clock and device: skipped
    // when the stored record is as recent or more; folds its clock into this workstation's;
    // audited as its author; never journalled again. Refused, with nothing written, when it
    // names a table or column this vault does not have, comes from a newer schema, or carries
    // a clock too far ahead of this workstation's. A frozen record (a signed prescription, a
    // reviewed consultation) wins over a conflicting state whatever their clocks, so that every
    // order of the same changes ends the same; the losing state is handed back in keptAside.
    Result<Applied> apply(const JournalChange &change, JournalChange *keptAside = nullptr);

    // Writes records as another workstation holds them, in bulk: a new workstation's first load
    // from the practice's snapshot. `columns` name the id, the record's synced columns and its
    // sync columns (updated_at, device_id, deleted); each row is kept where it is newer than
    // the stored record (last writer wins, as apply). Not journalled (the hub holds the
    // changes) nor audited per record (the audit trails travel beside); the clock folds in the
    // latest stamp and the derived tables follow. Returns how many rows were written.
    Result<int> load(const QString &table, const QStringList &columns,
                     const QList<QVariantList> &rows);

    // Audits, in the same transaction, a change to this workstation's own data that does not
    // sync (a reference table replaced by an import).
    Status logEvent(const QString &action, const QString &entity, const QString &entityId);
    // Announces, after the commit, a local table this transaction replaced as a whole.
    void touched(const QString &table);

    // A remote clock further ahead of this workstation's than this is refused: folding it in
    // would drag every later local stamp along with it.
    static constexpr qint64 MostClockLeadMs = 24LL * 3600 * 1000;

private:
    friend class Vault;
    RecordWriter(Vault &vault, const Actor &actor);
    Status checkFields(const QString &table, const QVariantMap &fields) const;
    Result<QVariantMap> stored(const QString &table, const QString &id) const;
    Status journal(const QString &table, const QString &id, const QString &action,
                   const HlcTimestamp &stamp);
    Status afterWrite(const QString &table, const QString &id);
    // The record on the query's current row as a change (no change id or author).
    JournalChange changeOf(const QString &table, const QSqlQuery &row) const;
    static QVariantMap wholeRecord(const JournalChange &change);

    Vault &m_vault;
    const Actor &m_actor;
};

} // namespace relais
