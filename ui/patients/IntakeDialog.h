#pragma once

#include "common/FormDialog.h"
#include "geo/PlaceDirectory.h"
#include "services/PatientRegistry.h"

#include <QStringList>

class QComboBox;
class QCompleter;
class QStringListModel;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace relais::ui {

class BirthPlaceField;

// A patient's identity and contact as typed at the desk: strict traits first, in the order of
// the identity document, then contact. A new file, or the change of an existing one (which asks
// for a reason when a checked identity loses its status). Each field is checked as it is left;
// as soon as the birth name and date are right, files the person may already have are shown with
// why, and the assistant opens one, or confirms it is someone else.
class IntakeDialog : public FormDialog
{
    Q_OBJECT

public:
    // A new file.
    IntakeDialog(PatientRegistry &registry, const Session &session, QWidget *parent = nullptr,
                 const Result<PlaceDirectory> &places = PlaceDirectory::shipped());
    // Changes to an existing one.
    IntakeDialog(PatientRegistry &registry, const Session &session, const PatientIdentity &current,
                 QWidget *parent = nullptr,
                 const Result<PlaceDirectory> &places = PlaceDirectory::shipped());

    PatientIdentity draft() const;
    void save() override;
    // Checks what was typed so far and shows the reasons beside the fields already left.
    void checkTyped();
    // After acceptance: the file created or changed, or the existing one the assistant chose.
    const QString &patientId() const { return m_patientId; }
    bool isEditing() const { return !m_current.id.isEmpty(); }

private:
    void build();
    void fill(const PatientIdentity &p);
    void showDuplicates(const QList<DuplicateCandidate> &candidates, bool blocking);
    // The typed birth date, or why it is not one.
    Result<QDate> typedBirthDate() const;
    void leave(const char *field);
    // The registry's problems with what was typed, in the words of this form.
    QList<Error> typedProblems() const;
    // The communes of the postcode typed, proposed for the town.
    void proposeTowns();

    PatientRegistry &m_registry;
    const Result<PlaceDirectory> &m_places;
    const Session &m_session;
    PatientIdentity m_current; // empty id for a new file
    QString m_patientId;
    bool m_confirmedNew = false;
    QStringList m_left; // fields the assistant has left, whose reasons may show
    QLineEdit *m_birthName = nullptr;
    QLineEdit *m_firstNames = nullptr;
    QLineEdit *m_usedName = nullptr;
    QLineEdit *m_usedFirstName = nullptr;
    QComboBox *m_sex = nullptr;
    QLineEdit *m_birthDate = nullptr;
    BirthPlaceField *m_birthPlace = nullptr;
    QLineEdit *m_nir = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_postcode = nullptr;
    QLineEdit *m_city = nullptr;
    QStringListModel *m_towns = nullptr;
    QCompleter *m_townCompleter = nullptr;
    QLineEdit *m_changeReason = nullptr;
    QWidget *m_duplicatesBox = nullptr;
    QLabel *m_duplicatesTitle = nullptr;
    QListWidget *m_duplicates = nullptr;
    QPushButton *m_createAnyway = nullptr;
    QList<DuplicateCandidate> m_candidates;
};

} // namespace relais::ui
