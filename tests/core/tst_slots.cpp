#include "domain/PracticeTime.h"
#include "domain/Schedule.h"
#include "domain/SlotFinder.h"

#include <catch2/catch.hpp>

using namespace relais;

namespace {

// Monday 30 November 2026, the week's first day.
const QDate Monday(2026, 11, 30);

QDateTime local(const QDate &day, int h, int m = 0)
{
    return *PracticeTime::toUtc(day, QTime(h, m));
}

QString hhmm(const Slot &slot)
{
    return PracticeTime::toLocal(slot.start).toString(QStringLiteral("ddd HH:mm"));
}

QStringList times(const QList<Slot> &slots)
{
    QStringList out;
    for (const Slot &s : slots)
        out.append(PracticeTime::toLocal(s.start).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    return out;
}

// A GP's week: 08:30–12:00 and 14:00–18:00 on weekdays, a home-visit round on Tuesday 10:00–10:30.
Schedule martin()
{
    Schedule s;
    s.practitionerId = QStringLiteral("dr-martin");
    for (int day = 1; day <= 5; ++day) {
        s.hours.append({day, QTime(8, 30), QTime(12, 0)});
        s.hours.append({day, QTime(14, 0), QTime(18, 0)});
    }
    s.breaks.append({2, QTime(10, 0), QTime(10, 30)});
    return s;
}

SlotQuery first(int count, int minutes = 15, const QDate &from = Monday)
{
    SlotQuery q;
    q.from = from;
    q.minutes = minutes;
    q.count = count;
    return q;
}

} // namespace

TEST_CASE("a schedule's ranges, breaks and absences are checked, every problem at once")
{
    Schedule s = martin();
    CHECK(ScheduleRules::problems(s).isEmpty());
    s.hours.append({1, QTime(11, 0), QTime(13, 0)});               // overlaps Monday's morning
    s.hours.append({3, QTime(9, 0), QTime(8, 0)});                 // ends before it starts
    s.breaks.append({6, QTime(10, 0), QTime(10, 30)});             // Saturday: not open
    s.absences.append({local(Monday, 12), local(Monday, 10), {}}); // ends before it starts
    const QList<Error> problems = ScheduleRules::problems(s);
    REQUIRE(problems.size() == 4);
    CHECK(problems.at(0).message.contains(QStringLiteral("overlap")));
    CHECK(problems.at(0).field == QLatin1String(ScheduleRules::FieldHours));
    CHECK(problems.at(1).message.contains(QStringLiteral("before they start")));
    CHECK(problems.at(2).field == QLatin1String(ScheduleRules::FieldBreaks));
    CHECK(problems.at(3).field == QLatin1String(ScheduleRules::FieldAbsences));

    // Alternate weeks may share hours: even and odd weeks never meet.
    Schedule alternate;
    alternate.hours.append({1, QTime(8, 0), QTime(12, 0), Weeks::Even});
    alternate.hours.append({1, QTime(8, 0), QTime(12, 0), Weeks::Odd});
    CHECK(ScheduleRules::problems(alternate).isEmpty());
    alternate.hours.append({1, QTime(9, 0), QTime(10, 0), Weeks::Every});
    CHECK(ScheduleRules::problems(alternate).size() == 2);
    // 30 November 2026 is in ISO week 49 (odd), 7 December in week 50 (even).
    CHECK(alternate.appliesOn(alternate.hours.at(1), Monday));
    CHECK_FALSE(alternate.appliesOn(alternate.hours.at(0), Monday));
    CHECK(alternate.appliesOn(alternate.hours.at(0), Monday.addDays(7)));
}

TEST_CASE("next free slot: the whole duration is free, breaks, closing time, absences")
{
    const QDateTime now = local(Monday, 8); // before opening

    SECTION("the first times of the day, on the grid of the duration")
    {
        SlotFinder finder({martin()}, {}, PublicHolidays::Region::France, now);
        CHECK(times(finder.find(first(3))) == QStringList{QStringLiteral("2026-11-30 08:30"),
                                                          QStringLiteral("2026-11-30 08:45"),
                                                          QStringLiteral("2026-11-30 09:00")});
    }
    SECTION("a 30-minute visit leaves neither of its halves bookable")
    {
        QHash<QString, QList<Busy>> busy;
        busy[QStringLiteral("dr-martin")] = {{local(Monday, 8, 30), local(Monday, 9, 0)},
                                             {local(Monday, 9, 0), local(Monday, 9, 30)}};
        SlotFinder finder({martin()}, busy, PublicHolidays::Region::France, now);
        CHECK(times(finder.find(first(2))) ==
              QStringList{QStringLiteral("2026-11-30 09:30"), QStringLiteral("2026-11-30 09:45")});
    }
    SECTION("a long appointment overlapped by a short one still holds all its time")
    {
        QHash<QString, QList<Busy>> busy;
        busy[QStringLiteral("dr-martin")] = {{local(Monday, 8, 30), local(Monday, 11, 0)},
                                             {local(Monday, 9, 0), local(Monday, 9, 15)}};
        SlotFinder finder({martin()}, busy, PublicHolidays::Region::France, now);
        CHECK(times(finder.find(first(1))) == QStringList{QStringLiteral("2026-11-30 11:00")});
    }
    SECTION("an appointment off the grid: the next time starts when it ends")
    {
        QHash<QString, QList<Busy>> busy;
        busy[QStringLiteral("dr-martin")] = {{local(Monday, 8, 30), local(Monday, 9, 10)}};
        SlotFinder finder({martin()}, busy, PublicHolidays::Region::France, now);
        CHECK(times(finder.find(first(2))) ==
              QStringList{QStringLiteral("2026-11-30 09:10"), QStringLiteral("2026-11-30 09:25")});
    }
    SECTION("a slot may end exactly at closing time, not a minute after")
    {
        QHash<QString, QList<Busy>> busy;
        busy[QStringLiteral("dr-martin")] = {{local(Monday, 8, 30), local(Monday, 11, 30)}};
        SlotFinder exact({martin()}, busy, PublicHolidays::Region::France, now);
        CHECK(times(exact.find(first(1, 30))) == QStringList{QStringLiteral("2026-11-30 11:30")});
        busy[QStringLiteral("dr-martin")] = {{local(Monday, 8, 30), local(Monday, 11, 31)}};
        SlotFinder late({martin()}, busy, PublicHolidays::Region::France, now);
        CHECK(times(late.find(first(1, 30))) == QStringList{QStringLiteral("2026-11-30 14:00")});
    }
    SECTION("the Tuesday round is not offered, nor a slot that runs into it")
    {
        SlotQuery q = first(3, 20, Monday.addDays(1));
        QHash<QString, QList<Busy>> busy;
        busy[QStringLiteral("dr-martin")] = {
            {local(Monday.addDays(1), 8, 30), local(Monday.addDays(1), 9, 50)}};
        SlotFinder finder({martin()}, busy, PublicHolidays::Region::France, now);
        // 09:50–10:10 would run into the round: the next is at its end.
        CHECK(times(finder.find(q)) == QStringList{QStringLiteral("2026-12-01 10:30"),
                                                   QStringLiteral("2026-12-01 10:50"),
                                                   QStringLiteral("2026-12-01 11:10")});
    }
    SECTION("an absence: nothing offered while away")
    {
        Schedule away = martin();
        away.absences.append({local(Monday, 0), local(Monday.addDays(3), 0), {}});
        SlotFinder finder({away}, {}, PublicHolidays::Region::France, now);
        CHECK(times(finder.find(first(1))) == QStringList{QStringLiteral("2026-12-03 08:30")});
        // Away from the middle of a morning: offered again at the time they are back.
        Schedule hour = martin();
        hour.absences.append({local(Monday, 8, 30), local(Monday, 10, 5), {}});
        SlotFinder back({hour}, {}, PublicHolidays::Region::France, now);
        CHECK(times(back.find(first(1))) == QStringList{QStringLiteral("2026-11-30 10:05")});
    }
    SECTION("nothing before now")
    {
        SlotFinder finder({martin()}, {}, PublicHolidays::Region::France, local(Monday, 11, 50));
        CHECK(times(finder.find(first(1))) == QStringList{QStringLiteral("2026-11-30 14:00")});
    }
}

TEST_CASE("next free slot: holidays, types, parts of the day, several practitioners")
{
    SECTION("Christmas is skipped, and Alsace-Moselle's Good Friday there only")
    {
        SlotQuery christmas = first(1, 15, QDate(2026, 12, 25));
        SlotFinder finder({martin()}, {}, PublicHolidays::Region::France,
                          local(QDate(2026, 12, 24), 20));
        CHECK(times(finder.find(christmas)) == QStringList{QStringLiteral("2026-12-28 08:30")});
        SlotQuery goodFriday = first(1, 15, QDate(2027, 3, 26));
        const QDateTime before = local(QDate(2027, 3, 25), 20);
        SlotFinder france({martin()}, {}, PublicHolidays::Region::France, before);
        SlotFinder alsace({martin()}, {}, PublicHolidays::Region::AlsaceMoselle, before);
        CHECK(times(france.find(goodFriday)) == QStringList{QStringLiteral("2027-03-26 08:30")});
        // …and the Monday after is Easter Monday, everywhere.
        CHECK(times(alsace.find(goodFriday)) == QStringList{QStringLiteral("2027-03-30 08:30")});
    }
    SECTION("hours kept for one type, an afternoon on given weekdays")
    {
        Schedule s = martin();
        s.hours.clear();
        s.hours.append({1, QTime(9, 0), QTime(10, 0), Weeks::Every, {QStringLiteral("new")}});
        s.hours.append({2, QTime(9, 0), QTime(12, 0)});
        s.hours.append({4, QTime(14, 0), QTime(16, 0)});
        SlotFinder finder({s}, {}, PublicHolidays::Region::France, local(Monday, 8));
        SlotQuery followUp = first(1);
        followUp.type = QStringLiteral("follow-up");
        CHECK(times(finder.find(followUp)) == QStringList{QStringLiteral("2026-12-01 09:00")});
        SlotQuery newPatient = followUp;
        newPatient.type = QStringLiteral("new");
        CHECK(times(finder.find(newPatient)) == QStringList{QStringLiteral("2026-11-30 09:00")});
        SlotQuery thursdayAfternoon = first(1);
        thursdayAfternoon.part = SlotQuery::Part::Afternoon;
        thursdayAfternoon.weekdays = {2, 4};
        CHECK(times(finder.find(thursdayAfternoon)) ==
              QStringList{QStringLiteral("2026-12-03 14:00")});
    }
    SECTION("two practitioners: the earliest first, each name kept")
    {
        Schedule other = martin();
        other.practitionerId = QStringLiteral("dr-roux");
        other.hours = {{1, QTime(8, 0), QTime(9, 0)}};
        SlotFinder finder({martin(), other}, {}, PublicHolidays::Region::France, local(Monday, 7));
        const QList<Slot> slots = finder.find(first(3));
        REQUIRE(slots.size() == 3);
        CHECK(slots.at(0).practitionerId == QStringLiteral("dr-roux"));
        CHECK(hhmm(slots.at(0)) ==
              PracticeTime::toLocal(local(Monday, 8)).toString(QStringLiteral("ddd HH:mm")));
        CHECK(times(slots).last() == QStringLiteral("2026-11-30 08:30"));
    }
    SECTION("the third next available time of a practitioner")
    {
        QHash<QString, QList<Busy>> busy;
        busy[QStringLiteral("dr-martin")] = {{local(Monday, 8, 30), local(Monday, 12, 0)},
                                             {local(Monday, 14, 15), local(Monday, 18, 0)}};
        SlotFinder finder({martin()}, busy, PublicHolidays::Region::France, local(Monday, 8));
        auto third = finder.thirdNextAvailable(QStringLiteral("dr-martin"));
        REQUIRE(third.has_value());
        // 14:00 today, then Tuesday 08:30 and 08:45.
        CHECK(PracticeTime::toLocal(third->start) ==
              PracticeTime::toLocal(local(Monday.addDays(1), 8, 45)));
        CHECK_FALSE(finder.thirdNextAvailable(QStringLiteral("nobody")).has_value());
    }
}

TEST_CASE("unscheduled-care hours are held back until the cut-off, then open to all")
{
    Schedule s = martin();
    s.hours.removeIf([](const OpeningHours &h) { return h.weekday == 1 && h.start.hour() == 14; });
    s.hours.append({1, QTime(14, 0), QTime(17, 0)});
    s.hours.append({1, QTime(17, 0), QTime(18, 0), Weeks::Every, {}, true});
    QHash<QString, QList<Busy>> busy;
    busy[QStringLiteral("dr-martin")] = {{local(Monday, 8, 30), local(Monday, 12, 0)},
                                         {local(Monday, 14, 0), local(Monday, 17, 0)}};

    SlotQuery booking = first(1);
    SlotQuery sameDay = booking;
    sameDay.unscheduledCare = true;

    SlotFinder morning({s}, busy, PublicHolidays::Region::France, local(Monday, 9));
    // A booking at 09:00 does not get today's 17:00: it is kept for the day's urgent cases.
    CHECK(times(morning.find(booking)) == QStringList{QStringLiteral("2026-12-01 08:30")});
    const QList<Slot> urgent = morning.find(sameDay);
    REQUIRE(urgent.size() == 1);
    CHECK(times(urgent) == QStringList{QStringLiteral("2026-11-30 17:00")});
    CHECK(urgent.first().unscheduledCare);

    // After 11:00 what is left of them is anyone's.
    SlotFinder noon({s}, busy, PublicHolidays::Region::France, local(Monday, 11, 30));
    CHECK(times(noon.find(booking)) == QStringList{QStringLiteral("2026-11-30 17:00")});

    // Next Monday's are never booked ahead, even for an urgent case.
    SlotQuery nextWeek = sameDay;
    nextWeek.from = Monday.addDays(7);
    nextWeek.weekdays = {1};
    CHECK(times(morning.find(nextWeek)) == QStringList{QStringLiteral("2026-12-07 08:30")});
}

TEST_CASE("next free slot across the clock changes of Europe/Paris")
{
    // A night on-call schedule on the Sundays of the changes, 01:00–04:00 local time.
    Schedule night;
    night.practitionerId = QStringLiteral("garde");
    night.hours = {{7, QTime(1, 0), QTime(4, 0)}};
    SlotQuery q;
    q.minutes = 30;
    q.count = 6;
    q.days = 1;

    SECTION("spring: 02:00 and 02:30 do not exist and are never offered")
    {
        const QDate spring(2026, 3, 29);
        q.from = spring;
        SlotFinder finder({night}, {}, PublicHolidays::Region::France,
                          QDateTime(spring.addDays(-1), QTime(12, 0), Qt::UTC));
        CHECK(times(finder.find(q)) ==
              QStringList{QStringLiteral("2026-03-29 01:00"), QStringLiteral("2026-03-29 01:30"),
                          QStringLiteral("2026-03-29 03:00"), QStringLiteral("2026-03-29 03:30")});
    }
    SECTION("autumn: 02:00 and 02:30 exist twice and are offered once, the first")
    {
        const QDate autumn(2026, 10, 25);
        q.from = autumn;
        SlotFinder finder({night}, {}, PublicHolidays::Region::France,
                          QDateTime(autumn.addDays(-1), QTime(12, 0), Qt::UTC));
        const QList<Slot> slots = finder.find(q);
        CHECK(times(slots) ==
              QStringList{QStringLiteral("2026-10-25 01:00"), QStringLiteral("2026-10-25 01:30"),
                          QStringLiteral("2026-10-25 02:00"), QStringLiteral("2026-10-25 02:30"),
                          QStringLiteral("2026-10-25 03:00"), QStringLiteral("2026-10-25 03:30")});
        REQUIRE(slots.size() == 6);
        CHECK(slots.at(3).start == QDateTime(autumn, QTime(0, 30), Qt::UTC));
        // Every slot lasts its 30 minutes of real time.
        for (const Slot &slot : slots)
            CHECK(slot.start.secsTo(slot.end) == 30 * 60);
    }
}

TEST_CASE("booking warnings: holiday, absence, outside hours, break, type, unscheduled care")
{
    Schedule s = martin();
    s.hours.append({3, QTime(8, 0), QTime(8, 30), Weeks::Every, {QStringLiteral("NP")}});
    s.hours.append({4, QTime(8, 0), QTime(8, 30), Weeks::Every, {}, true});
    s.absences.append(
        {local(Monday.addDays(14), 0), local(Monday.addDays(19), 0), QStringLiteral("congés")});
    const QDateTime now = local(Monday, 7);
    const auto warn = [&](const QDate &day, int h, int m, int minutes,
                          const QString &type = QString()) {
        const QDateTime start = local(day, h, m);
        return ScheduleRules::warnings(s, PublicHolidays::Region::France, start,
                                       start.addSecs(minutes * 60), type, type, now);
    };
    // Inside the hours, nothing to say; ending exactly at closing time is inside.
    CHECK(warn(Monday, 9, 0, 15).isEmpty());
    CHECK(warn(Monday, 11, 45, 15).isEmpty());
    // One minute past closing is outside, and the hours are named.
    const QStringList late = warn(Monday, 11, 50, 15);
    REQUIRE(late.size() == 1);
    CHECK(late.first().contains(QStringLiteral("08:30–12:00")));
    // Sunday: no hours at all.
    CHECK(warn(Monday.addDays(6), 10, 0, 15).size() == 1);
    // Tuesday's home-visit round.
    CHECK(warn(Monday.addDays(1), 10, 15, 15).size() == 1);
    // 25 December 2026 is a Friday: a holiday, said with its name.
    const QStringList christmas = warn(QDate(2026, 12, 25), 9, 0, 15);
    REQUIRE(christmas.size() == 1);
    CHECK(christmas.first().contains(
        PublicHolidays::nameOf(QDate(2026, 12, 25), PublicHolidays::Region::France)));
    // The absence, with its reason.
    const QStringList away = warn(Monday.addDays(15), 9, 0, 15);
    REQUIRE(away.size() == 1);
    CHECK(away.first().contains(QStringLiteral("congés")));
    // Hours kept for new patients: another type is told so, NP is not.
    CHECK(warn(Monday.addDays(2), 8, 0, 15, QStringLiteral("C")).size() == 1);
    CHECK(warn(Monday.addDays(2), 8, 0, 15, QStringLiteral("NP")).isEmpty());
    // Unscheduled-care hours booked ahead are told so; on their day they are not.
    CHECK(warn(Monday.addDays(3), 8, 0, 15).size() == 1);
    s.hours.append({1, QTime(7, 30), QTime(8, 30), Weeks::Every, {}, true});
    CHECK(warn(Monday, 7, 45, 15).isEmpty());
}

TEST_CASE("what a stretch of the day is: holiday, absence, break, hours, unscheduled care")
{
    Schedule s = martin();
    s.hours.append({3, QTime(7, 30), QTime(8, 30), Weeks::Every, {}, true});
    s.hours.append({6, QTime(9, 0), QTime(12, 0), Weeks::Even});
    s.absences.append({local(Monday.addDays(14), 0), local(Monday.addDays(15), 0)});
    const auto at = [&](const QDate &day, int h, int m, int minutes = 15) {
        return ScheduleRules::availability(s, PublicHolidays::Region::France, day, QTime(h, m),
                                           minutes);
    };
    CHECK(at(Monday, 9, 0) == Availability::Open);
    CHECK(at(Monday, 11, 45) == Availability::Open);
    CHECK(at(Monday, 11, 45, 30) == Availability::Closed); // runs past closing
    CHECK(at(Monday, 12, 0) == Availability::Closed);
    CHECK(at(Monday.addDays(1), 10, 0) == Availability::Break);
    CHECK(at(Monday.addDays(2), 7, 45) == Availability::UnscheduledCare);
    CHECK(at(Monday.addDays(14), 9, 0) == Availability::Away);
    CHECK(at(QDate(2026, 12, 25), 9, 0) == Availability::Holiday);
    // Saturday 5 December 2026 is in ISO week 49 (odd), the 12th in week 50 (even).
    CHECK(at(QDate(2026, 12, 5), 9, 0) == Availability::Closed);
    CHECK(at(QDate(2026, 12, 12), 9, 0) == Availability::Open);
    // 02:00–02:59 on 28 March 2027 does not exist in Paris.
    Schedule night;
    night.hours.append({7, QTime(0, 0), QTime(6, 0)});
    CHECK(ScheduleRules::availability(night, PublicHolidays::Region::France, QDate(2027, 3, 28),
                                      QTime(2, 30), 15) == Availability::Closed);
    CHECK(ScheduleRules::availability(night, PublicHolidays::Region::France, QDate(2027, 3, 28),
                                      QTime(3, 0), 15) == Availability::Open);
}
