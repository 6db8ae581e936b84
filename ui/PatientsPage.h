#pragma once

#include "security/Session.h"
#include "services/PatientAllergies.h"
#include "services/PatientRegistry.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace relais::ui {

class PatientSearchModel;

// The Patients section: one box that finds a patient as the assistant types (name, birth date,
// social-security number or phone), the results, a new file (Ctrl+N), and the opened patient's
// identity header.
class PatientsPage : public QWidget
{
    Q_OBJECT

public:
    PatientsPage(Vault &vault, QWidget *parent = nullptr);

    void setSession(const Session &session);
    void search(const QString &typed);
    void newPatient();
    void openPatient(const QString &id);
    void focusSearch();
    void addAllergy();
    PatientSearchModel *results() const { return m_results; }
    const QString &openedId() const { return m_openedId; }

private:
    void showHeader(const PatientIdentity &patient);

    Vault &m_vault;
    PatientRegistry m_registry;
    PatientAllergies m_allergies;
    Session m_session;
    QLineEdit *m_search = nullptr;
    QLabel *m_hint = nullptr;
    QTableView *m_table = nullptr;
    PatientSearchModel *m_results = nullptr;
    QLabel *m_header = nullptr;
    QLabel *m_allergyLine = nullptr;
    QWidget *m_headerBox = nullptr;
    QString m_openedId;
};

} // namespace relais::ui
