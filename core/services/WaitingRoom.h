#pragma once

#include "domain/Visit.h"
#include "security/Session.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace relais {

class Vault;

// Today at the desk: who is expected, who has arrived and for how long, whose consultation is
// being prepared or is ready, who is in with the doctor. Each change of state is a record of
// its own (visit_event), written with the change.
class WaitingRoom
{
    Q_DECLARE_TR_FUNCTIONS(relais::WaitingRoom)

public:
    static constexpr auto FieldPatient = "patient";
    static constexpr auto FieldPractitioner = "practitioner";
    static constexpr auto FieldReason = "reason";

    explicit WaitingRoom(Vault &vault);

    // Today's appointments (booked, not honoured, excused) and visits (walk-ins included), by
    // the time expected or of arrival.
    Result<QList<WaitingRoomRow>> today(const Session &session) const;
    // The patient of today's appointment has arrived: now, or at `at` when the desk records it
    // afterwards (today, not in the future).
    Result<QString> checkIn(const Session &session, const QString &appointmentId,
                            const QDateTime &at = {});
    // A patient without an appointment (unscheduled care), for a practitioner or whoever is
    // free (empty).
    Result<QString> walkIn(const Session &session, const QString &patientId,
                           const QString &practitionerId, const QString &reason);
    // Takes the visit to its next state (in consultation, done, left…), forward only.
    Status advance(const Session &session, const QString &visitId, Visit::State to,
                   const QDateTime &at = {});
    // Starts preparing the consultation of an arrived patient: the prepared consultation of the
    // practice, naming the appointment.
    Result<QString> startPreparation(const Session &session, const QString &visitId);

private:
    Result<Visit> load(const QString &visitId) const;
    Result<QString> arrive(const Session &session, Visit visit, const QDateTime &at);
    // When a change happened: now, or a time given afterwards, today and not ahead of now,
    // nor before `after`.
    Result<QDateTime> when(const QDateTime &at, const QDateTime &after = {}) const;

    Vault &m_vault;
};

} // namespace relais
