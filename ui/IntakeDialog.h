#pragma once

#include "services/PatientRegistry.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace relais::ui {

// A new patient's file, typed at the desk: strict traits first, in the order of the identity
// document, then contact. Before saving, Relais looks for files the person may already have and
// shows them with why; the assistant opens one, or confirms it is someone else.
class IntakeDialog : public QDialog
{
    Q_OBJECT

public:
    IntakeDialog(PatientRegistry &registry, const Session &session, QWidget *parent = nullptr);

    PatientIdentity draft() const;
    void save();
    // After acceptance: the file created, or the existing one the assistant chose to open.
    const QString &patientId() const { return m_patientId; }

private:
    void showDuplicates(const QList<DuplicateCandidate> &candidates);

    PatientRegistry &m_registry;
    const Session &m_session;
    QString m_patientId;
    bool m_confirmedNew = false;
    QLineEdit *m_birthName = nullptr;
    QLineEdit *m_firstNames = nullptr;
    QLineEdit *m_usedName = nullptr;
    QLineEdit *m_usedFirstName = nullptr;
    QComboBox *m_sex = nullptr;
    QLineEdit *m_birthDate = nullptr;
    QLineEdit *m_birthPlace = nullptr;
    QLineEdit *m_nir = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_address = nullptr;
    QLabel *m_reason = nullptr;
    QWidget *m_duplicatesBox = nullptr;
    QListWidget *m_duplicates = nullptr;
    QList<DuplicateCandidate> m_candidates;
};

} // namespace relais::ui
