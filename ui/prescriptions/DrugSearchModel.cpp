#include "DrugSearchModel.h"

#include <QColor>
#include <QLocale>

namespace relais::ui {

void DrugSearchModel::setChoices(const QList<DrugChoice> &choices)
{
    beginResetModel();
    m_choices = choices;
    endResetModel();
}

QString DrugSearchModel::genericText(const DrugChoice &choice)
{
    if (!choice.generic)
        return {};
    switch (choice.generic->kind) {
    case GenericGroupMember::Kind::Originator: return tr("Originator");
    case GenericGroupMember::Kind::Generic: return tr("Generic");
    case GenericGroupMember::Kind::Complementary: return tr("Generic (posology)");
    case GenericGroupMember::Kind::Substitutable: return tr("Substitutable");
    }
    return {};
}

QString DrugSearchModel::rateText(const DrugChoice &choice)
{
    if (!choice.reimbursementRate)
        return tr("Not reimbursed");
    return QLocale().toString(*choice.reimbursementRate) + QStringLiteral("\u202f%");
}

int DrugSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_choices.size());
}

int DrugSearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DrugSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DrugChoice &c = m_choices.at(index.row());
    if (role == Qt::ForegroundRole && !c.specialty.marketed)
        return QColor(0x60, 0x60, 0x60);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return role == Qt::ToolTipRole ? c.substances().join(QStringLiteral(", "))
                                       : c.specialty.name;
    case Strength: return c.strength();
    case Form: return c.specialty.form;
    case Routes: return c.specialty.routes.join(QStringLiteral(", "));
    case Marketed: return c.specialty.marketed ? tr("Marketed") : tr("Not marketed");
    case Generic:
        return role == Qt::ToolTipRole && c.generic ? c.generic->groupLabel : genericText(c);
    case Rate: return rateText(c);
    case Conditions: return c.conditions.join(QStringLiteral("; "));
    default: break;
    }
    return {};
}

QVariant DrugSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Drug");
    case Strength: return tr("Strength");
    case Form: return tr("Form");
    case Routes: return tr("Route");
    case Marketed: return tr("State");
    case Generic: return tr("Generic");
    case Rate: return tr("Reimbursed");
    case Conditions: return tr("Conditions");
    default: break;
    }
    return {};
}

} // namespace relais::ui
