#pragma once

#include "domain/PublicHolidays.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace relais {

// Which weeks a range of opening hours applies to: every week, or every other (by the parity
// of the ISO week number, as practices say "semaine paire / impaire").
enum class Weeks
{
    Every,
    Even,
    Odd,
};

// A range of a weekday's hours, local time, [start, end).
struct OpeningHours
{
    int weekday = 1; // 1 Monday … 7 Sunday
    QTime start = {};
    QTime end = {};
    Weeks weeks = Weeks::Every;
    // The appointment types booked in these hours; empty: any type ("new patients" only on
    // Tuesday mornings is a range with that one type).
    QStringList types = {};
    // Held back for same-day unscheduled care (soins non programmés) until the cut-off.
    bool unscheduledCare = false;
};

// A pause inside opening hours (a home-visit round, a meeting), local time, [start, end).
struct Break
{
    int weekday = 1;
    QTime start = {};
    QTime end = {};
};

// A time the practitioner is away (holiday, training), UTC instants, [from, to).
struct Absence
{
    QDateTime from = {};
    QDateTime to = {};
    QString reason = {};
};

// What a calendar exported outside the vault says of the patient: their initials, or nothing
// but the type (a per-practitioner choice: a shared calendar may be seen by others).
enum class CalendarDetail
{
    Initials,
    TypeOnly,
};

// One practitioner's week: a physician, or another resource (a nurse, the assistant's own
// consultations, a room). Its rules are checked by validate().
struct Schedule
{
    QString practitionerId = {};
    QList<OpeningHours> hours;
    QList<Break> breaks;
    QList<Absence> absences;
    // Unscheduled-care hours open to everyone at this time on their own day.
    QTime unscheduledCutoff = QTime(11, 0);

    bool appliesOn(const OpeningHours &range, const QDate &day) const;
    // The ranges open on `day`, in time order.
    QList<OpeningHours> hoursOn(const QDate &day) const;
};

// What a stretch of a practitioner's day is, for the agenda to draw it.
enum class Availability
{
    Closed, // outside the hours, or a local time the clocks skip
    Open,
    UnscheduledCare, // held back for same-day care until the cut-off
    Break,
    Away,
    Holiday,
};

class ScheduleRules
{
    Q_DECLARE_TR_FUNCTIONS(relais::ScheduleRules)

public:
    static constexpr auto FieldHours = "hours";
    static constexpr auto FieldBreaks = "breaks";
    static constexpr auto FieldAbsences = "absences";

    // Every problem: a range that ends before it starts, two ranges of one weekday that
    // overlap in a week they share, a break outside the hours, an absence that ends first.
    static QList<Error> problems(const Schedule &schedule);
    // What the assistant should know before booking [start, end) (UTC) with this schedule,
    // each in a sentence: a public holiday, an absence, outside the opening hours, in a break,
    // in hours that do not take `type` (shown as `typeLabel`), in unscheduled-care hours
    // still held back. Empty when nothing is unusual. Booking stays possible: the practice
    // knows its exceptions.
    static QStringList warnings(const Schedule &schedule, PublicHolidays::Region region,
                                const QDateTime &start, const QDateTime &end, const QString &type,
                                const QString &typeLabel, const QDateTime &now);
    static QString weekdayName(int weekday);
    // [start, start + minutes) of a local day: what it is in the schedule, the first that
    // applies of a holiday, an absence, a break, then the hours that hold it whole.
    static Availability availability(const Schedule &schedule, PublicHolidays::Region region,
                                     const QDate &day, const QTime &start, int minutes);
    // The same when the caller knows the instant `start` names (invalid: the clocks skip it),
    // as the agenda's grid does for its thousands of cells.
    static Availability availability(const Schedule &schedule, PublicHolidays::Region region,
                                     const QDate &day, const QTime &start, int minutes,
                                     const QDateTime &utcStart);
};

} // namespace relais
