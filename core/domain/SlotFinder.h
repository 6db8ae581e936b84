#pragma once

#include "domain/PublicHolidays.h"
#include "domain/Schedule.h"

#include <QDateTime>
#include <QHash>
#include <QList>

namespace relais {

// A time already taken in a practitioner's day (an appointment), UTC, [start, end).
struct Busy
{
    QDateTime start = {};
    QDateTime end = {};
};

// A time that could be booked.
struct Slot
{
    QString practitionerId = {};
    QDateTime start = {}; // UTC
    QDateTime end = {};
    bool unscheduledCare = false;
};

// What the assistant asks for: "the first 20 minutes on a Tuesday or Thursday afternoon".
struct SlotQuery
{
    enum class Part
    {
        AnyTime,
        Morning,   // starts before 13:00
        Afternoon, // starts at 13:00 or later
    };

    QDate from;
    int minutes = 15;
    QString type; // empty: any hours that take any type
    Part part = Part::AnyTime;
    QList<int> weekdays; // empty: any day
    // A patient who needs to be seen today: the unscheduled-care hours are theirs too.
    bool unscheduledCare = false;
    int count = 3;
    int days = 92; // how far to look
};

// Finds free times in practitioners' schedules: within their hours for the type, out of their
// breaks, absences and the public holidays, clear of what is booked over the whole duration,
// after `now`. Times are read in Europe/Paris: a time the clocks skip is never offered, one
// they repeat is offered once (the first). Pure: what is booked comes in, nothing is read.
class SlotFinder
{
public:
    SlotFinder(QList<Schedule> schedules, QHash<QString, QList<Busy>> busy,
               PublicHolidays::Region region, QDateTime now);

    // The first `query.count` free times across the practitioners, earliest first.
    QList<Slot> find(const SlotQuery &query) const;
    // The third next free time of one practitioner for a 15-minute consultation from today:
    // the access-to-care indicator ("troisième disponibilité").
    std::optional<Slot> thirdNextAvailable(const QString &practitionerId, int minutes = 15) const;

private:
    QList<Slot> findFor(const Schedule &schedule, const SlotQuery &query, int wanted) const;
    bool isFree(const Schedule &schedule, const QDateTime &start, const QDateTime &end,
                QDateTime *freeFrom) const;

    QList<Schedule> m_schedules;
    QHash<QString, QList<Busy>> m_busy; // sorted by start
    PublicHolidays::Region m_region;
    QDateTime m_now;
};

} // namespace relais
