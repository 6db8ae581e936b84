#include "storage/AuditTrail.h"
#include "storage/Connection.h"
#include "storage/Migrations.h"
#include "storage/Vault.h"
#include "support/TempDir.h"
#include "util/Uuid7.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include <unistd.h>

using namespace relais;
using relais::test::TempDir;

namespace {

SecureBytes testKey(unsigned char seed = 1)
{
    SecureBytes key(32);
    for (std::size_t i = 0; i < key.size(); ++i)
        key.data()[i] = static_cast<unsigned char>(seed * 31 + i);
    return key;
}

QByteArray digest(const QString &path)
{
    return QCryptographicHash::hash(relais::test::readAll(path), QCryptographicHash::Sha256);
}

qint64 count(Vault &vault, const QString &sql)
{
    QSqlQuery query(vault.database());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

std::unique_ptr<Vault> makeVault(const QString &path, const Vault::Options &options = {})
{
    auto vault = Vault::create(path, testKey(), options);
    REQUIRE(vault.has_value());
    return std::move(*vault);
}

Result<QString> addPractice(Vault &vault, const QString &name)
{
    return vault.write(Actor{QStringLiteral("u1")}, [&](RecordWriter &w) {
        return w.create(QStringLiteral("practice"), {{QStringLiteral("name"), name}});
    });
}

} // namespace

TEST_CASE("a new vault is encrypted, configured and at the latest schema")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("practice.relais"));
    auto vault = makeVault(path);
    CHECK(vault->schemaVersion() == Migrations::latestVersion());
    CHECK(Uuid7::isValid(vault->vaultId()));
    CHECK(vault->deviceId().size() == 16);
    CHECK(count(*vault, QStringLiteral("PRAGMA synchronous")) == 2); // FULL
    CHECK(count(*vault, QStringLiteral("PRAGMA foreign_keys")) == 1);
    QSqlQuery mode(vault->database());
    REQUIRE(mode.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(mode.next());
    CHECK(mode.value(0).toString() == QStringLiteral("wal"));
    CHECK((QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
    CHECK((QFile::permissions(path + QStringLiteral("-wal")) & QFileDevice::ReadOther) == 0);
    vault.reset();
    CHECK_FALSE(relais::test::readAll(path).startsWith("SQLite format 3"));
}

TEST_CASE("opening refuses what is not this vault, and leaves the file as it was")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("practice.relais"));
    const QString deviceId = makeVault(path)->deviceId();

    SECTION("the right key opens it again, with the same identity")
    {
        auto vault = Vault::open(path, testKey());
        REQUIRE(vault.has_value());
        CHECK((*vault)->deviceId() == deviceId);
    }
    SECTION("a wrong key")
    {
        const QByteArray before = digest(path);
        auto vault = Vault::open(path, testKey(2));
        REQUIRE_FALSE(vault.has_value());
        CHECK(vault.error().code == ErrorCode::WrongKey);
        CHECK(vault.error().message.contains(QStringLiteral("does not open")));
        CHECK(digest(path) == before);
    }
    SECTION("a missing file")
    {
        auto vault = Vault::open(dir.file(QStringLiteral("nope.relais")), testKey());
        REQUIRE_FALSE(vault.has_value());
        CHECK(vault.error().code == ErrorCode::NotAVault);
        CHECK_FALSE(QFile::exists(dir.file(QStringLiteral("nope.relais"))));
    }
    SECTION("a truncated file")
    {
        const QString cut = dir.file(QStringLiteral("cut.relais"));
        QFile::copy(path, cut);
        QFile file(cut);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.resize(file.size() - 1000));
        file.close();
        auto vault = Vault::open(cut, testKey());
        REQUIRE_FALSE(vault.has_value());
        CHECK(vault.error().code == ErrorCode::NotAVault);
        CHECK(vault.error().message.contains(QStringLiteral("truncated")));
    }
    SECTION("an empty file")
    {
        const QString empty = dir.file(QStringLiteral("empty.relais"));
        QFile file(empty);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.close();
        auto vault = Vault::open(empty, testKey());
        REQUIRE_FALSE(vault.has_value());
        CHECK(vault.error().code == ErrorCode::NotAVault);
    }
    SECTION("a foreign file of the right size")
    {
        const QString text = dir.file(QStringLiteral("letter.relais"));
        QFile file(text);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'a'));
        file.close();
        const QByteArray before = digest(text);
        auto vault = Vault::open(text, testKey());
        REQUIRE_FALSE(vault.has_value());
        CHECK(vault.error().code == ErrorCode::NotAVault);
        CHECK(digest(text) == before);
    }
    SECTION("a plain SQLite database")
    {
        const QString plain = dir.file(QStringLiteral("plain.db"));
        {
            auto connection = Connection::open(plain, SecureBytes(), Connection::Mode::Create);
            REQUIRE(connection.has_value());
            REQUIRE((*connection)->exec(QStringLiteral("CREATE TABLE t (a)")).has_value());
        }
        auto vault = Vault::open(plain, testKey());
        REQUIRE_FALSE(vault.has_value());
        CHECK(vault.error().code == ErrorCode::PlainDatabase);
    }
    SECTION("creating over an existing file")
    {
        const QByteArray before = digest(path);
        auto vault = Vault::create(path, testKey(3));
        REQUIRE_FALSE(vault.has_value());
        CHECK(vault.error().code == ErrorCode::AlreadyExists);
        CHECK(digest(path) == before);
    }
}

TEST_CASE("migrations bring a vault from every earlier version to the latest, keeping its data")
{
    for (int from = 0; from < Migrations::latestVersion(); ++from) {
        DYNAMIC_SECTION("from schema " << from)
        {
            TempDir dir;
            const QString path = dir.file(QStringLiteral("old.relais"));
            QString practiceId;
            {
                Vault::Options options;
                options.schemaVersion = from;
                auto vault = makeVault(path, options);
                REQUIRE(vault->schemaVersion() == from);
                if (from >= 1) {
                    auto id = addPractice(*vault, QStringLiteral("Cabinet des Tilleuls"));
                    REQUIRE(id.has_value());
                    practiceId = *id;
                }
                if (from >= 2) {
                    REQUIRE(vault->write(Actor::system(), [](RecordWriter &w) {
                        return toStatus(w.create(
                            QStringLiteral("patient"),
                            {{QStringLiteral("birth_name"), QStringLiteral("DUPONT")},
                             {QStringLiteral("first_names"), QStringLiteral("MARIE")},
                             {QStringLiteral("sex"), QStringLiteral("F")},
                             {QStringLiteral("birth_date"), QStringLiteral("1962-04-17")},
                             {QStringLiteral("search_key"), QStringLiteral("DUPONT MARIE")}}));
                    }));
                }
            }
            auto vault = Vault::open(path, testKey());
            REQUIRE(vault.has_value());
            CHECK((*vault)->schemaVersion() == Migrations::latestVersion());
            if (!practiceId.isEmpty()) {
                QSqlQuery q((*vault)->database());
                q.prepare(QStringLiteral("SELECT name FROM practice WHERE id = ?"));
                q.addBindValue(practiceId);
                REQUIRE(q.exec());
                REQUIRE(q.next());
                CHECK(q.value(0).toString() == QStringLiteral("Cabinet des Tilleuls"));
            }
            CHECK((*vault)->isSyncedTable(QStringLiteral("patient")));
            if (from >= 2 && from < 4) // patients written before the search index are indexed
                CHECK(count(**vault, QStringLiteral("SELECT count(*) FROM patient_token "
                                                    "WHERE token IN ('DUPONT', 'MARIE')")) == 2);
        }
    }
}

namespace {

// A value for `column` that the table's own CHECK accepts and that reads like the real thing:
// ids name the seeded row of the table they point to, so that a step joining tables (the
// search words from the patients) finds its rows.
QVariant seedValue(const QString &table, const QString &column, const QString &type,
                   const QString &createSql)
{
    const QRegularExpression oneOf(
        QStringLiteral("CHECK\\s*\\(\\s*%1\\s+IN\\s*\\(([^)]*)\\)").arg(column));
    if (const auto match = oneOf.match(createSql); match.hasMatch()) {
        QString first = match.captured(1).split(QLatin1Char(',')).constFirst().trimmed();
        if (first.startsWith(QLatin1Char('\'')))
            return first.mid(1, first.size() - 2);
        return first.toLongLong();
    }
    // A one-row table of reference data is keyed by the integer 1.
    if (column == QLatin1String("id") && type.contains(QLatin1String("INT")))
        return 1;
    if (column == QLatin1String("id"))
        return QString(QStringLiteral("seed-") + table);
    if (column.endsWith(QLatin1String("_id"))) {
        const QString to = column.chopped(3);
        return QString(QStringLiteral("seed-") +
                       (to == QLatin1String("user") || to.endsWith(QLatin1String("_user"))
                            ? QStringLiteral("app_user")
                            : to));
    }
    if (type.contains(QLatin1String("INT")))
        return 1;
    if (type.contains(QLatin1String("REAL")))
        return 36.6;
    if (type.contains(QLatin1String("BLOB")))
        return QByteArray(QByteArray("seed ") + column.toUtf8());
    if (column.endsWith(QLatin1String("_date")) || column.endsWith(QLatin1String("_on")) ||
        column == QLatin1String("since"))
        return QStringLiteral("2020-01-02");
    if (column.endsWith(QLatin1String("_at")))
        return QStringLiteral("2020-01-02T03:04:05.000Z");
    return QString(QStringLiteral("SEED ") + column.toUpper());
}

struct SeededRow
{
    QString table;
    QVariantMap values;
};

// One row in every table the vault has at its schema, written as that schema's Relais would
// have left it (raw SQL: the write path of today may not fit an old schema).
QList<SeededRow> seedEveryTable(Vault &vault)
{
    QList<SeededRow> rows;
    QSqlQuery tables(vault.database());
    REQUIRE(tables.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                                       "AND name NOT LIKE 'sqlite_%' ORDER BY name")));
    while (tables.next()) {
        SeededRow row;
        row.table = tables.value(0).toString();
        const QString createSql = tables.value(1).toString();
        QSqlQuery columns(vault.database());
        REQUIRE(columns.exec(QStringLiteral("PRAGMA table_info(%1)").arg(row.table)));
        while (columns.next()) {
            const QString name = columns.value(1).toString();
            row.values.insert(
                name, seedValue(row.table, name, columns.value(2).toString().toUpper(), createSql));
        }
        const QStringList names = row.values.keys();
        QSqlQuery insert(vault.database());
        insert.prepare(
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(row.table, names.join(QStringLiteral(", ")),
                     QStringList(names.size(), QStringLiteral("?")).join(QStringLiteral(", "))));
        for (const QString &name : names)
            insert.addBindValue(row.values.value(name));
        INFO(row.table.toStdString() << ": " << insert.lastError().text().toStdString());
        REQUIRE(insert.exec());
        rows.append(row);
    }
    return rows;
}

QStringList columnsOf(Vault &vault, const QString &table)
{
    QStringList names;
    QSqlQuery columns(vault.database());
    REQUIRE(columns.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)));
    while (columns.next())
        names.append(columns.value(1).toString());
    return names;
}

} // namespace

TEST_CASE("every migration step runs over rows in every table of every earlier schema")
{
    // From each schema, a row in each of its tables; opening migrates it to the latest, so each
    // step runs over the data of every schema before it. Every value survives where its column
    // does, and the migrated vault takes a write.
    for (int from = 0; from < Migrations::latestVersion(); ++from) {
        DYNAMIC_SECTION("from schema " << from)
        {
            TempDir dir;
            const QString path = dir.file(QStringLiteral("old.relais"));
            QList<SeededRow> seeded;
            {
                Vault::Options options;
                options.schemaVersion = from;
                auto vault = makeVault(path, options);
                seeded = seedEveryTable(*vault);
            }
            auto opened = Vault::open(path, testKey());
            REQUIRE(opened.has_value());
            Vault &vault = **opened;
            CHECK(vault.schemaVersion() == Migrations::latestVersion());
            for (const SeededRow &row : std::as_const(seeded)) {
                INFO("table " << row.table.toStdString());
                const QStringList now = columnsOf(vault, row.table);
                REQUIRE_FALSE(now.isEmpty()); // no step drops a table
                QStringList conditions;
                QVariantList values;
                for (auto it = row.values.cbegin(); it != row.values.cend(); ++it) {
                    REQUIRE(now.contains(it.key())); // nor a column
                    conditions.append(it.key() + QStringLiteral(" IS ?"));
                    values.append(it.value());
                }
                QSqlQuery kept(vault.database());
                kept.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2")
                                 .arg(row.table, conditions.join(QStringLiteral(" AND "))));
                for (const QVariant &value : std::as_const(values))
                    kept.addBindValue(value);
                REQUIRE(kept.exec());
                REQUIRE(kept.next());
                CHECK(kept.value(0).toInt() == 1);
            }
            if (from >= 2 && from < 4) // the patient written before the search index is indexed
                CHECK(count(vault, QStringLiteral("SELECT count(*) FROM patient_token WHERE "
                                                  "patient_id = 'seed-patient'")) > 0);
            QSqlQuery integrity(vault.database());
            REQUIRE(integrity.exec(QStringLiteral("PRAGMA integrity_check")));
            REQUIRE(integrity.next());
            CHECK(integrity.value(0).toString() == QStringLiteral("ok"));
            REQUIRE(addPractice(vault, QStringLiteral("Cabinet des Tilleuls")).has_value());
        }
    }
}

TEST_CASE("a vault from a newer Relais is refused, not guessed at")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("future.relais"));
    {
        auto vault = makeVault(path);
        QSqlQuery q(vault->database());
        REQUIRE(q.exec(
            QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1)));
    }
    auto vault = Vault::open(path, testKey());
    REQUIRE_FALSE(vault.has_value());
    CHECK(vault.error().code == ErrorCode::TooNew);
}

TEST_CASE("every write stamps the record and journals and audits it in the same transaction")
{
    TempDir dir;
    ManualClock wall(QDateTime::fromMSecsSinceEpoch(1'750'000'000'000, Qt::UTC));
    Vault::Options options;
    options.clock = &wall;
    auto vault = makeVault(dir.file(QStringLiteral("v.relais")), options);

    auto id = addPractice(*vault, QStringLiteral("Maison de santé"));
    REQUIRE(id.has_value());
    CHECK(Uuid7::isValid(*id));
    CHECK(Uuid7::timestampMs(*id) == wall.nowMs());

    wall.advanceMs(1000);
    REQUIRE(vault->write(Actor{QStringLiteral("u2")}, [&](RecordWriter &w) {
        return w.update(QStringLiteral("practice"), *id,
                        {{QStringLiteral("phone"), QStringLiteral("+33123456789")}});
    }));
    wall.advanceMs(1000);
    REQUIRE(vault->write(Actor{QStringLiteral("u2")}, [&](RecordWriter &w) {
        return w.remove(QStringLiteral("practice"), *id);
    }));

    QSqlQuery row(vault->database());
    REQUIRE(row.exec(QStringLiteral("SELECT deleted, updated_at, device_id, phone FROM practice")));
    REQUIRE(row.next());
    CHECK(row.value(0).toInt() == 1); // a tombstone, still there
    const auto stamp = HlcTimestamp::parse(row.value(1).toString());
    REQUIRE(stamp.has_value());
    CHECK(stamp->wallMs == wall.nowMs());
    CHECK(row.value(2).toString() == vault->deviceId());
    CHECK(row.value(3).toString() == QStringLiteral("+33123456789"));

    QSqlQuery journal(vault->database());
    REQUIRE(journal.exec(QStringLiteral(
        "SELECT entity, entity_id, clock, payload FROM change_journal ORDER BY seq")));
    QStringList clocks;
    QList<JournalChange> payloads;
    while (journal.next()) {
        CHECK(journal.value(0).toString() == QStringLiteral("practice"));
        CHECK(journal.value(1).toString() == *id);
        clocks.append(journal.value(2).toString());
        auto change = JournalChange::fromPayload(journal.value(3).toString().toUtf8());
        REQUIRE(change.has_value());
        CHECK(change->clock.toString() == clocks.constLast());
        CHECK(change->schemaVersion == vault->schemaVersion());
        CHECK(change->table == QStringLiteral("practice"));
        CHECK(change->id == *id);
        // The table's declared columns only: the clock and tombstone travel beside them.
        CHECK_FALSE(change->row.contains(QStringLiteral("updated_at")));
        CHECK_FALSE(change->row.contains(QStringLiteral("device_id")));
        CHECK_FALSE(change->row.contains(QStringLiteral("id")));
        payloads.append(*change);
    }
    REQUIRE(payloads.size() == 3);
    CHECK(std::is_sorted(clocks.cbegin(), clocks.cend()));
    CHECK(payloads[0].row.value(QStringLiteral("name")).toString() ==
          QStringLiteral("Maison de santé"));
    CHECK(payloads[0].userId == QStringLiteral("u1"));
    CHECK(payloads[1].row.value(QStringLiteral("phone")).toString() ==
          QStringLiteral("+33123456789"));
    CHECK_FALSE(payloads[1].deleted);
    CHECK(payloads[2].deleted);

    QSqlQuery audit(vault->database());
    REQUIRE(audit.exec(
        QStringLiteral("SELECT user_id, action, entity_id FROM audit_log ORDER BY seq")));
    QStringList actions;
    while (audit.next()) {
        CHECK(audit.value(2).toString() == *id);
        actions.append(audit.value(0).toString() + QLatin1Char(':') + audit.value(1).toString());
    }
    CHECK(actions == QStringList{QStringLiteral("u1:create"), QStringLiteral("u2:update"),
                                 QStringLiteral("u2:delete")});

    SECTION("a deleted record cannot be changed")
    {
        const Status again = vault->write(Actor::system(), [&](RecordWriter &w) {
            return w.update(QStringLiteral("practice"), *id,
                            {{QStringLiteral("name"), QStringLiteral("x")}});
        });
        REQUIRE_FALSE(again.has_value());
        CHECK(again.error().code == ErrorCode::NotFound);
    }
    SECTION("the clock survives a restart even if the wall clock went back")
    {
        const QString last = clocks.constLast();
        const QString path = vault->path();
        vault.reset();
        wall.setMs(wall.nowMs() - 3'600'000);
        auto reopened = Vault::open(path, testKey(), options);
        REQUIRE(reopened.has_value());
        auto second = addPractice(**reopened, QStringLiteral("Annexe"));
        REQUIRE(second.has_value());
        QSqlQuery q((*reopened)->database());
        REQUIRE(q.exec(QStringLiteral("SELECT max(clock) FROM change_journal")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() > last);
    }
}

TEST_CASE("a failure halfway through a write leaves neither the change nor its journal row")
{
    TempDir dir;
    auto vault = makeVault(dir.file(QStringLiteral("v.relais")));
    REQUIRE(addPractice(*vault, QStringLiteral("Avant")).has_value());

    SECTION("the journal insert itself fails after the record was written")
    {
        QSqlQuery trigger(vault->database());
        REQUIRE(trigger.exec(
            QStringLiteral("CREATE TEMP TRIGGER fail_journal BEFORE INSERT ON change_journal "
                           "BEGIN SELECT RAISE(ABORT, 'journal refused'); END")));
        auto id = addPractice(*vault, QStringLiteral("Jamais"));
        REQUIRE_FALSE(id.has_value());
        CHECK(id.error().message.contains(QStringLiteral("journal")));
    }
    SECTION("the second of two changes is refused")
    {
        const Status result = vault->write(Actor::system(), [&](RecordWriter &w) -> Status {
            if (auto first = w.create(QStringLiteral("practice"),
                                      {{QStringLiteral("name"), QStringLiteral("Jamais")}});
                !first)
                return std::unexpected(first.error());
            return toStatus(w.create(QStringLiteral("practice"),
                                     {{QStringLiteral("nom"), QStringLiteral("x")}}));
        });
        REQUIRE_FALSE(result.has_value());
        CHECK(result.error().code == ErrorCode::InvalidInput);
    }
    SECTION("the caller gives up after writing")
    {
        const Status result = vault->write(Actor::system(), [&](RecordWriter &w) -> Status {
            REQUIRE(w.create(QStringLiteral("practice"),
                             {{QStringLiteral("name"), QStringLiteral("Jamais")}}));
            return fail(ErrorCode::Cancelled, QStringLiteral("changed my mind"));
        });
        REQUIRE_FALSE(result.has_value());
    }
    CHECK(count(*vault, QStringLiteral("SELECT count(*) FROM practice")) == 1);
    CHECK(count(*vault, QStringLiteral("SELECT count(*) FROM change_journal")) == 1);
    CHECK(count(*vault, QStringLiteral("SELECT count(*) FROM audit_log")) == 1);
}

TEST_CASE("writes name only known record kinds and fields")
{
    TempDir dir;
    auto vault = makeVault(dir.file(QStringLiteral("v.relais")));
    for (const auto &[table, field] :
         {std::pair{QStringLiteral("audit_log"), QStringLiteral("action")},
          std::pair{QStringLiteral("practice\"; DROP TABLE practice; --"), QStringLiteral("name")},
          std::pair{QStringLiteral("practice"), QStringLiteral("deleted")},
          std::pair{QStringLiteral("practice"), QStringLiteral("updated_at")}}) {
        const Status result = vault->write(Actor::system(), [&](RecordWriter &w) -> Status {
            return toStatus(w.create(table, {{field, QStringLiteral("x")}}));
        });
        REQUIRE_FALSE(result.has_value());
        CHECK(result.error().code == ErrorCode::InvalidInput);
    }
    CHECK(count(*vault, QStringLiteral("SELECT count(*) FROM audit_log")) == 0);
}

TEST_CASE("the audit trail shows any row that was altered or removed")
{
    TempDir dir;
    auto vault = makeVault(dir.file(QStringLiteral("v.relais")));
    for (int i = 0; i < 5; ++i)
        REQUIRE(addPractice(*vault, QStringLiteral("P%1").arg(i)).has_value());
    REQUIRE(vault->audit(Actor{QStringLiteral("u9")}, QStringLiteral("read"),
                         QStringLiteral("practice"), QStringLiteral("x")));

    auto whole = vault->verifyAuditTrail();
    REQUIRE(whole.has_value());
    CHECK(whole->rowsChecked == 6);
    CHECK_FALSE(whole->firstBrokenSeq.has_value());
    CHECK(whole->anchor == AuditTrail::AnchorState::Matches);
    CHECK(whole->anchorSeq == 6);
    CHECK(whole->intact());

    QSqlQuery tamper(vault->database());
    SECTION("a row edited in place")
    {
        REQUIRE(tamper.exec(
            QStringLiteral("UPDATE audit_log SET user_id = 'someone-else' WHERE seq = 3")));
        CHECK(vault->verifyAuditTrail()->firstBrokenSeq == 3);
    }
    SECTION("a row removed")
    {
        REQUIRE(tamper.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 2")));
        CHECK(vault->verifyAuditTrail()->firstBrokenSeq == 3);
    }
    SECTION("the newest rows removed: the chain is whole, its sealed end is not")
    {
        REQUIRE(tamper.exec(QStringLiteral("DELETE FROM audit_log WHERE seq > 4")));
        auto cut = vault->verifyAuditTrail();
        REQUIRE(cut.has_value());
        CHECK_FALSE(cut->firstBrokenSeq.has_value());
        CHECK(cut->anchor == AuditTrail::AnchorState::EndDiffers);
        CHECK(cut->lastSeq == 4);
        CHECK(cut->anchorSeq == 6);
        CHECK_FALSE(cut->intact());
        // Writing on never seals over the removal, however much is written.
        for (int i = 0; i < 4; ++i)
            REQUIRE(addPractice(*vault, QStringLiteral("After %1").arg(i)).has_value());
        auto later = vault->verifyAuditTrail();
        REQUIRE(later.has_value());
        CHECK_FALSE(later->firstBrokenSeq.has_value());
        CHECK(later->anchor == AuditTrail::AnchorState::EndDiffers);
        CHECK(later->lastSeq == 8);
        CHECK_FALSE(later->intact());
    }
    SECTION("the seal removed, or rewritten without the key")
    {
        REQUIRE(tamper.exec(QStringLiteral("DELETE FROM audit_log WHERE seq > 4")));
        SECTION("removed")
        {
            REQUIRE(
                tamper.exec(QStringLiteral("DELETE FROM vault_state WHERE key = 'audit_anchor'")));
            CHECK(vault->verifyAuditTrail()->anchor == AuditTrail::AnchorState::Missing);
            // Opening the vault again does not seal it anew.
            const QString path = vault->path();
            vault.reset();
            auto reopened = Vault::open(path, testKey());
            REQUIRE(reopened.has_value());
            CHECK((*reopened)->verifyAuditTrail()->anchor == AuditTrail::AnchorState::Missing);
        }
        SECTION("rewritten to the new end with a MAC made up")
        {
            QSqlQuery last(vault->database());
            REQUIRE(last.exec(QStringLiteral("SELECT hex(hash) FROM audit_log WHERE seq = 4")));
            REQUIRE(last.next());
            REQUIRE(tamper.exec(
                QStringLiteral("UPDATE vault_state SET value = '4:%1:%2' WHERE "
                               "key = 'audit_anchor'")
                    .arg(last.value(0).toString().toLower(), QString(64, QLatin1Char('a')))));
            CHECK(vault->verifyAuditTrail()->anchor == AuditTrail::AnchorState::Altered);
        }
    }
}

TEST_CASE("a backup restores the vault as it was, end to end")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("practice.relais"));
    const QString backup = dir.file(QStringLiteral("sauvegarde.relais-backup"));
    auto vault = makeVault(path);
    REQUIRE(addPractice(*vault, QStringLiteral("Cabinet Hélène Straße 😀")).has_value());
    REQUIRE(vault->backupTo(backup, Actor::system()));
    CHECK_FALSE(QFile::exists(backup + QStringLiteral(".partial")));
    CHECK_FALSE(relais::test::readAll(backup).startsWith("SQLite format 3"));
    REQUIRE(Vault::inspectFile(backup));
    REQUIRE(addPractice(*vault, QStringLiteral("Ajouté après")).has_value());
    const QString vaultId = vault->vaultId();
    vault.reset();

    SECTION("a vault opened again (not just created) backs up too")
    {
        auto reopened = Vault::open(path, testKey());
        REQUIRE(reopened.has_value());
        const QString second = dir.file(QStringLiteral("second.relais-backup"));
        REQUIRE((*reopened)->backupTo(second, Actor::system()));
        auto copy = Vault::open(second, testKey());
        REQUIRE(copy.has_value());
        CHECK(count(**copy, QStringLiteral("SELECT count(*) FROM practice")) == 2);
    }

    SECTION("restoring brings back exactly what was backed up")
    {
        auto kept = Vault::restore(backup, path, testKey());
        REQUIRE(kept.has_value());
        CHECK(QFile::exists(*kept));
        auto restored = Vault::open(path, testKey());
        REQUIRE(restored.has_value());
        CHECK((*restored)->vaultId() == vaultId);
        CHECK(count(**restored, QStringLiteral("SELECT count(*) FROM practice")) == 1);
        QSqlQuery q((*restored)->database());
        REQUIRE(q.exec(QStringLiteral("SELECT name FROM practice")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QStringLiteral("Cabinet Hélène Straße 😀"));
        CHECK((*restored)->verifyAuditTrail()->firstBrokenSeq == std::nullopt);
        // The set-aside vault is whole and still opens.
        auto previous = Vault::open(*kept, testKey());
        REQUIRE(previous.has_value());
        CHECK(count(**previous, QStringLiteral("SELECT count(*) FROM practice")) == 2);
    }
    SECTION("three restores in a row each keep the vault they replace, under its own name")
    {
        // Each restored vault gets a mark, so that every set-aside one can be told apart.
        QStringList kept;
        for (int i = 0; i < 3; ++i) {
            {
                auto current = Vault::open(path, testKey());
                REQUIRE(current.has_value());
                REQUIRE(addPractice(**current, QStringLiteral("Marque %1").arg(i)).has_value());
            }
            auto setAside = Vault::restore(backup, path, testKey());
            REQUIRE(setAside.has_value());
            CHECK_FALSE(kept.contains(*setAside));
            kept.append(*setAside);
        }
        for (int i = 0; i < 3; ++i) {
            auto previous = Vault::open(kept.at(i), testKey());
            REQUIRE(previous.has_value());
            QSqlQuery q((*previous)->database());
            REQUIRE(q.exec(
                QStringLiteral("SELECT count(*) FROM practice WHERE name = 'Marque %1'").arg(i)));
            REQUIRE(q.next());
            CHECK(q.value(0).toInt() == 1);
        }
    }
    SECTION("restoring onto a workstation that has no vault yet")
    {
        const QString fresh = dir.file(QStringLiteral("new-workstation/practice.relais"));
        auto kept = Vault::restore(backup, fresh, testKey());
        REQUIRE(kept.has_value());
        CHECK(kept->isEmpty());
        REQUIRE(Vault::open(fresh, testKey()).has_value());
    }
    SECTION("a backup with another key is refused and the vault is untouched")
    {
        const QByteArray before = digest(path);
        auto kept = Vault::restore(backup, path, testKey(9));
        REQUIRE_FALSE(kept.has_value());
        CHECK(kept.error().code == ErrorCode::WrongKey);
        CHECK(digest(path) == before);
    }
    SECTION("a damaged backup is refused and the vault is untouched")
    {
        QFile file(backup);
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.seek(5000);
        file.write(QByteArray(64, '\x55'));
        file.close();
        const QByteArray before = digest(path);
        auto kept = Vault::restore(backup, path, testKey());
        REQUIRE_FALSE(kept.has_value());
        CHECK(digest(path) == before);
    }
}

TEST_CASE("a backup onto a full disk says so and leaves no partial file")
{
    if (::geteuid() != 0) {
        WARN("skipped: mounting a small tmpfs to fill needs root (CI runs as root)");
        return;
    }
    TempDir dir;
    const QString mount = dir.file(QStringLiteral("tiny"));
    REQUIRE(QDir().mkpath(mount));
    REQUIRE(std::system(("mount -t tmpfs -o size=64k tmpfs " + mount.toStdString()).c_str()) == 0);
    struct Unmount
    {
        std::string where;
        ~Unmount() { std::system(("umount " + where).c_str()); }
    } unmount{mount.toStdString()};

    auto vault = makeVault(dir.file(QStringLiteral("v.relais")));
    // Enough data to need more than 64 KiB.
    REQUIRE(vault->write(Actor::system(), [&](RecordWriter &w) -> Status {
        for (int i = 0; i < 300; ++i) {
            if (auto id = w.create(QStringLiteral("practice"),
                                   {{QStringLiteral("name"), QString(200, QLatin1Char('x'))}});
                !id)
                return std::unexpected(id.error());
        }
        return {};
    }));
    const Status result =
        vault->backupTo(mount + QStringLiteral("/backup.relais-backup"), Actor::system());
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().code == ErrorCode::DiskFull);
    CHECK(result.error().message.contains(QStringLiteral("full")));
    CHECK(QDir(mount).entryList(QDir::Files).isEmpty());
    CHECK(count(*vault, QStringLiteral("SELECT count(*) FROM practice")) == 300);
    CHECK(addPractice(*vault, QStringLiteral("après")).has_value());
}
