#include "Clock.h"

#include <QElapsedTimer>

namespace relais {

namespace {

class SystemClock final : public Clock
{
public:
    SystemClock() { m_started.start(); }
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
    qint64 monotonicMs() const override { return m_started.elapsed(); }

private:
    QElapsedTimer m_started;
};

} // namespace

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

ManualClock::ManualClock(const QDateTime &start)
    : m_nowMs(start.toMSecsSinceEpoch())
{}

void ManualClock::set(const QDateTime &at)
{
    setMs(at.toMSecsSinceEpoch());
}

void ManualClock::setMs(qint64 ms)
{
    const qint64 before = m_nowMs.exchange(ms);
    if (ms > before)
        m_monotonicMs += ms - before;
}

void ManualClock::advanceMs(qint64 ms)
{
    if (ms <= 0)
        return;
    m_nowMs += ms;
    m_monotonicMs += ms;
}

} // namespace relais
