#include "PublicHolidays.h"

#include <algorithm>

namespace relais {

QDate PublicHolidays::easter(int year)
{
    if (year < 1583 || year > 4099)
        return {};
    // The Gregorian computus in integer arithmetic (Meeus/Jones/Butcher).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QList<PublicHolidays::Holiday> PublicHolidays::of(int year, Region region)
{
    const QDate sunday = easter(year);
    if (!sunday.isValid())
        return {};
    QList<Holiday> days{
        {QDate(year, 1, 1), tr("New Year's Day")},
        {sunday.addDays(1), tr("Easter Monday")},
        {QDate(year, 5, 1), tr("Labour Day")},
        {QDate(year, 5, 8), tr("Victory in Europe Day")},
        {sunday.addDays(39), tr("Ascension Day")},
        {sunday.addDays(50), tr("Whit Monday")},
        {QDate(year, 7, 14), tr("Bastille Day")},
        {QDate(year, 8, 15), tr("Assumption Day")},
        {QDate(year, 11, 1), tr("All Saints' Day")},
        {QDate(year, 11, 11), tr("Armistice Day")},
        {QDate(year, 12, 25), tr("Christmas Day")},
    };
    if (region == Region::AlsaceMoselle) {
        days.append({sunday.addDays(-2), tr("Good Friday")});
        days.append({QDate(year, 12, 26), tr("St Stephen's Day")});
    }
    // Ascension can fall on 1 May (2008) or 8 May: the day is listed once, under the name
    // listed first.
    std::stable_sort(days.begin(), days.end(),
                     [](const Holiday &x, const Holiday &y) { return x.date < y.date; });
    days.erase(std::unique(days.begin(), days.end(),
                           [](const Holiday &x, const Holiday &y) { return x.date == y.date; }),
               days.end());
    return days;
}

QString PublicHolidays::nameOf(const QDate &date, Region region)
{
    const QList<Holiday> days = of(date.year(), region);
    const auto found =
        std::find_if(days.cbegin(), days.cend(), [&](const Holiday &h) { return h.date == date; });
    return found == days.cend() ? QString() : found->name;
}

} // namespace relais
