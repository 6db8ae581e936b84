#include "SlotFinder.h"

#include "domain/PracticeTime.h"

#include <algorithm>

namespace relais {

SlotFinder::SlotFinder(QList<Schedule> schedules, QHash<QString, QList<Busy>> busy,
                       PublicHolidays::Region region, QDateTime now)
    : m_schedules(std::move(schedules))
    , m_busy(std::move(busy))
    , m_region(region)
    , m_now(std::move(now))
{
    for (QList<Busy> &taken : m_busy)
        std::sort(taken.begin(), taken.end(),
                  [](const Busy &a, const Busy &b) { return a.start < b.start; });
}

QList<Slot> SlotFinder::find(const SlotQuery &query) const
{
    QList<Slot> all;
    for (const Schedule &schedule : m_schedules)
        all.append(findFor(schedule, query, query.count));
    std::sort(all.begin(), all.end(), [](const Slot &a, const Slot &b) {
        return a.start != b.start ? a.start < b.start : a.practitionerId < b.practitionerId;
    });
    if (all.size() > query.count)
        all.resize(query.count);
    return all;
}

std::optional<Slot> SlotFinder::thirdNextAvailable(const QString &practitionerId, int minutes) const
{
    const auto schedule =
        std::find_if(m_schedules.cbegin(), m_schedules.cend(),
                     [&](const Schedule &s) { return s.practitionerId == practitionerId; });
    if (schedule == m_schedules.cend())
        return std::nullopt;
    SlotQuery query;
    query.from = PracticeTime::toLocal(m_now).date();
    query.minutes = minutes;
    const QList<Slot> slots = findFor(*schedule, query, 3);
    if (slots.size() < 3)
        return std::nullopt;
    return slots.at(2);
}

bool SlotFinder::isFree(const Schedule &schedule, const QDateTime &start, const QDateTime &end,
                        QDateTime *freeFrom) const
{
    for (const Absence &away : schedule.absences) {
        if (start < away.to && away.from < end) {
            *freeFrom = away.to;
            return false;
        }
    }
    const auto taken = m_busy.constFind(schedule.practitionerId);
    if (taken == m_busy.cend())
        return true;
    // Sorted by start: skip, by halving, what starts over a day before (nothing lasts longer:
    // AppointmentRules), then look on while they start before `end`. Bookings may overlap
    // each other (an overbooking), so every one in that window is looked at.
    const QDateTime earliest = start.addDays(-1);
    const auto first = std::partition_point(taken->cbegin(), taken->cend(),
                                            [&](const Busy &b) { return b.start < earliest; });
    for (auto b = first; b != taken->cend() && b->start < end; ++b) {
        if (b->end > start) {
            *freeFrom = b->end;
            return false;
        }
    }
    return true;
}

QList<Slot> SlotFinder::findFor(const Schedule &schedule, const SlotQuery &query, int wanted) const
{
    QList<Slot> found;
    if (query.minutes <= 0 || wanted <= 0)
        return found;
    const qint64 length = qint64(query.minutes) * 60;
    const QDate today = PracticeTime::toLocal(m_now).date();
    for (int offset = 0; offset < query.days && found.size() < wanted; ++offset) {
        const QDate day = query.from.addDays(offset);
        if (day < today)
            continue;
        if (!query.weekdays.isEmpty() && !query.weekdays.contains(day.dayOfWeek()))
            continue;
        if (PublicHolidays::isHoliday(day, m_region))
            continue;
        for (const OpeningHours &range : schedule.hoursOn(day)) {
            if (!query.type.isEmpty() && !range.types.isEmpty() &&
                !range.types.contains(query.type))
                continue;
            if (range.unscheduledCare) {
                // Held back for the day's unscheduled care until the cut-off, then open to all;
                // never booked ahead.
                if (day != today)
                    continue;
                if (!query.unscheduledCare &&
                    PracticeTime::toLocal(m_now).time() < schedule.unscheduledCutoff)
                    continue;
            }
            // Seconds of the local day, so that nothing wraps at midnight.
            const int rangeEnd =
                range.start.secsTo(range.end) + range.start.msecsSinceStartOfDay() / 1000;
            int at = range.start.msecsSinceStartOfDay() / 1000;
            const int step = static_cast<int>(length);
            while (found.size() < wanted && at + step <= rangeEnd) {
                const QTime local = QTime(0, 0).addSecs(at);
                const bool inPart = query.part == SlotQuery::Part::AnyTime ||
                                    (query.part == SlotQuery::Part::Morning) == (local.hour() < 13);
                auto start = PracticeTime::toUtc(day, local);
                if (!start || !inPart) {
                    // Skipped by the clocks, or not the part of the day asked for.
                    at += step;
                    continue;
                }
                const QDateTime end = start->addSecs(length);
                const QTime localEnd = QTime(0, 0).addSecs(at + step);
                const auto inBreak = std::find_if(
                    schedule.breaks.cbegin(), schedule.breaks.cend(), [&](const Break &b) {
                        return b.weekday == day.dayOfWeek() && local < b.end && b.start < localEnd;
                    });
                if (inBreak != schedule.breaks.cend()) {
                    at = inBreak->end.msecsSinceStartOfDay() / 1000;
                    continue;
                }
                if (*start < m_now) {
                    at += step;
                    continue;
                }
                QDateTime freeFrom;
                if (!isFree(schedule, *start, end, &freeFrom)) {
                    const QDateTime localFree = PracticeTime::toLocal(freeFrom);
                    if (localFree.date() != day)
                        break;
                    at = std::max(localFree.time().msecsSinceStartOfDay() / 1000, at + 60);
                    continue;
                }
                found.append(Slot{schedule.practitionerId, *start, end, range.unscheduledCare});
                at += step;
            }
        }
    }
    return found;
}

} // namespace relais
