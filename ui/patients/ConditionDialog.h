#pragma once

#include "common/FormDialog.h"
#include "services/PatientHistory.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace relais::ui {

// A condition of the patient's history, new or changed: what, when, its ICD-10 code, and whether
// it is an ALD (with the end of the exemption).
class ConditionDialog : public FormDialog
{
    Q_OBJECT

public:
    ConditionDialog(PatientHistory &history, const Session &session, const Condition &condition,
                    QWidget *parent = nullptr);
    void save() override;

private:
    PatientHistory &m_history;
    const Session &m_session;
    Condition m_condition;
    QComboBox *m_category = nullptr;
    QLineEdit *m_label = nullptr;
    QLineEdit *m_icd10 = nullptr;
    QLineEdit *m_since = nullptr;
    QCheckBox *m_ald = nullptr;
    QLineEdit *m_aldUntil = nullptr;
    QPlainTextEdit *m_note = nullptr;
};

} // namespace relais::ui
