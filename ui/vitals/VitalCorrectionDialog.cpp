#include "VitalCorrectionDialog.h"

#include "common/FormHelpers.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace relais::ui {

VitalCorrectionDialog::VitalCorrectionDialog(PatientVitals &vitals, const Session &session,
                                             VitalRecord record, QWidget *parent)
    : FormDialog(parent)
    , m_vitals(vitals)
    , m_session(session)
    , m_record(std::move(record))
{
    setWindowTitle(tr("Correct a measurement"));
    QVBoxLayout *layout = body();
    auto *about = new QLabel(
        tr("%1 of %2: %3. The value you type replaces it; the old one stays in the history, "
           "struck out, with your reason.")
            .arg(VitalSigns::name(m_record.kind),
                 QLocale().toString(m_record.measuredAt.toLocalTime(), QLocale::ShortFormat),
                 m_record.displayValue()),
        this);
    about->setWordWrap(true);
    layout->addWidget(about);
    auto *form = new QFormLayout;
    const bool pressure = m_record.kind == VitalKind::BloodPressure;
    m_value = makeNamedEdit(this, pressure ? BloodPressure::FieldSystolic
                                           : VitalSigns::definition(m_record.kind).code);
    m_value->setPlaceholderText(pressure ? tr("systolic/diastolic, as 142/88")
                                         : VitalSigns::unit(m_record.kind));
    m_why = makeNamedEdit(this, PatientVitals::FieldCorrectionReason);
    m_why->setPlaceholderText(tr("typing mistake, read again on the device…"));
    addFieldRow(form, tr("&Correct value:"), m_value);
    addFieldRow(form, tr("&Why:"), m_why);
    layout->addLayout(form);
    setMinimumWidth(460);
}

void VitalCorrectionDialog::save()
{
    auto corrected = m_vitals.correct(m_session, m_record.id, m_value->text(), m_why->text());
    if (!corrected) {
        Error error = corrected.error();
        // A blood pressure's parts are typed in one field here.
        if (error.field == QLatin1String(BloodPressure::FieldDiastolic))
            error.field = QLatin1String(BloodPressure::FieldSystolic);
        return refuse(error);
    }
    accept();
}

} // namespace relais::ui
