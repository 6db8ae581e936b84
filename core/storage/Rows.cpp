#include "Rows.h"

#include "SqlCipherResult.h"

#include <QLoggingCategory>
#include <QSqlRecord>
#include <QSqlResult>

#include <sqlite3.h>

namespace relais {

Q_LOGGING_CATEGORY(lcRows, "relais.storage.rows")

namespace {

// The vault's own form of an instant, "2026-11-30T08:15:00.000Z", read by hand from UTF-16 or
// from SQLite's UTF-8: QDateTime::fromString is a general parser, and a week of the agenda or
// a year's calendar export reads tens of thousands of these. Invalid when not in that form.
template<typename Char>
QDateTime parseStoredInstant(const Char *text, qsizetype size)
{
    const auto at = [&](qsizetype i) { return static_cast<int>(text[i]); };
    if (size != 24 || at(4) != '-' || at(10) != 'T' || at(19) != '.' || at(23) != 'Z')
        return {};
    bool digits = true;
    const auto number = [&](qsizetype from, qsizetype length) {
        int value = 0;
        for (qsizetype i = from; i < from + length; ++i) {
            const int digit = at(i) - '0';
            digits = digits && digit >= 0 && digit <= 9;
            value = value * 10 + digit;
        }
        return value;
    };
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    const QTime time(number(11, 2), number(14, 2), number(17, 2), number(20, 3));
    if (!digits || !date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

QString textOf(sqlite3_stmt *statement, int index)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, index));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(statement, index)) : QString();
}

} // namespace

QString TextPool::text(const char *utf8, qsizetype size)
{
    const QByteArrayView bytes(utf8, size);
    for (const auto &[known, text] : std::as_const(m_known)) {
        if (known.size() == size && known == bytes)
            return text;
    }
    QString made = QString::fromUtf8(bytes);
    if (m_known.size() < MostKept)
        m_known.append({bytes.toByteArray(), made});
    return made;
}

Row::Row(const QSqlQuery &query)
    : m_query(query)
    , m_cipher(dynamic_cast<const SqlCipherResult *>(query.result()))
{
    const QSqlRecord columns = query.record();
    m_columns.reserve(columns.count());
    for (int i = 0; i < columns.count(); ++i)
        m_columns.append(columns.fieldName(i));
}

int Row::indexOf(const char *column) const
{
    for (const auto &[known, at] : std::as_const(m_found)) {
        if (known == column)
            return at;
    }
    const QLatin1StringView name(column);
    qsizetype index = 0;
    while (index < m_columns.size() && m_columns.at(index) != name)
        ++index;
    if (index == m_columns.size()) {
        // A name the query does not select is a mistake in the repository, caught by its tests.
        qCCritical(lcRows) << "no column" << column << "in the query";
        Q_ASSERT_X(false, "Row::value", "column not selected");
        return -1;
    }
    m_found.append({column, static_cast<int>(index)});
    return static_cast<int>(index);
}

sqlite3_stmt *Row::statement() const
{
    return m_cipher ? m_cipher->statementOnRow() : nullptr;
}

QVariant Row::value(const char *column) const
{
    const int index = indexOf(column);
    return index < 0 ? QVariant() : m_query.value(index);
}

template<typename Direct, typename Stored>
auto Row::read(const char *column, Direct direct, Stored stored) const
{
    const int index = indexOf(column);
    if (index < 0)
        return stored(QVariant());
    if (sqlite3_stmt *statement = this->statement())
        return direct(statement, index);
    return stored(m_query.value(index));
}

QString Row::text(const char *column) const
{
    return read(column, textOf, [](const QVariant &v) { return v.toString(); });
}

QString Row::text(const char *column, TextPool &pool) const
{
    return read(
        column,
        [&pool](sqlite3_stmt *statement, int index) {
            const auto *text =
                reinterpret_cast<const char *>(sqlite3_column_text(statement, index));
            return text ? pool.text(text, sqlite3_column_bytes(statement, index)) : QString();
        },
        [](const QVariant &v) { return v.toString(); });
}

qint64 Row::integer(const char *column) const
{
    return read(
        column, [](sqlite3_stmt *s, int i) { return qint64{sqlite3_column_int64(s, i)}; },
        [](const QVariant &v) { return v.toLongLong(); });
}

double Row::real(const char *column) const
{
    return read(column, sqlite3_column_double, [](const QVariant &v) { return v.toDouble(); });
}

QDateTime Row::instant(const char *column) const
{
    return read(
        column,
        [](sqlite3_stmt *statement, int index) {
            const auto *text =
                reinterpret_cast<const char *>(sqlite3_column_text(statement, index));
            const int size = sqlite3_column_bytes(statement, index);
            if (!text || size == 0)
                return QDateTime();
            const QDateTime parsed = parseStoredInstant(text, size);
            return parsed.isValid() ? parsed : readInstant(QString::fromUtf8(text, size));
        },
        [](const QVariant &v) { return readInstant(v.toString()); });
}

QString placeholders(qsizetype count)
{
    return QStringList(count, QStringLiteral("?")).join(QLatin1Char(','));
}

QString storedInstant(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QDateTime readInstant(const QString &stored)
{
    const QDateTime parsed = parseStoredInstant(stored.utf16(), stored.size());
    return parsed.isValid() ? parsed : QDateTime::fromString(stored, Qt::ISODateWithMs).toUTC();
}

QChar Row::letter(const char *column) const
{
    const QString code = text(column);
    return code.isEmpty() ? QChar() : code.at(0);
}

QDate Row::date(const char *column) const
{
    const QString stored = text(column);
    // "2026-11-30", read by hand for the same reason as the instants.
    if (stored.size() == 10 && stored.at(4) == QLatin1Char('-') &&
        stored.at(7) == QLatin1Char('-')) {
        const QDate date(QStringView(stored).left(4).toInt(), QStringView(stored).mid(5, 2).toInt(),
                         QStringView(stored).mid(8, 2).toInt());
        if (date.isValid())
            return date;
    }
    return QDate::fromString(stored, Qt::ISODate);
}

QDateTime Row::time(const char *column) const
{
    return QDateTime::fromString(text(column), Qt::ISODate);
}

} // namespace relais
