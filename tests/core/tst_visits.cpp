#include "domain/Visit.h"

#include <catch2/catch.hpp>

using namespace relais;

namespace {

using S = Visit::State;
using Shown = WaitingRoomRow::Status;

const QDateTime Morning(QDate(2026, 11, 24), QTime(8, 0), Qt::UTC);

WaitingRoomRow row(int arrivedAfter, int seenAfter = -1, Shown status = Shown::Arrived)
{
    WaitingRoomRow r;
    r.status = status;
    r.arrivedAt = Morning.addSecs(arrivedAfter * 60);
    if (seenAfter >= 0)
        r.seenAt = Morning.addSecs(seenAfter * 60);
    return r;
}

} // namespace

TEST_CASE("a visit goes forward only, and never out of done or left")
{
    CHECK(VisitRules::mayGo(S::Arrived, S::Preparing));
    CHECK(VisitRules::mayGo(S::Arrived, S::InConsultation));
    CHECK(VisitRules::mayGo(S::Preparing, S::Ready));
    CHECK(VisitRules::mayGo(S::InConsultation, S::Done));
    CHECK_FALSE(VisitRules::mayGo(S::Ready, S::Preparing));
    CHECK_FALSE(VisitRules::mayGo(S::Done, S::Left));
    CHECK_FALSE(VisitRules::mayGo(S::Left, S::Arrived));
    CHECK_FALSE(VisitRules::mayGo(S::Arrived, S::Arrived));
    // Leaving without being seen: from the waiting room, not from the consulting room.
    CHECK(VisitRules::mayGo(S::Ready, S::Left));
    CHECK_FALSE(VisitRules::mayGo(S::InConsultation, S::Left));
}

TEST_CASE("the list shows the consultation's progress until the patient goes in")
{
    using C = PreparedConsultation::Status;
    CHECK(VisitRules::shown(S::Arrived, std::nullopt) == Shown::Arrived);
    CHECK(VisitRules::shown(S::Arrived, C::Preparing) == Shown::Preparing);
    CHECK(VisitRules::shown(S::Preparing, C::Ready) == Shown::Ready);
    CHECK(VisitRules::shown(S::Preparing, C::Reviewed) == Shown::Ready);
    CHECK(VisitRules::shown(S::InConsultation, C::Ready) == Shown::InConsultation);
    CHECK(VisitRules::shown(S::Done, C::Reviewed) == Shown::Done);
    CHECK(VisitRules::shown(S::Left, std::nullopt) == Shown::Left);
}

TEST_CASE("waiting times: minutes to going in, median and longest, live for who still waits")
{
    const QDateTime now = Morning.addSecs(60 * 60);
    CHECK(VisitRules::minutesWaited(row(0, 12), now) == 12);
    CHECK(VisitRules::minutesWaited(row(30), now) == 30);
    CHECK(VisitRules::minutesWaited(WaitingRoomRow{}, now) == -1);

    VisitRules::Waits none = VisitRules::waits({}, now);
    CHECK(none.seen == 0);
    CHECK(none.median == 0);
    CHECK(none.longest == 0);

    // Seen after 5, 10, 20 and 40 minutes: median 15; one still waiting for 50 minutes is the
    // longest; one who left is not counted.
    const VisitRules::Waits w =
        VisitRules::waits({row(0, 5), row(0, 10), row(0, 20), row(0, 40), row(10),
                           row(0, -1, Shown::Left), WaitingRoomRow{}},
                          now);
    CHECK(w.seen == 4);
    CHECK(w.median == 15);
    CHECK(w.longest == 50);
    CHECK(VisitRules::waits({row(0, 5), row(0, 9), row(0, 30)}, now).median == 9);
}

TEST_CASE("visit states are stored as codes and read back")
{
    for (S s : {S::Arrived, S::Preparing, S::Ready, S::InConsultation, S::Done, S::Left})
        CHECK(VisitRules::stateOf(VisitRules::stateCode(s)) == s);
}
