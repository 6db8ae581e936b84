#pragma once

#include "common/RecordListModel.h"
#include "services/PatientVitals.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QTableView;

namespace relais::ui {

// The trends of a patient's file: weight, BMI or blood pressure over time, on a date axis, with
// the 140/90 thresholds for blood pressure and each value on hover; the same values in a table
// beside the chart, for reading exact figures and for keyboard users.
class VitalChart : public QWidget
{
    Q_OBJECT

public:
    // The date axis for a span of time: a label format and a tick count such that ticks stand
    // at least one unit of the format apart, so that no two labels read the same.
    struct DateAxis
    {
        QString format;
        int ticks = 2;
    };
    static DateAxis dateAxisFor(qint64 fromMs, qint64 toMs);

    enum class Period
    {
        OneYear,
        FiveYears,
        TenYears,
        Everything
    };

    explicit VitalChart(Vault &vault, QWidget *parent = nullptr);
    void setSession(const Session &session) { m_session = session; }
    void showPatient(const QString &patientId);
    void show(VitalKind kind, Period period);
    void reload();

    QChart *chart() const { return m_chart; }
    QChartView *view() const { return m_view; }
    RecordListModel<VitalPoint> *points() const { return m_points; }

private:
    PatientVitals m_vitals;
    Session m_session;
    QString m_patientId;
    QComboBox *m_kind = nullptr;
    QComboBox *m_period = nullptr;
    QLabel *m_empty = nullptr;
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    RecordListModel<VitalPoint> *m_points = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace relais::ui
