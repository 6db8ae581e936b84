#pragma once

#include "common/FormDialog.h"
#include "services/PatientRegistry.h"

class QComboBox;
class QLabel;

namespace relais::ui {

// The identity is checked against a high-trust document held by the patient: the dialog shows
// the strict traits as kept, to be compared with the document line by line, and records which
// document was seen. PROV becomes VALI, RECUP becomes QUAL.
class ValidateIdentityDialog : public FormDialog
{
    Q_OBJECT

public:
    ValidateIdentityDialog(PatientRegistry &registry, const Session &session,
                           const PatientIdentity &patient, QWidget *parent = nullptr);
    void save() override;

private:
    PatientRegistry &m_registry;
    const Session &m_session;
    PatientIdentity m_patient;
    QComboBox *m_document = nullptr;
};

} // namespace relais::ui
