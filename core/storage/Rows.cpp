#include "Rows.h"

#include <QLoggingCategory>
#include <QSqlRecord>

namespace relais {

Q_LOGGING_CATEGORY(lcRows, "relais.storage.rows")

Row::Row(const QSqlQuery &query)
    : m_query(query)
{
    const QSqlRecord columns = query.record();
    m_columns.reserve(columns.count());
    for (int i = 0; i < columns.count(); ++i)
        m_columns.append(columns.fieldName(i));
}

QVariant Row::value(const char *column) const
{
    for (const auto &[known, at] : std::as_const(m_found)) {
        if (known == column)
            return m_query.value(at);
    }
    const QLatin1StringView name(column);
    qsizetype index = 0;
    while (index < m_columns.size() && m_columns.at(index) != name)
        ++index;
    if (index == m_columns.size()) {
        // A name the query does not select is a mistake in the repository, caught by its tests.
        qCCritical(lcRows) << "no column" << column << "in the query";
        Q_ASSERT_X(false, "Row::value", "column not selected");
        return {};
    }
    m_found.append({column, static_cast<int>(index)});
    return m_query.value(static_cast<int>(index));
}

QString storedInstant(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QDateTime readInstant(const QString &stored)
{
    // The vault's own form is read by hand: QDateTime::fromString is a general parser, and a
    // week of the agenda or a year's calendar export reads tens of thousands of these.
    if (stored.size() == 24 && stored.at(4) == QLatin1Char('-') &&
        stored.at(10) == QLatin1Char('T') && stored.at(19) == QLatin1Char('.') &&
        stored.at(23) == QLatin1Char('Z')) {
        bool digits = true;
        const auto number = [&](qsizetype from, qsizetype length) {
            int value = 0;
            for (qsizetype i = from; i < from + length; ++i) {
                const int digit = stored.at(i).unicode() - u'0';
                digits = digits && digit >= 0 && digit <= 9;
                value = value * 10 + digit;
            }
            return value;
        };
        const QDate date(number(0, 4), number(5, 2), number(8, 2));
        const QTime time(number(11, 2), number(14, 2), number(17, 2), number(20, 3));
        if (digits && date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    return QDateTime::fromString(stored, Qt::ISODateWithMs).toUTC();
}

QChar Row::letter(const char *column) const
{
    const QString code = text(column);
    return code.isEmpty() ? QChar() : code.at(0);
}

QDate Row::date(const char *column) const
{
    return QDate::fromString(text(column), Qt::ISODate);
}

QDateTime Row::time(const char *column) const
{
    return QDateTime::fromString(text(column), Qt::ISODate);
}

} // namespace relais
