#pragma once

#include "services/VaultOverview.h"

#include <QAbstractTableModel>

namespace relais {
class Vault;
}

namespace relais::ui {

// What the vault holds, one row per kind of record: how many, and when the last one changed.
class VaultSummaryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Kind,
        Count,
        LastChange,
        ColumnCount
    };

    explicit VaultSummaryModel(Vault &vault, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void refresh();

private:
    Vault &m_vault;
    QList<VaultOverview::Tally> m_rows;
};

} // namespace relais::ui
