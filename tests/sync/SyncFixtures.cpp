#include "SyncFixtures.h"

#include "sync/RecordDigest.h"

#include <catch2/catch.hpp>

namespace relais::test {

QString digestOf(const Vault &vault)
{
    auto digest = RecordDigest::of(vault);
    REQUIRE(digest.has_value());
    return digest->hex;
}

Workstation::Workstation()
{
    practice.clock.set(QDateTime::currentDateTimeUtc());
}

SyncReport Workstation::sync(const TestHub &hub, const Actor &actor)
{
    Synchronizer sync(vault(), actor);
    auto report = sync.run(hub.uri(), hub.password());
    INFO((report ? QString() : report.error().message).toStdString());
    REQUIRE(report.has_value());
    return *report;
}

PracticeOnHub::PracticeOnHub(int patients)
{
    if (!hub.available())
        return;
    REQUIRE(Synchronizer::initHub(hub.uri(), hub.password()).has_value());
    a.practice.withDemo(patients);
    a.practice.clock.set(QDateTime::currentDateTimeUtc());
    admin = Actor{a.practice.doctor.userId};
    first = a.sync(hub, admin);
}

PracticeOfTwo::PracticeOfTwo(int patients)
    : PracticeOnHub(patients)
{
    if (!hub.available())
        return;
    join(a, admin, b, hub);
    b.sync(hub, Actor::system());
}

void join(Workstation &inviting, const Actor &admin, Workstation &joining, const TestHub &hub)
{
    Synchronizer inviter(inviting.vault(), admin);
    auto made = inviter.invite();
    REQUIRE(made.has_value());
    Synchronizer joiner(joining.vault(), Actor::system());
    int polls = 0;
    auto joined = joiner.join(hub.uri(), hub.password(), made->code, [&](qint64) {
        // The inviting workstation syncs while the new one waits.
        auto granted = Synchronizer(inviting.vault(), admin).grantAnswered();
        REQUIRE(granted.has_value());
        return ++polls < 5;
    });
    INFO((joined ? QString() : joined.error().message).toStdString());
    REQUIRE(joined.has_value());
}

} // namespace relais::test
