#include "domain/PracticeTime.h"
#include "domain/PublicHolidays.h"

#include <catch2/catch.hpp>

using namespace relais;

TEST_CASE("Easter and the holidays that follow it, over the years a practice sees")
{
    // Known Easter Sundays, the earliest (22 March) and the latest (25 April) possible among them.
    const QList<std::pair<int, QDate>> easters{
        {1818, QDate(1818, 3, 22)}, {1943, QDate(1943, 4, 25)}, {2008, QDate(2008, 3, 23)},
        {2019, QDate(2019, 4, 21)}, {2024, QDate(2024, 3, 31)}, {2025, QDate(2025, 4, 20)},
        {2026, QDate(2026, 4, 5)},  {2038, QDate(2038, 4, 25)}, {2285, QDate(2285, 3, 22)},
    };
    for (const auto &[year, sunday] : easters) {
        INFO(year);
        CHECK(PublicHolidays::easter(year) == sunday);
    }
    CHECK_FALSE(PublicHolidays::easter(1500).isValid()); // before the Gregorian calendar

    const auto dates = [](int year, PublicHolidays::Region region) {
        QList<QDate> out;
        for (const auto &h : PublicHolidays::of(year, region))
            out.append(h.date);
        return out;
    };
    const QList<QDate> y2026 = dates(2026, PublicHolidays::Region::France);
    CHECK(y2026 == QList<QDate>{QDate(2026, 1, 1), QDate(2026, 4, 6), QDate(2026, 5, 1),
                                QDate(2026, 5, 8), QDate(2026, 5, 14), QDate(2026, 5, 25),
                                QDate(2026, 7, 14), QDate(2026, 8, 15), QDate(2026, 11, 1),
                                QDate(2026, 11, 11), QDate(2026, 12, 25)});
    // Alsace-Moselle adds Good Friday and St Stephen's Day, nothing else.
    const QList<QDate> alsace = dates(2026, PublicHolidays::Region::AlsaceMoselle);
    CHECK(alsace.size() == y2026.size() + 2);
    CHECK(alsace.contains(QDate(2026, 4, 3)));
    CHECK(alsace.contains(QDate(2026, 12, 26)));
    CHECK(PublicHolidays::nameOf(QDate(2026, 4, 3), PublicHolidays::Region::France).isEmpty());
    CHECK_FALSE(
        PublicHolidays::nameOf(QDate(2026, 4, 3), PublicHolidays::Region::AlsaceMoselle).isEmpty());
    CHECK(PublicHolidays::nameOf(QDate(2026, 5, 14), PublicHolidays::Region::France) ==
          QStringLiteral("Ascension Day"));
    CHECK(PublicHolidays::nameOf(QDate(2026, 5, 15), PublicHolidays::Region::France).isEmpty());
    // 2008: Ascension fell on 1 May; the day is listed once.
    const QList<QDate> y2008 = dates(2008, PublicHolidays::Region::France);
    CHECK(y2008.count(QDate(2008, 5, 1)) == 1);
    CHECK(y2008.size() == 10);
    // isHoliday, nameOf and the year's list say the same, every day of 24 years.
    for (int year = 2017; year <= 2040; ++year) {
        for (auto region :
             {PublicHolidays::Region::France, PublicHolidays::Region::AlsaceMoselle}) {
            const QList<QDate> listed = dates(year, region);
            for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1)) {
                INFO(d.toString(Qt::ISODate).toStdString());
                CHECK(PublicHolidays::isHoliday(d, region) == listed.contains(d));
                CHECK(PublicHolidays::nameOf(d, region).isEmpty() == !listed.contains(d));
            }
        }
    }
    // Always in date order.
    for (int year = 2017; year <= 2040; ++year) {
        const QList<QDate> all = dates(year, PublicHolidays::Region::AlsaceMoselle);
        CHECK(std::is_sorted(all.cbegin(), all.cend()));
    }
}

TEST_CASE("local times across Europe/Paris's clock changes")
{
    // 2026: forward on Sunday 29 March at 02:00, back on Sunday 25 October at 03:00.
    const QDate spring(2026, 3, 29);
    const QDate autumn(2026, 10, 25);

    SECTION("an ordinary winter and summer time")
    {
        auto winter = PracticeTime::toUtc(QDate(2026, 1, 12), QTime(9, 0));
        REQUIRE(winter.has_value());
        CHECK(*winter == QDateTime(QDate(2026, 1, 12), QTime(8, 0), Qt::UTC));
        auto summer = PracticeTime::toUtc(QDate(2026, 7, 6), QTime(9, 0));
        REQUIRE(summer.has_value());
        CHECK(*summer == QDateTime(QDate(2026, 7, 6), QTime(7, 0), Qt::UTC));
        CHECK(PracticeTime::toLocal(*summer).time() == QTime(9, 0));
    }
    SECTION("02:30 does not exist on the spring night")
    {
        CHECK(PracticeTime::occurrences(spring, QTime(2, 30)) == 0);
        auto skipped = PracticeTime::toUtc(spring, QTime(2, 30), PracticeTime::Fold::First,
                                           QStringLiteral("start"));
        REQUIRE_FALSE(skipped.has_value());
        CHECK(skipped.error().code == ErrorCode::InvalidInput);
        CHECK(skipped.error().field == QStringLiteral("start"));
        CHECK(skipped.error().message.contains(QStringLiteral("03:00")));
        // Either side of the gap exists once, an hour of the clock apart but a minute of time.
        auto before = PracticeTime::toUtc(spring, QTime(1, 59));
        auto after = PracticeTime::toUtc(spring, QTime(3, 0));
        REQUIRE(before.has_value());
        REQUIRE(after.has_value());
        CHECK(before->secsTo(*after) == 60);
    }
    SECTION("02:30 exists twice on the autumn night")
    {
        CHECK(PracticeTime::occurrences(autumn, QTime(2, 30)) == 2);
        auto first = PracticeTime::toUtc(autumn, QTime(2, 30));
        auto second = PracticeTime::toUtc(autumn, QTime(2, 30), PracticeTime::Fold::Second);
        REQUIRE(first.has_value());
        REQUIRE(second.has_value());
        CHECK(*first == QDateTime(autumn, QTime(0, 30), Qt::UTC));
        CHECK(first->secsTo(*second) == 3600);
        CHECK(PracticeTime::occurrences(autumn, QTime(3, 0)) == 1);
        CHECK(PracticeTime::occurrences(autumn, QTime(1, 59)) == 1);
    }
    SECTION("what is not a date or a time")
    {
        CHECK_FALSE(PracticeTime::toUtc(QDate(), QTime(9, 0)).has_value());
        CHECK_FALSE(PracticeTime::toUtc(spring, QTime()).has_value());
    }
}

TEST_CASE("the wall clock read cheaply agrees with the zoned one, across both changes")
{
    // Every quarter of an hour of 2026 and 2027 around the changes, and a step through the year.
    QDateTime at(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime end(QDate(2028, 1, 1), QTime(0, 0), Qt::UTC);
    int checked = 0;
    while (at < end) {
        const QDateTime zoned = PracticeTime::toLocal(at);
        const QDateTime wall = PracticeTime::wallClock(at);
        if (wall.date() != zoned.date() || wall.time() != zoned.time()) {
            FAIL_CHECK(at.toString(Qt::ISODate).toStdString());
            break;
        }
        ++checked;
        at = at.addSecs(15 * 60 * 7); // 1 h 45 min: every time of day comes round
    }
    CHECK(checked > 9000);
}
