#include "SqlCipherResult.h"

#include "SqlCipherDriver.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlField>
#include <QTime>

#include <sqlite3.h>

namespace relais {

namespace {

QMetaType columnMetaType(const char *declared)
{
    if (!declared)
        return QMetaType(QMetaType::QString);
    const QByteArray type = QByteArray(declared).toUpper();
    if (type.contains("INT"))
        return QMetaType(QMetaType::LongLong);
    if (type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB"))
        return QMetaType(QMetaType::Double);
    if (type.contains("BLOB"))
        return QMetaType(QMetaType::QByteArray);
    return QMetaType(QMetaType::QString);
}

} // namespace

SqlCipherResult::SqlCipherResult(const SqlCipherDriver *driver)
    : QSqlResult(driver)
{}

SqlCipherResult::~SqlCipherResult()
{
    if (auto *owner = const_cast<SqlCipherDriver *>(cipherDriver()))
        owner->detach(this);
    release();
}

const SqlCipherDriver *SqlCipherResult::cipherDriver() const
{
    return static_cast<const SqlCipherDriver *>(driver());
}

void SqlCipherResult::finalize()
{
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    m_sql.clear();
    m_rows.clear();
    m_firstRow = 0;
    m_stepped = -1;
    m_exhausted = true;
}

void SqlCipherResult::release()
{
    const SqlCipherDriver *owner = cipherDriver();
    if (m_stmt && owner && owner->connection()) {
        owner->keepStatement(m_sql, m_stmt);
        m_stmt = nullptr;
    }
    finalize();
}

bool SqlCipherResult::reset(const QString &query)
{
    return prepare(query) && exec();
}

bool SqlCipherResult::prepare(const QString &query)
{
    const SqlCipherDriver *owner = cipherDriver();
    if (!owner || !owner->isOpen() || !owner->connection()) {
        setLastError(
            QSqlError(QCoreApplication::translate("relais::SqlCipherResult", "Database not open"),
                      QString(), QSqlError::ConnectionError));
        return false;
    }
    release();
    setSelect(false);
    setActive(false);
    m_record.clear();

    const QByteArray text = query.toUtf8();
    m_stmt = owner->takeStatement(text);
    if (m_stmt) {
        m_sql = text;
        return true;
    }
    const char *tail = nullptr;
    const int rc = sqlite3_prepare_v2(owner->connection(), text.constData(),
                                      static_cast<int>(text.size()), &m_stmt, &tail);
    if (rc != SQLITE_OK) {
        fail(QCoreApplication::translate("relais::SqlCipherResult",
                                         "Unable to prepare the statement"),
             QSqlError::StatementError);
        finalize();
        return false;
    }
    if (tail && QByteArray(tail).trimmed().size() > 0 && QByteArray(tail).trimmed() != ";") {
        setLastError(
            QSqlError(QCoreApplication::translate("relais::SqlCipherResult",
                                                  "Unable to prepare the statement"),
                      QCoreApplication::translate("relais::SqlCipherResult",
                                                  "Only one statement may be run at a time"),
                      QSqlError::StatementError, QString::number(SQLITE_MISUSE)));
        finalize();
        return false;
    }
    m_sql = text;
    return true;
}

bool SqlCipherResult::bindAll(const QVariantList &values)
{
    const int expected = sqlite3_bind_parameter_count(m_stmt);
    if (expected != values.size()) {
        setLastError(QSqlError(
            QCoreApplication::translate("relais::SqlCipherResult", "Parameter count mismatch"),
            QCoreApplication::translate("relais::SqlCipherResult",
                                        "The statement takes %1 values, %2 were bound")
                .arg(expected)
                .arg(values.size()),
            QSqlError::StatementError, QString::number(SQLITE_RANGE)));
        return false;
    }
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        const int index = i + 1;
        int rc = SQLITE_OK;
        if (value.isNull()) {
            rc = sqlite3_bind_null(m_stmt, index);
        } else {
            switch (value.typeId()) {
            case QMetaType::QByteArray: {
                const QByteArray bytes = value.toByteArray();
                rc = sqlite3_bind_blob64(m_stmt, index, bytes.constData(),
                                         static_cast<sqlite3_uint64>(bytes.size()),
                                         SQLITE_TRANSIENT);
                break;
            }
            case QMetaType::Bool:
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::Long:
            case QMetaType::ULong:
            case QMetaType::LongLong:
            case QMetaType::Short:
            case QMetaType::UShort:
            case QMetaType::Char:
            case QMetaType::UChar:
                rc = sqlite3_bind_int64(m_stmt, index, value.toLongLong());
                break;
            case QMetaType::ULongLong:
                rc = sqlite3_bind_int64(m_stmt, index,
                                        static_cast<sqlite3_int64>(value.toULongLong()));
                break;
            case QMetaType::Double:
            case QMetaType::Float: rc = sqlite3_bind_double(m_stmt, index, value.toDouble()); break;
            case QMetaType::QDateTime: {
                const QByteArray text = value.toDateTime().toString(Qt::ISODateWithMs).toUtf8();
                rc = sqlite3_bind_text64(m_stmt, index, text.constData(),
                                         static_cast<sqlite3_uint64>(text.size()), SQLITE_TRANSIENT,
                                         SQLITE_UTF8);
                break;
            }
            default: {
                const QByteArray text = value.toString().toUtf8();
                rc = sqlite3_bind_text64(m_stmt, index, text.constData(),
                                         static_cast<sqlite3_uint64>(text.size()), SQLITE_TRANSIENT,
                                         SQLITE_UTF8);
                break;
            }
            }
        }
        if (rc != SQLITE_OK) {
            fail(QCoreApplication::translate("relais::SqlCipherResult", "Unable to bind a value"),
                 QSqlError::StatementError);
            return false;
        }
    }
    return true;
}

bool SqlCipherResult::exec()
{
    if (!m_stmt) {
        // QSqlQuery::exec() after a failed prepare.
        if (!lastError().isValid())
            setLastError(QSqlError(
                QCoreApplication::translate("relais::SqlCipherResult", "No statement prepared"),
                QString(), QSqlError::StatementError));
        return false;
    }
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_rows.clear();
    m_firstRow = 0;
    m_stepped = -1;
    m_exhausted = false;
    m_rowsAffected = -1;
    setAt(QSql::BeforeFirstRow);
    setActive(false);

    if (!bindAll(boundValues()))
        return false;

    sqlite3 *db = cipherDriver()->connection();
    // The first step runs the statement; a SELECT's first row is kept for fetch().
    if (!step())
        return false;
    m_rowsAffected = sqlite3_changes(db);
    m_lastInsertId = sqlite3_last_insert_rowid(db);
    readRecord();
    setSelect(sqlite3_column_count(m_stmt) > 0);
    setActive(true);
    return true;
}

bool SqlCipherResult::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        ++m_stepped;
        if (!isForwardOnly())
            m_rows.append(currentRow());
        return true;
    }
    m_exhausted = true;
    if (rc == SQLITE_DONE) {
        // Releases the read lock as soon as the last row has been seen.
        sqlite3_reset(m_stmt);
        return true;
    }
    fail(QCoreApplication::translate("relais::SqlCipherResult", "Unable to fetch the row"),
         QSqlError::StatementError);
    sqlite3_reset(m_stmt);
    return false;
}

QVariant SqlCipherResult::columnValue(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER: {
        const qint64 value = sqlite3_column_int64(m_stmt, column);
        if (numericalPrecisionPolicy() == QSql::LowPrecisionInt32)
            return static_cast<int>(value);
        return value;
    }
    case SQLITE_FLOAT: {
        const double value = sqlite3_column_double(m_stmt, column);
        switch (numericalPrecisionPolicy()) {
        case QSql::LowPrecisionInt32: return static_cast<int>(value);
        case QSql::LowPrecisionInt64: return static_cast<qint64>(value);
        case QSql::LowPrecisionDouble:
        case QSql::HighPrecision: return value;
        }
        return value;
    }
    case SQLITE_BLOB: {
        const auto *bytes = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
        const int size = sqlite3_column_bytes(m_stmt, column);
        return QByteArray(bytes, size);
    }
    case SQLITE_NULL: return QVariant(columnMetaType(sqlite3_column_decltype(m_stmt, column)));
    default: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        const int size = sqlite3_column_bytes(m_stmt, column);
        return QString::fromUtf8(text, size);
    }
    }
}

QVariantList SqlCipherResult::currentRow() const
{
    const int columns = sqlite3_column_count(m_stmt);
    QVariantList row;
    row.reserve(columns);
    for (int c = 0; c < columns; ++c)
        row.append(columnValue(c));
    return row;
}

bool SqlCipherResult::onStatementRow() const
{
    return isForwardOnly() && !m_exhausted && at() == m_stepped;
}

void SqlCipherResult::readRecord()
{
    m_record.clear();
    const int columns = sqlite3_column_count(m_stmt);
    for (int c = 0; c < columns; ++c) {
        const char *table = sqlite3_column_table_name(m_stmt, c);
        QSqlField field(QString::fromUtf8(sqlite3_column_name(m_stmt, c)),
                        columnMetaType(sqlite3_column_decltype(m_stmt, c)),
                        table ? QString::fromUtf8(table) : QString());
        m_record.append(field);
    }
}

bool SqlCipherResult::fetch(int index)
{
    if (!isActive() || !isSelect() || index < 0)
        return false;
    if (isForwardOnly() && index < at())
        return false;
    if (isForwardOnly()) {
        // The statement itself is the current row: nothing is copied, and a column is only
        // converted when it is read (repositories read a few columns of many rows).
        while (m_stepped < index && !m_exhausted) {
            if (!step())
                return false;
        }
        if (m_exhausted) {
            setAt(QSql::AfterLastRow);
            return false;
        }
        setAt(index);
        return true;
    }
    if (index < m_firstRow)
        return false;
    while (m_firstRow + m_rows.size() - 1 < index && !m_exhausted) {
        if (!step())
            return false;
    }
    if (index > m_firstRow + m_rows.size() - 1) {
        setAt(QSql::AfterLastRow);
        return false;
    }
    setAt(index);
    return true;
}

bool SqlCipherResult::fetchFirst()
{
    return fetch(0);
}

bool SqlCipherResult::fetchLast()
{
    if (!isActive() || !isSelect())
        return false;
    if (isForwardOnly()) {
        // The last row is only known once the statement has stepped past it, which ends
        // the statement: its values are copied before each step.
        if (m_exhausted)
            return false;
        QVariantList last;
        int lastIndex = m_stepped;
        while (!m_exhausted) {
            last = currentRow();
            lastIndex = m_stepped;
            if (!step())
                return false;
        }
        m_rows = {last};
        m_firstRow = lastIndex;
        setAt(lastIndex);
        return true;
    }
    while (!m_exhausted) {
        if (!step())
            return false;
    }
    if (m_rows.isEmpty())
        return false;
    return fetch(m_firstRow + static_cast<int>(m_rows.size()) - 1);
}

QVariant SqlCipherResult::data(int field)
{
    if (onStatementRow())
        return field >= 0 && field < sqlite3_column_count(m_stmt) ? columnValue(field) : QVariant();
    const int row = at() - m_firstRow;
    if (row < 0 || row >= m_rows.size() || field < 0 || field >= m_rows.at(row).size())
        return {};
    return m_rows.at(row).at(field);
}

bool SqlCipherResult::isNull(int field)
{
    return data(field).isNull();
}

QVariant SqlCipherResult::lastInsertId() const
{
    return isActive() ? QVariant(m_lastInsertId) : QVariant();
}

QVariant SqlCipherResult::handle() const
{
    return QVariant::fromValue(static_cast<void *>(m_stmt));
}

void SqlCipherResult::detachFromResultSet()
{
    if (m_stmt)
        sqlite3_reset(m_stmt);
    m_exhausted = true;
}

void SqlCipherResult::fail(const QString &what, QSqlError::ErrorType type)
{
    sqlite3 *db = cipherDriver() ? cipherDriver()->connection() : nullptr;
    const QString detail = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString();
    const int code = db ? sqlite3_extended_errcode(db) : SQLITE_ERROR;
    setLastError(QSqlError(what, detail, type, QString::number(code)));
}

} // namespace relais
