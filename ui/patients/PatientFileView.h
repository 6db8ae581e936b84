#pragma once

#include "common/RecordListModel.h"
#include "domain/VitalAlertRules.h"
#include "services/DrugSearch.h"
#include "services/DrugSubstances.h"
#include "services/PatientAllergies.h"
#include "services/PatientDetails.h"
#include "services/PatientHistory.h"
#include "services/PatientMerger.h"
#include "services/PatientRegistry.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace relais::ui {

class ConsultationPanel;
class PatientPrescriptionsPanel;
class VitalChart;
class VitalsPanel;

// An open patient's file: a header that always shows who it is (name, age, sex, identity
// status) and their allergies, then tabs: the summary (contact, referring doctor, coverage, ALD,
// consents, notes, allergies), the history, the current treatments, and the identity's own
// history (validations, changes, merges, with undo).
class PatientFileView : public QWidget
{
    Q_OBJECT

public:
    PatientFileView(Vault &vault, PatientRegistry &registry, QWidget *parent = nullptr);

    void setSession(const Session &session) { m_session = session; }
    // Shows a file just opened (the opening itself is the page's, audited there).
    void showPatient(const PatientIdentity &patient);
    const PatientIdentity &patient() const { return m_patient; }
    // Reads everything again from the vault after a change.
    void reload();

    void editIdentity();
    void validateIdentity();
    void editDetails();
    void addAllergy();
    void removeAllergy();
    void recordNoKnownAllergy();
    void addCondition();
    void editCondition();
    void removeCondition();
    void addTreatment();
    void editTreatment();
    void stopTreatment();
    void removeTreatment();
    void mergeWithAnother();
    void undoMerge();

    QTabWidget *tabs() const { return m_tabs; }
    VitalsPanel *vitals() const { return m_vitals; }
    VitalChart *trends() const { return m_trends; }
    ConsultationPanel *consultation() const { return m_consultation; }
    PatientPrescriptionsPanel *prescriptions() const { return m_prescriptions; }
    RecordListModel<Allergy> *allergies() const { return m_allergyModel; }
    RecordListModel<Condition> *conditions() const { return m_conditionModel; }
    RecordListModel<Treatment> *treatments() const { return m_treatmentModel; }
    RecordListModel<IdentityEvent> *identityEvents() const { return m_eventModel; }
    RecordListModel<PatientMergeRecord> *merges() const { return m_mergeModel; }

Q_SIGNALS:
    // Another file should be opened: the one kept by a merge, or an existing one chosen instead.
    void openRequested(const QString &id);

private:
    QWidget *buildSummary();
    QWidget *buildHistory();
    QWidget *buildTreatments();
    QWidget *buildIdentity();
    void showHeader();
    void showVitalAlerts(const QList<VitalAlert> &alerts);
    void showSummary(const PatientDetailsRecord &details, const QList<Condition> &conditions);
    // The row chosen in a table, or -1 with a word in the status line to say what to choose.
    int chosenRow(QTableView *table) const;
    // Shows a service's refusal where the person is looking.
    void report(const Error &error);
    bool confirm(const QString &question);

    PatientRegistry &m_registry;
    PatientAllergies m_allergyService;
    DrugSubstances m_substances;
    PatientDetails m_details;
    PatientHistory m_history;
    DrugSearch m_drugSearch;
    PatientMerger m_merger;
    Session m_session;
    PatientIdentity m_patient;

    QLabel *m_name = nullptr;
    QLabel *m_facts = nullptr;
    QLabel *m_badge = nullptr;
    QLabel *m_allergyLine = nullptr;
    QPushButton *m_noKnownAllergy = nullptr;
    QLabel *m_vitalAlertLine = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_validate = nullptr;
    QTabWidget *m_tabs = nullptr;
    VitalsPanel *m_vitals = nullptr;
    VitalChart *m_trends = nullptr;
    ConsultationPanel *m_consultation = nullptr;
    PatientPrescriptionsPanel *m_prescriptions = nullptr;
    QFormLayout *m_summaryForm = nullptr;
    QLabel *m_address = nullptr;
    QLabel *m_contact = nullptr;
    QLabel *m_referring = nullptr;
    QLabel *m_coverage = nullptr;
    QLabel *m_ald = nullptr;
    QLabel *m_consents = nullptr;
    QLabel *m_notes = nullptr;
    QTableView *m_allergyTable = nullptr;
    QTableView *m_conditionTable = nullptr;
    QTableView *m_treatmentTable = nullptr;
    QTableView *m_mergeTable = nullptr;
    // Above each list: what it holds, or what it means that it is empty.
    QLabel *m_allergyTitle = nullptr;
    QLabel *m_conditionTitle = nullptr;
    QLabel *m_treatmentTitle = nullptr;
    QLabel *m_eventTitle = nullptr;
    QLabel *m_mergeTitle = nullptr;
    RecordListModel<Allergy> *m_allergyModel = nullptr;
    RecordListModel<Condition> *m_conditionModel = nullptr;
    RecordListModel<Treatment> *m_treatmentModel = nullptr;
    RecordListModel<IdentityEvent> *m_eventModel = nullptr;
    RecordListModel<PatientMergeRecord> *m_mergeModel = nullptr;
};

} // namespace relais::ui
