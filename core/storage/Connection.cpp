#include "Connection.h"

#include "Rows.h"
#include "SqlCipherDriver.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace relais {

Q_LOGGING_CATEGORY(lcConnection, "relais.storage.connection")

namespace {
constexpr int SqliteCorrupt = 11;
constexpr int SqliteFull = 13;
constexpr int SqliteCantOpen = 14;
constexpr int SqliteNotADb = 26;
} // namespace

Error sqlError(const QString &what, const QSqlError &error)
{
    qCWarning(lcConnection).noquote()
        << what << "-" << error.databaseText() << "(code" << error.nativeErrorCode() << ")";
    const int code = error.nativeErrorCode().toInt() & 0xFF; // primary code
    if (code == SqliteFull)
        return Error{
            ErrorCode::DiskFull,
            QCoreApplication::translate("relais::Connection", "%1: the disk is full.").arg(what)};
    return Error{ErrorCode::Sql, QCoreApplication::translate("relais::Connection", "%1: %2")
                                     .arg(what, error.databaseText())};
}

Result<QSqlQuery> runQuery(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                           const QString &what)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return std::unexpected(sqlError(what, query.lastError()));
    return query;
}

Connection::Connection(const QSqlDatabase &db, QString path)
    : m_db(db)
    , m_path(std::move(path))
{}

Result<std::unique_ptr<Connection>> Connection::open(const QString &path, const SecureBytes &key,
                                                     Mode mode)
{
    static std::atomic<int> serial{0};
    SqlCipherDriver::registerDriver();
    const QString name = QStringLiteral("relais-%1").arg(++serial);
    QSqlDatabase db = QSqlDatabase::addDatabase(QString::fromLatin1(SqlCipherDriver::Name), name);
    static_cast<SqlCipherDriver *>(db.driver())->setKey(key.clone());
    db.setDatabaseName(path);
    switch (mode) {
    case Mode::Create: db.setConnectOptions(QStringLiteral("RELAIS_OPEN=create")); break;
    case Mode::ReadWrite: db.setConnectOptions(QStringLiteral("RELAIS_OPEN=readwrite")); break;
    case Mode::ReadOnly: db.setConnectOptions(QStringLiteral("RELAIS_OPEN=readonly")); break;
    }
    if (!db.open()) {
        const QSqlError error = db.lastError();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        // Classified here, worded by the caller, which knows what the file was meant to be.
        const int native = error.nativeErrorCode().toInt() & 0xFF;
        const ErrorCode code = native == SqliteNotADb     ? ErrorCode::WrongKey
                               : native == SqliteCantOpen ? ErrorCode::NotFound
                               : native == SqliteCorrupt  ? ErrorCode::Corrupt
                                                          : ErrorCode::Io;
        return fail(code, error.databaseText());
    }
    return std::unique_ptr<Connection>(new Connection(db, path));
}

Connection::~Connection()
{
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Status Connection::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return std::unexpected(
            sqlError(QCoreApplication::translate("relais::Connection", "Database statement failed"),
                     query.lastError()));
    return {};
}

Result<QVariant> Connection::pragma(const char *name, const QString &value)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const QString sql = QStringLiteral("PRAGMA ") + QLatin1String(name) +
                        (value.isEmpty() ? QString() : QStringLiteral(" = ") + value);
    if (!query.exec(sql))
        return std::unexpected(
            sqlError(QCoreApplication::translate("relais::Connection", "Database query failed"),
                     query.lastError()));
    if (!query.next())
        return QVariant();
    return Row(query).value(name);
}

Status Connection::execSecret(const SecureBytes &sql)
{
    auto *driver = static_cast<SqlCipherDriver *>(m_db.driver());
    if (!driver->execSecret(sql))
        return std::unexpected(
            sqlError(QCoreApplication::translate("relais::Connection", "Database statement failed"),
                     driver->lastError()));
    return {};
}

} // namespace relais
