#pragma once

#include <QAbstractTableModel>
#include <QColor>
#include <QFont>
#include <QList>

#include <functional>

namespace relais::ui {

// A read-only table of records of one kind (allergies, conditions, treatments...), each column
// a title and how to show a record in it. The lists of a patient's file differ only there.
template<typename Record>
class RecordListModel : public QAbstractTableModel
{
public:
    struct Column
    {
        QString title;
        std::function<QString(const Record &)> text;
    };
    // Rows for which `emphasised` is true show in bold (an ALD, a current treatment).
    RecordListModel(QList<Column> columns, std::function<bool(const Record &)> emphasised,
                    QObject *parent = nullptr)
        : QAbstractTableModel(parent)
        , m_columns(std::move(columns))
        , m_emphasised(std::move(emphasised))
    {}

    // Rows for which `struck` is true show struck out (a value corrected since).
    void setStruckOut(std::function<bool(const Record &)> struck) { m_struck = std::move(struck); }
    // Rows for which `alarming` is true show in dark red.
    void setAlarming(std::function<bool(const Record &)> alarming)
    {
        m_alarming = std::move(alarming);
    }

    void setRecords(const QList<Record> &records)
    {
        beginResetModel();
        m_records = records;
        endResetModel();
    }
    const Record &record(int row) const { return m_records.at(row); }
    const QList<Record> &records() const { return m_records; }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_records.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Record &r = m_records.at(index.row());
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return m_columns.at(index.column()).text(r);
        if (role == Qt::FontRole) {
            const bool bold = m_emphasised && m_emphasised(r);
            const bool struck = m_struck && m_struck(r);
            if (!bold && !struck)
                return {};
            QFont font;
            font.setBold(bold);
            font.setStrikeOut(struck);
            return font;
        }
        if (role == Qt::ForegroundRole && m_alarming && m_alarming(r))
            return QColor(0xa4, 0x00, 0x00);
        return {};
    }
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
            section >= m_columns.size())
            return QAbstractTableModel::headerData(section, orientation, role);
        return m_columns.at(section).title;
    }

private:
    QList<Column> m_columns;
    std::function<bool(const Record &)> m_emphasised;
    std::function<bool(const Record &)> m_struck;
    std::function<bool(const Record &)> m_alarming;
    QList<Record> m_records;
};

} // namespace relais::ui
