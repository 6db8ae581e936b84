#pragma once

#include "security/Session.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace relais {
class Vault;
}

namespace relais::ui {

class PatientSearchModel;

// Choosing a patient inside a form: typed as in the Patients section's search (name, birth
// date, phone…), Enter takes the first match, or a new provisional file is made on the spot
// with the intake form and its identity rules. Says what is chosen.
class PatientPicker : public QWidget
{
    Q_OBJECT

public:
    PatientPicker(Vault &vault, const Session &session, QWidget *parent = nullptr);

    // The search field, named as the service names the field it fills.
    QLineEdit *searchField() const { return m_search; }
    // The results, shown under the form's row.
    QTableView *results() const { return m_table; }
    QLabel *chosenLabel() const { return m_chosen; }
    const QString &patientId() const { return m_patientId; }
    void choose(const QString &id, const QString &name);

Q_SIGNALS:
    void chosen(const QString &id);

private:
    void search(const QString &typed);
    void newPatient();

    Vault &m_vault;
    Session m_session;
    QString m_patientId;
    QLineEdit *m_search = nullptr;
    PatientSearchModel *m_hits = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_chosen = nullptr;
};

} // namespace relais::ui
