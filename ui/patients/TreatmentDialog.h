#pragma once

#include "common/FormDialog.h"
#include "services/PatientHistory.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace relais::ui {

// A treatment the patient takes, as the box or another doctor's prescription says it.
class TreatmentDialog : public FormDialog
{
    Q_OBJECT

public:
    TreatmentDialog(PatientHistory &history, const Session &session, const Treatment &treatment,
                    QWidget *parent = nullptr);
    void save() override;

private:
    PatientHistory &m_history;
    const Session &m_session;
    Treatment m_treatment;
    QLineEdit *m_drug = nullptr;
    QLineEdit *m_dosage = nullptr;
    QLineEdit *m_since = nullptr;
    QLineEdit *m_prescriber = nullptr;
    QPlainTextEdit *m_note = nullptr;
};

} // namespace relais::ui
