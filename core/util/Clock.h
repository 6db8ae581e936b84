#pragma once

#include <QDateTime>

#include <atomic>

namespace relais {

// Where every "now" comes from: the wall time (UTC), the practice's calendar day and a
// monotonic count for elapsed time. One instance is handed to the vault, and everything that
// works on the vault reads the time from it, so that a test or the bench sets the day once and
// the whole practice lives on it.
class Clock
{
public:
    Clock() = default;
    virtual ~Clock() = default;
    Clock(const Clock &) = delete;
    Clock &operator=(const Clock &) = delete;

    virtual qint64 nowMs() const = 0;       // milliseconds since the epoch, UTC
    virtual qint64 monotonicMs() const = 0; // never goes back, even when the wall clock does

    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }
    // The calendar day where the workstation is (local time).
    QDate today() const { return now().toLocalTime().date(); }

    // The system's clocks; lives as long as the program.
    static const Clock &system();
};

// A clock that moves only when told to: tests, replays. Readable from any thread.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime &start);

    qint64 nowMs() const override { return m_nowMs.load(); }
    qint64 monotonicMs() const override { return m_monotonicMs.load(); }

    // Sets the wall time (backwards too: a workstation's clock can be set back); the
    // monotonic count only moves forward, by as much as the wall time did.
    void set(const QDateTime &at);
    void setMs(qint64 ms);
    void advanceMs(qint64 ms);

private:
    std::atomic<qint64> m_nowMs;
    std::atomic<qint64> m_monotonicMs{0};
};

} // namespace relais
