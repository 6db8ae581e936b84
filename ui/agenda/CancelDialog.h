#pragma once

#include "common/FormDialog.h"
#include "security/Session.h"
#include "services/Agenda.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace relais {
class Vault;
}

namespace relais::ui {

// Cancelling an appointment: who cancels (the patient, excused; or the practice) and why; for
// one of a series, the following ones too if asked.
class CancelDialog : public FormDialog
{
    Q_OBJECT

public:
    CancelDialog(Vault &vault, const Session &session, const AgendaEntry &entry,
                 QWidget *parent = nullptr);
    void save() override;

private:
    Vault &m_vault;
    Session m_session;
    AgendaEntry m_entry;
    QComboBox *m_by = nullptr;
    QLineEdit *m_reason = nullptr;
    QCheckBox *m_following = nullptr;
};

} // namespace relais::ui
