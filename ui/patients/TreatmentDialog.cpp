#include "TreatmentDialog.h"

#include "common/FormHelpers.h"

#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStringListModel>
#include <QVBoxLayout>

namespace relais::ui {

TreatmentDialog::TreatmentDialog(PatientHistory &history, const DrugSearch &search,
                                 const Session &session, const Treatment &treatment,
                                 QWidget *parent)
    : FormDialog(parent)
    , m_history(history)
    , m_search(search)
    , m_session(session)
    , m_treatment(treatment)
{
    setWindowTitle(treatment.id.isEmpty() ? tr("New current treatment") : tr("Treatment"));
    QVBoxLayout *layout = body();
    auto *form = new QFormLayout;
    m_drug = makeNamedEdit(this, PatientHistory::FieldDrug);
    m_drug->setPlaceholderText(tr("as on the box: METFORMINE 1000 mg, comprimé"));
    m_drug->setText(treatment.drug);
    // The database's drugs for what is typed, to pick from; a pick links the treatment.
    m_suggestions = new QStringListModel(this);
    m_completer = new QCompleter(m_suggestions, this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_drug->setCompleter(m_completer);
    m_link = new QLabel(this);
    m_link->setObjectName(QStringLiteral("drugLink"));
    m_link->setWordWrap(true);
    connect(m_drug, &QLineEdit::textEdited, this, &TreatmentDialog::suggest);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &TreatmentDialog::pickDrug);
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
    form->addRow(static_cast<QWidget *>(nullptr), m_link);
    addFieldRow(form, tr("D&osage:"), m_dosage);
    addFieldRow(form, tr("&Since:"), m_since);
    addFieldRow(form, tr("&Prescribed by:"), m_prescriber);
    addFieldRow(form, tr("&Note:"), m_note);
    layout->addLayout(form);
    setMinimumWidth(520);
    showLink();
}

void TreatmentDialog::suggest(const QString &typed)
{
    // Typing again unlinks: the name no longer says which specialty it is.
    m_treatment.cis.clear();
    showLink();
    m_found.clear();
    if (typed.trimmed().size() >= 3)
        if (auto found = m_search.find(m_session, typed, 15))
            m_found = std::move(*found);
    QStringList names;
    for (const DrugChoice &choice : std::as_const(m_found))
        names.append(choice.specialty.name);
    m_suggestions->setStringList(names);
}

void TreatmentDialog::pickDrug(const QString &name)
{
    for (const DrugChoice &choice : std::as_const(m_found))
        if (choice.specialty.name == name) {
            m_treatment.cis = choice.specialty.cis;
            m_drug->setText(name);
            break;
        }
    showLink();
}

void TreatmentDialog::showLink()
{
    m_link->setText(m_treatment.cis.isEmpty()
                        ? tr("Not linked to the drug database: pick the drug in the list as you "
                             "type, or the checks recognise it by its name when they can.")
                        : tr("Linked to the drug database (CIS %1): the checks read its "
                             "substances.")
                              .arg(m_treatment.cis));
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
