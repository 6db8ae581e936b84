#include "Visit.h"

#include <algorithm>

namespace relais {

bool VisitRules::mayGo(Visit::State from, Visit::State to)
{
    if (from == Visit::State::Done || from == Visit::State::Left)
        return false;
    if (to == Visit::State::Left)
        return from != Visit::State::InConsultation;
    return static_cast<int>(to) > static_cast<int>(from);
}

WaitingRoomRow::Status VisitRules::shown(Visit::State state,
                                         std::optional<PreparedConsultation::Status> consultation)
{
    using S = WaitingRoomRow::Status;
    switch (state) {
    case Visit::State::InConsultation: return S::InConsultation;
    case Visit::State::Done: return S::Done;
    case Visit::State::Left: return S::Left;
    case Visit::State::Ready: return S::Ready;
    case Visit::State::Arrived:
    case Visit::State::Preparing:
        if (consultation == PreparedConsultation::Status::Ready ||
            consultation == PreparedConsultation::Status::Reviewed)
            return S::Ready;
        if (consultation == PreparedConsultation::Status::Preparing ||
            state == Visit::State::Preparing)
            return S::Preparing;
        return S::Arrived;
    }
    return S::Arrived;
}

int VisitRules::minutesWaited(const WaitingRoomRow &row, const QDateTime &now)
{
    if (!row.arrivedAt.isValid())
        return -1;
    const QDateTime until = row.seenAt.isValid() ? row.seenAt : now;
    return static_cast<int>(std::max<qint64>(0, row.arrivedAt.secsTo(until)) / 60);
}

VisitRules::Waits VisitRules::waits(const QList<WaitingRoomRow> &rows, const QDateTime &now)
{
    using S = WaitingRoomRow::Status;
    QList<int> seen;
    Waits w;
    for (const WaitingRoomRow &row : rows) {
        if (!row.arrivedAt.isValid() || row.status == S::Left)
            continue;
        const int minutes = minutesWaited(row, now);
        if (row.seenAt.isValid())
            seen.append(minutes);
        w.longest = std::max(w.longest, minutes);
    }
    w.seen = static_cast<int>(seen.size());
    if (!seen.isEmpty()) {
        std::sort(seen.begin(), seen.end());
        const qsizetype mid = seen.size() / 2;
        w.median = seen.size() % 2 ? seen.at(mid) : (seen.at(mid - 1) + seen.at(mid)) / 2;
    }
    return w;
}

QString VisitRules::statusName(WaitingRoomRow::Status status)
{
    using S = WaitingRoomRow::Status;
    switch (status) {
    case S::Expected: return tr("Expected");
    case S::Arrived: return tr("Arrived");
    case S::Preparing: return tr("In preparation");
    case S::Ready: return tr("Ready for the doctor");
    case S::InConsultation: return tr("In consultation");
    case S::Done: return tr("Done");
    case S::Left: return tr("Left without being seen");
    case S::NoShow: return tr("Not honoured");
    case S::Excused: return tr("Excused");
    }
    return QString();
}

QString VisitRules::stateCode(Visit::State state)
{
    switch (state) {
    case Visit::State::Arrived: return QStringLiteral("arrived");
    case Visit::State::Preparing: return QStringLiteral("preparing");
    case Visit::State::Ready: return QStringLiteral("ready");
    case Visit::State::InConsultation: return QStringLiteral("in-consultation");
    case Visit::State::Done: return QStringLiteral("done");
    case Visit::State::Left: return QStringLiteral("left");
    }
    return QStringLiteral("arrived");
}

Visit::State VisitRules::stateOf(const QString &code)
{
    for (Visit::State s : {Visit::State::Arrived, Visit::State::Preparing, Visit::State::Ready,
                           Visit::State::InConsultation, Visit::State::Done, Visit::State::Left}) {
        if (stateCode(s) == code)
            return s;
    }
    return Visit::State::Arrived;
}

} // namespace relais
