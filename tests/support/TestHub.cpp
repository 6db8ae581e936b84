#include "TestHub.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <catch2/catch.hpp>

#include <cstdio>

namespace relais::test {

namespace {

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

// Runs one statement on a database of the server, in a connection of its own.
QString runOn(const QString &database, const QString &sql)
{
    static int counter = 0;
    const QString name = QStringLiteral("relais-test-admin-%1").arg(++counter);
    QString answer;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(env("PGHOST"));
        db.setPort(env("PGPORT").isEmpty() ? 5432 : env("PGPORT").toInt());
        db.setUserName(env("PGUSER"));
        db.setPassword(env("PGPASSWORD"));
        db.setDatabaseName(database);
        if (!db.open())
            FAIL("cannot reach the test PostgreSQL: " << db.lastError().text().toStdString());
        QSqlQuery query(db);
        if (!query.exec(sql))
            FAIL(sql.toStdString() << ": " << query.lastError().text().toStdString());
        if (query.next())
            answer = query.value(0).toString();
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return answer;
}

} // namespace

TestHub::TestHub()
{
    if (env("PGHOST").isEmpty() || env("PGUSER").isEmpty()) {
        if (!env("CI").isEmpty())
            FAIL("CI runs the hub's tests against a real PostgreSQL: start the suite under "
                 "pg_virtualenv (.ci/run does)");
        std::fprintf(stdout, "RELAIS-SKIPPED: no PostgreSQL server to test the hub against "
                             "(run the suite under pg_virtualenv, as .ci/run does).\n");
        std::fflush(stdout);
        return;
    }
    m_database = QStringLiteral("relais_test_%1")
                     .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    runOn(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(m_database));
    m_password = env("PGPASSWORD");
    m_uri = QStringLiteral("postgresql://%1@%2:%3/%4")
                .arg(env("PGUSER"), env("PGHOST"),
                     env("PGPORT").isEmpty() ? QStringLiteral("5432") : env("PGPORT"), m_database);
}

TestHub::~TestHub()
{
    if (m_database.isEmpty())
        return;
    try {
        runOn(QStringLiteral("postgres"),
              QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database));
    } catch (...) {
        // A database left behind goes with pg_virtualenv's cluster.
    }
}

QString TestHub::query(const QString &sql) const
{
    return runOn(m_database, sql);
}

void TestHub::stop() const
{
    const QString postgres = QStringLiteral("postgres");
    runOn(postgres,
          QStringLiteral("ALTER DATABASE %1 WITH ALLOW_CONNECTIONS false").arg(m_database));
    runOn(postgres, QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                   "WHERE datname = '%1'")
                        .arg(m_database));
}

QByteArray TestHub::dump() const
{
    QProcess pgDump;
    pgDump.start(QStringLiteral("pg_dump"), {QStringLiteral("--dbname"), m_database});
    if (!pgDump.waitForFinished(60000) || pgDump.exitCode() != 0)
        FAIL("pg_dump failed: " << pgDump.readAllStandardError().toStdString());
    return pgDump.readAllStandardOutput();
}

void TestHub::start() const
{
    runOn(QStringLiteral("postgres"),
          QStringLiteral("ALTER DATABASE %1 WITH ALLOW_CONNECTIONS true").arg(m_database));
}

} // namespace relais::test
