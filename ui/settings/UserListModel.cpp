#include "UserListModel.h"

#include <QBrush>
#include <QPalette>

namespace relais::ui {

UserListModel::UserListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void UserListModel::setAccounts(const QList<UserAccount> &accounts)
{
    beginResetModel();
    m_accounts = accounts;
    endResetModel();
}

int UserListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_accounts.size());
}

int UserListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UserAccount &account = m_accounts.at(index.row());
    if (role == IdRole)
        return account.id;
    if (role == Qt::ForegroundRole && account.disabled)
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Login: return account.login;
    case Name: return account.displayName;
    case Roles: return RoleNames::display(account.roles);
    case Status: return account.disabled ? tr("Disabled") : tr("Active");
    default: return {};
    }
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Login: return tr("Login");
    case Name: return tr("Name");
    case Roles: return tr("Roles");
    case Status: return tr("Status");
    default: return {};
    }
}

} // namespace relais::ui
