#include "PatientDetailsDialog.h"

#include "common/FormHelpers.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace relais::ui {

namespace {
// The referring-doctor list's entries that are not a practice account.
const QString NoDoctor = QStringLiteral("none");
const QString OutsideDoctor = QStringLiteral("outside");
} // namespace

PatientDetailsDialog::PatientDetailsDialog(PatientDetails &details, const Session &session,
                                           const PatientDetailsRecord &record, QWidget *parent)
    : FormDialog(parent)
    , m_details(details)
    , m_session(session)
    , m_record(record)
{
    setWindowTitle(tr("Referring doctor, coverage and consents"));
    QVBoxLayout *layout = body();
    auto *columns = new QHBoxLayout;

    auto *doctorBox = new QGroupBox(tr("Referring doctor (médecin traitant)"), this);
    auto *doctorForm = new QFormLayout(doctorBox);
    m_referring = new QComboBox(doctorBox);
    m_referring->setObjectName(QStringLiteral("referring"));
    m_referring->addItem(tr("None declared"), NoDoctor);
    if (auto physicians = details.practicePhysicians(session)) {
        for (const PracticePhysician &p : std::as_const(*physicians))
            m_referring->addItem(tr("%1 (this practice)").arg(p.name), p.userId);
    }
    m_referring->addItem(tr("A doctor outside the practice"), OutsideDoctor);
    m_referringName = makeNamedEdit(doctorBox, PatientDetails::FieldReferringName);
    m_referringName->setPlaceholderText(tr("Dr Anne Leroy"));
    m_referringRpps = makeNamedEdit(doctorBox, PatientDetails::FieldReferringRpps);
    m_referringRpps->setPlaceholderText(tr("11 digits"));
    addFieldRow(doctorForm, tr("&Doctor:"), m_referring);
    addFieldRow(doctorForm, tr("&Name:"), m_referringName);
    addFieldRow(doctorForm, tr("&RPPS:"), m_referringRpps);
    const auto outside = [this] {
        const bool isOutside = m_referring->currentData().toString() == OutsideDoctor;
        m_referringName->setEnabled(isOutside);
        m_referringRpps->setEnabled(isOutside);
    };
    if (!record.referring.userId.isEmpty())
        m_referring->setCurrentIndex(std::max(0, m_referring->findData(record.referring.userId)));
    else if (!record.referring.isEmpty())
        m_referring->setCurrentIndex(m_referring->findData(OutsideDoctor));
    if (record.referring.userId.isEmpty()) {
        m_referringName->setText(record.referring.name);
        m_referringRpps->setText(record.referring.rpps);
    }
    outside();
    connect(m_referring, &QComboBox::currentIndexChanged, this, outside);

    auto *coverageBox = new QGroupBox(tr("Coverage"), this);
    auto *coverageForm = new QFormLayout(coverageBox);
    m_scheme = new QComboBox(coverageBox);
    m_scheme->setObjectName(QLatin1String(InsuranceSchemes::FieldScheme));
    m_scheme->addItem(tr("Not known yet"), QString());
    for (const QString &code : InsuranceSchemes::all())
        m_scheme->addItem(InsuranceSchemes::display(code), code);
    m_scheme->setCurrentIndex(std::max(0, m_scheme->findData(record.coverage.scheme)));
    m_fund = makeNamedEdit(coverageBox, "fund");
    m_fund->setPlaceholderText(tr("CPAM de la Dordogne"));
    m_fund->setText(record.coverage.fund);
    m_complementary = makeNamedEdit(coverageBox, "complementary");
    m_complementary->setPlaceholderText(tr("mutuelle, or CSS"));
    m_complementary->setText(record.coverage.complementary);
    m_complementaryNumber = makeNamedEdit(coverageBox, "complementaryNumber");
    m_complementaryNumber->setText(record.coverage.complementaryNumber);
    addFieldRow(coverageForm, tr("&Scheme:"), m_scheme);
    addFieldRow(coverageForm, tr("&Fund:"), m_fund);
    addFieldRow(coverageForm, tr("&Complementary:"), m_complementary);
    addFieldRow(coverageForm, tr("&Member number:"), m_complementaryNumber);

    columns->addWidget(doctorBox, 1);
    columns->addWidget(coverageBox, 1);
    layout->addLayout(columns);

    auto *consentGroup = new QGroupBox(tr("Consents"), this);
    auto *consentForm = new QFormLayout(consentGroup);
    m_sharing = consentBox("consentSharing", record.dataSharing);
    m_dmp = consentBox("consentDmp", record.dmp);
    addFieldRow(consentForm, tr("Sharing with the &care team:"), m_sharing);
    addFieldRow(consentForm, tr("Access to the &DMP:"), m_dmp);
    if (record.consentsOn.isValid())
        consentForm->addRow(
            QString(),
            new QLabel(tr("Answers collected on %1.")
                           .arg(record.consentsOn.toString(QStringLiteral("dd/MM/yyyy"))),
                       consentGroup));
    layout->addWidget(consentGroup);

    m_notes = new QPlainTextEdit(record.notes, this);
    m_notes->setObjectName(QLatin1String(PatientDetails::FieldNotes));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("What the practice should know: hearing aid, comes with a "
                                   "carer, prefers mornings…"));
    auto *notesForm = new QFormLayout;
    addFieldRow(notesForm, tr("N&otes:"), m_notes);
    layout->addLayout(notesForm);

    setMinimumWidth(760);
}

QComboBox *PatientDetailsDialog::consentBox(const char *name, Consent current)
{
    auto *box = new QComboBox(this);
    box->setObjectName(QLatin1String(name));
    for (Consent c : {Consent::NotAsked, Consent::Given, Consent::Refused})
        box->addItem(PatientDetails::display(c), static_cast<int>(c));
    box->setCurrentIndex(box->findData(static_cast<int>(current)));
    return box;
}

void PatientDetailsDialog::save()
{
    PatientDetailsRecord d = m_record;
    const QString doctor = m_referring->currentData().toString();
    d.referring = {};
    if (doctor == OutsideDoctor)
        d.referring = {{}, m_referringName->text(), m_referringRpps->text()};
    else if (doctor != NoDoctor)
        d.referring.userId = doctor;
    d.coverage = {m_scheme->currentData().toString(), m_fund->text(), m_complementary->text(),
                  m_complementaryNumber->text()};
    const auto consent = [](QComboBox *box) {
        return static_cast<Consent>(box->currentData().toInt());
    };
    // Answers changed today are dated today; unchanged ones keep their date.
    if (consent(m_sharing) != m_record.dataSharing || consent(m_dmp) != m_record.dmp)
        d.consentsOn = {};
    d.dataSharing = consent(m_sharing);
    d.dmp = consent(m_dmp);
    d.notes = m_notes->toPlainText();
    if (auto saved = m_details.update(m_session, d); !saved)
        return refuse(saved.error());
    accept();
}

} // namespace relais::ui
