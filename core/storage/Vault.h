#pragma once

#include "domain/Actor.h"
#include "storage/AuditTrail.h"
#include "storage/RecordWriter.h"
#include "storage/VaultChanges.h"
#include "util/Clock.h"
#include "util/HybridClock.h"
#include "util/Result.h"
#include "util/SecureBytes.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QVariantMap>

#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

namespace relais {

class Connection;

// The practice's records on this workstation: one SQLCipher file, opened with the vault key.
// Reads go through database(); every write goes through write(), the single path that stamps the
// record for sync and appends its audit and change-journal rows in the same transaction.
class Vault
{
    Q_DECLARE_TR_FUNCTIONS(relais::Vault)

public:
    struct Options
    {
        // Where "now" comes from for this vault and everything that works on it; must outlive
        // the vault. Null: the system's.
        const Clock *clock = nullptr;
        int schemaVersion = -1; // for migration tests: stop at this version
        // Only relais-bench sets this, to measure what encryption costs: an empty key then
        // makes a plain SQLite file. Vault::open never opens such a file.
        bool unencryptedForBenchmark = false;
    };

    static Result<std::unique_ptr<Vault>> create(const QString &path, const SecureBytes &key,
                                                 const Options &options);
    static Result<std::unique_ptr<Vault>> open(const QString &path, const SecureBytes &key,
                                               const Options &options);
    static Result<std::unique_ptr<Vault>> create(const QString &path, const SecureBytes &key)
    {
        return create(path, key, Options{});
    }
    static Result<std::unique_ptr<Vault>> open(const QString &path, const SecureBytes &key)
    {
        return open(path, key, Options{});
    }
    // Says why a file cannot be a vault before any key is tried (missing, empty, truncated,
    // plain SQLite, another kind of file).
    static Status inspectFile(const QString &path);
    // A second handle on this vault, for a worker thread: call it on the thread that will use
    // it (a connection belongs to the thread that opened it). Writes from both stay ordered:
    // each write starts from the clock the other last saved.
    Result<std::unique_ptr<Vault>> openAnother() const;
    // Deletes a vault file and everything that belongs to it (WAL, shared memory, key file), for
    // a vault that was never finished or a demo being replaced. Never for a practice's records.
    static void removeFiles(const QString &path);

    ~Vault();
    Vault(const Vault &) = delete;
    Vault &operator=(const Vault &) = delete;

    QSqlDatabase database() const;
    const QString &path() const;
    const QString &vaultId() const { return m_vaultId; }
    const QString &deviceId() const { return m_hlc.deviceId(); }
    int schemaVersion() const { return m_schemaVersion; }
    const Clock &clock() const { return *m_wall; }

    // Runs work in one transaction; commits only if it succeeds, and then the record changes,
    // their audit rows and their journal rows are all kept, and announced; otherwise none of
    // them is. Returns what work returned (a Result of anything: the id it created, a count).
    template<typename Work>
    auto write(const Actor &actor, Work &&work) -> std::invoke_result_t<Work &, RecordWriter &>
    {
        using Produced = std::invoke_result_t<Work &, RecordWriter &>;
        std::optional<Produced> produced;
        const Status done = writeWith(actor, [&](RecordWriter &writer) -> Status {
            produced.emplace(work(writer));
            if (!*produced)
                return std::unexpected(produced->error());
            return {};
        });
        if (!done)
            return std::unexpected(done.error());
        return std::move(produced).value(); // set: work ran and the write committed
    }
    // Changes made on other workstations, in one transaction: each is written or found
    // superseded; the first refused one refuses them all, and nothing is written.
    Result<QList<RecordWriter::Applied>> apply(const QList<JournalChange> &changes);

    // The committed changes of this vault file, from every handle on it in this process.
    ChangeNotifier *changes() const { return m_notifier.get(); }
    // Where this handle's writes are said to come from (Here for the first handle, Worker for
    // openAnother's); an import sets Import on the handle it writes through.
    void setOrigin(ChangeOrigin origin) { m_origin = origin; }
    quint64 handleId() const { return m_handleId; }
    // Whether what was read from `table` through this handle may have changed since: two
    // stamps taken before and after are equal only if no commit through this handle changed the
    // table and nothing at all was committed by another connection (a worker's, a sync's, another
    // process's: SQLite's data_version, which says "something", not what). For caches of
    // reads, which must never show a record older than the file.
    struct ReadStamp
    {
        qint64 dataVersion = -1;
        quint64 commits = 0;
        bool operator==(const ReadStamp &) const = default;
    };
    Result<ReadStamp> readStamp(const QString &table) const;
    // Records an event that changes no record (a patient file opened, a backup made).
    Status audit(const Actor &actor, const QString &action, const QString &entity,
                 const QString &entityId);
    // The audit trail, its chain and its sealed end, as they stand.
    Result<AuditTrail::Verdict> verifyAuditTrail() const;
    // The audit trails of the practice's other workstations, as sync brought them, by device.
    Result<QList<std::pair<QString, AuditTrail::Verdict>>> verifyPeerTrails() const;
    // SQLite's integrity_check over every page and index: empty when the file is sound, else
    // one sentence per problem, in words.
    Result<QStringList> checkIntegrity() const;

    // Gives the space of deleted rows back to the file system when more than half the file is
    // free pages (after the first push of a practice's whole history, say); otherwise nothing.
    // Returns whether it did. Refused while another connection is reading.
    Result<bool> reclaimSpace();

    // A consistent encrypted copy of the vault, with the same key, written to a temporary file
    // and renamed into place only when complete; audited as made by `actor`.
    Status backupTo(const QString &file, const Actor &actor);

    // Replaces the vault at vaultPath with a backup, once the backup has been opened with the key
    // and found whole. The vault it replaces is kept beside it, named <file>.before-restore-<time>;
    // its path is returned (empty when there was no vault).
    static Result<QString> restore(const QString &backupFile, const QString &vaultPath,
                                   const SecureBytes &key, const Clock &clock = Clock::system());

    // Settings of this workstation's copy that never sync (the demo mark, the device id).
    QString localSetting(const QString &key) const;
    Status setLocalSetting(const QString &key, const QString &value);

    bool isSyncedTable(const QString &table) const { return m_syncedColumns.contains(table); }
    // The synced tables that have this column, sorted: "every record about a patient" is every
    // table with a patient_id, including those later schema steps add.
    QStringList syncedTablesWith(const QString &column) const;
    // Every synced table, and the columns a change carries for one, sorted.
    QStringList syncedTables() const;
    QStringList syncedColumnsOf(const QString &table) const;

private:
    friend class RecordWriter;
    Status writeWith(const Actor &actor, const std::function<Status(RecordWriter &)> &work);
    Vault(std::unique_ptr<Connection> connection, const SecureBytes &key, const Options &options);
    Status prepare(int schemaVersion);
    Status configure();
    Status loadState();
    Status saveClock();
    Status catchUpClock();
    Status discoverSyncedTables();
    // Runs work in one transaction with the audit trail's anchor kept on the trail's end.
    // FollowEnd never seals over an end that no longer matches; SealAnew seals whatever is
    // there (only the open that first brings a vault to anchored schema does).
    enum class Anchoring
    {
        FollowEnd,
        SealAnew
    };
    Status inTransaction(const std::function<Status()> &work,
                         Anchoring anchoring = Anchoring::FollowEnd);

    std::unique_ptr<Connection> m_connection;
    SecureBytes m_key;       // kept for backups, which re-encrypt with it
    SecureBytes m_anchorKey; // seals the audit trail's end (derived from m_key)
    const Clock *m_wall;
    HybridClock m_hlc;
    QString m_vaultId;
    int m_schemaVersion = 0;
    QHash<QString, QSet<QString>> m_syncedColumns; // synced table -> its writable columns
    bool m_derivedTables = false; // the schema has the search words (not in early migrations)
    std::shared_ptr<ChangeNotifier> m_notifier;
    ChangeOrigin m_origin = ChangeOrigin::Here;
    quint64 m_handleId;
    VaultChanges m_pending;                    // what the transaction under way changed
    QHash<QString, quint64> m_commitsTouching; // by table: commits through this handle
    bool m_pendingFromSync = false;
};

} // namespace relais
