#pragma once

#include "util/SecureBytes.h"

#include <QHash>
#include <QList>
#include <QSqlDriver>
#include <QSqlError>

struct sqlite3;
struct sqlite3_stmt;

namespace relais {

class SqlCipherResult;

// A QtSql driver over the SQLCipher C API, compiled into relais_core so that no plugin has to be
// deployed and Qt's QSQLITE plugin (which would bring a second, unencrypted libsqlite3 exporting
// the same symbols) is never needed.
//
// The key is handed over as bytes with setKey() before open(): it never travels through a QString
// (the password argument of QSqlDatabase::open) so that it can be wiped after use.
//
// Connect options (QSqlDatabase::setConnectOptions), separated by ';':
//   RELAIS_OPEN=create|readwrite|readonly   create the file if missing (default: readwrite)
//   RELAIS_BUSY_TIMEOUT=<ms>                how long to wait for another connection's lock
class SqlCipherDriver : public QSqlDriver
{
    Q_OBJECT

public:
    static constexpr auto Name = "QSQLCIPHER";
    // Makes "QSQLCIPHER" known to QSqlDatabase::addDatabase(). Safe to call more than once.
    static void registerDriver();

    explicit SqlCipherDriver(QObject *parent = nullptr);
    ~SqlCipherDriver() override;

    // A raw 256-bit key; an empty key opens the file as plain SQLite (used only by the benchmark's
    // unencrypted comparison and by tests that check a vault is not plain SQLite).
    void setKey(SecureBytes key);

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString &db, const QString &user, const QString &password, const QString &host,
              int port, const QString &connectOptions) override;
    void close() override;
    QSqlResult *createResult() const override;

    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;

    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString &tableName) const override;
    QSqlIndex primaryIndex(const QString &tableName) const override;
    QString escapeIdentifier(const QString &identifier, IdentifierType type) const override;
    QVariant handle() const override;

    sqlite3 *connection() const { return m_db; }

    // Runs one statement whose text holds a secret (ATTACH ... KEY "x'…'"), straight through the C
    // API so that the text stays in secure memory and never reaches a QString.
    bool execSecret(const SecureBytes &sql);

private:
    friend class SqlCipherResult;
    bool execPlain(const char *sql);
    void setNativeError(const QString &what, QSqlError::ErrorType type, int code);
    void detach(SqlCipherResult *result);
    // Compiled statements kept for their next use, by their SQL: the write path runs the same
    // few statements for every record, and compiling one costs more than running it.
    sqlite3_stmt *takeStatement(const QByteArray &sql) const;
    void keepStatement(const QByteArray &sql, sqlite3_stmt *statement) const;
    void dropStatements() const;

    sqlite3 *m_db = nullptr;
    mutable QHash<QByteArray, sqlite3_stmt *> m_idle;
    SecureBytes m_key;
    mutable QList<SqlCipherResult *> m_results;
};

} // namespace relais
