// Four workstations of one practice, each a process of its own on its own vault, write at random
// and sync with one hub while the test kills them in the middle of pushes and applies, stops the
// hub during pulls, pushes a batch a second time and runs one clock five minutes ahead. At the
// end every workstation holds the same records, every write a workstation acknowledged is on
// all of them, and every audit chain verifies.
#include "services/PracticeSync.h"
#include "storage/Vault.h"
#include "sync/Hub.h"
#include "sync/HubAddress.h"
#include "sync/SyncFixtures.h"
#include "sync/SyncState.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QThread>

#include <catch2/catch.hpp>

#include <array>
#include <cstdio>
#include <numeric>
#include <random>

using namespace relais;
using namespace relais::test;

namespace {

constexpr int Workstations = 4;
constexpr qint64 FiveMinutesMs = 5LL * 60 * 1000;
// Enough of each fault that a bug in one path cannot hide behind luck.
constexpr int KillsInPushWanted = 12;
constexpr int KillsInApplyWanted = 12;
constexpr int HubStopsWanted = 2;
constexpr int MaxRounds = 60;
constexpr int StepsPerRound = 36;

// What the workstations did, and what the test did to them.
struct Tally
{
    QHash<QString, QSet<QString>> acknowledged; // table -> ids
    int writes = 0;
    int syncs = 0;
    int failedSyncs = 0;
    int killsInPush = 0;
    int killsInApply = 0;
    int killsElsewhere = 0;
    int hubStops = 0;
    int pushedAgain = 0;
    int rounds = 0;
};

enum class Fault
{
    None,
    KillInPush,
    KillInApply,
    StopHubInPull
};

// One workstation's process for a round, and what the test reads of it.
struct Running
{
    QProcess process;
    QByteArray unread;
    QByteArray lastProgress; // the last "P" line, cleared when a sync ends
    Fault fault = Fault::None;
    bool killed = false;
    bool hubStopped = false; // the hub was stopped in this process's pull, not answered yet
    bool done = false;
};

// "P Sending 0 40": a step begun and not finished.
bool inStep(const QByteArray &progress, const QByteArray &step)
{
    const QList<QByteArray> parts = progress.split(' ');
    return parts.size() == 4 && parts.at(1) == step &&
           parts.at(2).toLongLong() < parts.at(3).toLongLong();
}

class Convergence
{
public:
    Convergence(const TestHub &hub, std::array<Workstation, Workstations> &desks)
        : m_hub(hub)
        , m_desks(desks)
    {}

    void round(int round)
    {
        std::array<Running, Workstations> running;
        for (int i = 0; i < Workstations; ++i) {
            Running &r = running.at(static_cast<std::size_t>(i));
            if (i == round % Workstations && m_tally.killsInPush < KillsInPushWanted)
                r.fault = Fault::KillInPush;
            else if (i == (round + 2) % Workstations && m_tally.killsInApply < KillsInApplyWanted)
                r.fault = Fault::KillInApply;
            else if (i == (round + 1) % Workstations && m_tally.hubStops < HubStopsWanted)
                r.fault = Fault::StopHubInPull;
            const TestPractice &p = m_desks.at(static_cast<std::size_t>(i)).practice;
            const qint64 ahead = i == Workstations - 1 ? FiveMinutesMs : 0;
            r.process.start(QStringLiteral(RELAIS_TEST_WORKSTATION),
                            {p.dir.file(QStringLiteral("p.relais")),
                             QString::number(round * Workstations + i + 1),
                             QString::number(StepsPerRound), QString::number(ahead)});
            REQUIRE(r.process.waitForStarted(10000));
            const SecureBytes hex = p.key.toHex();
            r.process.write(QByteArray(hex.chars(), static_cast<qsizetype>(hex.size())) + '\n');
            r.process.closeWriteChannel();
        }
        for (bool any = true; any;) {
            any = false;
            for (Running &r : running) {
                if (r.process.state() == QProcess::NotRunning)
                    continue;
                any = true;
                r.process.waitForReadyRead(5);
                read(r);
            }
        }
        for (Running &r : running) {
            read(r);
            INFO(r.process.readAllStandardError().toStdString());
            if (r.killed) {
                CHECK(r.process.exitStatus() == QProcess::CrashExit);
                if (inStep(r.lastProgress, "Sending"))
                    ++m_tally.killsInPush;
                else if (inStep(r.lastProgress, "Receiving"))
                    ++m_tally.killsInApply;
                else
                    ++m_tally.killsElsewhere;
            } else {
                CHECK(r.process.exitStatus() == QProcess::NormalExit);
                CHECK(r.process.exitCode() == 0);
                CHECK(r.done);
            }
        }
        ++m_tally.rounds;
    }

    bool faultsDone() const
    {
        return m_tally.killsInPush >= KillsInPushWanted &&
               m_tally.killsInApply >= KillsInApplyWanted && m_tally.hubStops >= HubStopsWanted;
    }

    Tally &tally() { return m_tally; }

private:
    void read(Running &r)
    {
        r.unread += r.process.readAllStandardOutput();
        // Only whole lines count: a write whose line was cut was not acknowledged.
        for (qsizetype end = r.unread.indexOf('\n'); end >= 0; end = r.unread.indexOf('\n')) {
            const QByteArray line = r.unread.left(end);
            r.unread.remove(0, end + 1);
            if (!r.killed)
                said(r, line);
        }
    }

    void said(Running &r, const QByteArray &line)
    {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.first() == "W" && parts.size() == 3) {
            m_tally.acknowledged[QString::fromLatin1(parts.at(1))].insert(
                QString::fromLatin1(parts.at(2)));
            ++m_tally.writes;
        } else if (parts.first() == "P") {
            r.lastProgress = line;
            fault(r);
        } else if (parts.first() == "S") {
            r.lastProgress.clear();
            if (parts.size() == 5 && parts.at(1) == "ok") {
                ++m_tally.syncs;
                m_tally.pushedAgain += parts.at(4).toInt();
                r.hubStopped = false; // stopped too late to cut this pull: try again
            } else {
                ++m_tally.failedSyncs;
                if (r.hubStopped)
                    ++m_tally.hubStops;
                r.hubStopped = false;
            }
        } else if (parts.first() == "D") {
            r.done = true;
        }
    }

    // Strikes when the process says it has begun the step its fault aims at, a moment later.
    void fault(Running &r)
    {
        const bool pushing = inStep(r.lastProgress, "Sending");
        const bool pulling = inStep(r.lastProgress, "Receiving");
        if ((r.fault == Fault::KillInPush && pushing) ||
            (r.fault == Fault::KillInApply && pulling)) {
            QThread::usleep(m_random() % 4000);
            r.process.kill(); // SIGKILL: no destructor, no rollback, no goodbye to the hub
            REQUIRE(r.process.waitForFinished(10000));
            r.fault = Fault::None;
            // What it printed before it died tells where it was.
            read(r);
            r.killed = true;
        } else if (r.fault == Fault::StopHubInPull && pulling && !r.hubStopped) {
            m_hub.stop();
            QThread::msleep(300);
            m_hub.start();
            r.hubStopped = true;
        }
    }

    const TestHub &m_hub;
    std::array<Workstation, Workstations> &m_desks;
    Tally m_tally;
    std::mt19937 m_random{20261129};
};

} // namespace

TEST_CASE("four workstations killed, cut off and out of time converge on the same records")
{
    TestHub hub;
    if (!hub.available())
        return;
    QElapsedTimer timer;
    timer.start();
    REQUIRE(Synchronizer::initHub(hub.uri(), hub.password()).has_value());
    std::array<Workstation, Workstations> desks;
    desks.at(0).loginForNewPractice(hub);
    desks.at(0).practice.withDemo(20);
    const Actor admin{desks.at(0).practice.doctor.userId};
    desks.at(0).sync(hub, admin);
    for (std::size_t i = 1; i < desks.size(); ++i) {
        join(desks.at(0), admin, desks.at(i), hub);
        desks.at(i).sync(hub, Actor::system());
    }
    // The processes open the vaults from now on.
    for (Workstation &desk : desks)
        desk.practice.vault.reset();

    Convergence convergence(hub, desks);
    int round = 0;
    for (; round < MaxRounds && !convergence.faultsDone(); ++round)
        convergence.round(round);
    // A few rounds more without faults aimed, as a practice's day goes on.
    for (const int last = round + 2; round < last; ++round)
        convergence.round(round);
    Tally &tally = convergence.tally();
    CHECK(tally.killsInPush >= KillsInPushWanted);
    CHECK(tally.killsInApply >= KillsInApplyWanted);
    CHECK(tally.hubStops >= HubStopsWanted);

    std::array<std::unique_ptr<Vault>, Workstations> vaults;
    for (std::size_t i = 0; i < desks.size(); ++i) {
        auto opened = Vault::open(desks.at(i).practice.dir.file(QStringLiteral("p.relais")),
                                  desks.at(i).practice.key);
        REQUIRE(opened.has_value());
        vaults.at(i) = std::move(*opened);
    }

    {
        // A batch pushed a second time (its acknowledgement lost) is acknowledged, stored once.
        auto address = HubAddress::parse(hub.uri());
        REQUIRE(address.has_value());
        auto connected = Hub::connect(*address, hub.password());
        REQUIRE(connected.has_value());
        const QString practice = SyncState(*vaults.at(1)).practiceId();
        auto batch = (*connected)->pull(practice, 0, 200);
        REQUIRE(batch.has_value());
        REQUIRE(batch->size() == 200);
        const QString before = hub.query(QStringLiteral("SELECT count(*) FROM relais.envelope"));
        auto again = (*connected)->push(practice, *batch);
        REQUIRE(again.has_value());
        CHECK(again->inserted == 0);
        CHECK(hub.query(QStringLiteral("SELECT count(*) FROM relais.envelope")) == before);
    }

    // Everyone syncs until nothing moves: what each acknowledged reaches all the others.
    for (int pass = 0; pass < 6; ++pass) {
        int moved = 0;
        for (auto &vault : vaults) {
            auto report = PracticeSync(*vault).sync(std::nullopt);
            INFO((report ? QString() : report.error().message).toStdString());
            REQUIRE(report.has_value());
            moved += report->pushed + report->applied;
            tally.pushedAgain += report->alreadyOnHub;
        }
        if (moved == 0)
            break;
    }

    const QString digest = digestOf(*vaults.at(0));
    for (std::size_t i = 0; i < vaults.size(); ++i) {
        Vault &vault = *vaults.at(i);
        INFO("workstation " << i);
        CHECK(digestOf(vault) == digest);
        for (auto table = tally.acknowledged.cbegin(); table != tally.acknowledged.cend();
             ++table) {
            QSet<QString> present;
            QSqlQuery ids(vault.database());
            ids.setForwardOnly(true);
            REQUIRE(ids.exec(QStringLiteral("SELECT id FROM %1").arg(table.key())));
            while (ids.next())
                present.insert(ids.value(0).toString());
            INFO(table.key().toStdString());
            CHECK(present.contains(table.value()));
        }
        auto own = vault.verifyAuditTrail();
        REQUIRE(own.has_value());
        CHECK(own->intact());
        auto peers = vault.verifyPeerTrails();
        REQUIRE(peers.has_value());
        CHECK(peers->size() == Workstations - 1);
        for (const auto &[device, verdict] : std::as_const(*peers))
            CHECK(verdict.intact());
        QSqlQuery held(vault.database());
        REQUIRE(held.exec(QStringLiteral("SELECT count(*) FROM sync_held")));
        REQUIRE(held.next());
        CHECK(held.value(0).toInt() == 0);
    }

    // What the hub holds after all this is what the README says its operator can see.
    checkWhatTheHubHolds(hub, *vaults.at(0));

    std::printf("convergence: %d rounds, %d acknowledged writes (%lld records), %d syncs "
                "(%d cut short), %d kills in a push, %d in an apply, %d elsewhere, hub stopped "
                "%d times in a pull, %d changes pushed again, %.1f s\n",
                tally.rounds, tally.writes,
                static_cast<long long>(std::accumulate(
                    tally.acknowledged.cbegin(), tally.acknowledged.cend(), qsizetype(0),
                    [](qsizetype n, const QSet<QString> &ids) { return n + ids.size(); })),
                tally.syncs, tally.failedSyncs, tally.killsInPush, tally.killsInApply,
                tally.killsElsewhere, tally.hubStops, tally.pushedAgain,
                static_cast<double>(timer.elapsed()) / 1000.0);
}
