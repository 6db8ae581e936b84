#include "TestHub.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <catch2/catch.hpp>

#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

namespace relais::test {

namespace {

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

// A connection to a database of the server, as `user` (the suite's owner when empty); not
// opened yet.
QSqlDatabase connectionTo(const QString &name, const QString &database, const QString &user = {},
                          const QString &password = {})
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(env("PGHOST"));
    db.setPort(env("PGPORT").isEmpty() ? 5432 : env("PGPORT").toInt());
    db.setUserName(user.isEmpty() ? env("PGUSER") : user);
    db.setPassword(user.isEmpty() ? env("PGPASSWORD") : password);
    db.setDatabaseName(database);
    return db;
}

// A connection of its own to a database of the server, as the suite's owner.
QSqlDatabase openOn(const QString &name, const QString &database)
{
    QSqlDatabase db = connectionTo(name, database);
    if (!db.open())
        FAIL("cannot reach the test PostgreSQL: " << db.lastError().text().toStdString());
    return db;
}

// Runs one statement on a database of the server, in a connection of its own.
QString runOn(const QString &database, const QString &sql)
{
    static int counter = 0;
    const QString name = QStringLiteral("relais-test-admin-%1").arg(++counter);
    QString answer;
    {
        QSqlDatabase db = openOn(name, database);
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

QString TestHub::refusalOf(const QString &sql) const
{
    const QString name = QStringLiteral("relais-test-refusal");
    QString state;
    {
        QSqlDatabase db = openOn(name, m_database);
        QSqlQuery query(db);
        if (!query.exec(sql))
            state = query.lastError().nativeErrorCode();
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return state;
}

TestHub::Answer TestHub::runAs(const QString &user, const QString &password,
                               const QString &sql) const
{
    const QString name = QStringLiteral("relais-test-as");
    Answer answer;
    {
        QSqlDatabase db = connectionTo(name, m_database, user, password);
        QSqlQuery query(db);
        if (!db.open())
            answer.state = QStringLiteral("login refused");
        else if (!query.exec(sql))
            answer.state = query.lastError().nativeErrorCode();
        else if (query.next())
            answer.value = query.value(0).toString();
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return answer;
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

TestHub::Certificates TestHub::makeCertificates(const QString &folder)
{
    const auto openssl = [&](const QStringList &arguments) {
        QProcess run;
        run.setWorkingDirectory(folder);
        run.start(QStringLiteral("openssl"), arguments);
        if (!run.waitForFinished(30000) || run.exitStatus() != QProcess::NormalExit ||
            run.exitCode() != 0)
            FAIL("openssl " << arguments.join(QLatin1Char(' ')).toStdString() << ": "
                            << run.readAllStandardError().toStdString());
    };
    const QStringList ec = {
        QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
        QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    for (const char *ca : {"ca", "other-ca"}) {
        const QString name = QLatin1String(ca);
        openssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec +
                QStringList{QStringLiteral("-keyout"), name + QStringLiteral(".key"),
                            QStringLiteral("-out"), name + QStringLiteral(".crt"),
                            QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                            QStringLiteral("/CN=Relais test ") + name});
    }
    openssl(QStringList{QStringLiteral("req")} + ec +
            QStringList{QStringLiteral("-keyout"), QStringLiteral("server.key"),
                        QStringLiteral("-out"), QStringLiteral("server.csr"),
                        QStringLiteral("-subj"), QStringLiteral("/CN=localhost")});
    QFile ext(QDir(folder).filePath(QStringLiteral("server.ext")));
    if (!ext.open(QIODevice::WriteOnly) || ext.write("subjectAltName=DNS:localhost\n") < 0)
        FAIL("cannot write the certificate's extensions");
    ext.close();
    // Valid for two days, and another that ended yesterday ("-days -1").
    for (const auto &[out, days] : {std::pair("server.crt", "2"), std::pair("expired.crt", "-1")}) {
        openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                 QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.crt"),
                 QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                 QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), QLatin1String(out),
                 QStringLiteral("-days"), QLatin1String(days), QStringLiteral("-extfile"),
                 QStringLiteral("server.ext")});
    }
    const QDir dir(folder);
    return {dir.filePath(QStringLiteral("ca.crt")), dir.filePath(QStringLiteral("other-ca.crt")),
            dir.filePath(QStringLiteral("server.crt")), dir.filePath(QStringLiteral("expired.crt")),
            dir.filePath(QStringLiteral("server.key"))};
}

namespace {

// Waits until a new session of the server is over TLS, or is not: the reload that turns it on
// or off is taken by the server a moment after it is asked for.
void waitForTls(bool wanted)
{
    for (int tries = 0; tries < 100; ++tries) {
        const bool over =
            runOn(QStringLiteral("postgres"),
                  QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) ==
            QLatin1String("true");
        if (over == wanted)
            return;
        QThread::msleep(50);
    }
    FAIL("the test PostgreSQL did not turn TLS " << (wanted ? "on" : "off")
                                                 << " (see its log: the key's owner or mode?)");
}

} // namespace

void TestHub::serveTls(const QString &cert, const QString &key) const
{
    // The server reads the key itself: it must own it (mode 0600), and reach its folder. Under
    // pg_virtualenv as root, the server runs as the owner of its data directory.
    const QFileInfo data(runOn(QStringLiteral("postgres"), QStringLiteral("SHOW data_directory")));
    if (::geteuid() == 0) {
        const QByteArray path = QFile::encodeName(key);
        if (::chown(path.constData(), data.ownerId(), data.groupId()) != 0)
            FAIL("cannot give the key to the server's user");
    }
    QFile::setPermissions(key, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile::setPermissions(QFileInfo(key).absolutePath(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                              QFileDevice::ReadOther | QFileDevice::ExeOther |
                              QFileDevice::ReadGroup | QFileDevice::ExeGroup);
    const QString postgres = QStringLiteral("postgres");
    runOn(postgres, QStringLiteral("ALTER SYSTEM SET ssl_cert_file = '%1'").arg(cert));
    runOn(postgres, QStringLiteral("ALTER SYSTEM SET ssl_key_file = '%1'").arg(key));
    runOn(postgres, QStringLiteral("ALTER SYSTEM SET ssl = on"));
    runOn(postgres, QStringLiteral("SELECT pg_reload_conf()"));
    waitForTls(true);
}

void TestHub::stopTls() const
{
    const QString postgres = QStringLiteral("postgres");
    runOn(postgres, QStringLiteral("ALTER SYSTEM RESET ssl"));
    runOn(postgres, QStringLiteral("ALTER SYSTEM RESET ssl_cert_file"));
    runOn(postgres, QStringLiteral("ALTER SYSTEM RESET ssl_key_file"));
    runOn(postgres, QStringLiteral("SELECT pg_reload_conf()"));
    waitForTls(false);
}

int TestHub::relaisSessionsOverTls() const
{
    return runOn(QStringLiteral("postgres"),
                 QStringLiteral("SELECT count(*) FROM pg_stat_ssl s JOIN pg_stat_activity a "
                                "USING (pid) WHERE a.datname = '%1' AND a.application_name = "
                                "'relais' AND s.ssl")
                     .arg(m_database))
        .toInt();
}

void TestHub::start() const
{
    runOn(QStringLiteral("postgres"),
          QStringLiteral("ALTER DATABASE %1 WITH ALLOW_CONNECTIONS true").arg(m_database));
}

} // namespace relais::test
