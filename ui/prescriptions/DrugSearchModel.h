#pragma once

#include "domain/Drug.h"

#include <QAbstractTableModel>
#include <QList>

namespace relais::ui {

// The drugs a search found, one row each, with what tells them apart: strength, form, routes,
// whether marketed, generic status, reimbursement rate, prescribing conditions.
class DrugSearchModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Strength,
        Form,
        Routes,
        Marketed,
        Generic,
        Rate,
        Conditions,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setChoices(const QList<DrugChoice> &choices);
    const QList<DrugChoice> &choices() const { return m_choices; }
    const DrugChoice &choice(int row) const { return m_choices.at(row); }

    // "Princeps", "Générique", "" for a specialty in no generic group.
    static QString genericText(const DrugChoice &choice);
    static QString rateText(const DrugChoice &choice);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<DrugChoice> m_choices;
};

} // namespace relais::ui
