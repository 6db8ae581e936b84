#include "PartialDate.h"

#include <QRegularExpression>

namespace relais {

PartialDate::PartialDate(int year, int month, int day)
    : m_year(year)
    , m_month(month)
    , m_day(day)
{}

Result<PartialDate> PartialDate::parse(const QString &typed, const QDate &today)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return PartialDate();
    static const QRegularExpression french(
        QStringLiteral("^(?:(?:(\\d{1,2})[/.-])?(\\d{1,2})[/.-])?(\\d{4})$"));
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    int year = 0;
    int month = 0;
    int day = 0;
    if (const auto m = iso.match(text); m.hasMatch()) {
        year = m.captured(1).toInt();
        month = m.captured(2).toInt();
        day = m.captured(3).toInt();
    } else if (const auto f = french.match(text); f.hasMatch()) {
        day = f.captured(1).toInt();
        month = f.captured(2).toInt();
        year = f.captured(3).toInt();
    } else {
        return fail(ErrorCode::InvalidInput,
                    tr("Type a year (1998), a month (03/2015) or a date (12/03/2015), not “%1”.")
                        .arg(text));
    }
    if (month < 0 || month > 12 || (day != 0 && month == 0))
        return fail(ErrorCode::InvalidInput, tr("%1 is not a date: no such month.").arg(text));
    if (day != 0 && !QDate(year, month, day).isValid())
        return fail(ErrorCode::InvalidInput, tr("%1 is not a date: no such day.").arg(text));
    const PartialDate date(year, month, day);
    if (year < 1900)
        return fail(ErrorCode::InvalidInput, tr("%1 is too far back to be right.").arg(text));
    if (date.earliest() > today)
        return fail(ErrorCode::InvalidInput, tr("%1 is in the future.").arg(text));
    return date;
}

QString PartialDate::toStorage() const
{
    if (isNull())
        return {};
    QString out = QStringLiteral("%1").arg(m_year, 4, 10, QLatin1Char('0'));
    if (m_month)
        out += QStringLiteral("-%1").arg(m_month, 2, 10, QLatin1Char('0'));
    if (m_day)
        out += QStringLiteral("-%1").arg(m_day, 2, 10, QLatin1Char('0'));
    return out;
}

QString PartialDate::display() const
{
    if (isNull())
        return {};
    if (m_day)
        return earliest().toString(QStringLiteral("dd/MM/yyyy"));
    if (m_month)
        return earliest().toString(QStringLiteral("MM/yyyy"));
    return QString::number(m_year);
}

QDate PartialDate::earliest() const
{
    if (isNull())
        return {};
    return QDate(m_year, m_month ? m_month : 1, m_day ? m_day : 1);
}

} // namespace relais
