#pragma once

#include "util/Clock.h"

#include <QString>

#include <compare>
#include <optional>

namespace relais {

// One reading of a hybrid logical clock: wall time in milliseconds, a counter that orders events
// within the same millisecond (or while the wall clock lags behind one seen from elsewhere), and
// the device that made it. Its text form sorts the same way as the values themselves, so SQL can
// compare clocks as plain text.
struct HlcTimestamp
{
    qint64 wallMs = 0;
    quint32 counter = 0;
    QString deviceId;

    QString toString() const;
    static std::optional<HlcTimestamp> parse(const QString &text);

    std::strong_ordering operator<=>(const HlcTimestamp &other) const;
    bool operator==(const HlcTimestamp &other) const = default;
};

class HybridClock
{
public:
    // The wall time comes from clock, which must outlive this one.
    explicit HybridClock(QString deviceId, const Clock &clock = Clock::system());

    // A stamp for a local event, after every stamp this clock has made or seen.
    HlcTimestamp now();
    // Folds in a stamp received from another device so that later local stamps sort after it.
    void observe(const HlcTimestamp &remote);
    // Restores the last stamp made before a restart, so a wall clock set back cannot reorder.
    void restore(const HlcTimestamp &last);

    const HlcTimestamp &last() const { return m_last; }
    const QString &deviceId() const { return m_deviceId; }

private:
    QString m_deviceId;
    const Clock *m_wall;
    HlcTimestamp m_last;
};

} // namespace relais
