#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace relais {

// The practice's wall clock, Europe/Paris. Appointments are kept in UTC and typed, shown and
// printed in local time; the two daylight-saving changes make some local times not exist (the
// last Sunday of March, 02:00 to 02:59) and others exist twice (the last Sunday of October,
// 02:00 to 02:59). The rules come from the system's time-zone database (Debian's tzdata).
class PracticeTime
{
    Q_DECLARE_TR_FUNCTIONS(relais::PracticeTime)

public:
    // Which of a time that exists twice is meant: the first (summer time) or the second.
    enum class Fold
    {
        First,
        Second,
    };

    static QTimeZone zone();
    // The instant a local date and time name; refused, with the reason, when the clocks skip
    // it. `field` names the form field the refusal is about.
    static Result<QDateTime> toUtc(const QDate &date, const QTime &time, Fold fold = Fold::First,
                                   const QString &field = QString());
    // How many instants the local time names: 0 (skipped), 1, or 2 (the hour repeated).
    static int occurrences(const QDate &date, const QTime &time);
    static QDateTime toLocal(const QDateTime &instant);
    // The same local date and time, held as a plain date and time (no zone attached): reading
    // its date() and time() costs nothing, where a zoned QDateTime converts at each read. For
    // the loops over thousands of appointments (the grid, the calendar export).
    static QDateTime wallClock(const QDateTime &instant);
};

} // namespace relais
