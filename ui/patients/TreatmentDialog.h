#pragma once

#include "services/PatientHistory.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace relais::ui {

// A treatment the patient takes, as the box or another doctor's prescription says it.
class TreatmentDialog : public QDialog
{
    Q_OBJECT

public:
    TreatmentDialog(PatientHistory &history, const Session &session, const Treatment &treatment,
                    QWidget *parent = nullptr);
    void save();

private:
    PatientHistory &m_history;
    const Session &m_session;
    Treatment m_treatment;
    QLineEdit *m_drug = nullptr;
    QLineEdit *m_dosage = nullptr;
    QLineEdit *m_since = nullptr;
    QLineEdit *m_prescriber = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_reason = nullptr;
};

} // namespace relais::ui
