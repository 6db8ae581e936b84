#pragma once

#include "common/FormDialog.h"
#include "domain/UserAccount.h"
#include "security/Session.h"

class QComboBox;
class QLineEdit;

namespace relais {
class Vault;
}

namespace relais::ui {

class PatientPicker;

// A patient who comes without an appointment (unscheduled care): who, for whom (or whoever is
// free), and why; they join the waiting room as arrived.
class WalkInDialog : public FormDialog
{
    Q_OBJECT

public:
    WalkInDialog(Vault &vault, const Session &session, const QList<UserAccount> &practitioners,
                 QWidget *parent = nullptr);
    void save() override;
    const QString &visitId() const { return m_visitId; }

private:
    Vault &m_vault;
    Session m_session;
    QString m_visitId;
    PatientPicker *m_patient = nullptr;
    QComboBox *m_practitioner = nullptr;
    QLineEdit *m_reason = nullptr;
};

} // namespace relais::ui
