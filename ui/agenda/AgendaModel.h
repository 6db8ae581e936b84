#pragma once

#include "domain/Schedule.h"
#include "services/Agenda.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QDate>
#include <QList>
#include <QTime>

namespace relais::ui {

// The agenda as a grid: one row per quarter of an hour, one column per practitioner's day
// (the day view: every practitioner on one day; the week view: one practitioner on six days).
// Each cell says what the schedule makes of it (open, closed, a break, unscheduled care…) and
// which appointments start or run in it, in the type's colour, with a mark on conflicts and
// overbookings. An appointment dragged to another cell asks for a move; the page makes it
// through the Agenda service, under the rules of any move.
class AgendaModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int StepMinutes = 15;
    enum Role
    {
        AppointmentIdRole = Qt::UserRole, // the first appointment in the cell, if any
        SlotStartRole,                    // the cell's start, UTC (invalid when skipped)
        PractitionerRole,
        AvailabilityRole,
        ConflictRole,
        StartsHereRole, // an appointment starts in this cell (not only runs through it)
    };
    static constexpr auto MimeType = "application/x-relais-appointment";

    struct Column
    {
        QString practitionerId;
        QString practitionerName;
        QDate day;
    };

    explicit AgendaModel(QObject *parent = nullptr);

    // The grid's columns, hours and schedules, then what is booked in it.
    void setView(const QList<Column> &columns, const QTime &first, const QTime &last,
                 const QList<Schedule> &schedules, PublicHolidays::Region region, bool weekView);
    void setEntries(const QList<AgendaEntry> &entries);

    const QList<Column> &columns() const { return m_columns; }
    // The entries starting in or running through the cell, earliest first.
    QList<const AgendaEntry *> entriesAt(const QModelIndex &index) const;
    // Where an appointment starts in the grid; invalid when it is not in view.
    QModelIndex indexOf(const QString &appointmentId) const;
    QModelIndex indexAt(const QString &practitionerId, const QDateTime &utc) const;
    QDateTime slotStart(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override;

    static QString availabilityText(Availability availability);

Q_SIGNALS:
    // An appointment dropped on a cell: move it there (same length), to that practitioner.
    void moveRequested(const QString &appointmentId, const QDateTime &start,
                       const QString &practitionerId);

private:
    struct Cell
    {
        Availability availability = Availability::Closed;
        QList<int> entries; // indexes in m_entries, starting here or running through
        bool startsHere = false;
        QDateTime start; // UTC; invalid for a local time the clocks skip
    };
    const Cell *cell(const QModelIndex &index) const;
    QTime timeOfRow(int row) const;

    QList<Column> m_columns;
    QTime m_first;
    int m_rows = 0;
    bool m_weekView = false;
    QList<AgendaEntry> m_entries;
    // Each entry's line in its cell and its tint, made once when the entries are set: a view
    // asks for every cell's text and shade each time it paints.
    QList<QString> m_lines;
    QList<QColor> m_tints;
    QList<Cell> m_cells; // row-major: row * columns + column
};

} // namespace relais::ui
