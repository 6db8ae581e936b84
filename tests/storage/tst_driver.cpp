#include "storage/SqlCipherDriver.h"
#include "support/TempDir.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QUuid>

#include <catch2/catch.hpp>

using namespace relais;
using relais::test::TempDir;

namespace {

SecureBytes keyOf(unsigned char seed)
{
    SecureBytes key(32);
    for (std::size_t i = 0; i < key.size(); ++i)
        key.data()[i] = static_cast<unsigned char>(seed + i * 7);
    return key;
}

// Opens a connection through the registered driver, as the vault does.
QSqlDatabase openDb(const QString &path, SecureBytes key, const QString &options)
{
    SqlCipherDriver::registerDriver();
    const QString name = QUuid::createUuid().toString();
    QSqlDatabase db = QSqlDatabase::addDatabase(QString::fromLatin1(SqlCipherDriver::Name), name);
    static_cast<SqlCipherDriver *>(db.driver())->setKey(std::move(key));
    db.setDatabaseName(path);
    db.setConnectOptions(options);
    db.open();
    return db;
}

struct Connection
{
    Connection(const QString &path, SecureBytes key,
               const QString &options = QStringLiteral("RELAIS_OPEN=create"))
        : db(openDb(path, std::move(key), options))
    {}
    ~Connection()
    {
        const QString name = db.connectionName();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;
    QSqlDatabase db;
};

void exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
}

} // namespace

TEST_CASE("a keyed database is encrypted on disk and unreadable without the key")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("v.db"));
    {
        Connection c(path, keyOf(1));
        REQUIRE(c.db.isOpen());
        exec(c.db, QStringLiteral("CREATE TABLE t (a TEXT)"));
        exec(c.db, QStringLiteral("INSERT INTO t VALUES ('secret health data')"));
    }
    const QByteArray bytes = relais::test::readAll(path);
    REQUIRE(bytes.size() > 0);
    CHECK_FALSE(bytes.startsWith("SQLite format 3"));
    CHECK_FALSE(bytes.contains("secret health data"));

    SECTION("plain sqlite3 cannot read it")
    {
        const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        REQUIRE_FALSE(sqlite3.isEmpty());
        QProcess process;
        process.start(sqlite3, {path, QStringLiteral("SELECT * FROM t;")});
        REQUIRE(process.waitForFinished(10000));
        CHECK(process.exitCode() != 0);
        CHECK_FALSE(process.readAllStandardOutput().contains("secret"));
    }
    SECTION("the driver without a key cannot read it")
    {
        Connection c(path, SecureBytes(), QStringLiteral("RELAIS_OPEN=readwrite"));
        CHECK_FALSE(c.db.isOpen());
        CHECK(c.db.lastError().nativeErrorCode() == QStringLiteral("26")); // SQLITE_NOTADB
    }
}

TEST_CASE("a wrong key fails with a typed error and leaves the file byte for byte")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("v.db"));
    {
        Connection c(path, keyOf(1));
        exec(c.db, QStringLiteral("PRAGMA journal_mode = WAL"));
        exec(c.db, QStringLiteral("CREATE TABLE t (a INTEGER)"));
        exec(c.db, QStringLiteral("INSERT INTO t VALUES (1)"));
    }
    const QByteArray before =
        QCryptographicHash::hash(relais::test::readAll(path), QCryptographicHash::Sha256);
    {
        Connection c(path, keyOf(2), QStringLiteral("RELAIS_OPEN=readwrite"));
        CHECK_FALSE(c.db.isOpen());
        CHECK(c.db.lastError().type() == QSqlError::ConnectionError);
        CHECK(c.db.lastError().nativeErrorCode() == QStringLiteral("26"));
        CHECK_FALSE(c.db.lastError().databaseText().isEmpty());
    }
    const QByteArray after =
        QCryptographicHash::hash(relais::test::readAll(path), QCryptographicHash::Sha256);
    CHECK(before == after);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    Connection again(path, keyOf(1), QStringLiteral("RELAIS_OPEN=readwrite"));
    CHECK(again.db.isOpen());
}

TEST_CASE("opening a missing file without create fails and creates nothing")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("missing.db"));
    Connection c(path, keyOf(1), QStringLiteral("RELAIS_OPEN=readwrite"));
    CHECK_FALSE(c.db.isOpen());
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("unknown connection options are refused")
{
    TempDir dir;
    Connection c(dir.file(QStringLiteral("x.db")), keyOf(1), QStringLiteral("RELAIS_OPEN=maybe"));
    CHECK_FALSE(c.db.isOpen());
    CHECK(c.db.lastError().databaseText().contains(QStringLiteral("RELAIS_OPEN=maybe")));
}

TEST_CASE("values of every type round-trip through prepared statements")
{
    TempDir dir;
    Connection c(dir.file(QStringLiteral("v.db")), keyOf(3));
    REQUIRE(c.db.isOpen());
    exec(c.db, QStringLiteral("CREATE TABLE v (id INTEGER PRIMARY KEY, i INTEGER, d REAL, "
                              "s TEXT, b BLOB, n TEXT)"));

    const QString text = QStringLiteral("Hélène Straße 😀 œuvre «ç»");
    const QByteArray blob = QByteArray::fromHex("00ff10200000aa");

    SECTION("positional placeholders")
    {
        QSqlQuery insert(c.db);
        REQUIRE(
            insert.prepare(QStringLiteral("INSERT INTO v (i, d, s, b, n) VALUES (?, ?, ?, ?, ?)")));
        insert.addBindValue(qint64(9007199254740993));
        insert.addBindValue(3.25);
        insert.addBindValue(text);
        insert.addBindValue(blob);
        insert.addBindValue(QVariant(QMetaType(QMetaType::QString)));
        REQUIRE(insert.exec());
        CHECK(insert.numRowsAffected() == 1);
        CHECK(insert.lastInsertId().toLongLong() == 1);
    }
    SECTION("named placeholders, one of them used twice")
    {
        QSqlQuery insert(c.db);
        REQUIRE(insert.prepare(
            QStringLiteral("INSERT INTO v (i, d, s, b, n) VALUES (:i, :d, :s, :b, :n)")));
        insert.bindValue(QStringLiteral(":s"), text);
        insert.bindValue(QStringLiteral(":i"), qint64(9007199254740993));
        insert.bindValue(QStringLiteral(":b"), blob);
        insert.bindValue(QStringLiteral(":d"), 3.25);
        insert.bindValue(QStringLiteral(":n"), QVariant());
        REQUIRE(insert.exec());

        QSqlQuery twice(c.db);
        REQUIRE(twice.prepare(QStringLiteral("SELECT count(*) FROM v WHERE s = :s OR n = :s")));
        twice.bindValue(QStringLiteral(":s"), text);
        REQUIRE(twice.exec());
        REQUIRE(twice.next());
        CHECK(twice.value(0).toInt() == 1);
    }

    QSqlQuery read(c.db);
    REQUIRE(read.exec(QStringLiteral("SELECT i, d, s, b, n FROM v")));
    REQUIRE(read.next());
    CHECK(read.value(0).toLongLong() == 9007199254740993);
    CHECK(read.value(1).toDouble() == 3.25);
    CHECK(read.value(2).toString() == text);
    CHECK(read.value(3).toByteArray() == blob);
    CHECK(read.isNull(4));
    CHECK(read.record().fieldName(2) == QStringLiteral("s"));
    CHECK(read.record().field(0).metaType().id() == QMetaType::LongLong);
    CHECK_FALSE(read.next());
}

TEST_CASE("results scroll forwards and backwards, or only forwards when asked")
{
    TempDir dir;
    Connection c(dir.file(QStringLiteral("v.db")), keyOf(4));
    exec(c.db, QStringLiteral("CREATE TABLE n (x INTEGER)"));
    REQUIRE(c.db.transaction());
    QSqlQuery insert(c.db);
    REQUIRE(insert.prepare(QStringLiteral("INSERT INTO n VALUES (?)")));
    for (int i = 0; i < 50; ++i) {
        insert.addBindValue(i);
        REQUIRE(insert.exec());
    }
    REQUIRE(c.db.commit());

    SECTION("scrollable")
    {
        QSqlQuery q(c.db);
        REQUIRE(q.exec(QStringLiteral("SELECT x FROM n ORDER BY x")));
        REQUIRE(q.last());
        CHECK(q.value(0).toInt() == 49);
        CHECK(q.at() == 49);
        REQUIRE(q.previous());
        CHECK(q.value(0).toInt() == 48);
        REQUIRE(q.seek(10));
        CHECK(q.value(0).toInt() == 10);
        REQUIRE(q.first());
        CHECK(q.value(0).toInt() == 0);
        CHECK_FALSE(q.seek(50));
        CHECK(q.size() == -1);
    }
    SECTION("forward only")
    {
        QSqlQuery q(c.db);
        q.setForwardOnly(true);
        REQUIRE(q.exec(QStringLiteral("SELECT x FROM n ORDER BY x")));
        int count = 0;
        while (q.next())
            CHECK(q.value(0).toInt() == count++);
        CHECK(count == 50);
        CHECK_FALSE(q.next());
        CHECK_FALSE(q.isValid());
    }
    SECTION("forward only: a column read twice, rows skipped, the last row, no going back")
    {
        QSqlQuery q(c.db);
        q.setForwardOnly(true);
        REQUIRE(q.exec(QStringLiteral("SELECT x, x * 2 AS twice, NULL AS nothing FROM n "
                                      "ORDER BY x")));
        REQUIRE(q.next());
        CHECK(q.value(1).toInt() == 0);
        CHECK(q.value(0).toInt() == 0);
        CHECK(q.value(0).toInt() == 0);
        CHECK(q.isNull(2));
        CHECK_FALSE(q.isNull(0));
        CHECK_FALSE(q.value(7).isValid());
        REQUIRE(q.seek(20));
        CHECK(q.value(0).toInt() == 20);
        CHECK(q.value(1).toInt() == 40);
        CHECK_FALSE(q.seek(10));
        REQUIRE(q.last());
        CHECK(q.at() == 49);
        CHECK(q.value(0).toInt() == 49);
        CHECK(q.value(1).toInt() == 98);
        CHECK_FALSE(q.next());
    }
    SECTION("forward only: a query run again starts from its first row")
    {
        QSqlQuery q(c.db);
        q.setForwardOnly(true);
        REQUIRE(q.prepare(QStringLiteral("SELECT x FROM n WHERE x >= ? ORDER BY x")));
        q.addBindValue(45);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 46);
        q.addBindValue(48);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 48);
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 49);
        CHECK_FALSE(q.next());
    }
    SECTION("forward only: an empty result")
    {
        QSqlQuery q(c.db);
        q.setForwardOnly(true);
        REQUIRE(q.exec(QStringLiteral("SELECT x FROM n WHERE x > 100")));
        CHECK(q.isSelect());
        CHECK_FALSE(q.next());
        CHECK_FALSE(q.last());
    }
    SECTION("a QSqlQueryModel reads every row")
    {
        QSqlQueryModel model;
        model.setQuery(QStringLiteral("SELECT x FROM n ORDER BY x DESC"), c.db);
        REQUIRE_FALSE(model.lastError().isValid());
        while (model.canFetchMore())
            model.fetchMore();
        CHECK(model.rowCount() == 50);
        CHECK(model.data(model.index(0, 0)).toInt() == 49);
        CHECK(model.data(model.index(49, 0)).toInt() == 0);
        CHECK(model.headerData(0, Qt::Horizontal).toString() == QStringLiteral("x"));
    }
    SECTION("an update reports the rows it changed")
    {
        QSqlQuery q(c.db);
        REQUIRE(q.exec(QStringLiteral("UPDATE n SET x = x + 1 WHERE x < 10")));
        CHECK(q.numRowsAffected() == 10);
        CHECK_FALSE(q.isSelect());
    }
}

TEST_CASE("transactions commit and roll back")
{
    TempDir dir;
    Connection c(dir.file(QStringLiteral("v.db")), keyOf(5));
    exec(c.db, QStringLiteral("CREATE TABLE t (a INTEGER)"));
    REQUIRE(c.db.transaction());
    exec(c.db, QStringLiteral("INSERT INTO t VALUES (1)"));
    REQUIRE(c.db.rollback());
    REQUIRE(c.db.transaction());
    exec(c.db, QStringLiteral("INSERT INTO t VALUES (2)"));
    REQUIRE(c.db.commit());
    QSqlQuery q(c.db);
    REQUIRE(q.exec(QStringLiteral("SELECT group_concat(a) FROM t")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("2"));
    CHECK_FALSE(c.db.commit()); // nothing to commit: a clear error, not a crash
    CHECK(c.db.lastError().isValid());
}

TEST_CASE("the schema is visible through tables() and record()")
{
    TempDir dir;
    Connection c(dir.file(QStringLiteral("v.db")), keyOf(6));
    exec(c.db, QStringLiteral("CREATE TABLE people (id TEXT PRIMARY KEY, age INTEGER NOT NULL, "
                              "photo BLOB)"));
    exec(c.db, QStringLiteral("CREATE VIEW adults AS SELECT * FROM people WHERE age >= 18"));
    CHECK(c.db.tables() == QStringList{QStringLiteral("people")});
    CHECK(c.db.tables(QSql::Views) == QStringList{QStringLiteral("adults")});
    const QSqlRecord record = c.db.record(QStringLiteral("people"));
    REQUIRE(record.count() == 3);
    CHECK(record.field(1).requiredStatus() == QSqlField::Required);
    CHECK(record.field(2).metaType().id() == QMetaType::QByteArray);
    CHECK(c.db.primaryIndex(QStringLiteral("people")).fieldName(0) == QStringLiteral("id"));
}

TEST_CASE("errors carry SQLite's own explanation")
{
    TempDir dir;
    Connection c(dir.file(QStringLiteral("v.db")), keyOf(7));
    QSqlQuery q(c.db);
    CHECK_FALSE(q.exec(QStringLiteral("SELEC nonsense")));
    CHECK(q.lastError().databaseText().contains(QStringLiteral("syntax error")));
    CHECK_FALSE(q.exec(QStringLiteral("SELECT 1; SELECT 2")));
    CHECK_FALSE(q.lastError().databaseText().isEmpty());
    QSqlQuery bind(c.db);
    REQUIRE(bind.prepare(QStringLiteral("SELECT ?")));
    CHECK_FALSE(bind.exec()); // nothing bound
    CHECK(bind.lastError().text().contains(QStringLiteral("mismatch")));
}

TEST_CASE("Qt's own SQLite plugin is never loaded")
{
    TempDir dir;
    Connection c(dir.file(QStringLiteral("v.db")), keyOf(8));
    REQUIRE(c.db.isOpen());
    CHECK_FALSE(relais::test::libraryIsLoaded(QStringLiteral("libqsqlite")));
    CHECK_FALSE(relais::test::libraryIsLoaded(QStringLiteral("libsqlite3.so")));
    CHECK(relais::test::libraryIsLoaded(QStringLiteral("libsqlcipher")));
}
