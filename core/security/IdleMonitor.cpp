#include "IdleMonitor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QTimer>

namespace relais {

IdleMonitor::IdleMonitor(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(&clock)
    , m_timer(new QTimer(this))
{
    m_lastActivity = m_clock->monotonicMs();
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &IdleMonitor::poll);
    m_timer->start();
    QCoreApplication::instance()->installEventFilter(this);
}

IdleMonitor::~IdleMonitor()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleMonitor::setTimeoutMs(qint64 ms)
{
    m_timeoutMs = ms;
    touch();
}

void IdleMonitor::setActive(bool active)
{
    m_active = active;
    touch();
}

void IdleMonitor::touch()
{
    m_lastActivity = m_clock->monotonicMs();
}

void IdleMonitor::poll()
{
    if (m_active && m_clock->monotonicMs() - m_lastActivity >= m_timeoutMs) {
        m_active = false; // once; the owner reactivates after unlocking
        Q_EMIT idle();
    }
}

bool IdleMonitor::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress: touch(); break;
    default: break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace relais
