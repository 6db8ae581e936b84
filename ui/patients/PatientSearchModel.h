#pragma once

#include "services/PatientRegistry.h"

#include <QAbstractTableModel>

namespace relais::ui {

// The patients found for what is typed in the search box.
class PatientSearchModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        BirthDate,
        Age,
        Sex,
        Status,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole;

    explicit PatientSearchModel(QObject *parent = nullptr);

    void setHits(const QList<PatientHit> &hits, const QDate &today);
    const PatientHit &hit(int row) const { return m_hits.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static int ageOn(const QDate &birth, const QDate &today);
    static QString describeSex(QChar sex);
    // "born 12/03/1985", agreeing with the sex in French (né, née); without a known sex, the
    // date alone.
    static QString bornOn(QChar sex, const QDate &birth);

private:
    QList<PatientHit> m_hits;
    QDate m_today;
};

} // namespace relais::ui
