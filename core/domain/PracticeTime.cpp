#include "PracticeTime.h"

#include <QList>

#include <algorithm>
#include <functional>

namespace relais {

namespace {

// The UTC instants whose local reading is `date` `time`, earliest first. The offsets tried are
// those in force a day before and a day after: a change moves between them.
QList<QDateTime> instantsOf(const QTimeZone &zone, const QDate &date, const QTime &time)
{
    const QDateTime asIfUtc(date, time, Qt::UTC);
    QList<int> offsets{zone.offsetFromUtc(asIfUtc.addDays(-1)),
                       zone.offsetFromUtc(asIfUtc.addDays(1))};
    std::sort(offsets.begin(), offsets.end(), std::greater<>());
    offsets.erase(std::unique(offsets.begin(), offsets.end()), offsets.end());
    QList<QDateTime> instants;
    for (int offset : std::as_const(offsets)) {
        const QDateTime candidate = asIfUtc.addSecs(-offset);
        if (zone.offsetFromUtc(candidate) == offset)
            instants.append(candidate);
    }
    return instants;
}

} // namespace

QTimeZone PracticeTime::zone()
{
    static const QTimeZone paris(QByteArrayLiteral("Europe/Paris"));
    return paris;
}

Result<QDateTime> PracticeTime::toUtc(const QDate &date, const QTime &time, Fold fold,
                                      const QString &field)
{
    if (!date.isValid() || !time.isValid())
        return std::unexpected(
            Error{ErrorCode::InvalidInput, tr("Type a date and a time."), field});
    const QList<QDateTime> instants = instantsOf(zone(), date, time);
    if (instants.isEmpty()) {
        // The first minute that exists again: the change itself, read on the new offset.
        const QDateTime change =
            zone().nextTransition(QDateTime(date, time, Qt::UTC).addDays(-1)).atUtc;
        return std::unexpected(
            Error{ErrorCode::InvalidInput,
                  tr("%1 does not exist on %2: the clocks go forward an hour that night. Choose %3 "
                     "or later.")
                      .arg(time.toString(QStringLiteral("HH:mm")),
                           date.toString(QStringLiteral("dd/MM/yyyy")),
                           toLocal(change).time().toString(QStringLiteral("HH:mm"))),
                  field});
    }
    return fold == Fold::Second ? instants.constLast() : instants.constFirst();
}

int PracticeTime::occurrences(const QDate &date, const QTime &time)
{
    return static_cast<int>(instantsOf(zone(), date, time).size());
}

QDateTime PracticeTime::toLocal(const QDateTime &instant)
{
    return instant.toTimeZone(zone());
}

QDateTime PracticeTime::wallClock(const QDateTime &instant)
{
    static const QTimeZone paris = zone();
    const QDateTime utc = instant.toUTC();
    return utc.addSecs(paris.offsetFromUtc(utc));
}

} // namespace relais
