#include "TreatmentDialog.h"

#include "common/FormHelpers.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace relais::ui {

TreatmentDialog::TreatmentDialog(PatientHistory &history, const Session &session,
                                 const Treatment &treatment, QWidget *parent)
    : FormDialog(parent)
    , m_history(history)
    , m_session(session)
    , m_treatment(treatment)
{
    setWindowTitle(treatment.id.isEmpty() ? tr("New current treatment") : tr("Treatment"));
    QVBoxLayout *layout = body();
    auto *form = new QFormLayout;
    m_drug = makeNamedEdit(this, PatientHistory::FieldDrug);
    m_drug->setPlaceholderText(tr("as on the box: METFORMINE 1000 mg, comprimé"));
    m_drug->setText(treatment.drug);
    m_dosage = makeNamedEdit(this, "dosage");
    m_dosage->setPlaceholderText(tr("1 tablet morning and evening"));
    m_dosage->setText(treatment.dosage);
    m_since = makeNamedEdit(this, PatientHistory::FieldSince);
    m_since->setPlaceholderText(tr("2015, 03/2015 or 12/03/2015"));
    m_since->setText(PatientHistory::displaySince(treatment.since));
    m_prescriber = makeNamedEdit(this, "prescriber");
    m_prescriber->setPlaceholderText(tr("if another doctor: Dr Vidal, cardiologist"));
    m_prescriber->setText(treatment.prescriber);
    m_note = new QPlainTextEdit(treatment.note, this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(80);
    addFieldRow(form, tr("&Drug:"), m_drug);
    addFieldRow(form, tr("D&osage:"), m_dosage);
    addFieldRow(form, tr("&Since:"), m_since);
    addFieldRow(form, tr("&Prescribed by:"), m_prescriber);
    addFieldRow(form, tr("&Note:"), m_note);
    layout->addLayout(form);
    setMinimumWidth(520);
}

void TreatmentDialog::save()
{
    Treatment t = m_treatment;
    t.drug = m_drug->text();
    t.dosage = m_dosage->text();
    t.since = m_since->text();
    t.prescriber = m_prescriber->text();
    t.note = m_note->toPlainText();
    if (auto saved = m_history.saveTreatment(m_session, t); !saved)
        return refuse(saved.error());
    accept();
}

} // namespace relais::ui
