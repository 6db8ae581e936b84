#pragma once

#include "services/PatientAllergies.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace relais::ui {

// Records an allergy or an intolerance for the open patient.
class AllergyDialog : public QDialog
{
    Q_OBJECT

public:
    AllergyDialog(PatientAllergies &allergies, const Session &session, QString patientId,
                  QWidget *parent = nullptr);
    void save();

private:
    PatientAllergies &m_allergies;
    const Session &m_session;
    QString m_patientId;
    QLineEdit *m_substance = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_reaction = nullptr;
    QLabel *m_reason = nullptr;
};

} // namespace relais::ui
