#include "IntakeDialog.h"

#include "FormHelpers.h"
#include "PatientSearchModel.h"
#include "domain/IdentityTraits.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace relais::ui {

IntakeDialog::IntakeDialog(PatientRegistry &registry, const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_session(session)
{
    setWindowTitle(tr("New patient"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_birthName = makeNamedEdit(this, PatientRegistry::FieldBirthName);
    m_firstNames = makeNamedEdit(this, PatientRegistry::FieldFirstNames);
    m_firstNames->setPlaceholderText(tr("all of them, as on the identity document"));
    m_usedName = makeNamedEdit(this, "usedName");
    m_usedFirstName = makeNamedEdit(this, "usedFirstName");
    m_sex = new QComboBox(this);
    m_sex->setObjectName(QLatin1String(PatientRegistry::FieldSex));
    m_sex->addItem(tr("Choose…"), QString());
    m_sex->addItem(tr("Female"), QStringLiteral("F"));
    m_sex->addItem(tr("Male"), QStringLiteral("M"));
    m_sex->addItem(tr("Unknown"), QStringLiteral("U"));
    m_birthDate = makeNamedEdit(this, PatientRegistry::FieldBirthDate);
    m_birthDate->setPlaceholderText(tr("dd/mm/yyyy"));
    m_birthPlace = makeNamedEdit(this, PatientRegistry::FieldBirthPlace);
    m_birthPlace->setPlaceholderText(tr("INSEE code, e.g. 24520; 99xxx abroad"));
    m_nir = makeNamedEdit(this, PatientRegistry::FieldNir);
    m_nir->setPlaceholderText(tr("15 characters, spaces allowed"));
    m_phone = makeNamedEdit(this, PatientRegistry::FieldPhone);
    m_email = makeNamedEdit(this, PatientRegistry::FieldEmail);
    m_address = makeNamedEdit(this, "address");
    form->addRow(tr("&Birth name:"), m_birthName);
    form->addRow(tr("Birth &given names:"), m_firstNames);
    form->addRow(tr("&Used name:"), m_usedName);
    form->addRow(tr("Used &first name:"), m_usedFirstName);
    form->addRow(tr("&Sex:"), m_sex);
    form->addRow(tr("Birth &date:"), m_birthDate);
    form->addRow(tr("Birth p&lace:"), m_birthPlace);
    form->addRow(tr("Social-security &number:"), m_nir);
    form->addRow(tr("P&hone:"), m_phone);
    form->addRow(tr("E-&mail:"), m_email);
    form->addRow(tr("&Address:"), m_address);
    layout->addLayout(form);
    m_reason = makeReasonLabel(this);
    layout->addWidget(m_reason);

    m_duplicatesBox = new QWidget(this);
    auto *dupLayout = new QVBoxLayout(m_duplicatesBox);
    dupLayout->setContentsMargins(0, 0, 0, 0);
    auto *dupTitle =
        new QLabel(tr("<b>This person may already have a file.</b> Open it rather than "
                      "creating a second one, unless this is someone else."),
                   m_duplicatesBox);
    dupTitle->setWordWrap(true);
    m_duplicates = new QListWidget(m_duplicatesBox);
    m_duplicates->setObjectName(QStringLiteral("duplicates"));
    auto *dupButtons = new QHBoxLayout;
    auto *openExisting = new QPushButton(tr("&Open the selected file"), m_duplicatesBox);
    openExisting->setObjectName(QStringLiteral("openExisting"));
    auto *createAnyway = new QPushButton(tr("It is &another person: create"), m_duplicatesBox);
    createAnyway->setObjectName(QStringLiteral("createAnyway"));
    for (QPushButton *b : {openExisting, createAnyway}) {
        b->setAutoDefault(false);
        dupButtons->addWidget(b);
    }
    dupLayout->addWidget(dupTitle);
    dupLayout->addWidget(m_duplicates);
    dupLayout->addLayout(dupButtons);
    m_duplicatesBox->hide();
    layout->addWidget(m_duplicatesBox);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &IntakeDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(openExisting, &QPushButton::clicked, this, [this] {
        const int row = m_duplicates->currentRow();
        if (row < 0 || row >= m_candidates.size())
            return;
        m_patientId = m_candidates.at(row).patient.id;
        accept();
    });
    connect(createAnyway, &QPushButton::clicked, this, [this] {
        m_confirmedNew = true;
        save();
    });
    setMinimumWidth(560);
}

PatientIdentity IntakeDialog::draft() const
{
    PatientIdentity p;
    p.birthName = m_birthName->text();
    p.firstNames = m_firstNames->text();
    p.usedName = m_usedName->text();
    p.usedFirstName = m_usedFirstName->text();
    const QString sex = m_sex->currentData().toString();
    p.sex = sex.isEmpty() ? QChar() : sex.at(0);
    p.birthPlace = m_birthPlace->text();
    p.nir = m_nir->text();
    p.phone = m_phone->text();
    p.email = m_email->text();
    p.address = m_address->text();
    return p;
}

void IntakeDialog::save()
{
    PatientIdentity p = draft();
    // The date is read here, as typed, so that its own reason can be shown beside it.
    if (!m_birthDate->text().trimmed().isEmpty()) {
        auto date = IdentityTraits::parseBirthDate(m_birthDate->text(), QDate::currentDate());
        if (!date)
            return showFormError(this, m_reason,
                                 Error{ErrorCode::InvalidInput, date.error().message,
                                       QLatin1String(PatientRegistry::FieldBirthDate)});
        p.birthDate = *date;
    }
    auto created = m_registry.create(m_session, p, m_confirmedNew);
    if (!created) {
        if (created.error().code == ErrorCode::AlreadyExists) {
            if (auto normalised = m_registry.normalise(p)) {
                if (auto candidates = m_registry.duplicatesOf(*normalised)) {
                    m_reason->clear();
                    return showDuplicates(*candidates);
                }
            }
        }
        return showFormError(this, m_reason, created.error());
    }
    m_patientId = *created;
    accept();
}

void IntakeDialog::showDuplicates(const QList<DuplicateCandidate> &candidates)
{
    m_candidates = candidates;
    m_duplicates->clear();
    for (const DuplicateCandidate &c : candidates) {
        m_duplicates->addItem(tr("%1, born %2 — %3")
                                  .arg(c.patient.displayName,
                                       c.patient.birthDate.toString(QStringLiteral("dd/MM/yyyy")),
                                       c.match.reasons.join(QStringLiteral(", "))));
    }
    m_duplicates->setCurrentRow(0);
    m_duplicatesBox->show();
    m_duplicates->setFocus();
}

} // namespace relais::ui
