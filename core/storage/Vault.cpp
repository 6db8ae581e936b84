#include "Vault.h"

#include "Connection.h"
#include "Migrations.h"
#include "SqlCipherPages.h"
#include "storage/AuditTrail.h"
#include "storage/Rows.h"
#include "util/Uuid7.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sodium.h>

#include <atomic>
#include <bitset>
#include <chrono>

namespace relais {

Q_LOGGING_CATEGORY(lcVault, "relais.storage.vault")

namespace {

const QStringList SyncColumns = {QStringLiteral("id"), QStringLiteral("updated_at"),
                                 QStringLiteral("device_id"), QStringLiteral("deleted")};

quint64 nextHandleId()
{
    static std::atomic<quint64> last{0};
    return ++last;
}

QString newDeviceId()
{
    unsigned char bytes[8];
    randombytes_buf(bytes, sizeof bytes);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(bytes), sizeof bytes).toHex());
}

} // namespace

Vault::Vault(std::unique_ptr<Connection> connection, const SecureBytes &key, const Options &options)
    : m_connection(std::move(connection))
    , m_key(key.clone())
    , m_anchorKey(AuditTrail::anchorKey(key))
    , m_wall(options.clock ? options.clock : &Clock::system())
    , m_hlc(QString(), *m_wall)
    , m_handleId(nextHandleId())
{}

Vault::~Vault() = default;

QSqlDatabase Vault::database() const
{
    return m_connection->database();
}

const QString &Vault::path() const
{
    return m_connection->path();
}

void Vault::removeFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                  QStringLiteral("-journal"), QStringLiteral(".key")})
        QFile::remove(path + suffix);
}

Status Vault::inspectFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(ErrorCode::NotAVault, tr("There is no vault at %1.").arg(path));
    if (!info.isFile())
        return fail(ErrorCode::NotAVault, tr("%1 is a folder, not a vault.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("%1 cannot be read: %2").arg(path, file.errorString()));
    const QByteArray firstPage = file.read(SqlCipherPages::PageSize);
    if (firstPage.isEmpty())
        return fail(ErrorCode::NotAVault, tr("%1 is empty: it is not a vault.").arg(path));
    if (firstPage.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return fail(ErrorCode::PlainDatabase,
                    tr("%1 is an unencrypted SQLite database, not a Relais vault.").arg(path));
    if (info.size() % SqlCipherPages::PageSize != 0)
        return fail(ErrorCode::NotAVault,
                    tr("%1 is truncated or is not a Relais vault (its size is not a whole number "
                       "of pages).")
                        .arg(path));
    // An encrypted page looks random: nearly every byte value appears in 4 KiB. Text, images and
    // other documents repeat a few values and are recognised before any key is tried.
    std::bitset<256> seen;
    for (const char c : firstPage)
        seen.set(static_cast<unsigned char>(c));
    if (seen.count() < 200)
        return fail(ErrorCode::NotAVault, tr("%1 is not a Relais vault.").arg(path));
    return {};
}

Result<std::unique_ptr<Vault>> Vault::create(const QString &path, const SecureBytes &key,
                                             const Options &options)
{
    const bool plainAllowed = options.unencryptedForBenchmark && key.isEmpty();
    if (key.size() != crypto_aead_xchacha20poly1305_ietf_KEYBYTES && !plainAllowed)
        return fail(ErrorCode::InvalidInput, tr("A vault key must be 32 bytes."));
    if (QFileInfo::exists(path))
        return fail(
            ErrorCode::AlreadyExists,
            tr("%1 already exists; Relais does not overwrite a file to create a vault.").arg(path));
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(ErrorCode::Io, tr("The folder for %1 cannot be created.").arg(path));

    auto connection = Connection::open(path, key, Connection::Mode::Create);
    if (!connection) {
        removeFiles(path);
        return fail(ErrorCode::Io,
                    tr("The vault %1 cannot be created: %2").arg(path, connection.error().message));
    }
    // Encrypted or not, the file is nobody else's business; SQLite gives its WAL the same mode.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    std::unique_ptr<Vault> vault(new Vault(std::move(*connection), key, options));
    if (Status ready = vault->prepare(options.schemaVersion); !ready) {
        vault.reset();
        removeFiles(path);
        return std::unexpected(ready.error());
    }
    qCInfo(lcVault) << "vault created, schema" << vault->m_schemaVersion;
    return vault;
}

Result<std::unique_ptr<Vault>> Vault::open(const QString &path, const SecureBytes &key,
                                           const Options &options)
{
    if (auto fileOk = inspectFile(path); !fileOk)
        return std::unexpected(fileOk.error());
    auto connection = Connection::open(path, key, Connection::Mode::ReadWrite);
    if (!connection) {
        const ErrorCode code = connection.error().code;
        // SQLite says "not a database" for a wrong key and for a damaged first page alike: the
        // key is right when it opens the pages after the first.
        if (code == ErrorCode::Corrupt ||
            (code == ErrorCode::WrongKey && SqlCipherPages::keyOpensLaterPages(path, key) == true))
            return fail(ErrorCode::Corrupt,
                        tr("The vault %1 is damaged: this is its key, but a page of it cannot be "
                           "read. Restore the last backup (in the window: Restore a backup; on "
                           "the command line: relais restore FILE); the damaged file is kept "
                           "beside it. Nothing was changed.")
                            .arg(path));
        if (code == ErrorCode::WrongKey)
            return fail(ErrorCode::WrongKey,
                        tr("This key does not open the vault %1. Nothing was changed.").arg(path));
        return fail(code,
                    tr("The vault %1 cannot be opened: %2").arg(path, connection.error().message));
    }
    std::unique_ptr<Vault> vault(new Vault(std::move(*connection), key, options));
    if (Status ready = vault->prepare(options.schemaVersion); !ready)
        return std::unexpected(ready.error());
    return vault;
}

Status Vault::prepare(int schemaVersion)
{
    if (Status configured = configure(); !configured)
        return configured;
    m_notifier = ChangeNotifier::forFile(path());
    auto before = Migrations::currentVersion(database());
    if (!before)
        return std::unexpected(before.error());
    if (Status migrated = Migrations::apply(database(), schemaVersion); !migrated)
        return migrated;
    if (Status loaded = loadState(); !loaded)
        return loaded;
    // The trail's end is sealed once, by the open that brought the vault to schema 11: SQL
    // cannot compute the MAC. Later, a missing anchor is a removed one, never sealed anew.
    constexpr int AnchoredSince = 11;
    if (*before < AnchoredSince && m_schemaVersion >= AnchoredSince)
        return inTransaction([] { return Status{}; }, Anchoring::SealAnew);
    return {};
}

Status Vault::configure()
{
    // WAL: readers never wait for the writer. FULL: a write acknowledged to the user has reached
    // the disk, which is what a medical record needs more than speed.
    auto mode = m_connection->pragma("journal_mode", QStringLiteral("WAL"));
    if (!mode)
        return std::unexpected(mode.error());
    if (mode->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return fail(
            ErrorCode::Io,
            tr("The vault cannot use write-ahead logging here (%1).").arg(mode->toString()));
    if (auto ok = m_connection->exec(QStringLiteral("PRAGMA synchronous = FULL")); !ok)
        return ok;
    // After a checkpoint the WAL file is cut back to 32 MiB: a large import or a long reader
    // would otherwise leave it as big as it ever grew.
    if (auto ok = m_connection->pragma("journal_size_limit", QStringLiteral("33554432")); !ok)
        return std::unexpected(ok.error());
    // SQLCipher decrypts a page each time it enters the page cache and keeps it in clear there:
    // with SQLite's 2 MiB default, a desk's working set (the files opened today, the search
    // index) keeps leaving and coming back, and each return costs a decryption. 32 MiB per
    // handle holds it.
    if (auto ok = m_connection->exec(QStringLiteral("PRAGMA cache_size = -32768")); !ok)
        return ok;
    return m_connection->exec(QStringLiteral("PRAGMA foreign_keys = ON"));
}

Status Vault::loadState()
{
    auto version = Migrations::currentVersion(database());
    if (!version)
        return std::unexpected(version.error());
    m_schemaVersion = *version;
    if (m_schemaVersion < 1)
        return {}; // only in migration tests: nothing to load yet

    QHash<QString, QString> state;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT key, value FROM vault_state")))
        return std::unexpected(sqlError(tr("Reading the vault state failed"), query.lastError()));
    const Row row(query);
    while (query.next())
        state.insert(row.text("key"), row.text("value"));

    const bool fresh = !state.contains(QStringLiteral("vault_id"));
    m_vaultId =
        fresh ? Uuid7::generateAt(m_wall->nowMs()) : state.value(QStringLiteral("vault_id"));
    const QString device = state.value(QStringLiteral("device_id"), newDeviceId());
    m_hlc = HybridClock(device, *m_wall);
    if (const auto last = HlcTimestamp::parse(state.value(QStringLiteral("clock"))))
        m_hlc.restore(*last);

    if (fresh) {
        QSqlQuery insert(database());
        insert.prepare(QStringLiteral("INSERT INTO vault_state (key, value) VALUES (?, ?)"));
        const QList<std::pair<QString, QString>> rows = {
            {QStringLiteral("vault_id"), m_vaultId},
            {QStringLiteral("device_id"), device},
            {QStringLiteral("created_at"), m_wall->now().toString(Qt::ISODateWithMs)}};
        for (const auto &[key, value] : rows) {
            insert.addBindValue(key);
            insert.addBindValue(value);
            if (!insert.exec())
                return std::unexpected(
                    sqlError(tr("Writing the vault state failed"), insert.lastError()));
        }
    }
    return discoverSyncedTables();
}

Status Vault::discoverSyncedTables()
{
    m_syncedColumns.clear();
    const QStringList tables = database().tables();
    for (const QString &table : tables) {
        const QSqlRecord columns = database().record(table);
        if (!std::all_of(SyncColumns.cbegin(), SyncColumns.cend(),
                         [&](const QString &c) { return columns.contains(c); }))
            continue;
        QSet<QString> writable;
        for (int i = 0; i < columns.count(); ++i) {
            if (!SyncColumns.contains(columns.fieldName(i)))
                writable.insert(columns.fieldName(i));
        }
        m_syncedColumns.insert(table, writable);
    }
    m_derivedTables =
        tables.contains(QStringLiteral("patient_token")) &&
        m_syncedColumns.value(QStringLiteral("patient")).contains(QStringLiteral("merged_into"));
    return {};
}

QStringList Vault::syncedTablesWith(const QString &column) const
{
    QStringList tables;
    for (auto it = m_syncedColumns.cbegin(); it != m_syncedColumns.cend(); ++it) {
        if (it.value().contains(column))
            tables.append(it.key());
    }
    tables.sort();
    return tables;
}

QStringList Vault::syncedTables() const
{
    QStringList tables = m_syncedColumns.keys();
    tables.sort();
    return tables;
}

QStringList Vault::syncedColumnsOf(const QString &table) const
{
    QStringList columns = m_syncedColumns.value(table).values();
    columns.sort();
    return columns;
}

Status Vault::saveClock()
{
    return setLocalSetting(QStringLiteral("clock"), m_hlc.last().toString());
}

QString Vault::localSetting(const QString &key) const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT value FROM vault_state WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return {};
    return Row(query).text("value");
}

Status Vault::setLocalSetting(const QString &key, const QString &value)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO vault_state (key, value) VALUES (?, ?)"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec())
        return std::unexpected(sqlError(tr("Saving a vault setting failed"), query.lastError()));
    return {};
}

Result<std::unique_ptr<Vault>> Vault::openAnother() const
{
    Options options;
    options.clock = m_wall;
    auto another = open(path(), m_key, options);
    if (another)
        (*another)->setOrigin(ChangeOrigin::Worker);
    return another;
}

// Another handle (a worker thread's) may have written since this one last did: its clock, saved
// in the same transaction as its records, is folded in so that stamps never go back.
Status Vault::catchUpClock()
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT value FROM vault_state WHERE key = 'clock'")))
        return std::unexpected(sqlError(tr("Reading the vault state failed"), query.lastError()));
    if (query.next()) {
        if (const auto saved = HlcTimestamp::parse(Row(query).text("value")))
            m_hlc.observe(*saved);
    }
    return {};
}

Status Vault::inTransaction(const std::function<Status()> &work, Anchoring anchoring)
{
    QSqlDatabase db = database();
    if (!db.transaction())
        return std::unexpected(sqlError(tr("Starting to save failed"), db.lastError()));
    AuditTrail trail(db, m_anchorKey);
    // Read under the write lock, before anything is appended: an anchor that no longer matches
    // the trail's end (rows removed behind Relais's back) is left as it is, so that the removal
    // stays visible to `audit verify` however much is written afterwards.
    Result<bool> anchored =
        anchoring == Anchoring::SealAnew ? Result<bool>(true) : trail.anchorMatchesEnd();
    Status result = anchored ? Status{} : Status(std::unexpected(anchored.error()));
    if (result)
        result = work();
    if (result && *anchored)
        result = trail.sealEnd();
    else if (result)
        qCWarning(lcVault) << "the audit trail's end does not match its anchor; left unsealed";
    if (result && !db.commit())
        result = std::unexpected(sqlError(tr("Saving failed"), db.lastError()));
    VaultChanges committed = std::exchange(m_pending, VaultChanges{});
    const bool fromSync = std::exchange(m_pendingFromSync, false);
    if (!result) {
        db.rollback();
        qCInfo(lcVault) << "write rolled back:" << result.error().codeName();
        return result;
    }
    for (auto table = committed.tables.cbegin(); table != committed.tables.cend(); ++table)
        ++m_commitsTouching[table.key()];
    if (!committed.isEmpty() && m_notifier) {
        committed.origin = fromSync ? ChangeOrigin::Sync : m_origin;
        committed.handle = m_handleId;
        committed.committedNs = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                    std::chrono::steady_clock::now().time_since_epoch())
                                    .count();
        m_notifier->announce(committed);
    }
    return result;
}

Result<Vault::ReadStamp> Vault::readStamp(const QString &table) const
{
    QSqlQuery version(database());
    if (!version.exec(QStringLiteral("PRAGMA data_version")) || !version.next())
        return std::unexpected(sqlError(tr("Reading the vault state failed"), version.lastError()));
    return ReadStamp{version.value(0).toLongLong(), m_commitsTouching.value(table)};
}

Status Vault::writeWith(const Actor &actor, const std::function<Status(RecordWriter &)> &work)
{
    // A write rolled back leaves the clock as it was: stamps it made or saw were never kept.
    const HybridClock before = m_hlc;
    const Status written = inTransaction([&]() -> Status {
        RecordWriter writer(*this, actor);
        if (Status caught = catchUpClock(); !caught)
            return caught;
        if (Status done = work(writer); !done)
            return done;
        return saveClock();
    });
    if (!written)
        m_hlc = before;
    return written;
}

Status Vault::audit(const Actor &actor, const QString &action, const QString &entity,
                    const QString &entityId)
{
    return inTransaction([&]() -> Status {
        m_pending.add(QStringLiteral("audit_log"));
        return AuditTrail(database(), m_anchorKey)
            .append(actor, action, entity, entityId,
                    QDateTime::fromMSecsSinceEpoch(m_hlc.now().wallMs, Qt::UTC));
    });
}

Result<QList<RecordWriter::Applied>> Vault::apply(const QList<JournalChange> &changes)
{
    return write(Actor::system(), [&](RecordWriter &w) -> Result<QList<RecordWriter::Applied>> {
        QList<RecordWriter::Applied> outcomes;
        for (const JournalChange &change : changes) {
            auto applied = w.apply(change);
            if (!applied)
                return std::unexpected(applied.error());
            outcomes.append(*applied);
        }
        return outcomes;
    });
}

Result<bool> Vault::reclaimSpace()
{
    constexpr qint64 WorthIt = 16LL * 1024 * 1024;
    QSqlQuery query(database());
    qint64 counts[3] = {0, 0, 0};
    const char *pragmas[3] = {"freelist_count", "page_count", "page_size"};
    for (int i = 0; i < 3; ++i) {
        if (!query.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(pragmas[i]))) ||
            !query.next())
            return std::unexpected(
                sqlError(tr("Reading the vault's size failed"), query.lastError()));
        counts[i] = query.value(0).toLongLong();
        query.finish();
    }
    const auto [freePages, pages, pageSize] = counts;
    if (freePages * 2 < pages || freePages * pageSize < WorthIt)
        return false;
    if (!query.exec(QStringLiteral("VACUUM")))
        return std::unexpected(
            sqlError(tr("Giving the vault's free space back failed"), query.lastError()));
    query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return true;
}

Result<AuditTrail::Verdict> Vault::verifyAuditTrail() const
{
    return AuditTrail(database(), m_anchorKey).verify();
}

Result<QList<std::pair<QString, AuditTrail::Verdict>>> Vault::verifyPeerTrails() const
{
    QList<std::pair<QString, AuditTrail::Verdict>> verdicts;
    if (m_schemaVersion < 23)
        return verdicts;
    QSqlQuery devices(database());
    devices.setForwardOnly(true);
    if (!devices.exec(QStringLiteral("SELECT DISTINCT device FROM audit_peer ORDER BY device")))
        return std::unexpected(
            sqlError(tr("Reading the other workstations' trails failed"), devices.lastError()));
    QStringList names;
    while (devices.next())
        names.append(devices.value(0).toString());
    const AuditTrail trail(database(), m_anchorKey);
    for (const QString &device : std::as_const(names)) {
        auto verdict = trail.verifyPeer(device);
        if (!verdict)
            return std::unexpected(verdict.error());
        verdicts.append({device, *verdict});
    }
    return verdicts;
}

namespace {

// SQLite's integrity messages, said for a person; SQLite's own words stay in brackets for
// whoever repairs the file.
QString integrityProblemInWords(const QString &message)
{
    static const QRegularExpression page(QStringLiteral("[Pp]age (\\d+)"));
    static const QRegularExpression index(QStringLiteral("missing from index (\\S+)"));
    if (const auto m = page.match(message); m.hasMatch())
        return Vault::tr("page %1 of the vault is damaged (%2)").arg(m.captured(1), message);
    if (const auto m = index.match(message); m.hasMatch())
        return Vault::tr("the index %1 no longer matches its table (%2)")
            .arg(m.captured(1), message);
    return Vault::tr("the vault's structure is damaged (%1)").arg(message);
}

} // namespace

// integrity_check rather than quick_check: it also checks that every index matches its table,
// which is what keeps a search from missing a patient; `audit verify` is run on purpose, and
// reads the whole file either way.
Result<QStringList> Vault::checkIntegrity() const
{
    constexpr int MostProblems = 100;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    QStringList problems;
    if (!query.exec(QStringLiteral("PRAGMA integrity_check(%1)").arg(MostProblems))) {
        problems.append(tr("the check stopped on a page it could not read (%1)")
                            .arg(query.lastError().databaseText()));
        return problems;
    }
    const Row row(query);
    while (query.next()) {
        const QString message = row.text("integrity_check");
        if (message != QLatin1String("ok"))
            problems.append(integrityProblemInWords(message));
    }
    if (query.lastError().isValid())
        problems.append(tr("the check stopped on a page it could not read (%1)")
                            .arg(query.lastError().databaseText()));
    return problems;
}

} // namespace relais
