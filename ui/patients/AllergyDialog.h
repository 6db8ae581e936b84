#pragma once

#include "common/FormDialog.h"
#include "services/DrugSubstances.h"
#include "services/PatientAllergies.h"

class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QPushButton;
class QStringListModel;

namespace relais::ui {

// Records an allergy or an intolerance for the open patient. The substance is picked from the
// drug database as it is typed (so that prescriptions can be checked against it), or kept as
// typed when it is not a drug (latex, peanuts).
class AllergyDialog : public FormDialog
{
    Q_OBJECT

public:
    AllergyDialog(PatientAllergies &allergies, DrugSubstances &substances, const Session &session,
                  QString patientId, QWidget *parent = nullptr);
    void save() override;
    // What the substance field is linked to: a BDPM code, or empty for free text.
    const QString &linkedCode() const { return m_linkedCode; }
    QStringListModel *proposals() const { return m_proposals; }
    // The substance proposed for a name typed close to one ("did you mean"), or empty.
    QString suggestion() const;

private:
    void propose(const QString &typed);
    void pick(const QString &name);
    void showLink();
    void takeSuggestion();

    PatientAllergies &m_allergies;
    DrugSubstances &m_substances;
    const Session &m_session;
    QString m_patientId;
    QLineEdit *m_substance = nullptr;
    QCompleter *m_completer = nullptr;
    QStringListModel *m_proposals = nullptr;
    QList<DrugSubstance> m_found;
    QString m_linkedCode;
    QString m_linkedName;
    QLabel *m_link = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_reaction = nullptr;
    QWidget *m_suggestionBox = nullptr;
    QLabel *m_suggestionText = nullptr;
    QPushButton *m_useSuggestion = nullptr;
    std::optional<DrugSubstance> m_suggestion;
    QString m_keptAsTyped; // the name confirmed as typed despite the suggestion
};

} // namespace relais::ui
