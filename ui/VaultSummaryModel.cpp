#include "VaultSummaryModel.h"

#include "storage/Vault.h"
#include "sync/HybridClock.h"

#include <QLocale>
#include <QSqlQuery>

namespace relais::ui {

VaultSummaryModel::VaultSummaryModel(Vault &vault, QObject *parent)
    : QAbstractTableModel(parent)
    , m_vault(vault)
{
    refresh();
}

void VaultSummaryModel::refresh()
{
    struct Source
    {
        QString label;
        QString countSql;
        QString lastSql;
    };
    // Live records only: tombstones are kept for sync but are not part of the practice any more.
    const QList<Source> sources = {
        {tr("Practice"), QStringLiteral("SELECT count(*) FROM practice WHERE deleted = 0"),
         QStringLiteral("SELECT max(updated_at) FROM practice")},
        {tr("Patients"), QStringLiteral("SELECT count(*) FROM patient WHERE deleted = 0"),
         QStringLiteral("SELECT max(updated_at) FROM patient")},
        {tr("Changes waiting to sync"),
         QStringLiteral("SELECT count(*) FROM change_journal WHERE pushed = 0"),
         QStringLiteral("SELECT max(clock) FROM change_journal")},
        {tr("Audit trail entries"), QStringLiteral("SELECT count(*) FROM audit_log"),
         QStringLiteral("SELECT max(at) FROM audit_log")},
    };
    beginResetModel();
    m_rows.clear();
    for (const Source &source : sources) {
        Row row{source.label, 0, {}};
        QSqlQuery query(m_vault.database());
        query.setForwardOnly(true);
        if (query.exec(source.countSql) && query.next())
            row.count = query.value(0).toLongLong();
        if (query.exec(source.lastSql) && query.next() && !query.isNull(0)) {
            const QString value = query.value(0).toString();
            if (const auto stamp = HlcTimestamp::parse(value))
                row.lastChange = QDateTime::fromMSecsSinceEpoch(stamp->wallMs);
            else
                row.lastChange = QDateTime::fromString(value, Qt::ISODateWithMs).toLocalTime();
        }
        m_rows.append(row);
    }
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
    const Row &row = m_rows.at(index.row());
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
