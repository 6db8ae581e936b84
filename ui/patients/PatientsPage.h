#pragma once

#include "security/Session.h"
#include "services/PatientRegistry.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;

namespace relais::ui {

class PatientFileView;
class PatientSearchModel;

// The Patients section: one box that finds a patient as the assistant types (name, birth date,
// social-security number or phone), the results, a new file (Ctrl+N), and the opened file.
// Typing shows the results in place of the file; Escape goes back to the file.
class PatientsPage : public QWidget
{
    Q_OBJECT

public:
    PatientsPage(Vault &vault, QWidget *parent = nullptr);

    void setSession(const Session &session);
    void search(const QString &typed);
    // The same search again after a change (a file created, renamed or merged, here or
    // elsewhere), keeping the row the assistant was on.
    void refreshResults();
    void newPatient();
    void openPatient(const QString &id);
    void focusSearch();
    // Goes on with a search started elsewhere (Reception): the text, the results, the cursor.
    void searchFor(const QString &typed);
    PatientSearchModel *results() const { return m_results; }
    PatientFileView *file() const { return m_file; }
    const QString &openedId() const { return m_openedId; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showResults(bool results);

    PatientRegistry m_registry;
    Session m_session;
    QLineEdit *m_search = nullptr;
    QLabel *m_hint = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_resultsPanel = nullptr;
    QTableView *m_table = nullptr;
    PatientSearchModel *m_results = nullptr;
    PatientFileView *m_file = nullptr;
    QString m_openedId;
};

} // namespace relais::ui
