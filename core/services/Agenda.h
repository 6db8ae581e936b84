#pragma once

#include "domain/Appointment.h"
#include "domain/SlotFinder.h"
#include "security/Session.h"
#include "util/Result.h"

#include <QCoreApplication>

#include <memory>

namespace relais {

class Vault;
class PatientNames;

// An appointment as the agenda shows it: with the patient's name, the type's words and colour,
// and whether it clashes with another.
struct AgendaEntry
{
    Appointment appointment = {};
    QString patientName = {}; // "DUPONT Hélène"
    QString initials = {};    // "H. D."
    QString phone = {};
    QDate birthDate = {};
    QString typeLabel = {}; // the code alone when the type was removed
    QString colour = {};
    // Overlaps another booked appointment of the practitioner or of the patient.
    bool inConflict = false;
};

// Booking, moving, cancelling and marking no-shows, with the rules of AppointmentRules and the
// role check; every change is kept in the appointment's history (appointment_event) in the
// same write as the change.
class Agenda
{
    Q_DECLARE_TR_FUNCTIONS(relais::Agenda)

public:
    static constexpr auto FieldPractitioner = "practitioner";
    static constexpr auto FieldPatient = "patient";
    static constexpr auto FieldRepeat = "repeat";
    static constexpr int LongestSeries = 52;

    explicit Agenda(Vault &vault);
    ~Agenda();
    Agenda(Agenda &&) noexcept;
    Agenda(const Agenda &) = delete;
    Agenda &operator=(const Agenda &) = delete;
    Agenda &operator=(Agenda &&) = delete;

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

    // A recurring series (a weekly dressing): `count` appointments `weeksApart` weeks apart
    // from the draft's, each its own appointment with the series' id. Refused whole, naming
    // the date, when one of them is in the way of another and no overbooking reason is given.
    Result<QStringList> bookSeries(const Session &session, const Appointment &draft, int weeksApart,
                                   int count, const QString &overbookReason = QString());
    // "This one and the following": moves them all by the same shift (and to the same length
    // and practitioner), except those changed by hand, which keep their change.
    Status moveFollowing(const Session &session, const QString &id, const QDateTime &start,
                         const QDateTime &end, const QString &practitionerId,
                         const QString &overbookReason = QString());
    // Cancels this one and every later one of its series still booked.
    Status cancelFollowing(const Session &session, const QString &id, Appointment::CancelledBy by,
                           const QString &reason);
    // Two appointments in each other's way that nobody chose to overbook: booked on two
    // workstations before they synced (each refuses the second of its own). From now on.
    struct DoubleBooking
    {
        AgendaEntry first;
        AgendaEntry second;
    };
    Result<QList<DoubleBooking>> doubleBookings(const Session &session) const;
    // Keeps a double-booked appointment as it is: marked overbooked, with why.
    Status keepBoth(const Session &session, const QString &id);

    // The day-before call made (or undone).
    Status markReminded(const Session &session, const QString &id, bool reminded);

    // What the views show: the practitioners' appointments overlapping [from, to), every
    // status, in time order. The patients' names are kept between calls (PatientNames): a view
    // that keeps its Agenda reads them again only when they may have changed.
    Result<QList<AgendaEntry>> between(const Session &session, const QStringList &practitionerIds,
                                       const QDateTime &from, const QDateTime &to) const;
    Result<AgendaEntry> entry(const Session &session, const QString &id) const;
    // The appointment's history, oldest first, with who did it by name.
    Result<QList<AppointmentEvent>> history(const Session &session, const QString &id) const;
    // What is unusual about booking the candidate (ScheduleRules::warnings): a holiday, an
    // absence, outside the hours…
    Result<QStringList> warnings(const Appointment &candidate) const;
    // The first free times fitting the query across the practitioners.
    Result<QList<Slot>> freeSlots(const QStringList &practitionerIds, const SlotQuery &query) const;
    // The access-to-care indicator of each practitioner: their third next free 15 minutes.
    Result<QHash<QString, std::optional<Slot>>>
    thirdNextAvailable(const QStringList &practitionerIds) const;

private:
    // The practitioner, the patient and the times are right, and nothing is in the way (or
    // the overbooking is said); `candidate` gets its overbooked mark.
    Status checkBookable(Appointment &candidate, const QString &overbookReason) const;
    Result<Appointment> load(const QString &id) const;
    Status moveSome(const Session &session, const QString &id, const QDateTime &start,
                    const QDateTime &end, const QString &practitionerId,
                    const QString &overbookReason, bool andFollowing);
    Status cancelSome(const Session &session, const QString &id, Appointment::CancelledBy by,
                      const QString &reason, bool andFollowing);
    // The booked appointments of `id`'s series from it on, in time order.
    Result<QList<Appointment>> following(const Appointment &from) const;
    static Error noLongerExists();
    Result<QList<AgendaEntry>> entriesOf(QList<Appointment> appointments) const;
    // A finder that knows what is booked over `days` days from `from`.
    Result<SlotFinder> finderFor(const QStringList &practitionerIds, const QDate &from,
                                 int days) const;

    Vault &m_vault;
    std::unique_ptr<PatientNames> m_names;
};

} // namespace relais
