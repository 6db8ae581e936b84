#include "ConditionDialog.h"

#include "common/FormHelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace relais::ui {

ConditionDialog::ConditionDialog(PatientHistory &history, const Session &session,
                                 const Condition &condition, QWidget *parent)
    : FormDialog(parent)
    , m_history(history)
    , m_session(session)
    , m_condition(condition)
{
    setWindowTitle(condition.id.isEmpty() ? tr("New history entry") : tr("History entry"));
    QVBoxLayout *layout = body();
    auto *form = new QFormLayout;
    m_category = new QComboBox(this);
    for (auto category :
         {Condition::Category::Medical, Condition::Category::Surgical, Condition::Category::Family})
        m_category->addItem(PatientHistory::display(category), static_cast<int>(category));
    m_category->setCurrentIndex(m_category->findData(static_cast<int>(condition.category)));
    m_label = makeNamedEdit(this, PatientHistory::FieldLabel);
    m_label->setPlaceholderText(tr("type 2 diabetes, appendicectomy, mother: breast cancer…"));
    m_label->setText(condition.label);
    m_icd10 = makeNamedEdit(this, PatientHistory::FieldIcd10);
    m_icd10->setPlaceholderText(tr("optional, e.g. E11.9"));
    m_icd10->setText(condition.icd10);
    m_since = makeNamedEdit(this, PatientHistory::FieldSince);
    m_since->setPlaceholderText(tr("1998, 03/2015 or 12/03/2015"));
    m_since->setText(PatientHistory::displaySince(condition.since));
    m_ald = new QCheckBox(tr("Long-term condition (ALD), covered at 100 %"), this);
    m_ald->setObjectName(QStringLiteral("ald"));
    m_ald->setChecked(condition.ald);
    m_aldUntil = makeNamedEdit(this, PatientHistory::FieldAldUntil);
    m_aldUntil->setPlaceholderText(tr("dd/mm/yyyy, if known"));
    m_aldUntil->setText(condition.aldUntil.toString(QStringLiteral("dd/MM/yyyy")));
    m_aldUntil->setEnabled(condition.ald);
    m_note = new QPlainTextEdit(condition.note, this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(80);
    addFieldRow(form, tr("&Kind:"), m_category);
    addFieldRow(form, tr("&Condition:"), m_label);
    addFieldRow(form, tr("&Since:"), m_since);
    addFieldRow(form, tr("ICD-&10 code:"), m_icd10);
    form->addRow(QString(), m_ald);
    addFieldRow(form, tr("ALD &until:"), m_aldUntil);
    addFieldRow(form, tr("&Note:"), m_note);
    layout->addLayout(form);
    connect(m_ald, &QCheckBox::toggled, m_aldUntil, &QWidget::setEnabled);
    setMinimumWidth(520);
}

void ConditionDialog::save()
{
    Condition c = m_condition;
    c.category = static_cast<Condition::Category>(m_category->currentData().toInt());
    c.label = m_label->text();
    c.icd10 = m_icd10->text();
    c.since = m_since->text();
    c.ald = m_ald->isChecked();
    c.aldUntil = {};
    if (c.ald && !m_aldUntil->text().trimmed().isEmpty()) {
        c.aldUntil = QDate::fromString(m_aldUntil->text().trimmed(), QStringLiteral("dd/MM/yyyy"));
        if (!c.aldUntil.isValid())
            return refuse(Error{ErrorCode::InvalidInput,
                                tr("Type the end of the ALD as dd/mm/yyyy."),
                                QLatin1String(PatientHistory::FieldAldUntil)});
    }
    c.note = m_note->toPlainText();
    if (auto saved = m_history.saveCondition(m_session, c); !saved)
        return refuse(saved.error());
    accept();
}

} // namespace relais::ui
