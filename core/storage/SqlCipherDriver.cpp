#include "SqlCipherDriver.h"

#include "SqlCipherResult.h"

#include <QLoggingCategory>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sqlite3.h>

namespace relais {

Q_LOGGING_CATEGORY(lcDriver, "relais.storage.driver")

namespace {

struct OpenOptions
{
    int flags = SQLITE_OPEN_READWRITE;
    int busyTimeoutMs = 5000;
    bool valid = true;
};

OpenOptions parseOptions(const QString &text)
{
    OpenOptions options;
    const auto parts = text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString item = part.trimmed();
        const auto eq = item.indexOf(QLatin1Char('='));
        const QString name = item.left(eq).trimmed();
        const QString value = eq < 0 ? QString() : item.mid(eq + 1).trimmed();
        if (name == QLatin1String("RELAIS_OPEN")) {
            if (value == QLatin1String("create"))
                options.flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
            else if (value == QLatin1String("readwrite"))
                options.flags = SQLITE_OPEN_READWRITE;
            else if (value == QLatin1String("readonly"))
                options.flags = SQLITE_OPEN_READONLY;
            else
                options.valid = false;
        } else if (name == QLatin1String("RELAIS_BUSY_TIMEOUT")) {
            bool ok = false;
            options.busyTimeoutMs = value.toInt(&ok);
            options.valid = options.valid && ok && options.busyTimeoutMs >= 0;
        } else {
            options.valid = false;
        }
    }
    return options;
}

QMetaType metaTypeForDeclared(const QString &declared)
{
    const QString type = declared.toUpper();
    if (type.contains(QLatin1String("INT")))
        return QMetaType(QMetaType::LongLong);
    if (type.contains(QLatin1String("REAL")) || type.contains(QLatin1String("FLOA")) ||
        type.contains(QLatin1String("DOUB")))
        return QMetaType(QMetaType::Double);
    if (type.contains(QLatin1String("BLOB")))
        return QMetaType(QMetaType::QByteArray);
    return QMetaType(QMetaType::QString);
}

} // namespace

void SqlCipherDriver::registerDriver()
{
    static const bool once = [] {
        QSqlDatabase::registerSqlDriver(QString::fromLatin1(Name),
                                        new QSqlDriverCreator<SqlCipherDriver>);
        return true;
    }();
    Q_UNUSED(once)
}

SqlCipherDriver::SqlCipherDriver(QObject *parent)
    : QSqlDriver(parent)
{}

SqlCipherDriver::~SqlCipherDriver()
{
    close();
}

void SqlCipherDriver::setKey(SecureBytes key)
{
    m_key = std::move(key);
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case PositionalPlaceholders:
    case LastInsertId:
    case SimpleLocking:
    case LowPrecisionNumbers: return true;
    // Left to QSqlResult, which rewrites :name into ? and keeps the mapping.
    case NamedPlaceholders:
    case QuerySize:
    case BatchOperations:
    case EventNotifications:
    case FinishQuery:
    case MultipleResultSets:
    case CancelQuery: return false;
    }
    return false;
}

bool SqlCipherDriver::open(const QString &db, const QString &, const QString &, const QString &,
                           int, const QString &connectOptions)
{
    if (isOpen())
        close();

    const OpenOptions options = parseOptions(connectOptions);
    if (!options.valid) {
        setNativeError(tr("Unknown connection options: %1").arg(connectOptions),
                       QSqlError::ConnectionError, SQLITE_MISUSE);
        setOpenError(true);
        return false;
    }

    const QByteArray path = db.toUtf8();
    // A Qt connection is only ever used from the thread that opened it, so SQLite's own lock
    // around every call (every column read of every row) buys nothing.
    int rc = sqlite3_open_v2(path.constData(), &m_db, options.flags | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc == SQLITE_OK)
        sqlite3_extended_result_codes(m_db, 1);

    if (rc == SQLITE_OK && !m_key.isEmpty()) {
        // SQLCipher takes a raw key when given the text x'<64 hex digits>'; its byte length is
        // counted here, on the secure buffer, and the buffer is wiped when it goes out of scope.
        const SecureBytes hex = m_key.toHex();
        SecureBytes literal(hex.size() + 3);
        literal.data()[0] = 'x';
        literal.data()[1] = '\'';
        std::copy(hex.data(), hex.data() + hex.size(), literal.data() + 2);
        literal.data()[literal.size() - 1] = '\'';
        rc = sqlite3_key(m_db, literal.data(), static_cast<int>(literal.size()));
        // Pinned so that a later SQLCipher with other defaults still reads today's files.
        if (rc == SQLITE_OK)
            rc = sqlite3_exec(m_db, "PRAGMA cipher_page_size = 4096", nullptr, nullptr, nullptr);
    }

    // Fail closed: nothing counts as open until a page has been read and decrypted.
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(m_db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);

    if (rc != SQLITE_OK) {
        const QString reason =
            m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
        const int code = m_db ? sqlite3_extended_errcode(m_db) : rc;
        setNativeError(reason, QSqlError::ConnectionError, code);
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        setOpenError(true);
        qCDebug(lcDriver) << "open failed with SQLite code" << code;
        return false;
    }

    sqlite3_busy_timeout(m_db, options.busyTimeoutMs);
    setOpen(true);
    setOpenError(false);
    return true;
}

void SqlCipherDriver::close()
{
    if (!m_db)
        return;
    for (SqlCipherResult *result : std::as_const(m_results))
        result->finalize();
    m_results.clear();
    dropStatements();
    if (sqlite3_close(m_db) != SQLITE_OK) {
        qCWarning(lcDriver) << "close deferred: statements still alive";
        sqlite3_close_v2(m_db);
    }
    m_db = nullptr;
    setOpen(false);
    setOpenError(false);
}

QSqlResult *SqlCipherDriver::createResult() const
{
    auto *result = new SqlCipherResult(this);
    m_results.append(result);
    return result;
}

sqlite3_stmt *SqlCipherDriver::takeStatement(const QByteArray &sql) const
{
    return m_idle.take(sql);
}

void SqlCipherDriver::keepStatement(const QByteArray &sql, sqlite3_stmt *statement) const
{
    // Bounded: SQL built with varying lists would otherwise fill it with one-offs.
    constexpr qsizetype Most = 256;
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (!m_db || m_idle.contains(sql)) {
        sqlite3_finalize(statement);
        return;
    }
    if (m_idle.size() >= Most)
        dropStatements();
    m_idle.insert(sql, statement);
}

void SqlCipherDriver::dropStatements() const
{
    for (sqlite3_stmt *statement : std::as_const(m_idle))
        sqlite3_finalize(statement);
    m_idle.clear();
}

void SqlCipherDriver::detach(SqlCipherResult *result)
{
    m_results.removeOne(result);
}

bool SqlCipherDriver::execPlain(const char *sql)
{
    if (!m_db)
        return false;
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        setNativeError(QString::fromUtf8(message ? message : sqlite3_errstr(rc)),
                       QSqlError::TransactionError, sqlite3_extended_errcode(m_db));
        sqlite3_free(message);
        return false;
    }
    return true;
}

bool SqlCipherDriver::execSecret(const SecureBytes &sql)
{
    if (!m_db)
        return false;
    // sqlite3_exec needs a terminated string; copy into secure memory with the terminator.
    SecureBytes text(sql.size() + 1);
    std::copy(sql.data(), sql.data() + sql.size(), text.data());
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, text.chars(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        // The message never quotes the statement, so it holds no key.
        setNativeError(QString::fromUtf8(message ? message : sqlite3_errstr(rc)),
                       QSqlError::StatementError, sqlite3_extended_errcode(m_db));
        sqlite3_free(message);
        return false;
    }
    return true;
}

// Every transaction in Relais writes, so it takes the write lock up front: a deferred one that
// upgrades later could fail with SQLITE_BUSY halfway through.
bool SqlCipherDriver::beginTransaction()
{
    return execPlain("BEGIN IMMEDIATE");
}

bool SqlCipherDriver::commitTransaction()
{
    return execPlain("COMMIT");
}

bool SqlCipherDriver::rollbackTransaction()
{
    return execPlain("ROLLBACK");
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList names;
    if (!isOpen())
        return names;
    QString where;
    if (type & QSql::Tables)
        where = QStringLiteral("(type = 'table' AND name NOT LIKE 'sqlite_%')");
    if (type & QSql::Views)
        where += (where.isEmpty() ? QString() : QStringLiteral(" OR ")) +
                 QStringLiteral("type = 'view'");
    if (!where.isEmpty()) {
        QSqlQuery query(createResult());
        query.setForwardOnly(true);
        if (query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE ") + where +
                       QStringLiteral(" ORDER BY name"))) {
            while (query.next())
                names.append(query.value(0).toString());
        }
    }
    if (type & QSql::SystemTables)
        names.append(QStringLiteral("sqlite_master"));
    return names;
}

QSqlRecord SqlCipherDriver::record(const QString &tableName) const
{
    QSqlRecord result;
    if (!isOpen())
        return result;
    QSqlQuery query(createResult());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA table_info(") + escapeIdentifier(tableName, TableName) +
                    QLatin1Char(')')))
        return result;
    while (query.next()) {
        QSqlField field(query.value(1).toString(), metaTypeForDeclared(query.value(2).toString()),
                        tableName);
        field.setRequired(query.value(3).toInt() != 0);
        field.setDefaultValue(query.value(4));
        field.setAutoValue(
            query.value(5).toInt() != 0 &&
            query.value(2).toString().compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0);
        result.append(field);
    }
    return result;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString &tableName) const
{
    QSqlIndex index(tableName);
    if (!isOpen())
        return index;
    QSqlQuery query(createResult());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA table_info(") + escapeIdentifier(tableName, TableName) +
                    QLatin1Char(')')))
        return index;
    while (query.next()) {
        if (query.value(5).toInt() > 0)
            index.append(QSqlField(query.value(1).toString(),
                                   metaTypeForDeclared(query.value(2).toString()), tableName));
    }
    return index;
}

QString SqlCipherDriver::escapeIdentifier(const QString &identifier, IdentifierType) const
{
    if (identifier.size() > 1 && identifier.startsWith(QLatin1Char('"')) &&
        identifier.endsWith(QLatin1Char('"')))
        return identifier;
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue(static_cast<void *>(m_db));
}

void SqlCipherDriver::setNativeError(const QString &what, QSqlError::ErrorType type, int code)
{
    setLastError(QSqlError(tr("SQLCipher error"), what, type, QString::number(code)));
}

} // namespace relais
