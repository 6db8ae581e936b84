#include "WalkInDialog.h"

#include "common/FormHelpers.h"
#include "patients/PatientPicker.h"
#include "services/WaitingRoom.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

namespace relais::ui {

WalkInDialog::WalkInDialog(Vault &vault, const Session &session,
                           const QList<UserAccount> &practitioners, QWidget *parent)
    : FormDialog(parent, tr("&Add to the waiting room"), QStringLiteral("addWalkIn"))
    , m_vault(vault)
    , m_session(session)
{
    setWindowTitle(tr("Without an appointment"));
    QFormLayout *form = addForm();
    m_patient = new PatientPicker(vault, session, this);
    m_patient->searchField()->setObjectName(QLatin1String(WaitingRoom::FieldPatient));
    addFieldRow(form, tr("&Patient:"), m_patient->searchField(), m_patient);
    form->addRow(QString(), m_patient->results());
    form->addRow(QString(), m_patient->chosenLabel());
    m_practitioner = new QComboBox(this);
    m_practitioner->setObjectName(QLatin1String(WaitingRoom::FieldPractitioner));
    m_practitioner->addItem(tr("whoever is free"), QString());
    for (const UserAccount &p : practitioners)
        m_practitioner->addItem(p.displayName, p.id);
    addFieldRow(form, tr("&For:"), m_practitioner);
    m_reason = makeNamedEdit(this, WaitingRoom::FieldReason);
    m_reason->setPlaceholderText(tr("fever, a cut, a renewal…"));
    addFieldRow(form, tr("&Why:"), m_reason);
    connect(m_patient, &PatientPicker::chosen, this, [this] { m_practitioner->setFocus(); });
    askBeforeDiscarding(this);
    m_patient->searchField()->setFocus();
}

void WalkInDialog::save()
{
    if (m_patient->patientId().isEmpty()) {
        refuse(Error{ErrorCode::InvalidInput,
                     tr("Find the patient, or create their file with \"New file\"."),
                     QLatin1String(WaitingRoom::FieldPatient)});
        return;
    }
    auto visit =
        WaitingRoom(m_vault).walkIn(m_session, m_patient->patientId(),
                                    m_practitioner->currentData().toString(), m_reason->text());
    if (!visit) {
        refuse(visit.error());
        return;
    }
    m_visitId = *visit;
    accept();
}

} // namespace relais::ui
