#pragma once

#include "domain/Visit.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace relais::ui {

// Today's waiting room, one row per appointment or walk-in: expected time, patient,
// practitioner, type, where they are, when they arrived and how long they have waited (live:
// tick() moves the minutes on without reading the vault again).
class WaitingRoomModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Expected,
        Patient,
        Practitioner,
        Type,
        State,
        Arrived,
        Waited,
        ColumnCount
    };

    explicit WaitingRoomModel(QObject *parent = nullptr);

    void setRows(const QList<WaitingRoomRow> &rows, const QDateTime &now);
    void tick(const QDateTime &now);
    const QList<WaitingRoomRow> &rows() const { return m_rows; }
    const WaitingRoomRow *rowAt(int row) const;
    int rowOf(const QString &appointmentId, const QString &visitId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<WaitingRoomRow> m_rows;
    QDateTime m_now;
};

} // namespace relais::ui
