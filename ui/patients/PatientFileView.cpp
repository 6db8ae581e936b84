#include "PatientFileView.h"

#include "AllergyDialog.h"
#include "ConditionDialog.h"
#include "IntakeDialog.h"
#include "MergeDialog.h"
#include "PatientDetailsDialog.h"
#include "PatientSearchModel.h"
#include "TreatmentDialog.h"
#include "ValidateIdentityDialog.h"
#include "common/ChangeFollower.h"
#include "common/FormHelpers.h"
#include "domain/Nir.h"
#include "domain/PhoneNumber.h"
#include "domain/PostalAddress.h"
#include "geo/PlaceDirectory.h"
#include "prescriptions/PatientPrescriptionsPanel.h"
#include "review/ConsultationPanel.h"
#include "vitals/VitalChart.h"
#include "vitals/VitalsPanel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace relais::ui {

namespace {

QLabel *makeValue(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString dated(const QDate &date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

QString localTime(const QDateTime &at)
{
    return at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

} // namespace

PatientFileView::PatientFileView(Vault &vault, PatientRegistry &registry, QWidget *parent)
    : QWidget(parent)
    , m_registry(registry)
    , m_allergyService(vault)
    , m_substances(vault)
    , m_details(vault)
    , m_history(vault)
    , m_drugSearch(vault)
    , m_merger(vault)
{
    // The open file follows its own identity and every part of it (the parts carry record ids,
    // so any change to them counts); another file typed at another desk is not its business.
    const QStringList parts = {
        QStringLiteral("patient_allergy"),   QStringLiteral("patient_allergy_statement"),
        QStringLiteral("patient_condition"), QStringLiteral("patient_treatment"),
        QStringLiteral("identity_event"),    QStringLiteral("patient_merge")};
    new ChangeFollower(
        vault, parts + QStringList{QStringLiteral("patient")},
        [this, parts](const VaultChanges &changes) {
            const bool concerned =
                changes.touches(QStringLiteral("patient"), m_patient.id) ||
                std::any_of(parts.cbegin(), parts.cend(),
                            [&](const QString &part) { return changes.touches(part); });
            if (!m_patient.id.isEmpty() && concerned)
                reload();
        },
        this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    // Who it is, always in view while the file is open.
    auto *titleRow = new QHBoxLayout;
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("patientHeader"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_name->setFont(big);
    m_badge = new QLabel(this);
    m_badge->setObjectName(QStringLiteral("identityBadge"));
    titleRow->addWidget(m_name);
    titleRow->addWidget(m_badge);
    titleRow->addStretch();
    auto *editIdentity = makeButton(tr("&Identity and contact…"), "editIdentity", this);
    editIdentity->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    editIdentity->setToolTip(tr("Change the identity or the contact (Ctrl+E)"));
    m_validate = makeButton(tr("&Validate the identity…"), "validateIdentity", this);
    titleRow->addWidget(editIdentity);
    titleRow->addWidget(m_validate);
    layout->addLayout(titleRow);
    m_facts = makeValue(this, "patientFacts");
    layout->addWidget(m_facts);
    auto *allergyRow = new QHBoxLayout;
    m_allergyLine = makeValue(this, "allergies");
    auto *addAllergy = makeButton(tr("Add an a&llergy…"), "addAllergy", this);
    // The answer "none" once asked, which is not the same as never asked.
    m_noKnownAllergy = makeButton(tr("No &known allergy"), "noKnownAllergy", this);
    m_noKnownAllergy->setToolTip(tr("The patient was asked today and knows of no allergy or "
                                    "intolerance: recorded with your name and the date."));
    allergyRow->addWidget(m_allergyLine, 1);
    allergyRow->addWidget(m_noKnownAllergy);
    allergyRow->addWidget(addAllergy);
    layout->addLayout(allergyRow);
    // The last visit's alerts stay in view whichever tab is open, like the allergies.
    m_vitalAlertLine = makeValue(this, "headerVitalAlerts");
    m_vitalAlertLine->setStyleSheet(QStringLiteral("color: #a40000; font-weight: bold;"));
    m_vitalAlertLine->hide();
    layout->addWidget(m_vitalAlertLine);
    m_message = makeValue(this, "fileMessage");
    m_message->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_message->hide();
    layout->addWidget(m_message);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("fileTabs"));
    m_tabs->addTab(buildSummary(), tr("&Summary"));
    m_tabs->addTab(buildHistory(), tr("&History"));
    m_tabs->addTab(buildTreatments(), tr("&Treatments"));
    m_prescriptions = new PatientPrescriptionsPanel(vault, this);
    // In French every letter of its name is already another tab's or field's Alt key: it has
    // a shortcut of its own as well.
    const int prescriptionsTab = m_tabs->addTab(m_prescriptions, tr("Prescri&ptions"));
    auto *toPrescriptions = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), this);
    toPrescriptions->setContext(Qt::WidgetWithChildrenShortcut);
    connect(toPrescriptions, &QShortcut::activated, this,
            [this] { m_tabs->setCurrentWidget(m_prescriptions); });
    m_tabs->setTabToolTip(
        prescriptionsTab,
        tr("Prescriptions (%1)").arg(toPrescriptions->key().toString(QKeySequence::NativeText)));
    m_consultation = new ConsultationPanel(vault, this);
    m_tabs->addTab(m_consultation, tr("C&onsultation"));
    m_vitals = new VitalsPanel(vault, this);
    m_tabs->addTab(m_vitals, tr("&Vital signs"));
    m_trends = new VitalChart(vault, this);
    m_tabs->addTab(m_trends, tr("T&rends"));
    // What is typed in one is drawn in the other; and it belongs to today's consultation.
    connect(m_vitals, &VitalsPanel::changed, m_trends, &VitalChart::reload);
    connect(m_vitals, &VitalsPanel::alertsShown, this, &PatientFileView::showVitalAlerts);
    connect(m_consultation, &ConsultationPanel::consultationChanged, m_vitals,
            &VitalsPanel::setConsultation);
    // A prescription drafted while a consultation is prepared belongs to it: the physician
    // finds it with the file in "To review".
    connect(m_consultation, &ConsultationPanel::consultationChanged, m_prescriptions,
            &PatientPrescriptionsPanel::setConsultation);
    m_tabs->addTab(buildIdentity(), tr("Identit&y"));
    layout->addWidget(m_tabs, 1);

    connect(editIdentity, &QPushButton::clicked, this, &PatientFileView::editIdentity);
    connect(m_validate, &QPushButton::clicked, this, &PatientFileView::validateIdentity);
    connect(addAllergy, &QPushButton::clicked, this, &PatientFileView::addAllergy);
    connect(m_noKnownAllergy, &QPushButton::clicked, this, &PatientFileView::recordNoKnownAllergy);
}

QWidget *PatientFileView::buildSummary()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_summaryForm = new QFormLayout;
    m_address = makeValue(page, "summaryAddress");
    m_contact = makeValue(page, "summaryContact");
    m_referring = makeValue(page, "summaryReferring");
    m_coverage = makeValue(page, "summaryCoverage");
    m_ald = makeValue(page, "summaryAld");
    m_consents = makeValue(page, "summaryConsents");
    m_notes = makeValue(page, "summaryNotes");
    m_summaryForm->addRow(tr("Address:"), m_address);
    m_summaryForm->addRow(tr("Phone and e-mail:"), m_contact);
    m_summaryForm->addRow(tr("Referring doctor:"), m_referring);
    m_summaryForm->addRow(tr("Coverage:"), m_coverage);
    m_summaryForm->addRow(tr("Long-term conditions:"), m_ald);
    m_summaryForm->addRow(tr("Consents:"), m_consents);
    m_summaryForm->addRow(tr("Notes:"), m_notes);
    layout->addLayout(m_summaryForm);
    auto *editDetails =
        makeButton(tr("&Referring doctor, coverage, consents, notes…"), "editDetails", page);
    auto *detailsRow = new QHBoxLayout;
    detailsRow->addWidget(editDetails);
    detailsRow->addStretch();
    layout->addLayout(detailsRow);

    m_allergyModel = new RecordListModel<Allergy>(
        {{tr("Substance"), [](const Allergy &a) { return a.substance; }},
         {tr("Kind"),
          [](const Allergy &a) {
              return a.kind == Allergy::Kind::Intolerance ? tr("Intolerance") : tr("Allergy");
          }},
         {tr("Reaction"), [](const Allergy &a) { return a.reaction; }},
         {tr("Drug database"),
          [](const Allergy &a) {
              return a.substanceCode.isEmpty() ? tr("not a listed drug")
                                               : tr("substance %1").arg(a.substanceCode);
          }}},
        [](const Allergy &a) { return a.kind == Allergy::Kind::Allergy; }, this);
    m_allergyTable = makeListTable(page, m_allergyModel, QStringLiteral("allergyTable"));
    auto *allergyButtons = new QHBoxLayout;
    auto *removeAllergy = makeButton(tr("Remove the selected allergy"), "removeAllergy", page);
    m_allergyTitle = makeValue(page, "allergyTitle");
    allergyButtons->addWidget(m_allergyTitle, 1);
    allergyButtons->addWidget(removeAllergy);
    layout->addLayout(allergyButtons);
    layout->addWidget(m_allergyTable, 1);
    connect(editDetails, &QPushButton::clicked, this, &PatientFileView::editDetails);
    connect(removeAllergy, &QPushButton::clicked, this, &PatientFileView::removeAllergy);
    return page;
}

QWidget *PatientFileView::buildHistory()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_conditionModel = new RecordListModel<Condition>(
        {{tr("Condition"), [](const Condition &c) { return c.label; }},
         {tr("Kind"), [](const Condition &c) { return PatientHistory::display(c.category); }},
         {tr("Since"), [](const Condition &c) { return PatientHistory::displaySince(c.since); }},
         {tr("ICD-10"), [](const Condition &c) { return c.icd10; }},
         {tr("ALD"),
          [](const Condition &c) {
              if (!c.ald)
                  return QString();
              return c.aldUntil.isValid() ? tr("ALD until %1").arg(dated(c.aldUntil)) : tr("ALD");
          }},
         {tr("Note"), [](const Condition &c) { return c.note.simplified(); }}},
        [](const Condition &c) { return c.ald; }, this);
    m_conditionTable = makeListTable(page, m_conditionModel, QStringLiteral("conditionTable"));
    auto *buttons = new QHBoxLayout;
    auto *add = makeButton(tr("&Add to the history…"), "addCondition", page);
    auto *edit = makeButton(tr("Change…"), "editCondition", page);
    auto *remove = makeButton(tr("Remove"), "removeCondition", page);
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_conditionTitle = makeValue(page, "conditionTitle");
    layout->addWidget(m_conditionTitle);
    layout->addWidget(m_conditionTable, 1);
    connect(add, &QPushButton::clicked, this, &PatientFileView::addCondition);
    connect(edit, &QPushButton::clicked, this, &PatientFileView::editCondition);
    connect(remove, &QPushButton::clicked, this, &PatientFileView::removeCondition);
    connect(m_conditionTable, &QTableView::activated, this, &PatientFileView::editCondition);
    return page;
}

QWidget *PatientFileView::buildTreatments()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_treatmentModel = new RecordListModel<Treatment>(
        {{tr("Drug"), [](const Treatment &t) { return t.drug; }},
         {tr("Dosage"), [](const Treatment &t) { return t.dosage; }},
         {tr("Since"), [](const Treatment &t) { return PatientHistory::displaySince(t.since); }},
         {tr("Prescribed by"), [](const Treatment &t) { return t.prescriber; }},
         {tr("Status"),
          [](const Treatment &t) {
              return t.isCurrent() ? tr("Current") : tr("Stopped on %1").arg(dated(t.endedOn));
          }}},
        [](const Treatment &t) { return t.isCurrent(); }, this);
    m_treatmentTable = makeListTable(page, m_treatmentModel, QStringLiteral("treatmentTable"));
    auto *buttons = new QHBoxLayout;
    auto *add = makeButton(tr("&Add a treatment…"), "addTreatment", page);
    auto *edit = makeButton(tr("Change…"), "editTreatment", page);
    auto *stop = makeButton(tr("Stopped today"), "stopTreatment", page);
    auto *remove = makeButton(tr("Remove (entered by mistake)"), "removeTreatment", page);
    for (QPushButton *b : {add, edit, stop, remove})
        buttons->addWidget(b);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_treatmentTitle = makeValue(page, "treatmentTitle");
    layout->addWidget(m_treatmentTitle);
    layout->addWidget(m_treatmentTable, 1);
    connect(add, &QPushButton::clicked, this, &PatientFileView::addTreatment);
    connect(edit, &QPushButton::clicked, this, &PatientFileView::editTreatment);
    connect(stop, &QPushButton::clicked, this, &PatientFileView::stopTreatment);
    connect(remove, &QPushButton::clicked, this, &PatientFileView::removeTreatment);
    connect(m_treatmentTable, &QTableView::activated, this, &PatientFileView::editTreatment);
    return page;
}

QWidget *PatientFileView::buildIdentity()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_eventModel = new RecordListModel<IdentityEvent>(
        {{tr("When"), [](const IdentityEvent &e) { return localTime(e.at); }},
         {tr("What"),
          [](const IdentityEvent &e) {
              return e.validated ? tr("Validated against: %1")
                                       .arg(IdentityStatusRules::display(
                                           IdentityStatusRules::documentFromCode(e.document)))
                                 : tr("Strict traits changed: %1").arg(e.reason);
          }},
         {tr("Status"),
          [](const IdentityEvent &e) {
              return tr("%1 → %2").arg(IdentityStatusRules::code(e.before),
                                       IdentityStatusRules::code(e.after));
          }},
         {tr("By"), [](const IdentityEvent &e) { return e.byName; }}},
        {}, this);
    auto *events = makeListTable(page, m_eventModel, QStringLiteral("identityEvents"));
    m_mergeModel = new RecordListModel<PatientMergeRecord>(
        {{tr("When"), [](const PatientMergeRecord &m) { return localTime(m.at); }},
         {tr("File merged into this one"),
          [](const PatientMergeRecord &m) { return m.mergedName; }},
         {tr("Records moved"),
          [](const PatientMergeRecord &m) { return QString::number(m.movedRecords); }},
         {tr("Why"), [](const PatientMergeRecord &m) { return m.reason; }},
         {tr("By"), [](const PatientMergeRecord &m) { return m.byUser; }},
         {tr("State"),
          [](const PatientMergeRecord &m) { return m.undone ? tr("Undone") : tr("Merged"); }}},
        [](const PatientMergeRecord &m) { return !m.undone; }, this);
    m_mergeTable = makeListTable(page, m_mergeModel, QStringLiteral("mergeTable"));
    auto *mergeButtons = new QHBoxLayout;
    auto *merge = makeButton(tr("&Merge with another file of this person…"), "mergeFiles", page);
    auto *undo = makeButton(tr("&Undo the selected merge"), "undoMerge", page);
    mergeButtons->addWidget(merge);
    mergeButtons->addWidget(undo);
    mergeButtons->addStretch();
    m_eventTitle = makeValue(page, "eventTitle");
    m_mergeTitle = makeValue(page, "mergeTitle");
    layout->addWidget(m_eventTitle);
    layout->addWidget(events, 1);
    layout->addWidget(m_mergeTitle);
    layout->addWidget(m_mergeTable, 1);
    layout->addLayout(mergeButtons);
    connect(merge, &QPushButton::clicked, this, &PatientFileView::mergeWithAnother);
    connect(undo, &QPushButton::clicked, this, &PatientFileView::undoMerge);
    return page;
}

void PatientFileView::showPatient(const PatientIdentity &patient)
{
    m_patient = patient;
    m_message->hide();
    m_vitals->setSession(m_session);
    m_vitals->showPatient(m_patient.id);
    m_trends->setSession(m_session);
    m_trends->showPatient(m_patient.id);
    m_prescriptions->setSession(m_session);
    m_prescriptions->setPatient(m_patient.id, PatientRegistry::displayName(m_patient));
    m_consultation->setSession(m_session);
    m_consultation->showPatient(m_patient.id);
    reload();
}

void PatientFileView::showVitalAlerts(const QList<VitalAlert> &alerts)
{
    QStringList messages;
    for (const VitalAlert &a : alerts) {
        // The header is for what needs the GP's eye; notes stay in the Vital signs tab.
        if (a.level != VitalAlert::Level::Note)
            messages.append(a.message);
    }
    m_vitalAlertLine->setText(tr("Last vital signs: %1").arg(messages.join(QStringLiteral(" · "))));
    m_vitalAlertLine->setVisible(!messages.isEmpty());
}

void PatientFileView::reload()
{
    if (auto fresh = m_registry.refresh(m_session, m_patient.id))
        m_patient = *fresh;
    showHeader();
    const auto allergies = m_allergyService.status(m_session, m_patient.id);
    const auto state = allergies ? allergies->state : AllergyStatus::State::NotAsked;
    m_allergyModel->setRecords(allergies ? allergies->allergies : QList<Allergy>());
    m_allergyLine->setText(allergies
                               ? tr("Allergies: %1").arg(PatientAllergies::summary(*allergies))
                               : allergies.error().message);
    // Allergies are what nobody may miss: in red and bold whenever there is one. Not asked yet
    // is a question to ask, not a reassurance.
    m_allergyLine->setStyleSheet(
        state == AllergyStatus::State::Listed ? QStringLiteral("color: #a40000; font-weight: bold;")
        : state == AllergyStatus::State::NotAsked ? QStringLiteral("color: #6b4d00;")
                                                  : QString());
    m_noKnownAllergy->setVisible(allergies && state != AllergyStatus::State::Listed);
    m_vitals->reload();
    const auto conditions = m_history.conditions(m_session, m_patient.id);
    m_conditionModel->setRecords(conditions.value_or(QList<Condition>()));
    m_treatmentModel->setRecords(
        m_history.treatments(m_session, m_patient.id).value_or(QList<Treatment>()));
    m_eventModel->setRecords(
        m_registry.identityEvents(m_session, m_patient.id).value_or(QList<IdentityEvent>()));
    m_mergeModel->setRecords(
        m_merger.mergesInto(m_session, m_patient.id).value_or(QList<PatientMergeRecord>()));
    m_allergyTitle->setText(
        state == AllergyStatus::State::Listed ? tr("Allergies and intolerances:")
        : state == AllergyStatus::State::NoneKnown
            ? tr("The patient knows of no allergy or intolerance (%1).")
                  .arg(PatientAllergies::summary(*allergies))
            : tr("Nobody has asked about allergies yet: ask, then add each one with “Add an "
                 "allergy…”, or record “No known allergy”."));
    m_conditionTitle->setText(m_conditionModel->rowCount() > 0
                                  ? tr("ALD first, in bold; double-click a line to change it.")
                                  : tr("No history recorded yet: medical and surgical history, "
                                       "long-term conditions (ALD) and family history go here."));
    m_treatmentTitle->setText(m_treatmentModel->rowCount() > 0
                                  ? tr("Current treatments in bold, stopped ones below.")
                                  : tr("No treatment recorded: the drugs the patient takes, "
                                       "whoever prescribed them, go here."));
    m_eventTitle->setText(m_eventModel->rowCount() > 0
                              ? tr("Validations and changes of this identity:")
                              : tr("This identity has not been checked against a document nor "
                                   "changed since it was typed in."));
    m_mergeTitle->setText(m_mergeModel->rowCount() > 0
                              ? tr("Files merged into this one:")
                              : tr("No other file has been merged into this one."));
    if (auto details = m_details.load(m_session, m_patient.id))
        showSummary(*details, conditions.value_or(QList<Condition>()));
    else
        report(details.error());
}

void PatientFileView::showHeader()
{
    const PatientIdentity &p = m_patient;
    const int age = PatientSearchModel::ageOn(p.birthDate, m_registry.clock().today());
    m_name->setText(PatientRegistry::displayName(p));
    // French agrees "né" with the sex: one sentence each, not "né(e)".
    const QString born = p.sex == QLatin1Char('F')   ? tr("Woman, born %1 (%2)")
                         : p.sex == QLatin1Char('M') ? tr("Man, born %1 (%2)")
                                                     : tr("Sex unknown, born %1 (%2)");
    QStringList facts{born.arg(dated(p.birthDate), tr("%n years", nullptr, age))};
    // The birth place by its name, as the assistant reads it on the identity document.
    if (!p.birthPlace.isEmpty()) {
        const Result<PlaceDirectory> &places = PlaceDirectory::shipped();
        facts.first() += QLatin1Char(' ') +
                         tr("in %1").arg(places ? places->nameOf(p.birthPlace) : p.birthPlace);
    }
    // The NIR grouped as on the carte Vitale, so it can be compared with the card at a glance.
    if (auto nir = Nir::parse(p.nir))
        facts.append(tr("NIR %1").arg(nir->formatted()));
    if (auto phone = PhoneNumber::parse(p.phone))
        facts.append(tr("phone %1").arg(phone->display()));
    m_facts->setText(facts.join(QStringLiteral(" — ")));
    // The badge tells at a glance whether the identity may be trusted (RNIV).
    const bool checked =
        p.status == IdentityStatus::Validated || p.status == IdentityStatus::Qualified;
    m_badge->setText(IdentityStatusRules::display(p.status));
    m_badge->setToolTip(IdentityStatusRules::code(p.status));
    m_badge->setStyleSheet(
        checked ? QStringLiteral("background: #dff0d8; color: #2b542c; border-radius: 4px; "
                                 "padding: 2px 8px;")
                : QStringLiteral("background: #fcf8e3; color: #6b4d00; border-radius: 4px; "
                                 "padding: 2px 8px;"));
    m_validate->setEnabled(!IdentityStatusRules::needsProof(p.status));
}

void PatientFileView::showSummary(const PatientDetailsRecord &d, const QList<Condition> &conditions)
{
    const QString address =
        PostalAddress{m_patient.address, m_patient.postcode, m_patient.city}.oneLine();
    m_address->setText(address.isEmpty() ? tr("Not given yet") : address);
    QStringList contact;
    if (auto phone = PhoneNumber::parse(m_patient.phone))
        contact.append(phone->display());
    if (!m_patient.email.isEmpty())
        contact.append(m_patient.email);
    m_contact->setText(contact.isEmpty() ? tr("Not given yet")
                                         : contact.join(QStringLiteral(" — ")));
    m_referring->setText(PatientDetails::describe(d.referring));
    QStringList coverage;
    if (!d.coverage.scheme.isEmpty())
        coverage.append(InsuranceSchemes::display(d.coverage.scheme));
    if (!d.coverage.fund.isEmpty())
        coverage.append(d.coverage.fund);
    if (!d.coverage.complementary.isEmpty())
        coverage.append(d.coverage.complementaryNumber.isEmpty()
                            ? tr("complementary: %1").arg(d.coverage.complementary)
                            : tr("complementary: %1 (no. %2)")
                                  .arg(d.coverage.complementary, d.coverage.complementaryNumber));
    m_coverage->setText(coverage.isEmpty() ? tr("Not given yet")
                                           : coverage.join(QStringLiteral(" — ")));
    m_ald->setText(PatientHistory::aldSummary(conditions));
    QString consents =
        tr("sharing with the care team %1, DMP access %2")
            .arg(PatientDetails::display(d.dataSharing), PatientDetails::display(d.dmp));
    if (d.consentsOn.isValid())
        consents += tr(" (collected on %1)").arg(dated(d.consentsOn));
    m_consents->setText(consents);
    m_notes->setText(d.notes.isEmpty() ? tr("None") : d.notes);
}

int PatientFileView::chosenRow(QTableView *table) const
{
    const QModelIndex current = table->currentIndex();
    if (!current.isValid()) {
        m_message->setText(tr("Choose a line in the list first."));
        m_message->show();
        return -1;
    }
    return current.row();
}

void PatientFileView::report(const Error &error)
{
    m_message->setText(error.message);
    m_message->show();
}

bool PatientFileView::confirm(const QString &question)
{
    return QMessageBox::question(this, tr("Relais"), question) == QMessageBox::Yes;
}

void PatientFileView::editIdentity()
{
    IntakeDialog dialog(m_registry, m_session, m_patient, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.patientId() != m_patient.id)
        Q_EMIT openRequested(dialog.patientId());
}

void PatientFileView::validateIdentity()
{
    ValidateIdentityDialog dialog(m_registry, m_session, m_patient, this);
    dialog.exec(); // what it saved reaches this view as a change notice
}

void PatientFileView::editDetails()
{
    auto details = m_details.load(m_session, m_patient.id);
    if (!details)
        return report(details.error());
    PatientDetailsDialog dialog(m_details, m_session, *details, this);
    dialog.exec(); // what it saved reaches this view as a change notice
}

void PatientFileView::addAllergy()
{
    AllergyDialog dialog(m_allergyService, m_substances, m_session, m_patient.id, this);
    dialog.exec(); // what it saved reaches this view as a change notice
}

void PatientFileView::recordNoKnownAllergy()
{
    if (Status recorded = m_allergyService.recordNoneKnown(m_session, m_patient.id); !recorded)
        return report(recorded.error());
}

void PatientFileView::removeAllergy()
{
    const int row = chosenRow(m_allergyTable);
    if (row < 0)
        return;
    const Allergy allergy = m_allergyModel->record(row);
    if (!confirm(tr("Remove “%1” from this patient's allergies?").arg(allergy.substance)))
        return;
    if (auto removed = m_allergyService.remove(m_session, allergy.id); !removed)
        return report(removed.error());
}

void PatientFileView::addCondition()
{
    Condition fresh;
    fresh.patientId = m_patient.id;
    ConditionDialog dialog(m_history, m_session, fresh, this);
    dialog.exec(); // what it saved reaches this view as a change notice
}

void PatientFileView::editCondition()
{
    const int row = chosenRow(m_conditionTable);
    if (row < 0)
        return;
    ConditionDialog dialog(m_history, m_session, m_conditionModel->record(row), this);
    dialog.exec(); // what it saved reaches this view as a change notice
}

void PatientFileView::removeCondition()
{
    const int row = chosenRow(m_conditionTable);
    if (row < 0)
        return;
    const Condition condition = m_conditionModel->record(row);
    if (!confirm(tr("Remove “%1” from the history?").arg(condition.label)))
        return;
    if (auto removed = m_history.removeCondition(m_session, condition.id); !removed)
        return report(removed.error());
}

void PatientFileView::addTreatment()
{
    Treatment fresh;
    fresh.patientId = m_patient.id;
    TreatmentDialog dialog(m_history, m_drugSearch, m_session, fresh, this);
    dialog.exec(); // what it saved reaches this view as a change notice
}

void PatientFileView::editTreatment()
{
    const int row = chosenRow(m_treatmentTable);
    if (row < 0)
        return;
    TreatmentDialog dialog(m_history, m_drugSearch, m_session, m_treatmentModel->record(row), this);
    dialog.exec(); // what it saved reaches this view as a change notice
}

void PatientFileView::stopTreatment()
{
    const int row = chosenRow(m_treatmentTable);
    if (row < 0)
        return;
    if (auto stopped = m_history.stopTreatment(m_session, m_treatmentModel->record(row).id,
                                               m_registry.clock().today());
        !stopped)
        return report(stopped.error());
}

void PatientFileView::removeTreatment()
{
    const int row = chosenRow(m_treatmentTable);
    if (row < 0)
        return;
    const Treatment treatment = m_treatmentModel->record(row);
    if (!confirm(tr("Remove “%1”? A treatment the patient stopped should be marked stopped "
                    "instead, so that it stays in the history.")
                     .arg(treatment.drug)))
        return;
    if (auto removed = m_history.removeTreatment(m_session, treatment.id); !removed)
        return report(removed.error());
}

void PatientFileView::mergeWithAnother()
{
    MergeDialog dialog(m_registry, m_merger, m_session, m_patient, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.keptId() != m_patient.id)
        Q_EMIT openRequested(dialog.keptId());
}

void PatientFileView::undoMerge()
{
    const int row = chosenRow(m_mergeTable);
    if (row < 0)
        return;
    const PatientMergeRecord merge = m_mergeModel->record(row);
    if (!confirm(tr("Undo the merge of %1? Its records go back to it, and it returns to the "
                    "lists.")
                     .arg(merge.mergedName)))
        return;
    if (auto undone = m_merger.undo(m_session, merge.id); !undone)
        return report(undone.error());
}

} // namespace relais::ui
