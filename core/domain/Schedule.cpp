#include "Schedule.h"

#include "domain/PracticeTime.h"

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

QStringList ScheduleRules::warnings(const Schedule &schedule, PublicHolidays::Region region,
                                    const QDateTime &start, const QDateTime &end,
                                    const QString &type, const QString &typeLabel,
                                    const QDateTime &now)
{
    QStringList said;
    if (!start.isValid() || !end.isValid() || end <= start)
        return said;
    const QDateTime from = PracticeTime::toLocal(start);
    const QDateTime to = PracticeTime::toLocal(end);
    const QDate day = from.date();
    if (const QString holiday = PublicHolidays::nameOf(day, region); !holiday.isEmpty())
        said.append(tr("%1 is a public holiday (%2).")
                        .arg(QLocale().toString(day, QStringLiteral("dddd d MMMM")), holiday));
    for (const Absence &away : schedule.absences) {
        if (start < away.to && away.from < end) {
            said.append(away.reason.isEmpty()
                            ? tr("The practitioner is away at that time.")
                            : tr("The practitioner is away at that time (%1).").arg(away.reason));
            break;
        }
    }
    // Hours are read on the local day the appointment starts; one that runs past midnight is
    // outside them whatever they say.
    const QTime startTime = from.time();
    const QTime endTime = to.date() == day ? to.time() : QTime(23, 59, 59);
    const QList<OpeningHours> open = schedule.hoursOn(day);
    const auto within = std::find_if(open.cbegin(), open.cend(), [&](const OpeningHours &range) {
        return range.start <= startTime && endTime <= range.end && to.date() == day;
    });
    if (within == open.cend()) {
        QStringList ranges;
        for (const OpeningHours &range : open)
            ranges.append(hhmm(range.start) + QStringLiteral("–") + hhmm(range.end));
        said.append(
            ranges.isEmpty()
                ? tr("The practitioner does not consult on %1.")
                      .arg(QLocale().toString(day, QStringLiteral("dddd d MMMM")))
                : tr("Outside the opening hours (%1).").arg(ranges.join(QStringLiteral(", "))));
    } else {
        if (!type.isEmpty() && !within->types.isEmpty() && !within->types.contains(type))
            said.append(tr("These hours are kept for %1, not for %2.")
                            .arg(within->types.join(QStringLiteral(", ")),
                                 typeLabel.isEmpty() ? type : typeLabel));
        // Held back for the day's unscheduled care: booked on that day only (the cut-off
        // opens them to everyone then).
        if (within->unscheduledCare && PracticeTime::toLocal(now).date() != day)
            said.append(tr("These hours are kept for same-day unscheduled care: they are booked "
                           "on the day only."));
    }
    for (const Break &pause : schedule.breaks) {
        if (pause.weekday == day.dayOfWeek() && startTime < pause.end && pause.start < endTime) {
            said.append(tr("During a break (%1–%2).").arg(hhmm(pause.start), hhmm(pause.end)));
            break;
        }
    }
    return said;
}

Availability ScheduleRules::availability(const Schedule &schedule, PublicHolidays::Region region,
                                         const QDate &day, const QTime &start, int minutes)
{
    const auto utc = PracticeTime::toUtc(day, start);
    return availability(schedule, region, day, start, minutes, utc ? *utc : QDateTime());
}

Availability ScheduleRules::availability(const Schedule &schedule, PublicHolidays::Region region,
                                         const QDate &day, const QTime &start, int minutes,
                                         const QDateTime &utcStart)
{
    if (PublicHolidays::isHoliday(day, region))
        return Availability::Holiday;
    const QTime end = start.addSecs(minutes * 60);
    const bool pastMidnight = end <= start;
    if (utcStart.isValid()) {
        const QDateTime to = utcStart.addSecs(qint64(minutes) * 60);
        for (const Absence &away : schedule.absences) {
            if (utcStart < away.to && away.from < to)
                return Availability::Away;
        }
    }
    const int weekday = day.dayOfWeek();
    for (const Break &pause : schedule.breaks) {
        if (pause.weekday == weekday && start < pause.end && (pastMidnight || pause.start < end))
            return Availability::Break;
    }
    if (pastMidnight || !utcStart.isValid())
        return Availability::Closed;
    for (const OpeningHours &range : schedule.hours) {
        if (range.start <= start && end <= range.end && schedule.appliesOn(range, day))
            return range.unscheduledCare ? Availability::UnscheduledCare : Availability::Open;
    }
    return Availability::Closed;
}

} // namespace relais
