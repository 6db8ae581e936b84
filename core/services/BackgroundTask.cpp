#include "BackgroundTask.h"

#include "storage/Vault.h"

#include <QThread>

namespace relais {

void BackgroundTask::Context::progress(int done, int total, const QString &what) const
{
    Q_EMIT m_task.progressed(done, total, what);
}

BackgroundTask::BackgroundTask(const Vault *vault, Work work, QObject *parent)
    : QObject(parent)
    , m_vault(vault)
    , m_work(std::move(work))
{
    static const int registered = qRegisterMetaType<std::optional<relais::Error>>();
    Q_UNUSED(registered)
}

BackgroundTask::~BackgroundTask()
{
    requestStop();
    wait();
}

void BackgroundTask::start()
{
    Q_ASSERT(!m_thread);
    m_thread = QThread::create([this] { runWork(); });
    m_thread->start();
}

bool BackgroundTask::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void BackgroundTask::wait()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

void BackgroundTask::runWork()
{
    std::unique_ptr<Vault> own;
    if (m_vault) {
        auto opened = m_vault->openAnother();
        if (!opened) {
            Q_EMIT finished(opened.error());
            return;
        }
        own = std::move(*opened);
    }
    m_work(Context(*this, own.get()));
    // The handle closes here, on the thread that opened it.
    own.reset();
    Q_EMIT finished(std::nullopt);
}

} // namespace relais
