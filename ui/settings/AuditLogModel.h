#pragma once

#include "services/AuditBrowser.h"

#include <QAbstractTableModel>

namespace relais::ui {

// Entries of the audit trail, newest first, for administrators.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Time,
        User,
        Action,
        Kind,
        Record,
        ColumnCount
    };

    explicit AuditLogModel(QObject *parent = nullptr);

    void setEntries(const QList<AuditEntry> &entries);
    const QList<AuditEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // People read "Created", not "create".
    static QString describeAction(const QString &action);
    // And "User account", not "app_user".
    static QString describeKind(const QString &entity);

private:
    QList<AuditEntry> m_entries;
};

} // namespace relais::ui
