#pragma once

#include "domain/Appointment.h"
#include "domain/Patient.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QVariantMap>

#include <optional>
#include <utility>

namespace relais {

class Vault;

// An appointment with what the agenda shows of its patient, read in the same statement. Only
// the patient's id, names, birth date and phone are filled; none when the file was removed or
// merged into another.
struct BookedAppointment
{
    Appointment appointment = {};
    PatientIdentity patient = {};
};

// Appointments (appointment) and their history (appointment_event).
class AppointmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(relais::AppointmentRepository)

public:
    static constexpr auto Table = "appointment";
    static constexpr auto EventTable = "appointment_event";

    explicit AppointmentRepository(const Vault &vault);

    Result<std::optional<Appointment>> find(const QString &id) const;
    // Every appointment of these practitioners that overlaps [from, to), whatever its status,
    // in time order.
    Result<QList<Appointment>> ofPractitioners(const QStringList &practitionerIds,
                                               const QDateTime &from, const QDateTime &to) const;
    // The patient's appointments that overlap [from, to), with any practitioner.
    Result<QList<Appointment>> ofPatient(const QString &patientId, const QDateTime &from,
                                         const QDateTime &to) const;

    // Everyone's appointments that overlap [from, to), whatever the status, in time order.
    Result<QList<Appointment>> between(const QDateTime &from, const QDateTime &to) const;
    // The same with the patients' names (the waiting room).
    Result<QList<BookedAppointment>> betweenWithPatients(const QDateTime &from,
                                                         const QDateTime &to) const;
    // How many times each appointment of the practitioner starting in [from, to) was moved,
    // cancelled or marked not honoured: a calendar's SEQUENCE.
    Result<QHash<QString, int>> changeCounts(const QString &practitionerId, const QDateTime &from,
                                             const QDateTime &to) const;
    // The whole series, whatever the status, in time order.
    Result<QList<Appointment>> ofSeries(const QString &seriesId) const;
    // Booked appointments in each other's way (the same practitioner or the same patient) that
    // neither was booked as overbooked, ending after `from`: here the second was refused, so two
    // workstations each booked one before they synced. Each pair once, the earlier first, in
    // time order.
    Result<QList<std::pair<Appointment, Appointment>>> doubleBooked(const QDateTime &from) const;
    Result<QList<AppointmentEvent>> events(const QString &appointmentId) const;

    // The reminder call made (or undone, with an invalid `at`).
    static QVariantMap remindedColumns(const QDateTime &at, const QString &byUser);
    static QVariantMap columnsOf(const Appointment &appointment, const QString &bookedBy);
    // What a move, a cancellation or a no-show changes.
    static QVariantMap timeColumns(const Appointment &appointment);
    static QVariantMap statusColumns(const Appointment &appointment);
    // A move: times, practitioner, the overbooking mark (and its reason when overbooked);
    // `editedAlone` marks one of a series changed by itself.
    static QVariantMap moveColumns(const Appointment &appointment, bool editedAlone);
    static QVariantMap eventColumns(const QString &appointmentId, const QString &action,
                                    const QDateTime &at, const QString &byUser,
                                    const QString &details);

    static QString statusCode(Appointment::Status status);
    static QString cancelledByCode(Appointment::CancelledBy by);

private:
    Result<QList<Appointment>> select(const QString &where, const QVariantList &values) const;
    Result<QList<BookedAppointment>> selectWithPatients(const QString &where,
                                                        const QVariantList &values) const;

    const Vault &m_vault;
};

} // namespace relais
