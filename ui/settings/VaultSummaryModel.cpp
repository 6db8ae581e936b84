#include "VaultSummaryModel.h"

#include <QLocale>

namespace relais::ui {

VaultSummaryModel::VaultSummaryModel(Vault &vault, QObject *parent)
    : QAbstractTableModel(parent)
    , m_vault(vault)
{
    refresh();
}

void VaultSummaryModel::refresh()
{
    beginResetModel();
    auto tallies = VaultOverview::tallies(m_vault);
    // On failure the table is left empty; the reason is in the log, and the next refresh retries.
    m_rows = tallies ? *tallies : QList<VaultOverview::Tally>();
    endResetModel();
}

int VaultSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int VaultSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VaultSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VaultOverview::Tally &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Kind: return row.label;
        case Count: return QLocale().toString(row.count);
        case LastChange:
            return row.lastChange.isValid()
                       ? QLocale().toString(row.lastChange, QLocale::ShortFormat)
                       : tr("never");
        default: return {};
        }
    }
    if (role == Qt::UserRole && index.column() == Count)
        return row.count;
    if (role == Qt::TextAlignmentRole && index.column() == Count)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant VaultSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Kind: return tr("Records");
    case Count: return tr("Count");
    case LastChange: return tr("Last change");
    default: return {};
    }
}

} // namespace relais::ui
