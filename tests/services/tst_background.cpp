#include "services/BackgroundTask.h"
#include "services/FhirExchange.h"
#include "storage/Vault.h"
#include "support/TestData.h"
#include "support/TestPractice.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSignalSpy>
#include <QThread>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace relais;
using relais::test::DeskAssistant;
using relais::test::TestPractice;

namespace {

// Runs the event loop until `done` holds, for at most a minute.
void spinUntil(const std::function<bool()> &done)
{
    QElapsedTimer waited;
    waited.start();
    while (!done() && waited.elapsed() < 60'000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    REQUIRE(done());
}

QStringList fixtureBundles()
{
    QDir dir(relais::test::fixture(QStringLiteral("fhir")));
    QStringList files;
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

} // namespace

TEST_CASE("background task: the starting thread keeps running its timers while the work runs")
{
    TestPractice desk;
    // The work does not finish until this thread's timer has fired five times: were the thread
    // blocked while the work ran, the work would give up after ten seconds and say so.
    std::atomic_int ticks{0};
    QTimer timer;
    timer.setInterval(5);
    QObject::connect(&timer, &QTimer::timeout, [&] { ++ticks; });
    timer.start();

    const Qt::HANDLE starter = QThread::currentThreadId();
    QList<int> progressSeen;
    bool progressOnStarter = true;
    std::optional<Result<QString>> outcome;
    QSignalSpy notices(desk.vault->changes(), &ChangeNotifier::changed);
    auto normalised = desk.registry().normalise(relais::test::helene());
    REQUIRE(normalised.has_value());

    BackgroundTask *task = BackgroundTask::run<QString>(
        desk.vault.get(),
        [&](const BackgroundTask::Context &worker) -> Result<QString> {
            if (QThread::currentThreadId() == starter)
                return fail(ErrorCode::Io, QStringLiteral("ran on the starting thread"));
            QElapsedTimer waited;
            waited.start();
            for (int step = 1; ticks < 5; ++step) {
                if (waited.elapsed() > 10'000)
                    return fail(ErrorCode::Io, QStringLiteral("the starting thread is blocked"));
                worker.progress(step, 0, QString());
                QThread::msleep(2);
            }
            // Written through the worker's own handle.
            return PatientRegistry(worker.vault()).create(DeskAssistant, *normalised, true);
        },
        [&](const Result<QString> &created) {
            if (QThread::currentThreadId() != starter)
                progressOnStarter = false;
            outcome = created;
        });
    QObject::connect(task, &BackgroundTask::progressed, &timer,
                     [&](int done, int, const QString &) {
                         if (QThread::currentThreadId() != starter)
                             progressOnStarter = false;
                         progressSeen.append(done);
                     });
    spinUntil([&] { return outcome.has_value(); });

    REQUIRE(outcome->has_value());
    CHECK(ticks >= 5);
    CHECK_FALSE(progressSeen.isEmpty());
    CHECK(progressOnStarter);
    // The window's handle sees the record, and heard of it as written by a worker.
    CHECK(desk.patients() == 1);
    spinUntil([&] { return !notices.isEmpty(); });
    const auto notice = notices.first().first().value<VaultChanges>();
    CHECK(notice.origin == ChangeOrigin::Worker);
    CHECK(notice.touches(QStringLiteral("patient")));
}

TEST_CASE("background task: a stopped import keeps the bundles it finished, each whole")
{
    TestPractice desk;
    const QStringList files = fixtureBundles();
    REQUIRE(files.size() == 2);
    std::optional<Result<FhirExchange::Batch>> outcome;
    std::atomic<BackgroundTask *> task{nullptr};
    task = BackgroundTask::run<FhirExchange::Batch>(
        desk.vault.get(),
        [&](const BackgroundTask::Context &worker) -> Result<FhirExchange::Batch> {
            return FhirExchange(worker.vault())
                .importBatch(
                    DeskAssistant, files,
                    [&](int done, int, const QString &) {
                        // Asked to stop as the first bundle starts: it is finished, not the next.
                        while (done == 0 && task == nullptr)
                            QThread::yieldCurrentThread(); // run() has not returned yet
                        if (done == 0)
                            task.load()->requestStop();
                    },
                    [&] { return worker.stopRequested(); });
        },
        [&](const Result<FhirExchange::Batch> &batch) { outcome = batch; });
    spinUntil([&] { return outcome.has_value(); });
    REQUIRE(outcome->has_value());
    const FhirExchange::Batch &batch = **outcome;
    CHECK(batch.complete());
    CHECK(batch.stopped);
    CHECK(batch.reports.size() == 1);
    CHECK(batch.notImported == QStringList{files.at(1)});
    CHECK(batch.summary().contains(QStringLiteral("1 of 2 bundles")));
    CHECK(batch.summary().contains(QStringLiteral("Stopped on request")));
    CHECK(batch.details().last().contains(QStringLiteral("not tried")));
    CHECK(desk.patients() == 1);
}

TEST_CASE("background task: a worker that cannot open its handle says why, and runs nothing")
{
    TestPractice desk;
    const QString path = desk.vault->path();
    bool ran = false;
    std::optional<Result<int>> outcome;
    // The file goes away under the open vault: another handle cannot be opened on it.
    REQUIRE(QFile::rename(path, path + QStringLiteral(".moved")));
    BackgroundTask::run<int>(
        desk.vault.get(),
        [&](const BackgroundTask::Context &) -> Result<int> {
            ran = true;
            return 1;
        },
        [&](const Result<int> &result) { outcome = result; });
    spinUntil([&] { return outcome.has_value(); });
    REQUIRE(QFile::rename(path + QStringLiteral(".moved"), path));
    CHECK_FALSE(ran);
    REQUIRE_FALSE(outcome->has_value());
    CHECK_FALSE(outcome->error().message.isEmpty());
}
