#include "AllergyDialog.h"

#include "FormHelpers.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace relais::ui {

AllergyDialog::AllergyDialog(PatientAllergies &allergies, const Session &session, QString patientId,
                             QWidget *parent)
    : QDialog(parent)
    , m_allergies(allergies)
    , m_session(session)
    , m_patientId(std::move(patientId))
{
    setWindowTitle(tr("Allergy or intolerance"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_substance = makeNamedEdit(this, PatientAllergies::FieldSubstance);
    m_substance->setPlaceholderText(tr("a drug, a food, latex…"));
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Allergy"), static_cast<int>(Allergy::Kind::Allergy));
    m_kind->addItem(tr("Intolerance"), static_cast<int>(Allergy::Kind::Intolerance));
    m_reaction = makeNamedEdit(this, "reaction");
    m_reaction->setPlaceholderText(tr("what happened, if known"));
    form->addRow(tr("&Substance:"), m_substance);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Reaction:"), m_reaction);
    layout->addLayout(form);
    m_reason = makeReasonLabel(this);
    layout->addWidget(m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AllergyDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(440);
}

void AllergyDialog::save()
{
    const Allergy allergy{{},
                          m_patientId,
                          static_cast<Allergy::Kind>(m_kind->currentData().toInt()),
                          m_substance->text(),
                          {},
                          m_reaction->text()};
    if (auto added = m_allergies.add(m_session, allergy); !added)
        return showFormError(this, m_reason, added.error());
    accept();
}

} // namespace relais::ui
