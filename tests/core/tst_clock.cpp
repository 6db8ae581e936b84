#include "util/HybridClock.h"
#include "util/Uuid7.h"

#include <QSet>

#include <catch2/catch.hpp>

using namespace relais;

TEST_CASE("the hybrid clock never goes backwards, even when the wall clock does")
{
    ManualClock wall(QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC));
    HybridClock clock(QStringLiteral("a1"), wall);
    const HlcTimestamp first = clock.now();
    CHECK(first.wallMs == wall.nowMs());
    CHECK(first.counter == 0);
    const HlcTimestamp second = clock.now(); // same millisecond
    CHECK(second > first);
    CHECK(second.counter == 1);
    wall.setMs(wall.nowMs() - 60'000); // the wall clock is set back a minute
    const HlcTimestamp third = clock.now();
    CHECK(third > second);
    CHECK(third.wallMs == first.wallMs);
    wall.advanceMs(120'000);
    const HlcTimestamp fourth = clock.now();
    CHECK(fourth.wallMs == wall.nowMs());
    CHECK(fourth.counter == 0);
}

TEST_CASE("a clock orders its events after what it has seen from other devices")
{
    ManualClock wall(QDateTime::fromMSecsSinceEpoch(1'000'000'000'000, Qt::UTC));
    HybridClock local(QStringLiteral("aa"), wall);
    HlcTimestamp remote{wall.nowMs() + 5000, 7, QStringLiteral("bb")};
    local.observe(remote);
    const HlcTimestamp next = local.now();
    CHECK(next.wallMs == remote.wallMs);
    CHECK(next.counter == 9);
    CHECK(next.deviceId == QStringLiteral("aa"));
    CHECK(next.toString() > remote.toString());
}

TEST_CASE("clock text sorts like the clock and parses back")
{
    const HlcTimestamp a{1'700'000'000'000, 9, QStringLiteral("dev1")};
    const HlcTimestamp b{1'700'000'000'000, 10, QStringLiteral("dev1")};
    const HlcTimestamp c{1'700'000'000'001, 0, QStringLiteral("dev0")};
    CHECK(a.toString() < b.toString());
    CHECK(b.toString() < c.toString());
    CHECK(HlcTimestamp::parse(b.toString()) == b);
    CHECK_FALSE(HlcTimestamp::parse(QStringLiteral("yesterday")).has_value());
    CHECK_FALSE(HlcTimestamp::parse(QStringLiteral("1700000000000-0000000a-DEV")).has_value());
}

TEST_CASE("a restored clock continues after the last stamp it made")
{
    ManualClock wall(QDateTime::fromMSecsSinceEpoch(500, Qt::UTC));
    HybridClock clock(QStringLiteral("d"), wall);
    clock.restore(HlcTimestamp{9000, 3, QStringLiteral("d")});
    CHECK(clock.now() == HlcTimestamp{9000, 4, QStringLiteral("d")});
}

TEST_CASE("UUIDv7 ids are well formed, unique and ordered by time")
{
    QSet<QString> seen;
    QString previous;
    for (int i = 0; i < 2000; ++i) {
        const QString id = Uuid7::generateAt(1'700'000'000'000 + i);
        REQUIRE(Uuid7::isValid(id));
        CHECK(Uuid7::timestampMs(id) == 1'700'000'000'000 + i);
        CHECK(id > previous);
        seen.insert(id);
        previous = id;
    }
    CHECK(seen.size() == 2000);
    CHECK(Uuid7::generateAt(Clock::system().nowMs()).at(14) == QLatin1Char('7'));
    CHECK_FALSE(Uuid7::isValid(QStringLiteral("0189f7a0-0000-4000-8000-000000000000"))); // v4
    CHECK_FALSE(Uuid7::isValid(QStringLiteral("not-a-uuid")));
}
