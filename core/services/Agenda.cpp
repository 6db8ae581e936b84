#include "Agenda.h"

#include "repositories/AppointmentRepository.h"
#include "repositories/PatientRepository.h"
#include "repositories/UserRepository.h"
#include "security/AccessPolicy.h"
#include "storage/RecordWriter.h"
#include "storage/Vault.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace relais {

namespace {

Status invalid(const char *field, const QString &why)
{
    return std::unexpected(Error{ErrorCode::InvalidInput, why, QLatin1String(field)});
}

QString table()
{
    return QString::fromLatin1(AppointmentRepository::Table);
}

QString events()
{
    return QString::fromLatin1(AppointmentRepository::EventTable);
}

QString details(const QJsonObject &what)
{
    return QString::fromUtf8(QJsonDocument(what).toJson(QJsonDocument::Compact));
}

} // namespace

Agenda::Agenda(Vault &vault)
    : m_vault(vault)
{}

Result<Appointment> Agenda::load(const QString &id) const
{
    auto found = AppointmentRepository(m_vault).find(id);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value())
        return std::unexpected(
            Error{ErrorCode::NotFound, tr("This appointment no longer exists.")});
    return **found;
}

Status Agenda::checkBookable(Appointment &candidate, const QString &overbookReason) const
{
    if (auto times = AppointmentRules::checkTimes(candidate, m_vault.clock().now()); !times)
        return times;
    auto practitioner = UserRepository(m_vault).find(candidate.practitionerId);
    if (!practitioner)
        return std::unexpected(practitioner.error());
    if (!practitioner->has_value() || (*practitioner)->disabled)
        return invalid(FieldPractitioner,
                       tr("Choose a practitioner whose account is in use: this one is disabled "
                          "or unknown."));
    auto patient = PatientRepository(m_vault).find(candidate.patientId);
    if (!patient)
        return std::unexpected(patient.error());
    if (!patient->has_value())
        return invalid(FieldPatient, tr("Find the patient first: this file does not exist."));
    if (!(*patient)->mergedInto.isEmpty())
        return invalid(FieldPatient, tr("This file was merged into another one: book on the "
                                        "file that was kept."));

    const AppointmentRepository appointments(m_vault);
    auto practitionerDay =
        appointments.ofPractitioners({candidate.practitionerId}, candidate.start, candidate.end);
    if (!practitionerDay)
        return std::unexpected(practitionerDay.error());
    auto patientDay = appointments.ofPatient(candidate.patientId, candidate.start, candidate.end);
    if (!patientDay)
        return std::unexpected(patientDay.error());
    // The patient's appointments with this practitioner are in both lists: once is enough.
    QList<Appointment> inTheWay = *practitionerDay;
    for (const Appointment &a : std::as_const(*patientDay)) {
        if (a.practitionerId != candidate.practitionerId)
            inTheWay.append(a);
    }
    const QList<Conflict> conflicts = AppointmentRules::conflicts(candidate, inTheWay);
    candidate.overbooked = !conflicts.isEmpty();
    if (conflicts.isEmpty())
        return {};
    if (!overbookReason.trimmed().isEmpty()) {
        candidate.reason = overbookReason.trimmed();
        return {};
    }
    // Say what is in the way, with the names a person knows.
    const Conflict &first = conflicts.first();
    auto who = UserRepository(m_vault).find(first.other.practitionerId);
    auto whom = PatientRepository(m_vault).find(first.other.patientId);
    const QString practitionerName =
        who && who->has_value() ? (*who)->displayName : first.other.practitionerId;
    const QString patientName =
        whom && whom->has_value() ? (*whom)->displayName() : first.other.patientId;
    return std::unexpected(Error{ErrorCode::AlreadyExists,
                                 AppointmentRules::describe(first, practitionerName, patientName) +
                                     QLatin1Char(' ') +
                                     tr("Choose another time, or book anyway with a reason."),
                                 QLatin1String(AppointmentRules::FieldStart)});
}

Result<QString> Agenda::book(const Session &session, Appointment draft,
                             const QString &overbookReason)
{
    if (auto allowed = AccessPolicy::require(session, Permission::BookAppointments); !allowed)
        return std::unexpected(allowed.error());
    draft.id.clear();
    draft.status = Appointment::Status::Booked;
    draft.cancelledBy = Appointment::CancelledBy::Nobody;
    draft.reason.clear();
    if (auto bookable = checkBookable(draft, overbookReason); !bookable)
        return std::unexpected(bookable.error());
    const QDateTime now = m_vault.clock().now();
    return m_vault.write(session.actor(), [&](RecordWriter &w) -> Result<QString> {
        auto id = w.create(table(), AppointmentRepository::columnsOf(draft, session.userId));
        if (!id)
            return id;
        QJsonObject what{{QStringLiteral("start"), draft.start.toString(Qt::ISODate)},
                         {QStringLiteral("end"), draft.end.toString(Qt::ISODate)},
                         {QStringLiteral("practitioner"), draft.practitionerId}};
        if (draft.overbooked)
            what.insert(QStringLiteral("overbooked"), draft.reason);
        if (auto logged = w.create(
                events(), AppointmentRepository::eventColumns(*id, QStringLiteral("booked"), now,
                                                              session.userId, details(what)));
            !logged)
            return std::unexpected(logged.error());
        return id;
    });
}

Status Agenda::move(const Session &session, const QString &id, const QDateTime &start,
                    const QDateTime &end, const QString &practitionerId,
                    const QString &overbookReason)
{
    if (auto allowed = AccessPolicy::require(session, Permission::BookAppointments); !allowed)
        return allowed;
    auto current = load(id);
    if (!current)
        return std::unexpected(current.error());
    if (!current->holdsTime())
        return std::unexpected(
            Error{ErrorCode::Frozen, tr("This appointment was cancelled or not honoured: book "
                                        "a new one rather than move it.")});
    Appointment moved = *current;
    moved.start = start;
    moved.end = end;
    moved.practitionerId = practitionerId.isEmpty() ? current->practitionerId : practitionerId;
    if (auto bookable = checkBookable(moved, overbookReason); !bookable)
        return bookable;
    const QDateTime now = m_vault.clock().now();
    return m_vault.write(session.actor(), [&](RecordWriter &w) -> Status {
        // One of a series moved by hand keeps its move when the series is edited.
        if (Status changed =
                w.update(table(), id,
                         AppointmentRepository::moveColumns(moved, !current->seriesId.isEmpty()));
            !changed)
            return changed;
        const QJsonObject what{{QStringLiteral("from"), current->start.toString(Qt::ISODate)},
                               {QStringLiteral("to"), moved.start.toString(Qt::ISODate)},
                               {QStringLiteral("practitioner"), moved.practitionerId}};
        return toStatus(
            w.create(events(), AppointmentRepository::eventColumns(id, QStringLiteral("moved"), now,
                                                                   session.userId, details(what))));
    });
}

Status Agenda::cancel(const Session &session, const QString &id, Appointment::CancelledBy by,
                      const QString &reason)
{
    if (auto allowed = AccessPolicy::require(session, Permission::BookAppointments); !allowed)
        return allowed;
    if (by == Appointment::CancelledBy::Nobody)
        return invalid(AppointmentRules::FieldReason,
                       tr("Say who cancels: the patient, or the practice."));
    if (reason.trimmed().isEmpty())
        return invalid(AppointmentRules::FieldReason, tr("Say why the appointment is cancelled."));
    auto current = load(id);
    if (!current)
        return std::unexpected(current.error());
    Appointment cancelled = *current;
    cancelled.status = Appointment::Status::Cancelled;
    cancelled.cancelledBy = by;
    cancelled.reason = reason.trimmed();
    const QDateTime now = m_vault.clock().now();
    return m_vault.write(session.actor(), [&](RecordWriter &w) -> Status {
        if (Status changed = w.update(table(), id, AppointmentRepository::statusColumns(cancelled));
            !changed)
            return changed;
        const QJsonObject what{{QStringLiteral("by"), AppointmentRepository::cancelledByCode(by)},
                               {QStringLiteral("reason"), cancelled.reason}};
        return toStatus(w.create(
            events(), AppointmentRepository::eventColumns(id, QStringLiteral("cancelled"), now,
                                                          session.userId, details(what))));
    });
}

Status Agenda::markNoShow(const Session &session, const QString &id)
{
    if (auto allowed = AccessPolicy::require(session, Permission::BookAppointments); !allowed)
        return allowed;
    auto current = load(id);
    if (!current)
        return std::unexpected(current.error());
    if (current->start > m_vault.clock().now())
        return invalid(AppointmentRules::FieldStart,
                       tr("The appointment has not begun yet: it cannot be missed."));
    Appointment missed = *current;
    missed.status = Appointment::Status::NoShow;
    const QDateTime now = m_vault.clock().now();
    return m_vault.write(session.actor(), [&](RecordWriter &w) -> Status {
        if (Status changed = w.update(table(), id, AppointmentRepository::statusColumns(missed));
            !changed)
            return changed;
        return toStatus(
            w.create(events(), AppointmentRepository::eventColumns(
                                   id, QStringLiteral("no-show"), now, session.userId, QString())));
    });
}

} // namespace relais
