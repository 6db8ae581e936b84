#pragma once

#include "common/FormDialog.h"
#include "services/PatientDetails.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace relais::ui {

// The administrative side of a file: referring doctor, coverage, consents, and the practice's
// notes.
class PatientDetailsDialog : public FormDialog
{
    Q_OBJECT

public:
    PatientDetailsDialog(PatientDetails &details, const Session &session,
                         const PatientDetailsRecord &record, QWidget *parent = nullptr);
    void save() override;

private:
    QComboBox *consentBox(const char *name, Consent current);

    PatientDetails &m_details;
    const Session &m_session;
    PatientDetailsRecord m_record;
    QComboBox *m_referring = nullptr;
    QLineEdit *m_referringName = nullptr;
    QLineEdit *m_referringRpps = nullptr;
    QComboBox *m_scheme = nullptr;
    QLineEdit *m_fund = nullptr;
    QLineEdit *m_complementary = nullptr;
    QLineEdit *m_complementaryNumber = nullptr;
    QComboBox *m_sharing = nullptr;
    QComboBox *m_dmp = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};

} // namespace relais::ui
