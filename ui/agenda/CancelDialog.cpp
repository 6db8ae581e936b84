#include "CancelDialog.h"

#include "common/FormHelpers.h"
#include "domain/PracticeTime.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace relais::ui {

CancelDialog::CancelDialog(Vault &vault, const Session &session, const AgendaEntry &entry,
                           QWidget *parent)
    : FormDialog(parent, tr("&Cancel the appointment"), QStringLiteral("cancelAppointment"))
    , m_vault(vault)
    , m_session(session)
    , m_entry(entry)
{
    setWindowTitle(tr("Cancel an appointment"));
    QFormLayout *form = addForm();
    auto *what = new QLabel(
        tr("%1, %2").arg(entry.patientName,
                         QLocale().toString(PracticeTime::toLocal(entry.appointment.start),
                                            QStringLiteral("dddd d MMMM, HH:mm"))),
        this);
    what->setWordWrap(true);
    form->addRow(tr("Appointment:"), what);
    m_by = new QComboBox(this);
    m_by->setObjectName(QStringLiteral("cancelledBy"));
    m_by->addItem(tr("the patient (excused)"), static_cast<int>(Appointment::CancelledBy::Patient));
    m_by->addItem(tr("the practice"), static_cast<int>(Appointment::CancelledBy::Practice));
    form->addRow(tr("Cancelled &by:"), m_by);
    m_reason = makeNamedEdit(this, AppointmentRules::FieldReason);
    m_reason->setPlaceholderText(tr("ill, on holiday, the doctor is away…"));
    addFieldRow(form, tr("&Why:"), m_reason);
    if (!entry.appointment.seriesId.isEmpty()) {
        m_following = new QCheckBox(tr("Cancel the following ones of the series too"), this);
        m_following->setObjectName(QStringLiteral("following"));
        form->addRow(QString(), m_following);
    }
    askBeforeDiscarding(this);
    m_reason->setFocus();
}

void CancelDialog::save()
{
    Agenda agenda(m_vault);
    const auto by = static_cast<Appointment::CancelledBy>(m_by->currentData().toInt());
    const Status done =
        (m_following && m_following->isChecked())
            ? agenda.cancelFollowing(m_session, m_entry.appointment.id, by, m_reason->text())
            : agenda.cancel(m_session, m_entry.appointment.id, by, m_reason->text());
    if (!done) {
        refuse(done.error());
        return;
    }
    accept();
}

} // namespace relais::ui
