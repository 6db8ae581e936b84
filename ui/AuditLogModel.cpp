#include "AuditLogModel.h"

#include <QLocale>

namespace relais::ui {

AuditLogModel::AuditLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AuditLogModel::setEntries(const QList<AuditEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditLogModel::describeAction(const QString &action)
{
    if (action == QLatin1String("create"))
        return tr("Created");
    if (action == QLatin1String("update"))
        return tr("Changed");
    if (action == QLatin1String("delete"))
        return tr("Deleted");
    if (action == QLatin1String("read"))
        return tr("Opened");
    if (action == QLatin1String("login"))
        return tr("Logged in");
    if (action == QLatin1String("login-failed"))
        return tr("Wrong password");
    if (action == QLatin1String("login-refused-disabled"))
        return tr("Refused: account disabled");
    if (action == QLatin1String("lock"))
        return tr("Locked");
    if (action == QLatin1String("backup"))
        return tr("Backup made");
    if (action == QLatin1String("export-audit"))
        return tr("Audit trail exported");
    return action;
}

QString AuditLogModel::describeKind(const QString &entity)
{
    if (entity == QLatin1String("practice"))
        return tr("Practice");
    if (entity == QLatin1String("patient"))
        return tr("Patient");
    if (entity == QLatin1String("app_user"))
        return tr("User account");
    if (entity == QLatin1String("session"))
        return tr("Session");
    if (entity == QLatin1String("vault"))
        return tr("Vault");
    if (entity == QLatin1String("audit_log"))
        return tr("Audit trail");
    return entity;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &entry = m_entries.at(index.row());
    if (role == Qt::UserRole) {
        // Sort keys for the proxy: time sorts by sequence, the rest by text.
        if (index.column() == Time)
            return entry.seq;
        return data(index, Qt::DisplayRole);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time: return QLocale().toString(entry.at, QLocale::ShortFormat);
    case User: return entry.userName;
    case Action: return describeAction(entry.action);
    case Kind: return describeKind(entry.entity);
    case Record: return entry.entityId;
    default: return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time: return tr("Time");
    case User: return tr("User");
    case Action: return tr("Action");
    case Kind: return tr("Record kind");
    case Record: return tr("Record");
    default: return {};
    }
}

} // namespace relais::ui
