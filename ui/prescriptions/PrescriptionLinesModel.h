#pragma once

#include "domain/Prescription.h"

#include <QAbstractTableModel>

namespace relais::ui {

// The lines of a prescription being drafted, as the editor lists them: the drug, how it is
// taken, renewals, "non substituable" and whether it is for the ALD. Editable through
// setLine(), not in place: the editor's fields below the list change the line selected.
class PrescriptionLinesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Drug,
        Posology,
        Renewals,
        NonSubstitutable,
        Ald,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setLines(const QList<PrescriptionLine> &lines);
    const QList<PrescriptionLine> &lines() const { return m_lines; }
    const PrescriptionLine &line(int row) const { return m_lines.at(row); }
    void setLine(int row, const PrescriptionLine &line);
    // Appended at the end; its row.
    int addLine(const PrescriptionLine &line);
    void removeLine(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<PrescriptionLine> m_lines;
};

} // namespace relais::ui
