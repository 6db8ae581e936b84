#pragma once

#include "util/Result.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace relais {

class Vault;

// Long work (an import, a backup, a restore) run on a worker thread, so that the window keeps
// answering while it runs. The work gets a handle of its own on the vault, opened on the worker
// (a QtSql connection belongs to the thread that opened it), reports progress, may be asked to
// stop, and hands its result back on the thread that started it.
//
// The work decides what a stop means: each of its writes is one transaction, so stopping between
// two leaves every write either whole or not made.
class BackgroundTask : public QObject
{
    Q_OBJECT

public:
    // What the work sees while it runs, on the worker thread.
    class Context
    {
    public:
        // The worker's own handle on the vault; only for work started with one.
        Vault &vault() const { return *m_vault; }
        bool stopRequested() const { return m_task.m_stop; }
        // Shown by the window as "done of total: what" (total 0: no measure, just busy).
        void progress(int done, int total, const QString &what) const;

    private:
        friend class BackgroundTask;
        Context(BackgroundTask &task, Vault *vault)
            : m_task(task)
            , m_vault(vault)
        {}
        BackgroundTask &m_task;
        Vault *m_vault;
    };
    using Work = std::function<void(const Context &)>;

    // `vault`: the handle to open another of, or null for work that needs none (a restore).
    BackgroundTask(const Vault *vault, Work work, QObject *parent = nullptr);
    // Stops the work at its next check and waits for it: closing a window never leaves a
    // thread running on a vault being closed.
    ~BackgroundTask() override;

    void start();
    void requestStop() { m_stop = true; }
    bool isRunning() const;
    // Blocks until the work is over (command line, tests, closing).
    void wait();

    // Runs `work` in a task and calls `done` with its result on this thread, then deletes the
    // task. Returns the task, to follow its progress or stop it.
    template<typename T>
    static BackgroundTask *run(const Vault *vault, std::function<Result<T>(const Context &)> work,
                               std::function<void(const Result<T> &)> done,
                               QObject *parent = nullptr)
    {
        auto result = std::make_shared<std::optional<Result<T>>>();
        auto *task = new BackgroundTask(
            vault, [work = std::move(work), result](const Context &c) { *result = work(c); },
            parent);
        connect(task, &BackgroundTask::finished, task,
                [task, result, done = std::move(done)](const std::optional<Error> &failed) {
                    task->wait();
                    if (failed)
                        done(std::unexpected(*failed));
                    else
                        done(**result);
                    task->deleteLater();
                });
        task->start();
        return task;
    }

Q_SIGNALS:
    // Both emitted from the worker; receivers on the window's thread get them queued.
    void progressed(int done, int total, const QString &what);
    // `failed`: the worker could not even open its handle on the vault.
    void finished(const std::optional<relais::Error> &failed);

private:
    void runWork();

    const Vault *m_vault;
    Work m_work;
    QThread *m_thread = nullptr;
    std::atomic_bool m_stop{false};
};

} // namespace relais

Q_DECLARE_METATYPE(std::optional<relais::Error>)
