#pragma once

#include "domain/Actor.h"
#include "support/TestHub.h"
#include "support/TestPractice.h"
#include "sync/Synchronizer.h"

namespace relais::test {

// The digest of the synced records (RecordDigest), in hex.
QString digestOf(const Vault &vault);

// A practice that syncs: its clock on the hub's time (the hub's clock is the real one).
struct Workstation
{
    TestPractice practice;
    // Its login on the hub, for its first sync (later ones use what it keeps); the hub's owner
    // when empty.
    QString hubUri;
    QString hubPassword;
    Workstation();
    Vault &vault() { return *practice.vault; }
    SyncReport sync(const TestHub &hub, const Actor &actor);
    // A login of its own for a new practice, as the hub's host gives one.
    void loginForNewPractice(const TestHub &hub);
};

// A hub set up, and a first workstation of `patients` demo patients that has synced with it.
struct PracticeOnHub
{
    TestHub hub;
    Workstation a;
    Actor admin;
    SyncReport first;

    explicit PracticeOnHub(int patients);
};

// The practice of PracticeOnHub with a second workstation, `b`, joined and synced.
struct PracticeOfTwo : PracticeOnHub
{
    Workstation b;
    explicit PracticeOfTwo(int patients);
};

// Checks what the hub holds, as its operator sees it (README, "What the hub learns"): exactly
// the columns listed there; padded sizes in buckets, sealed bytes a fixed length over them;
// ids that carry no clock; and, searched in a pg_dump of it and in every byte it keeps, none of
// the practice's names, NIRs, logins, record types, nor `alsoSecret`.
void checkWhatTheHubHolds(const TestHub &hub, Vault &vault, const QStringList &alsoSecret = {});

// A practice of over a thousand envelopes (90 demo patients) and a second workstation, `b`,
// let in: which leaves a snapshot of the practice on the hub. `b` has not synced yet.
struct PracticeWithSnapshot : PracticeOnHub
{
    Workstation b;
    PracticeWithSnapshot();
};

// Brings `joining` into the practice of `inviting` through the hub, as two workstations do.
void join(Workstation &inviting, const Actor &admin, Workstation &joining, const TestHub &hub);

} // namespace relais::test
