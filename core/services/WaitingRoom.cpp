#include "WaitingRoom.h"

#include "domain/PracticeTime.h"
#include "repositories/AppointmentRepository.h"
#include "repositories/PatientRepository.h"
#include "repositories/ScheduleRepository.h"
#include "repositories/UserRepository.h"
#include "repositories/VisitRepository.h"
#include "security/AccessPolicy.h"
#include "services/PreparedConsultations.h"
#include "storage/RecordWriter.h"
#include "storage/Vault.h"

#include <QHash>

namespace relais {

namespace {

QString visits()
{
    return QString::fromLatin1(VisitRepository::Table);
}

QString visitEvents()
{
    return QString::fromLatin1(VisitRepository::EventTable);
}

} // namespace

WaitingRoom::WaitingRoom(Vault &vault)
    : m_vault(vault)
{}

Result<QList<WaitingRoomRow>> WaitingRoom::today(const Session &session) const
{
    if (auto allowed = AccessPolicy::require(session, Permission::ReadPatients); !allowed)
        return std::unexpected(allowed.error());
    const QDate day = PracticeTime::toLocal(m_vault.clock().now()).date();
    const QDateTime from = *PracticeTime::toUtc(day, QTime(0, 0));
    const QDateTime to = *PracticeTime::toUtc(day.addDays(1), QTime(0, 0));
    auto appointments = AppointmentRepository(m_vault).betweenWithPatients(from, to);
    if (!appointments)
        return std::unexpected(appointments.error());
    auto visits = VisitRepository(m_vault).ofDay(day);
    if (!visits)
        return std::unexpected(visits.error());

    QHash<QString, const VisitRepository::Seen *> byAppointment;
    for (const VisitRepository::Seen &seen : std::as_const(*visits)) {
        if (!seen.visit.appointmentId.isEmpty())
            byAppointment.insert(seen.visit.appointmentId, &seen);
    }
    QList<WaitingRoomRow> rows;
    const auto fromVisit = [](WaitingRoomRow &row, const VisitRepository::Seen &seen) {
        row.visitId = seen.visit.id;
        row.status = VisitRules::shown(seen.visit.state, seen.consultation);
        row.arrivedAt = seen.visit.arrivedAt;
        row.seenAt = seen.visit.seenAt;
        row.consultationId =
            seen.visit.consultationId.isEmpty() ? seen.consultationId : seen.visit.consultationId;
    };
    QHash<QString, QString> names; // of the patients, by id
    for (const BookedAppointment &booked : std::as_const(*appointments)) {
        const Appointment &a = booked.appointment;
        if (!booked.patient.id.isEmpty())
            names.insert(a.patientId, booked.patient.displayName());
        // Cancelled by the practice: the patient is not expected, nor excused.
        if (a.status == Appointment::Status::Cancelled &&
            a.cancelledBy != Appointment::CancelledBy::Patient)
            continue;
        WaitingRoomRow row;
        row.appointmentId = a.id;
        row.patientId = a.patientId;
        row.practitionerId = a.practitionerId;
        row.typeLabel = a.type;
        row.expectedAt = a.start;
        row.status = a.status == Appointment::Status::NoShow ? WaitingRoomRow::Status::NoShow
                     : a.status == Appointment::Status::Cancelled
                         ? WaitingRoomRow::Status::Excused
                         : WaitingRoomRow::Status::Expected;
        if (const VisitRepository::Seen *seen = byAppointment.value(a.id))
            fromVisit(row, *seen);
        rows.append(row);
    }
    for (const VisitRepository::Seen &seen : std::as_const(*visits)) {
        if (!seen.visit.appointmentId.isEmpty())
            continue;
        WaitingRoomRow row;
        row.patientId = seen.visit.patientId;
        row.practitionerId = seen.visit.practitionerId;
        row.typeLabel = seen.visit.reason;
        fromVisit(row, seen);
        rows.append(row);
    }
    // Names, of the patients come without an appointment, the practitioners and the types.
    QStringList patientIds;
    for (const WaitingRoomRow &row : std::as_const(rows)) {
        if (!names.contains(row.patientId))
            patientIds.append(row.patientId);
    }
    patientIds.removeDuplicates();
    auto patients = PatientRepository(m_vault).findLive(patientIds);
    auto users = UserRepository(m_vault).all();
    auto types = ScheduleRepository(m_vault).types();
    if (!patients || !users || !types)
        return std::unexpected((!patients ? patients.error()
                                : !users  ? users.error()
                                          : types.error()));
    for (const PatientIdentity &p : std::as_const(*patients))
        names.insert(p.id, p.displayName());
    QHash<QString, QString> practitioners;
    for (const UserAccount &u : std::as_const(*users))
        practitioners.insert(u.id, u.displayName);
    QHash<QString, QString> labels;
    for (const AppointmentType &t : std::as_const(*types))
        labels.insert(t.code, t.label);
    for (WaitingRoomRow &row : rows) {
        row.patientName = names.value(row.patientId);
        row.practitionerName = practitioners.value(row.practitionerId);
        if (!row.appointmentId.isEmpty())
            row.typeLabel = labels.value(row.typeLabel, row.typeLabel);
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const WaitingRoomRow &a, const WaitingRoomRow &b) {
                         const QDateTime &x = a.expectedAt.isValid() ? a.expectedAt : a.arrivedAt;
                         const QDateTime &y = b.expectedAt.isValid() ? b.expectedAt : b.arrivedAt;
                         return x < y;
                     });
    return rows;
}

Result<Visit> WaitingRoom::load(const QString &visitId) const
{
    auto found = VisitRepository(m_vault).find(visitId);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value())
        return std::unexpected(
            Error{ErrorCode::NotFound, tr("This patient is no longer in the waiting room.")});
    return **found;
}

Result<QDateTime> WaitingRoom::when(const QDateTime &at, const QDateTime &after) const
{
    QDateTime now = m_vault.clock().now();
    if (!at.isValid())
        return now;
    if (at > now || PracticeTime::toLocal(at).date() != PracticeTime::toLocal(now).date() ||
        (after.isValid() && at < after))
        return std::unexpected(
            Error{ErrorCode::InvalidInput, tr("A time recorded afterwards is today's, not yet to "
                                              "come, and after the patient's arrival.")});
    return at;
}

Result<QString> WaitingRoom::arrive(const Session &session, Visit visit, const QDateTime &at)
{
    auto arrived = when(at);
    if (!arrived)
        return std::unexpected(arrived.error());
    const QDateTime now = *arrived;
    visit.day = PracticeTime::toLocal(now).date();
    visit.arrivedAt = now;
    visit.state = Visit::State::Arrived;
    return m_vault.write(session.actor(), [&](RecordWriter &w) -> Result<QString> {
        auto id = w.create(visits(), VisitRepository::columnsOf(visit));
        if (!id)
            return id;
        if (auto logged =
                w.create(visitEvents(), VisitRepository::eventColumns(*id, Visit::State::Arrived,
                                                                      now, session.userId));
            !logged)
            return std::unexpected(logged.error());
        return id;
    });
}

Result<QString> WaitingRoom::checkIn(const Session &session, const QString &appointmentId,
                                     const QDateTime &at)
{
    if (auto allowed = AccessPolicy::require(session, Permission::BookAppointments); !allowed)
        return std::unexpected(allowed.error());
    auto found = AppointmentRepository(m_vault).find(appointmentId);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value())
        return std::unexpected(
            Error{ErrorCode::NotFound, tr("This appointment no longer exists.")});
    const Appointment &a = **found;
    const QDate today = PracticeTime::toLocal(m_vault.clock().now()).date();
    if (PracticeTime::toLocal(a.start).date() != today)
        return std::unexpected(Error{ErrorCode::InvalidInput,
                                     tr("This appointment is not today's: book one for today, "
                                        "or add the patient without an appointment.")});
    if (!a.holdsTime())
        return std::unexpected(
            Error{ErrorCode::Frozen, tr("This appointment was cancelled or marked not honoured: "
                                        "add the patient without an appointment.")});
    auto already = VisitRepository(m_vault).ofAppointment(appointmentId);
    if (!already)
        return std::unexpected(already.error());
    if (already->has_value())
        return std::unexpected(
            Error{ErrorCode::AlreadyExists, tr("Already arrived, at %1.")
                                                .arg(PracticeTime::toLocal((*already)->arrivedAt)
                                                         .toString(QStringLiteral("HH:mm")))});
    Visit visit;
    visit.patientId = a.patientId;
    visit.appointmentId = a.id;
    visit.practitionerId = a.practitionerId;
    return arrive(session, visit, at);
}

Result<QString> WaitingRoom::walkIn(const Session &session, const QString &patientId,
                                    const QString &practitionerId, const QString &reason)
{
    if (auto allowed = AccessPolicy::require(session, Permission::BookAppointments); !allowed)
        return std::unexpected(allowed.error());
    auto patient = PatientRepository(m_vault).find(patientId);
    if (!patient)
        return std::unexpected(patient.error());
    if (!patient->has_value() || !(*patient)->mergedInto.isEmpty())
        return std::unexpected(Error{ErrorCode::InvalidInput,
                                     tr("Find the patient's file first (or create it)."),
                                     QLatin1String(FieldPatient)});
    if (!practitionerId.isEmpty()) {
        auto practitioner = UserRepository(m_vault).find(practitionerId);
        if (!practitioner)
            return std::unexpected(practitioner.error());
        if (!practitioner->has_value() || (*practitioner)->disabled)
            return std::unexpected(Error{ErrorCode::InvalidInput,
                                         tr("Choose a practitioner whose account is in use."),
                                         QLatin1String(FieldPractitioner)});
    }
    if (reason.trimmed().isEmpty())
        return std::unexpected(Error{ErrorCode::InvalidInput,
                                     tr("Say why the patient comes without an appointment."),
                                     QLatin1String(FieldReason)});
    Visit visit;
    visit.patientId = patientId;
    visit.practitionerId = practitionerId;
    visit.reason = reason;
    return arrive(session, visit, QDateTime());
}

Status WaitingRoom::advance(const Session &session, const QString &visitId, Visit::State to,
                            const QDateTime &at)
{
    if (auto allowed = AccessPolicy::require(session, Permission::BookAppointments); !allowed)
        return allowed;
    auto visit = load(visitId);
    if (!visit)
        return std::unexpected(visit.error());
    if (!VisitRules::mayGo(visit->state, to))
        return fail(ErrorCode::InvalidInput,
                    tr("A patient who is \"%1\" cannot become \"%2\".")
                        .arg(VisitRules::statusName(VisitRules::shown(visit->state, std::nullopt)),
                             VisitRules::statusName(VisitRules::shown(to, std::nullopt))));
    auto happened = when(at, visit->seenAt.isValid() ? visit->seenAt : visit->arrivedAt);
    if (!happened)
        return std::unexpected(happened.error());
    const QDateTime now = *happened;
    Visit changed = *visit;
    changed.state = to;
    if (to == Visit::State::InConsultation)
        changed.seenAt = now;
    if (to == Visit::State::Done || to == Visit::State::Left)
        changed.doneAt = now;
    return m_vault.write(session.actor(), [&](RecordWriter &w) -> Status {
        if (Status saved = w.update(visits(), visitId, VisitRepository::stateColumns(changed));
            !saved)
            return saved;
        return toStatus(w.create(visitEvents(),
                                 VisitRepository::eventColumns(visitId, to, now, session.userId)));
    });
}

Result<QString> WaitingRoom::startPreparation(const Session &session, const QString &visitId)
{
    auto visit = load(visitId);
    if (!visit)
        return std::unexpected(visit.error());
    if (visit->state != Visit::State::Arrived)
        return std::unexpected(
            Error{ErrorCode::InvalidInput, tr("The consultation of this patient is already "
                                              "being prepared, or the patient went in.")});
    QString reason = visit->reason;
    if (!visit->appointmentId.isEmpty()) {
        auto appointment = AppointmentRepository(m_vault).find(visit->appointmentId);
        if (appointment && appointment->has_value()) {
            // The consultation's reason in words: the type's label, not its code.
            reason = (*appointment)->type;
            if (auto types = ScheduleRepository(m_vault).types()) {
                for (const AppointmentType &t : std::as_const(*types)) {
                    if (AppointmentTypeRules::normalisedCode(t.code) ==
                        AppointmentTypeRules::normalisedCode(reason))
                        reason = t.label;
                }
            }
        }
    }
    // Its own checks (role, physician, one open consultation a day) are the service's.
    auto consultation = PreparedConsultations(m_vault).start(
        session, visit->patientId, visit->practitionerId, reason, visit->appointmentId);
    if (!consultation)
        return consultation;
    Visit preparing = *visit;
    preparing.state = Visit::State::Preparing;
    preparing.consultationId = *consultation;
    const QDateTime now = m_vault.clock().now();
    auto saved = m_vault.write(session.actor(), [&](RecordWriter &w) -> Status {
        if (Status changed = w.update(visits(), visitId, VisitRepository::stateColumns(preparing));
            !changed)
            return changed;
        return toStatus(
            w.create(visitEvents(), VisitRepository::eventColumns(visitId, Visit::State::Preparing,
                                                                  now, session.userId)));
    });
    if (!saved)
        return std::unexpected(saved.error());
    return consultation;
}

} // namespace relais
