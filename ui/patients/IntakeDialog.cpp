#include "IntakeDialog.h"

#include "BirthPlaceField.h"
#include "PatientSearchModel.h"
#include "common/FormHelpers.h"
#include "domain/IdentityTraits.h"
#include "domain/Nir.h"
#include "domain/PhoneNumber.h"
#include "domain/PostalAddress.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStringListModel>
#include <QTimer>
#include <QVBoxLayout>

namespace relais::ui {

IntakeDialog::IntakeDialog(PatientRegistry &registry, const Session &session, QWidget *parent,
                           const Result<PlaceDirectory> &places)
    : FormDialog(parent)
    , m_registry(registry)
    , m_places(places)
    , m_session(session)
{
    build();
}

IntakeDialog::IntakeDialog(PatientRegistry &registry, const Session &session,
                           const PatientIdentity &current, QWidget *parent,
                           const Result<PlaceDirectory> &places)
    : FormDialog(parent)
    , m_registry(registry)
    , m_places(places)
    , m_session(session)
    , m_current(current)
{
    build();
    fill(current);
}

void IntakeDialog::build()
{
    setWindowTitle(isEditing() ? tr("Identity and contact") : tr("New patient"));
    QVBoxLayout *layout = body();
    auto *columns = new QHBoxLayout;
    auto *identity = new QFormLayout;
    auto *contact = new QFormLayout;
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
    m_birthPlace = new BirthPlaceField(m_places, PatientRegistry::FieldBirthPlace, this);
    m_nir = makeNamedEdit(this, PatientRegistry::FieldNir);
    m_nir->setPlaceholderText(tr("15 characters, spaces allowed"));
    m_phone = makeNamedEdit(this, PatientRegistry::FieldPhone);
    m_phone->setPlaceholderText(tr("06 12 34 56 78"));
    m_email = makeNamedEdit(this, PatientRegistry::FieldEmail);
    m_address = makeNamedEdit(this, PatientRegistry::FieldAddress);
    m_address->setPlaceholderText(tr("number and street"));
    m_postcode = makeNamedEdit(this, PostalAddressRules::FieldPostcode);
    m_postcode->setMaxLength(6);
    m_city = makeNamedEdit(this, PostalAddressRules::FieldCity);
    m_towns = new QStringListModel(this);
    m_townCompleter = new QCompleter(m_towns, this);
    m_townCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_townCompleter->setFilterMode(Qt::MatchContains);
    m_city->setCompleter(m_townCompleter);
    addFieldRow(identity, tr("&Birth name:"), m_birthName);
    addFieldRow(identity, tr("Birth &given names:"), m_firstNames);
    addFieldRow(identity, tr("&Used name:"), m_usedName);
    addFieldRow(identity, tr("Used &first name:"), m_usedFirstName);
    addFieldRow(identity, tr("&Sex:"), m_sex);
    addFieldRow(identity, tr("Birth &date:"), m_birthDate);
    addFieldRow(identity, tr("Birth p&lace:"), m_birthPlace->edit(), m_birthPlace);
    addFieldRow(identity, tr("Social-security &number:"), m_nir);
    addFieldRow(contact, tr("P&hone:"), m_phone);
    addFieldRow(contact, tr("E-&mail:"), m_email);
    addFieldRow(contact, tr("&Address:"), m_address);
    addFieldRow(contact, tr("&Postcode:"), m_postcode);
    addFieldRow(contact, tr("&Town:"), m_city);
    if (isEditing()) {
        m_changeReason = makeNamedEdit(this, PatientRegistry::FieldReason);
        m_changeReason->setPlaceholderText(tr("needed to change a strict trait of a checked "
                                              "identity"));
        addFieldRow(contact, tr("&Reason for the change:"), m_changeReason);
    }
    columns->addLayout(identity, 1);
    columns->addSpacing(12);
    columns->addLayout(contact, 1);
    layout->addLayout(columns);

    m_duplicatesBox = new QWidget(this);
    auto *dupLayout = new QVBoxLayout(m_duplicatesBox);
    dupLayout->setContentsMargins(0, 0, 0, 0);
    m_duplicatesTitle = new QLabel(m_duplicatesBox);
    m_duplicatesTitle->setWordWrap(true);
    m_duplicates = new QListWidget(m_duplicatesBox);
    m_duplicates->setObjectName(QStringLiteral("duplicates"));
    m_duplicates->setMaximumHeight(110);
    auto *dupButtons = new QHBoxLayout;
    auto *openExisting = new QPushButton(tr("&Open the selected file"), m_duplicatesBox);
    openExisting->setObjectName(QStringLiteral("openExisting"));
    m_createAnyway = new QPushButton(isEditing() ? tr("It is &another person: save")
                                                 : tr("It is &another person: create"),
                                     m_duplicatesBox);
    m_createAnyway->setObjectName(QStringLiteral("createAnyway"));
    for (QPushButton *b : {openExisting, m_createAnyway}) {
        b->setAutoDefault(false);
        dupButtons->addWidget(b);
    }
    dupButtons->addStretch();
    dupLayout->addWidget(m_duplicatesTitle);
    dupLayout->addWidget(m_duplicates);
    dupLayout->addLayout(dupButtons);
    m_duplicatesBox->hide();
    layout->addWidget(m_duplicatesBox);

    connect(openExisting, &QPushButton::clicked, this, [this] {
        const int row = m_duplicates->currentRow();
        if (row < 0 || row >= m_candidates.size())
            return;
        m_patientId = m_candidates.at(row).patient.id;
        accept();
    });
    connect(m_createAnyway, &QPushButton::clicked, this, [this] {
        m_confirmedNew = true;
        save();
    });

    // Each field is checked when it is left, not at every key: a half-typed NIR is not an error.
    const std::pair<QLineEdit *, const char *> checked[] = {
        {m_birthName, PatientRegistry::FieldBirthName},
        {m_firstNames, PatientRegistry::FieldFirstNames},
        {m_birthDate, PatientRegistry::FieldBirthDate},
        {m_birthPlace->edit(), PatientRegistry::FieldBirthPlace},
        {m_nir, PatientRegistry::FieldNir},
        {m_phone, PatientRegistry::FieldPhone},
        {m_email, PatientRegistry::FieldEmail},
        {m_postcode, PostalAddressRules::FieldPostcode},
        {m_city, PostalAddressRules::FieldCity},
    };
    for (const auto &[edit, field] : checked)
        connect(edit, &QLineEdit::editingFinished, this, [this, f = field] { leave(f); });
    connect(m_usedName, &QLineEdit::editingFinished, this, &IntakeDialog::checkTyped);
    connect(m_postcode, &QLineEdit::textEdited, this, &IntakeDialog::proposeTowns);
    // Leaving the postcode for an empty town opens the list of its communes there.
    connect(m_postcode, &QLineEdit::editingFinished, this, [this] {
        QTimer::singleShot(0, m_city, [this] {
            if (m_city->hasFocus() && m_city->text().isEmpty() && m_towns->rowCount() > 1) {
                m_townCompleter->setCompletionPrefix(QString());
                m_townCompleter->complete();
            }
        });
    });
    connect(m_sex, &QComboBox::activated, this, [this] { leave(PatientRegistry::FieldSex); });
    setMinimumWidth(860);
}

void IntakeDialog::fill(const PatientIdentity &p)
{
    m_birthName->setText(p.birthName);
    m_firstNames->setText(p.firstNames);
    m_usedName->setText(p.usedName);
    m_usedFirstName->setText(p.usedFirstName);
    m_sex->setCurrentIndex(std::max(0, m_sex->findData(QString(p.sex))));
    m_birthDate->setText(p.birthDate.toString(QStringLiteral("dd/MM/yyyy")));
    m_birthPlace->setCode(p.birthPlace);
    if (auto nir = Nir::parse(p.nir))
        m_nir->setText(nir->formatted());
    if (auto phone = PhoneNumber::parse(p.phone))
        m_phone->setText(phone->display());
    m_email->setText(p.email);
    m_address->setText(p.address);
    m_postcode->setText(p.postcode);
    m_city->setText(p.city);
    proposeTowns();
}

PatientIdentity IntakeDialog::draft() const
{
    PatientIdentity p;
    p.id = m_current.id;
    p.birthName = m_birthName->text();
    p.firstNames = m_firstNames->text();
    p.usedName = m_usedName->text();
    p.usedFirstName = m_usedFirstName->text();
    const QString sex = m_sex->currentData().toString();
    p.sex = sex.isEmpty() ? QChar() : sex.at(0);
    p.birthDate = typedBirthDate().value_or(QDate());
    p.birthPlace = m_birthPlace->code();
    p.nir = m_nir->text();
    p.phone = m_phone->text();
    p.email = m_email->text();
    p.address = m_address->text();
    p.postcode = m_postcode->text();
    p.city = m_city->text();
    return p;
}

Result<QDate> IntakeDialog::typedBirthDate() const
{
    if (m_birthDate->text().trimmed().isEmpty())
        return QDate();
    auto date = IdentityTraits::parseBirthDate(m_birthDate->text(), m_registry.clock().today());
    if (!date)
        return invalid(QLatin1String(PatientRegistry::FieldBirthDate), date.error().message);
    return date;
}

void IntakeDialog::leave(const char *field)
{
    const QString name = QLatin1String(field);
    if (!m_left.contains(name))
        m_left.append(name);
    checkTyped();
}

QList<Error> IntakeDialog::typedProblems() const
{
    QList<Error> problems = m_registry.problems(draft());
    const auto about = [](const char *field) {
        return [name = QLatin1String(field)](const Error &e) { return e.field == name; };
    };
    // A date typed wrong is reported as typed, not as "missing".
    if (auto date = typedBirthDate(); !date) {
        problems.removeIf(about(PatientRegistry::FieldBirthDate));
        problems.append(date.error());
    }
    // A name typed in the birth place is not a wrong code: it waits for its choice in the list.
    if (m_birthPlace->waitsForChoice()) {
        problems.removeIf(about(PatientRegistry::FieldBirthPlace));
        problems.append(Error{ErrorCode::InvalidInput,
                              tr("Choose the birth place in the list that opens as you type "
                                 "its name, or type its INSEE code."),
                              QLatin1String(PatientRegistry::FieldBirthPlace)});
    }
    return problems;
}

void IntakeDialog::checkTyped()
{
    showFieldProblems(this, typedProblems(), m_left);
    if (auto candidates = m_registry.duplicatesOfDraft(draft()); candidates) {
        if (candidates->isEmpty())
            m_duplicatesBox->hide();
        else
            showDuplicates(*candidates, false);
    }
}

void IntakeDialog::proposeTowns()
{
    QStringList towns;
    if (m_places) {
        for (const Place &p : m_places->communesOfPostcode(m_postcode->text())) {
            if (!towns.contains(p.name))
                towns.append(p.name);
        }
    }
    m_towns->setStringList(towns);
    // One commune for the code: it is the town, unless one was typed already.
    if (towns.size() == 1 && m_city->text().trimmed().isEmpty())
        m_city->setText(towns.first());
    m_city->setPlaceholderText(
        towns.size() > 1 ? tr("%n communes for this postcode: choose", nullptr, int(towns.size()))
                         : QString());
}

void IntakeDialog::save()
{
    // Every refusal at once, each under its field, the cursor in the first.
    if (const QList<Error> problems = typedProblems(); !problems.isEmpty()) {
        for (const Error &e : problems) {
            if (!m_left.contains(e.field))
                m_left.append(e.field);
        }
        return refuseAll(problems);
    }
    const PatientIdentity p = draft();
    Status saved;
    if (isEditing()) {
        saved = m_registry.updateIdentity(
            m_session, p, m_changeReason ? m_changeReason->text() : QString(), m_confirmedNew);
        if (saved)
            m_patientId = m_current.id;
    } else {
        auto created = m_registry.create(m_session, p, m_confirmedNew);
        saved = toStatus(created);
        if (created)
            m_patientId = *created;
    }
    if (!saved) {
        if (saved.error().code == ErrorCode::AlreadyExists) {
            if (auto candidates = m_registry.duplicatesOfDraft(p)) {
                reasonLabel()->clear();
                return showDuplicates(*candidates, true);
            }
        }
        return refuse(saved.error());
    }
    accept();
}

void IntakeDialog::showDuplicates(const QList<DuplicateCandidate> &candidates, bool blocking)
{
    m_candidates = candidates;
    m_duplicates->clear();
    for (const DuplicateCandidate &c : candidates) {
        m_duplicates->addItem(
            tr("%1, %2 — %3")
                .arg(c.patient.displayName,
                     PatientSearchModel::bornOn(c.patient.sex, c.patient.birthDate),
                     c.match.reasons.join(QStringLiteral(", "))));
    }
    m_duplicates->setCurrentRow(0);
    m_duplicatesTitle->setText(
        blocking ? tr("<b>This person may already have a file.</b> Open it rather than keeping "
                      "two, unless this is someone else.")
                 : tr("<b>Files that may be this person's:</b> check them before going on."));
    // Confirming "another person" only matters once saving was stopped for it.
    m_createAnyway->setVisible(blocking);
    m_duplicatesBox->show();
    if (blocking)
        m_duplicates->setFocus();
}

} // namespace relais::ui
