#pragma once

#include "storage/Connection.h"
#include "util/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>
#include <QVariant>

#include <optional>
#include <utility>

struct sqlite3_stmt;

namespace relais {

class SqlCipherResult;

// Texts that come back on many rows of one query (a practitioner's id, a type, a status code),
// made once and shared rather than decoded and allocated on each row: a week of the agenda
// reads each practitioner's id some 400 times. Keeps the first few distinct texts it meets.
class TextPool
{
public:
    QString text(const char *utf8, qsizetype size);

private:
    static constexpr qsizetype MostKept = 32;
    QVarLengthArray<std::pair<QByteArray, QString>, MostKept> m_known;
};

// The current row of a query, read by column name. Positional reads break silently when a
// SELECT gains a column; a name read either finds its column or stops a debug build (and logs,
// never with the value, in a release one). The column list is taken once per query, not per read.
class Row
{
public:
    explicit Row(const QSqlQuery &query);

    // `column` is a string literal (it must outlive the Row: its address is remembered).
    QVariant value(const char *column) const;
    QString text(const char *column) const;
    // The same, shared through `pool` for the texts a query repeats.
    QString text(const char *column, TextPool &pool) const;
    qint64 integer(const char *column) const;
    double real(const char *column) const;
    bool flag(const char *column) const { return integer(column) != 0; }
    // The first character of a one-letter code ('F', 'M'...), or a null QChar.
    QChar letter(const char *column) const;
    // ISO 8601 dates and times as the vault stores them; invalid when empty.
    QDate date(const char *column) const;
    QDateTime time(const char *column) const;
    // An instant in the vault's own form (storedInstant); invalid when empty.
    QDateTime instant(const char *column) const;

private:
    // Where the column is in the query; -1 (and a logged mistake) when it is not selected.
    int indexOf(const char *column) const;
    // The statement on this row when the query runs on Relais's driver, forward only: the
    // repositories read tens of thousands of rows for a week of the agenda, and a QVariant
    // made and unmade for each column was most of the time.
    sqlite3_stmt *statement() const;
    // A column read from the statement with `direct`, or from the query's value with `stored`.
    template<typename Direct, typename Stored>
    auto read(const char *column, Direct direct, Stored stored) const;

    const QSqlQuery &m_query;
    const SqlCipherResult *m_cipher = nullptr;
    QStringList m_columns;
    // Where each name read so far was found, by the address of the name: repositories read
    // with string literals, so from the second row on a read is a pointer comparison.
    mutable QVarLengthArray<std::pair<const char *, int>, 24> m_found;
};

// An instant as the vault stores it: UTC text to the millisecond, which sorts in time order
// (so that "start_at < ?" compares instants); and back.
QString storedInstant(const QDateTime &at);
QDateTime readInstant(const QString &stored);

// "?,?,?": one bound-value mark for each of `count` values, for an IN (...) list or a VALUES row.
QString placeholders(qsizetype count);

// Runs a query and maps each row with `map(const Row &)`.
template<typename Map>
auto selectAll(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
               const QString &what, Map &&map)
    -> Result<QList<std::decay_t<decltype(map(std::declval<const Row &>()))>>>
{
    using T = std::decay_t<decltype(map(std::declval<const Row &>()))>;
    auto query = runQuery(db, sql, values, what);
    if (!query)
        return std::unexpected(query.error());
    const Row row(*query);
    QList<T> rows;
    while (query->next())
        rows.append(map(row));
    return rows;
}

// The first row mapped, or nothing when the query finds none.
template<typename Map>
auto selectOne(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
               const QString &what, Map &&map)
    -> Result<std::optional<std::decay_t<decltype(map(std::declval<const Row &>()))>>>
{
    using T = std::decay_t<decltype(map(std::declval<const Row &>()))>;
    auto query = runQuery(db, sql, values, what);
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::optional<T>();
    return std::optional<T>(map(Row(*query)));
}

// Empties `table` and inserts one row per item, each bound by `bind(item)` (a QVariantList) in
// the columns' order: how reference data, replaced whole by each release, is written. Inside the
// caller's transaction.
template<typename T, typename Bind>
Status replaceRows(const QSqlDatabase &db, const char *table, const QString &what,
                   const QStringList &columns, const QList<T> &items, Bind &&bind)
{
    const QString name = QLatin1String(table);
    if (auto cleared = runQuery(db, QStringLiteral("DELETE FROM ") + name, {}, what); !cleared)
        return std::unexpected(cleared.error());
    QSqlQuery insert(db);
    if (!insert.prepare(
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(name, columns.join(QStringLiteral(", ")), placeholders(columns.size()))))
        return std::unexpected(sqlError(what, insert.lastError()));
    for (const T &item : items) {
        const QVariantList values = bind(item);
        for (qsizetype i = 0; i < values.size(); ++i)
            insert.bindValue(static_cast<int>(i), values.at(i));
        if (!insert.exec())
            return std::unexpected(sqlError(what, insert.lastError()));
    }
    return {};
}

// A number, or SQL NULL when there is none.
template<typename N>
QVariant nullable(const std::optional<N> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<N>());
}

} // namespace relais
