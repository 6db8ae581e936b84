#include "WaitingRoomModel.h"

#include "domain/PracticeTime.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace relais::ui {

namespace {

QString hhmm(const QDateTime &utc)
{
    return utc.isValid() ? PracticeTime::toLocal(utc).toString(QStringLiteral("HH:mm")) : QString();
}

bool waiting(WaitingRoomRow::Status s)
{
    using S = WaitingRoomRow::Status;
    return s == S::Arrived || s == S::Preparing || s == S::Ready;
}

} // namespace

WaitingRoomModel::WaitingRoomModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void WaitingRoomModel::setRows(const QList<WaitingRoomRow> &rows, const QDateTime &now)
{
    beginResetModel();
    m_rows = rows;
    m_now = now;
    endResetModel();
}

void WaitingRoomModel::tick(const QDateTime &now)
{
    m_now = now;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Waited), index(rowCount() - 1, Waited));
}

const WaitingRoomRow *WaitingRoomModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int WaitingRoomModel::rowOf(const QString &appointmentId, const QString &visitId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const WaitingRoomRow &r = m_rows.at(i);
        if ((!appointmentId.isEmpty() && r.appointmentId == appointmentId) ||
            (!visitId.isEmpty() && r.visitId == visitId))
            return static_cast<int>(i);
    }
    return -1;
}

int WaitingRoomModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int WaitingRoomModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WaitingRoomModel::data(const QModelIndex &index, int role) const
{
    const WaitingRoomRow *r = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!r)
        return {};
    using S = WaitingRoomRow::Status;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Expected: return r->expectedAt.isValid() ? hhmm(r->expectedAt) : tr("walk-in");
        case Patient: return r->patientName;
        case Practitioner: return r->practitionerName;
        case Type: return r->typeLabel;
        case State: return VisitRules::statusName(r->status);
        case Arrived: return hhmm(r->arrivedAt);
        case Waited: {
            const int minutes = VisitRules::minutesWaited(*r, m_now);
            if (minutes < 0)
                return QString();
            return tr("%n min", nullptr, minutes);
        }
        default: return {};
        }
    }
    if (role == Qt::ForegroundRole) {
        if (r->status == S::NoShow || r->status == S::Excused || r->status == S::Left ||
            r->status == S::Done)
            return QBrush(QColor(0x70, 0x70, 0x70));
        // Waiting over half an hour stands out.
        if (index.column() == Waited && waiting(r->status) &&
            VisitRules::minutesWaited(*r, m_now) >= 30)
            return QBrush(QColor(0xa4, 0x00, 0x00));
        return {};
    }
    if (role == Qt::BackgroundRole && index.column() == State) {
        switch (r->status) {
        case S::Arrived: return QBrush(QColor(0xff, 0xf3, 0xc4));
        case S::Preparing: return QBrush(QColor(0xe0, 0xec, 0xff));
        case S::Ready: return QBrush(QColor(0xd8, 0xf5, 0xd8));
        case S::InConsultation: return QBrush(QColor(0xe8, 0xe0, 0xff));
        default: return {};
        }
    }
    if (role == Qt::FontRole && (r->status == S::NoShow || r->status == S::Excused)) {
        QFont font;
        font.setStrikeOut(true);
        return font;
    }
    return {};
}

QVariant WaitingRoomModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Expected: return tr("Time");
    case Patient: return tr("Patient");
    case Practitioner: return tr("With");
    case Type: return tr("For");
    case State: return tr("Where");
    case Arrived: return tr("Arrived");
    case Waited: return tr("Waited");
    default: return {};
    }
}

} // namespace relais::ui
