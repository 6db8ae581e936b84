#pragma once

#include "common/RecordListModel.h"
#include "services/PatientVitals.h"

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QGroupBox;
class QLabel;
class QScrollArea;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableView;

namespace relais::ui {

// The vital-signs tab of a patient's file: the assistant types the measurements of one sitting
// field after field (units shown, BMI and the blood-pressure mean live, each field checked as it
// is left), saves them with Enter, and sees the latest values with their alerts and the whole
// history, corrections included.
class VitalsPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int PressureRows = 3;

    explicit VitalsPanel(Vault &vault, QWidget *parent = nullptr);
    void setSession(const Session &session) { m_session = session; }
    // Another patient: the form is emptied; reload() reads their values.
    void showPatient(const QString &patientId);
    // For a prepared consultation: what is saved is linked to it.
    void setConsultation(const QString &consultationId);

    bool save();
    void correctSelected();
    // Reads the patient's values again (after a save, a correction, a merge).
    void reload();
    // Reads what was typed: reasons under the fields left, how each value was read, and the
    // alerts the values would raise.
    void checkTyped();

    RecordListModel<VitalRecord> *history() const { return m_historyModel; }
    QLineEdit *field(VitalKind kind) const;
    QLineEdit *systolic(int row) const;
    QLineEdit *diastolic(int row) const;

Q_SIGNALS:
    // Something was saved or corrected: the file's other views may show it.
    void changed();
    // The alerts of the patient's last visit, each time the values are read again.
    void alertsShown(const QList<VitalAlert> &alerts);

private:
    struct PressureRow
    {
        QLineEdit *systolic = nullptr;
        QLineEdit *diastolic = nullptr;
        QComboBox *arm = nullptr;
        QComboBox *position = nullptr;
    };
    QWidget *buildEntry();
    VitalEntry entry() const;
    void leave(const QString &field);
    void updateComputed();
    void clearEntry();
    void showLatest(const LatestVitals &latest);

    PatientVitals m_vitals;
    Session m_session;
    QString m_patientId;
    QString m_consultationId;
    QStringList m_left;

    QGroupBox *m_box = nullptr;
    QMap<VitalKind, QLineEdit *> m_fields;
    QList<PressureRow> m_pressures;
    QLabel *m_bmi = nullptr;
    QLabel *m_pressureMean = nullptr;
    QRadioButton *m_now = nullptr;
    QRadioButton *m_earlier = nullptr;
    QDateTimeEdit *m_takenAt = nullptr;
    QLineEdit *m_lateReason = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_saved = nullptr;
    QLabel *m_liveAlerts = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_latest = nullptr;
    QFormLayout *m_form = nullptr;
    QWidget *m_headCircumferenceRow = nullptr;
    QLabel *m_alerts = nullptr;
    QLabel *m_historyTitle = nullptr;
    QTableView *m_historyTable = nullptr;
    RecordListModel<VitalRecord> *m_historyModel = nullptr;
};

} // namespace relais::ui
