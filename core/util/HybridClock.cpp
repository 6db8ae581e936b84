#include "HybridClock.h"

#include <QDateTime>
#include <QRegularExpression>

namespace relais {

// <13 digits of milliseconds>-<8 hex digits of counter>-<device id>
QString HlcTimestamp::toString() const
{
    return QStringLiteral("%1-%2-%3")
        .arg(wallMs, 13, 10, QLatin1Char('0'))
        .arg(counter, 8, 16, QLatin1Char('0'))
        .arg(deviceId);
}

std::strong_ordering HlcTimestamp::operator<=>(const HlcTimestamp &other) const
{
    if (const auto byWall = wallMs <=> other.wallMs; byWall != 0)
        return byWall;
    if (const auto byCounter = counter <=> other.counter; byCounter != 0)
        return byCounter;
    return deviceId.compare(other.deviceId) <=> 0;
}

std::optional<HlcTimestamp> HlcTimestamp::parse(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^([0-9]{13})-([0-9a-f]{8})-([0-9a-z]{1,64})$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    HlcTimestamp stamp;
    stamp.wallMs = match.captured(1).toLongLong();
    stamp.counter = match.captured(2).toUInt(nullptr, 16);
    stamp.deviceId = match.captured(3);
    return stamp;
}

HybridClock::HybridClock(QString deviceId, const Clock &clock)
    : m_deviceId(std::move(deviceId))
    , m_wall(&clock)
{
    m_last.deviceId = m_deviceId;
}

HlcTimestamp HybridClock::now()
{
    const qint64 wall = m_wall->nowMs();
    if (wall > m_last.wallMs) {
        m_last.wallMs = wall;
        m_last.counter = 0;
    } else {
        ++m_last.counter;
    }
    m_last.deviceId = m_deviceId;
    return m_last;
}

void HybridClock::observe(const HlcTimestamp &remote)
{
    const qint64 wall = m_wall->nowMs();
    const qint64 top = std::max({wall, m_last.wallMs, remote.wallMs});
    if (top == m_last.wallMs && top == remote.wallMs)
        m_last.counter = std::max(m_last.counter, remote.counter) + 1;
    else if (top == m_last.wallMs)
        ++m_last.counter;
    else if (top == remote.wallMs)
        m_last.counter = remote.counter + 1;
    else
        m_last.counter = 0;
    m_last.wallMs = top;
    m_last.deviceId = m_deviceId;
}

void HybridClock::restore(const HlcTimestamp &last)
{
    if (last.wallMs > m_last.wallMs ||
        (last.wallMs == m_last.wallMs && last.counter > m_last.counter)) {
        m_last.wallMs = last.wallMs;
        m_last.counter = last.counter;
    }
}

} // namespace relais
