#include "PatientSearchModel.h"

namespace relais::ui {

PatientSearchModel::PatientSearchModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PatientSearchModel::setHits(const QList<PatientHit> &hits, const QDate &today)
{
    beginResetModel();
    m_hits = hits;
    m_today = today;
    endResetModel();
}

int PatientSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_hits.size());
}

int PatientSearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int PatientSearchModel::ageOn(const QDate &birth, const QDate &today)
{
    if (!birth.isValid() || !today.isValid())
        return -1;
    int age = today.year() - birth.year();
    if (today.month() < birth.month() ||
        (today.month() == birth.month() && today.day() < birth.day()))
        --age;
    return age;
}

QString PatientSearchModel::bornOn(QChar sex, const QDate &birth)
{
    const QString date = birth.toString(QStringLiteral("dd/MM/yyyy"));
    if (sex == QLatin1Char('F'))
        return tr("born %1", "a woman").arg(date);
    if (sex == QLatin1Char('M'))
        return tr("born %1", "a man").arg(date);
    return tr("birth date %1").arg(date);
}

QString PatientSearchModel::describeSex(QChar sex)
{
    if (sex == QLatin1Char('F'))
        return tr("F", "sex: female");
    if (sex == QLatin1Char('M'))
        return tr("M", "sex: male");
    return tr("?", "sex: unknown");
}

QVariant PatientSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PatientHit &hit = m_hits.at(index.row());
    if (role == IdRole)
        return hit.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name: return hit.displayName;
    case BirthDate: return hit.birthDate.toString(QStringLiteral("dd/MM/yyyy"));
    case Age: {
        const int age = ageOn(hit.birthDate, m_today);
        return age < 0 ? QString() : tr("%n years", nullptr, age);
    }
    case Sex: return describeSex(hit.sex);
    case Status: return IdentityStatusRules::code(hit.status);
    default: return {};
    }
}

QVariant PatientSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case BirthDate: return tr("Born");
    case Age: return tr("Age");
    case Sex: return tr("Sex");
    case Status: return tr("Identity");
    default: return {};
    }
}

} // namespace relais::ui
