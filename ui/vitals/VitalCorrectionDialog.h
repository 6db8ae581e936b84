#pragma once

#include "common/FormDialog.h"
#include "services/PatientVitals.h"

class QLabel;
class QLineEdit;

namespace relais::ui {

// Corrects one measurement: the new value and why. The old one stays in the history.
class VitalCorrectionDialog : public FormDialog
{
    Q_OBJECT

public:
    VitalCorrectionDialog(PatientVitals &vitals, const Session &session, VitalRecord record,
                          QWidget *parent = nullptr);
    void save() override;

private:
    PatientVitals &m_vitals;
    const Session &m_session;
    VitalRecord m_record;
    QLineEdit *m_value = nullptr;
    QLineEdit *m_why = nullptr;
};

} // namespace relais::ui
