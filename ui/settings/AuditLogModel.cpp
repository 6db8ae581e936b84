#include "AuditLogModel.h"

#include <QHash>
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
    static const QHash<QString, const char *> words = {
        {QStringLiteral("create"), QT_TR_NOOP("Created")},
        {QStringLiteral("update"), QT_TR_NOOP("Changed")},
        {QStringLiteral("delete"), QT_TR_NOOP("Deleted")},
        {QStringLiteral("read"), QT_TR_NOOP("Opened")},
        {QStringLiteral("login"), QT_TR_NOOP("Logged in")},
        {QStringLiteral("login-failed"), QT_TR_NOOP("Wrong password")},
        {QStringLiteral("login-refused-disabled"), QT_TR_NOOP("Refused: account disabled")},
        {QStringLiteral("lock"), QT_TR_NOOP("Locked")},
        {QStringLiteral("backup"), QT_TR_NOOP("Backup made")},
        {QStringLiteral("export"), QT_TR_NOOP("Exported")},
        {QStringLiteral("export-audit"), QT_TR_NOOP("Audit trail exported")},
        {QStringLiteral("import"), QT_TR_NOOP("Imported")},
        {QStringLiteral("import-forced"), QT_TR_NOOP("Imported despite the warning")},
        {QStringLiteral("undo-review"), QT_TR_NOOP("“Reviewed” undone")},
    };
    // Translated when asked, so that a change of language shows at once.
    const char *source = words.value(action);
    return source ? tr(source) : action;
}

QString AuditLogModel::describeKind(const QString &entity)
{
    static const QHash<QString, const char *> words = {
        {QStringLiteral("practice"), QT_TR_NOOP("Practice")},
        {QStringLiteral("patient"), QT_TR_NOOP("Patient")},
        {QStringLiteral("app_user"), QT_TR_NOOP("User account")},
        {QStringLiteral("session"), QT_TR_NOOP("Session")},
        {QStringLiteral("vault"), QT_TR_NOOP("Vault")},
        {QStringLiteral("audit_log"), QT_TR_NOOP("Audit trail")},
        {QStringLiteral("identity_event"), QT_TR_NOOP("Identity check or change")},
        {QStringLiteral("patient_allergy"), QT_TR_NOOP("Allergy")},
        {QStringLiteral("patient_allergy_statement"), QT_TR_NOOP("“No known allergy”")},
        {QStringLiteral("patient_condition"), QT_TR_NOOP("Medical history")},
        {QStringLiteral("patient_treatment"), QT_TR_NOOP("Treatment")},
        {QStringLiteral("patient_merge"), QT_TR_NOOP("Merge of two files")},
        {QStringLiteral("drug_substance"), QT_TR_NOOP("Drug database")},
        {QStringLiteral("vital_sign"), QT_TR_NOOP("Vital sign")},
        {QStringLiteral("consultation"), QT_TR_NOOP("Prepared consultation")},
    };
    const char *source = words.value(entity);
    return source ? tr(source) : entity;
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
    // The record's id stays at hand for a search by id, behind the name.
    if (role == Qt::ToolTipRole && index.column() == Record && !entry.subject.isEmpty())
        return entry.entityId;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time: return QLocale().toString(entry.at, QLocale::ShortFormat);
    case User: return entry.userName;
    case Action: return describeAction(entry.action);
    case Kind: return describeKind(entry.entity);
    case Record: return entry.subject.isEmpty() ? entry.entityId : entry.subject;
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
