#include "PublicHolidays.h"

#include <algorithm>
#include <iterator>

namespace relais {

namespace {

// The one list of France's holidays: a fixed day of the year, or a number of days from Easter
// Sunday. Listed in the order their names stand when two fall on one day (Ascension on 1 May,
// 2008: "Labour Day").
struct Rule
{
    int month = 0; // 0: a day counted from Easter
    int day = 0;   // the day of the month, or the days after Easter Sunday
    bool alsaceMoselleOnly = false;
    const char *name = nullptr;
};

constexpr Rule Rules[] = {
    {1, 1, false, QT_TRANSLATE_NOOP("relais::PublicHolidays", "New Year's Day")},
    {0, 1, false, QT_TRANSLATE_NOOP("relais::PublicHolidays", "Easter Monday")},
    {5, 1, false, QT_TRANSLATE_NOOP("relais::PublicHolidays", "Labour Day")},
    {5, 8, false, QT_TRANSLATE_NOOP("relais::PublicHolidays", "Victory in Europe Day")},
    {0, 39, false, QT_TRANSLATE_NOOP("relais::PublicHolidays", "Ascension Day")},
    {0, 50, false, QT_TRANSLATE_NOOP("relais::PublicHolidays", "Whit Monday")},
    {7, 14, false, QT_TRANSLATE_NOOP("relais::PublicHolidays", "Bastille Day")},
    {8, 15, false, QT_TRANSLATE_NOOP("relais::PublicHolidays", "Assumption Day")},
    {11, 1, false, QT_TRANSLATE_NOOP("relais::PublicHolidays", "All Saints' Day")},
    {11, 11, false, QT_TRANSLATE_NOOP("relais::PublicHolidays", "Armistice Day")},
    {12, 25, false, QT_TRANSLATE_NOOP("relais::PublicHolidays", "Christmas Day")},
    {0, -2, true, QT_TRANSLATE_NOOP("relais::PublicHolidays", "Good Friday")},
    {12, 26, true, QT_TRANSLATE_NOOP("relais::PublicHolidays", "St Stephen's Day")},
};

QDate dateOf(const Rule &rule, int year, const QDate &easterSunday)
{
    return rule.month == 0 ? easterSunday.addDays(rule.day) : QDate(year, rule.month, rule.day);
}

bool applies(const Rule &rule, PublicHolidays::Region region)
{
    return !rule.alsaceMoselleOnly || region == PublicHolidays::Region::AlsaceMoselle;
}

// The rule that makes `date` a holiday, or null.
const Rule *ruleOf(const QDate &date, PublicHolidays::Region region)
{
    const QDate sunday = PublicHolidays::easter(date.year());
    if (!sunday.isValid())
        return nullptr;
    const auto found = std::find_if(std::begin(Rules), std::end(Rules), [&](const Rule &rule) {
        return applies(rule, region) && dateOf(rule, date.year(), sunday) == date;
    });
    return found == std::end(Rules) ? nullptr : found;
}

} // namespace

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
    QList<Holiday> days;
    for (const Rule &rule : Rules) {
        const QDate date = dateOf(rule, year, sunday);
        if (applies(rule, region) && ruleOf(date, region) == &rule) // a shared day once
            days.append({date, tr(rule.name)});
    }
    std::sort(days.begin(), days.end(),
              [](const Holiday &x, const Holiday &y) { return x.date < y.date; });
    return days;
}

bool PublicHolidays::isHoliday(const QDate &date, Region region)
{
    return ruleOf(date, region) != nullptr;
}

QString PublicHolidays::nameOf(const QDate &date, Region region)
{
    const Rule *rule = ruleOf(date, region);
    return rule ? tr(rule->name) : QString();
}

} // namespace relais
