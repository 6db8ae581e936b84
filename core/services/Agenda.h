#pragma once

#include "domain/Appointment.h"
#include "security/Session.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace relais {

class Vault;

// Booking, moving, cancelling and marking no-shows, with the rules of AppointmentRules and the
// role check; every change is kept in the appointment's history (appointment_event) in the
// same write as the change.
class Agenda
{
    Q_DECLARE_TR_FUNCTIONS(relais::Agenda)

public:
    static constexpr auto FieldPractitioner = "practitioner";
    static constexpr auto FieldPatient = "patient";

    explicit Agenda(Vault &vault);

    // Books `draft` (practitioner, patient, type, start, end). A conflict with the
    // practitioner's or the patient's appointments is refused with what is in the way, unless
    // `overbookReason` says why it is booked anyway: then it is marked overbooked.
    Result<QString> book(const Session &session, Appointment draft,
                         const QString &overbookReason = QString());
    // Moves an appointment to new times (and practitioner), under the same rules.
    Status move(const Session &session, const QString &id, const QDateTime &start,
                const QDateTime &end, const QString &practitionerId,
                const QString &overbookReason = QString());
    // Cancels it, saying by whom and why; a cancelled appointment no longer changes.
    Status cancel(const Session &session, const QString &id, Appointment::CancelledBy by,
                  const QString &reason);
    Status markNoShow(const Session &session, const QString &id);

private:
    // The practitioner, the patient and the times are right, and nothing is in the way (or
    // the overbooking is said); `candidate` gets its overbooked mark.
    Status checkBookable(Appointment &candidate, const QString &overbookReason) const;
    Result<Appointment> load(const QString &id) const;

    Vault &m_vault;
};

} // namespace relais
