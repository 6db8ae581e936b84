#pragma once

#include "common/FormDialog.h"
#include "domain/AppointmentType.h"
#include "domain/UserAccount.h"
#include "security/Session.h"
#include "services/Agenda.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTableView;
class QTimeEdit;

namespace relais {
class Vault;
}

namespace relais::ui {

class PatientPicker;

// Booking an appointment, or moving one: the patient (found with the patient search, or a new
// provisional file made on the spot), the practitioner, the type and its length, the day and
// time, a weekly repeat. F3 lists the next free slots for what is chosen; what would be unusual
// (outside the hours, an absence, a holiday) is said before saving. A conflict is refused with
// what is in the way; booking anyway takes a reason.
class BookingDialog : public FormDialog
{
    Q_OBJECT

public:
    static constexpr auto FieldOverbook = "overbook";

    // A new appointment, proposed at `start` with `practitionerId` (either may be empty).
    BookingDialog(Vault &vault, const Session &session, const QList<UserAccount> &practitioners,
                  const QList<AppointmentType> &types, const QString &practitionerId,
                  const QDateTime &start, QWidget *parent = nullptr);
    // Moving `entry` (its patient stays).
    BookingDialog(Vault &vault, const Session &session, const QList<UserAccount> &practitioners,
                  const QList<AppointmentType> &types, const AgendaEntry &entry,
                  QWidget *parent = nullptr);

    void save() override;
    // The booked (or moved) appointment's id after acceptance.
    const QString &appointmentId() const { return m_appointmentId; }
    // Lists the next free slots for the practitioner (or all), the length and the preference.
    void findSlots();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void build(const QString &practitionerId, const QDateTime &start);
    void typeChosen();
    void refreshWarnings();
    Result<Appointment> typed() const;

    Vault &m_vault;
    Session m_session;
    QList<UserAccount> m_practitioners;
    QList<AppointmentType> m_types;
    AgendaEntry m_moving; // empty id: a new booking
    QString m_patientId;
    QString m_appointmentId;

    PatientPicker *m_patient = nullptr; // a new booking
    QLabel *m_patientChosen = nullptr;  // a move: whose appointment
    QComboBox *m_practitioner = nullptr;
    QComboBox *m_type = nullptr;
    QDateEdit *m_date = nullptr;
    QTimeEdit *m_time = nullptr;
    QSpinBox *m_minutes = nullptr;
    QCheckBox *m_repeat = nullptr;
    QSpinBox *m_weeksApart = nullptr;
    QSpinBox *m_count = nullptr;
    QCheckBox *m_following = nullptr;
    QComboBox *m_part = nullptr;
    QComboBox *m_weekday = nullptr;
    QCheckBox *m_anyone = nullptr;
    QListWidget *m_slots = nullptr;
    QLabel *m_warnings = nullptr;
    QLineEdit *m_overbook = nullptr;
    QLabel *m_overbookLabel = nullptr;
};

} // namespace relais::ui
