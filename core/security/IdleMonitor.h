#pragma once

#include "util/Clock.h"

#include <QObject>

class QTimer;

namespace relais {

// Watches every input event of the application (an app-wide event filter) and says when nobody
// has touched the keyboard or mouse for the configured time. The clock is injectable so that
// tests move time instead of waiting.
class IdleMonitor : public QObject
{
    Q_OBJECT

public:
    // clock must outlive the monitor; idle time is read from its monotonic count.
    explicit IdleMonitor(const Clock &clock = Clock::system(), QObject *parent = nullptr);
    ~IdleMonitor() override;

    void setTimeoutMs(qint64 ms);
    qint64 timeoutMs() const { return m_timeoutMs; }
    // Off while the workstation is locked, so that the lock screen's own input does not count.
    void setActive(bool active);
    bool isActive() const { return m_active; }

    // Checks the time; the internal timer calls it every second, tests call it directly.
    void poll();
    // Counts as activity (also what every input event does).
    void touch();

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const Clock *m_clock;
    QTimer *m_timer = nullptr;
    qint64 m_timeoutMs = qint64{5} * 60 * 1000;
    qint64 m_lastActivity = 0;
    bool m_active = true;
};

} // namespace relais
