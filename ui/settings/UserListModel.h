#pragma once

#include "services/UserAccounts.h"

#include <QAbstractTableModel>

namespace relais::ui {

// The practice's accounts, for administrators.
class UserListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Login,
        Name,
        Roles,
        Status,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole;

    explicit UserListModel(QObject *parent = nullptr);

    void setAccounts(const QList<UserAccount> &accounts);
    const UserAccount &account(int row) const { return m_accounts.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<UserAccount> m_accounts;
};

} // namespace relais::ui
