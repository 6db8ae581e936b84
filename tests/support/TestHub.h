#pragma once

#include <QString>

namespace relais::test {

// A throw-away hub: a database of its own on the PostgreSQL server the suite runs beside
// (pg_virtualenv's PGHOST, PGPORT, PGUSER, PGPASSWORD), dropped at the end. Where no server was
// given, the test says RELAIS-SKIPPED (ctest counts it skipped); in CI that is a failure.
class TestHub
{
public:
    TestHub();
    ~TestHub();
    TestHub(const TestHub &) = delete;
    TestHub &operator=(const TestHub &) = delete;

    // False (and the skip said) when there is no server to test against.
    bool available() const { return !m_uri.isEmpty(); }
    // postgresql://user@host:port/database, without the password.
    const QString &uri() const { return m_uri; }
    const QString &password() const { return m_password; }
    // Runs SQL on the hub's database as its owner; the first column of the first row.
    QString query(const QString &sql) const;
    // Runs SQL expected to be refused: PostgreSQL's SQLSTATE, or empty when it was accepted.
    QString refusalOf(const QString &sql) const;
    // Runs SQL in a session of another login (a workstation's): the SQLSTATE it was refused
    // with ("login refused" when the session was), or the first column of the first row.
    struct Answer
    {
        QString state;
        QString value;
    };
    Answer runAs(const QString &user, const QString &password, const QString &sql) const;
    // The hub down, as a server stopped is: its sessions cut, new ones refused until start().
    // Only this test's database: the other tests share the server.
    void stop() const;
    void start() const;
    // What `pg_dump` writes of the hub's database (every table, as a backup of it holds it).
    QByteArray dump() const;

    // Throw-away certificates made with openssl in `folder`: a CA, a server certificate and
    // key it signed for "localhost" (and one already expired), and a CA that signed nothing.
    struct Certificates
    {
        QString ca;
        QString otherCa;
        QString cert;
        QString expiredCert;
        QString key;
    };
    static Certificates makeCertificates(const QString &folder);
    // The server offers TLS with this certificate (ssl = on, its configuration reloaded), or
    // no longer offers it. The whole server: the tests beside keep working, over TLS or not.
    void serveTls(const QString &cert, const QString &key) const;
    void stopTls() const;
    // Whether this hub's sessions opened by Relais (application_name) are over TLS: how many.
    int relaisSessionsOverTls() const;

private:
    QString m_uri;
    QString m_password;
    QString m_database;
};

} // namespace relais::test
