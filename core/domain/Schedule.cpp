#include "Schedule.h"

#include <QLocale>

#include <algorithm>

namespace relais {

namespace {

bool sharesAWeek(Weeks a, Weeks b)
{
    return a == Weeks::Every || b == Weeks::Every || a == b;
}

QString hhmm(const QTime &t)
{
    return t.toString(QStringLiteral("HH:mm"));
}

} // namespace

bool Schedule::appliesOn(const OpeningHours &range, const QDate &day) const
{
    if (range.weekday != day.dayOfWeek())
        return false;
    if (range.weeks == Weeks::Every)
        return true;
    const bool even = day.weekNumber() % 2 == 0;
    return even == (range.weeks == Weeks::Even);
}

QList<OpeningHours> Schedule::hoursOn(const QDate &day) const
{
    QList<OpeningHours> open;
    for (const OpeningHours &range : hours) {
        if (appliesOn(range, day))
            open.append(range);
    }
    std::sort(open.begin(), open.end(),
              [](const OpeningHours &a, const OpeningHours &b) { return a.start < b.start; });
    return open;
}

QString ScheduleRules::weekdayName(int weekday)
{
    return QLocale().dayName(weekday, QLocale::LongFormat);
}

QList<Error> ScheduleRules::problems(const Schedule &schedule)
{
    QList<Error> found;
    const auto refuse = [&](const char *field, const QString &why) {
        found.append(Error{ErrorCode::InvalidInput, why, QLatin1String(field)});
    };
    const QList<OpeningHours> &hours = schedule.hours;
    for (qsizetype i = 0; i < hours.size(); ++i) {
        const OpeningHours &a = hours.at(i);
        if (a.weekday < 1 || a.weekday > 7 || !a.start.isValid() || !a.end.isValid()) {
            refuse(FieldHours, tr("Each range of hours needs a weekday, a start and an end."));
            continue;
        }
        if (a.end <= a.start) {
            refuse(FieldHours, tr("%1: the hours from %2 end at %3, before they start.")
                                   .arg(weekdayName(a.weekday), hhmm(a.start), hhmm(a.end)));
            continue;
        }
        for (qsizetype j = i + 1; j < hours.size(); ++j) {
            const OpeningHours &b = hours.at(j);
            if (b.weekday == a.weekday && sharesAWeek(a.weeks, b.weeks) && a.start < b.end &&
                b.start < a.end)
                refuse(FieldHours,
                       tr("%1: the hours %2–%3 and %4–%5 overlap; make them one range or "
                          "move one.")
                           .arg(weekdayName(a.weekday), hhmm(a.start), hhmm(a.end), hhmm(b.start),
                                hhmm(b.end)));
        }
    }
    for (const Break &pause : schedule.breaks) {
        if (!pause.start.isValid() || !pause.end.isValid() || pause.end <= pause.start) {
            refuse(FieldBreaks, tr("A break needs a start and an end after it."));
            continue;
        }
        const bool inside = std::any_of(hours.cbegin(), hours.cend(), [&](const OpeningHours &h) {
            return h.weekday == pause.weekday && h.start <= pause.start && pause.end <= h.end;
        });
        if (!inside)
            refuse(FieldBreaks,
                   tr("%1: the break %2–%3 is not within the opening hours.")
                       .arg(weekdayName(pause.weekday), hhmm(pause.start), hhmm(pause.end)));
    }
    for (const Absence &away : schedule.absences) {
        if (!away.from.isValid() || !away.to.isValid() || away.to <= away.from)
            refuse(FieldAbsences, tr("An absence needs a start and an end after it."));
    }
    return found;
}

} // namespace relais
