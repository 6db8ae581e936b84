#pragma once

#include "common/FormDialog.h"
#include "domain/Prescription.h"
#include "security/Session.h"
#include "services/PrescriptionChecks.h"
#include "services/Prescriptions.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;
class QTableView;
class QTextBrowser;

namespace relais {
class Vault;
}

namespace relais::ui {

class DrugSearchBox;
class PrescriptionLinesModel;

// Drafting an ordonnance for one patient: drugs found in the national database become lines,
// each with its posology in fields (doses at set moments, N times a day, every N hours or as
// needed; duration or boxes; renewals; "non substituable" with its reason; ALD), read back as
// the French that will print. The checks (allergies, interactions with the other lines and the
// current treatments, the same substance twice, data missing or old) run at every change.
// An assistant saves a draft for the physician; a physician may sign it from here.
class PrescriptionEditor : public FormDialog
{
    Q_OBJECT

public:
    PrescriptionEditor(Vault &vault, const Session &session, Prescription draft,
                       const QString &patientName, QWidget *parent = nullptr);

    // Saves the draft and closes.
    void save() override;
    // Saves the draft, then asks the physician's signature; closes once signed.
    void saveAndSign();
    void addDrug(const DrugChoice &choice);
    // Adds the lines of a template of the practice (by its row in the list).
    void addTemplate(int index);
    // Keeps the lines as a template under `name` (asked when empty).
    bool saveAsTemplate(QString name = {});
    void removeSelectedLine();

    // The draft's id once saved.
    const QString &savedId() const { return m_draft.id; }
    bool wasSigned() const { return m_signed; }
    PrescriptionLinesModel *lines() const { return m_lines; }
    QTableView *lineTable() const { return m_lineTable; }
    QTextBrowser *checks() const { return m_checks; }
    QComboBox *templateChoice() const { return m_templateChoice; }
    DrugSearchBox *searchBox() const { return m_search; }
    const PrescriptionChecks::Outcome &lastChecks() const { return m_outcome; }

private:
    QWidget *buildLineFields(QWidget *parent);
    Prescription typed() const;
    // Saves what is typed as a draft; false with the refusal shown where it belongs.
    bool saveDraft();
    void showLine(int row);
    void showPreview(const PrescriptionLine &line);
    void takeFields();
    void showRhythm();
    void runChecks();
    void loadTemplates();
    void markChanged();
    int currentRow() const;

    Vault &m_vault;
    Session m_session;
    Prescriptions m_prescriptions;
    PrescriptionChecks m_checker;
    Prescription m_draft;
    PrescriptionChecks::Outcome m_outcome;
    bool m_signed = false;
    bool m_showing = false; // filling the fields from a line: not a change of it

    QList<PrescriptionTemplate> m_templates;
    QComboBox *m_templateChoice = nullptr;
    DrugSearchBox *m_search = nullptr;
    PrescriptionLinesModel *m_lines = nullptr;
    QTableView *m_lineTable = nullptr;
    QGroupBox *m_lineBox = nullptr;
    QLineEdit *m_unit = nullptr;
    QComboBox *m_rhythm = nullptr;
    QStackedWidget *m_rhythmFields = nullptr;
    QList<QDoubleSpinBox *> m_moments; // morning, noon, evening, bedtime
    QDoubleSpinBox *m_dose = nullptr;
    QSpinBox *m_times = nullptr;
    QSpinBox *m_hours = nullptr;
    QDoubleSpinBox *m_maxPerDay = nullptr;
    QSpinBox *m_duration = nullptr;
    QComboBox *m_durationUnit = nullptr;
    QSpinBox *m_boxes = nullptr;
    QSpinBox *m_renewals = nullptr;
    QComboBox *m_nonSubstitutable = nullptr;
    QCheckBox *m_ald = nullptr;
    QLineEdit *m_instructions = nullptr;
    QLabel *m_preview = nullptr;
    QTextBrowser *m_checks = nullptr;
};

} // namespace relais::ui
