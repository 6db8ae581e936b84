#include "PatientsPage.h"

#include "AllergyDialog.h"
#include "IntakeDialog.h"
#include "PatientSearchModel.h"
#include "domain/PhoneNumber.h"
#include "security/AccessPolicy.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace relais::ui {

PatientsPage::PatientsPage(Vault &vault, QWidget *parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_registry(vault)
    , m_allergies(vault)
{
    auto *layout = new QVBoxLayout(this);
    // The opened patient: identity, then allergies, always in view while the file is open.
    m_headerBox = new QWidget(this);
    auto *headerLayout = new QVBoxLayout(m_headerBox);
    headerLayout->setContentsMargins(0, 0, 0, 0);
    m_header = new QLabel(m_headerBox);
    m_header->setObjectName(QStringLiteral("patientHeader"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *allergyRow = new QHBoxLayout;
    m_allergyLine = new QLabel(m_headerBox);
    m_allergyLine->setObjectName(QStringLiteral("allergies"));
    m_allergyLine->setWordWrap(true);
    auto *addAllergy = new QPushButton(tr("Add an a&llergy…"), m_headerBox);
    addAllergy->setObjectName(QStringLiteral("addAllergy"));
    addAllergy->setAutoDefault(false);
    allergyRow->addWidget(m_allergyLine, 1);
    allergyRow->addWidget(addAllergy);
    headerLayout->addWidget(m_header);
    headerLayout->addLayout(allergyRow);
    m_headerBox->hide();
    layout->addWidget(m_headerBox);
    connect(addAllergy, &QPushButton::clicked, this, &PatientsPage::addAllergy);

    auto *row = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("patientSearch"));
    m_search->setPlaceholderText(
        tr("Name, birth date (12/03/1985), social-security number or phone…"));
    m_search->setClearButtonEnabled(true);
    auto *create = new QPushButton(tr("&New patient…"), this);
    create->setObjectName(QStringLiteral("newPatient"));
    create->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    create->setToolTip(tr("New patient (Ctrl+N)"));
    row->addWidget(m_search, 1);
    row->addWidget(create);
    layout->addLayout(row);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("searchHint"));
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);

    m_results = new PatientSearchModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("patientResults"));
    m_table->setModel(m_results);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(PatientSearchModel::Name,
                                                      QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::textChanged, this, &PatientsPage::search);
    // Down from the box goes to the results; Enter there opens the file.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_results->rowCount() > 0) {
            m_table->setFocus();
            m_table->selectRow(0);
        }
    });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { openPatient(m_results->hit(index.row()).id); });
    connect(create, &QPushButton::clicked, this, &PatientsPage::newPatient);
    search(QString());
}

void PatientsPage::setSession(const Session &session)
{
    m_session = session;
    const bool allowed = AccessPolicy::allows(session.roles, Permission::ReadPatients);
    setEnabled(allowed);
    m_search->clear();
    m_headerBox->hide();
    m_openedId.clear();
    search(QString());
    if (!allowed)
        m_hint->setText(tr("Patient files are for the medical assistants and physicians."));
}

void PatientsPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void PatientsPage::search(const QString &typed)
{
    if (typed.trimmed().isEmpty()) {
        m_results->setHits({});
        m_hint->setText(tr("Type the first letters of a name, a birth date, a social-security "
                           "number or a phone number. Ctrl+N creates a new file."));
        return;
    }
    auto found = m_registry.search(m_session, typed);
    if (!found) {
        m_results->setHits({});
        m_hint->setText(found.error().message);
        return;
    }
    m_results->setHits(*found);
    m_hint->setText(found->isEmpty()
                        ? tr("No patient matches “%1”. Check the spelling, or create a new file "
                             "with Ctrl+N.")
                              .arg(typed.trimmed())
                        : QString());
}

void PatientsPage::newPatient()
{
    IntakeDialog dialog(m_registry, m_session, this);
    if (dialog.exec() == QDialog::Accepted && !dialog.patientId().isEmpty())
        openPatient(dialog.patientId());
}

void PatientsPage::addAllergy()
{
    if (m_openedId.isEmpty())
        return;
    AllergyDialog dialog(m_allergies, m_session, m_openedId, this);
    if (dialog.exec() == QDialog::Accepted)
        openPatient(m_openedId);
}

void PatientsPage::openPatient(const QString &id)
{
    auto patient = m_registry.open(m_session, id);
    if (!patient) {
        m_hint->setText(patient.error().message);
        return;
    }
    m_openedId = id;
    showHeader(*patient);
}

void PatientsPage::showHeader(const PatientIdentity &p)
{
    const int age = PatientSearchModel::ageOn(p.birthDate, QDate::currentDate());
    QString phone;
    if (auto parsed = PhoneNumber::parse(p.phone))
        phone = parsed->display();
    m_header->setText(tr("<h2>%1</h2>%2, born %3 (%4) — %5%6")
                          .arg(PatientRegistry::displayName(p).toHtmlEscaped(),
                               PatientSearchModel::describeSex(p.sex),
                               p.birthDate.toString(QStringLiteral("dd/MM/yyyy")),
                               tr("%n years", nullptr, age), IdentityStatusRules::display(p.status),
                               phone.isEmpty() ? QString() : tr(" — phone %1").arg(phone)));
    const auto allergies = m_allergies.list(m_session, p.id);
    const bool any = allergies && !allergies->isEmpty();
    m_allergyLine->setText(allergies
                               ? tr("Allergies: %1").arg(PatientAllergies::summary(*allergies))
                               : allergies.error().message);
    // Allergies are what nobody may miss: in red and bold whenever there is one.
    m_allergyLine->setStyleSheet(any ? QStringLiteral("color: #a40000; font-weight: bold;")
                                     : QString());
    m_headerBox->show();
}

} // namespace relais::ui
