#include "PrescriptionLinesModel.h"

namespace relais::ui {

void PrescriptionLinesModel::setLines(const QList<PrescriptionLine> &lines)
{
    beginResetModel();
    m_lines = lines;
    endResetModel();
}

void PrescriptionLinesModel::setLine(int row, const PrescriptionLine &line)
{
    if (row < 0 || row >= m_lines.size())
        return;
    m_lines[row] = line;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int PrescriptionLinesModel::addLine(const PrescriptionLine &line)
{
    const int row = static_cast<int>(m_lines.size());
    beginInsertRows({}, row, row);
    m_lines.append(line);
    endInsertRows();
    return row;
}

void PrescriptionLinesModel::removeLine(int row)
{
    if (row < 0 || row >= m_lines.size())
        return;
    beginRemoveRows({}, row, row);
    m_lines.removeAt(row);
    endRemoveRows();
}

int PrescriptionLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int PrescriptionLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PrescriptionLinesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PrescriptionLine &line = m_lines.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (static_cast<Column>(index.column())) {
        case Drug: return line.title();
        case Posology: return line.posology.text();
        case Renewals: return line.renewals > 0 ? QString::number(line.renewals) : QString();
        case NonSubstitutable:
            return PrescriptionRules::nonSubstitutableMention(line.nonSubstitutable);
        case Ald: return line.ald ? tr("ALD") : QString();
        case ColumnCount: break;
        }
    }
    return {};
}

QVariant PrescriptionLinesModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Drug: return tr("Drug");
    case Posology: return tr("Posology");
    case Renewals: return tr("Renewals");
    case NonSubstitutable: return tr("Substitution");
    case Ald: return tr("ALD");
    case ColumnCount: break;
    }
    return {};
}

} // namespace relais::ui
