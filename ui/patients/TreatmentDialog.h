#pragma once

#include "common/FormDialog.h"
#include "domain/Drug.h"
#include "services/DrugSearch.h"
#include "services/PatientHistory.h"

class QCompleter;
class QLabel;
class QStringListModel;
class QLineEdit;
class QPlainTextEdit;

namespace relais::ui {

// A treatment the patient takes, as the box or another doctor's prescription says it. The drug
// is picked from the national database as it is typed (then the checks know its substances),
// or written as it is when it is not there.
class TreatmentDialog : public FormDialog
{
    Q_OBJECT

public:
    TreatmentDialog(PatientHistory &history, const DrugSearch &search, const Session &session,
                    const Treatment &treatment, QWidget *parent = nullptr);
    void save() override;
    // The drug chosen among those the search offered for what is typed.
    void pickDrug(const QString &name);
    QStringListModel *suggestions() const { return m_suggestions; }
    const QString &linkedCis() const { return m_treatment.cis; }

private:
    void suggest(const QString &typed);
    void showLink();

    PatientHistory &m_history;
    const DrugSearch &m_search;
    QList<DrugChoice> m_found;
    QCompleter *m_completer = nullptr;
    QStringListModel *m_suggestions = nullptr;
    QLabel *m_link = nullptr;
    const Session &m_session;
    Treatment m_treatment;
    QLineEdit *m_drug = nullptr;
    QLineEdit *m_dosage = nullptr;
    QLineEdit *m_since = nullptr;
    QLineEdit *m_prescriber = nullptr;
    QPlainTextEdit *m_note = nullptr;
};

} // namespace relais::ui
