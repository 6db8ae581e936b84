#include "Agenda.h"

#include "domain/PracticeTime.h"
#include "repositories/AppointmentRepository.h"
#include "repositories/PatientNames.h"
#include "repositories/PatientRepository.h"
#include "repositories/PracticeRepository.h"
#include "repositories/ScheduleRepository.h"
#include "repositories/UserRepository.h"
#include "security/AccessPolicy.h"
#include "storage/RecordWriter.h"
#include "storage/Vault.h"
#include "util/Uuid7.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace relais {

namespace {

Status invalid(const char *field, const QString &why)
{
    return std::unexpected(Error{ErrorCode::InvalidInput, why, QLatin1String(field)});
}

QString appointments()
{
    return QString::fromLatin1(AppointmentRepository::Table);
}

QString appointmentEvents()
{
    return QString::fromLatin1(AppointmentRepository::EventTable);
}

QString details(const QJsonObject &what)
{
    return QString::fromUtf8(QJsonDocument(what).toJson(QJsonDocument::Compact));
}

// The appointment and the first line of its history, in the caller's write.
Result<QString> createBooked(RecordWriter &w, const Appointment &booked, const QString &byUser,
                             const QDateTime &now)
{
    auto id = w.create(appointments(), AppointmentRepository::columnsOf(booked, byUser));
    if (!id)
        return id;
    QJsonObject what{{QStringLiteral("start"), booked.start.toString(Qt::ISODate)},
                     {QStringLiteral("end"), booked.end.toString(Qt::ISODate)},
                     {QStringLiteral("practitioner"), booked.practitionerId}};
    if (!booked.seriesId.isEmpty())
        what.insert(QStringLiteral("series"), booked.seriesId);
    if (booked.overbooked)
        what.insert(QStringLiteral("overbooked"), booked.reason);
    if (auto logged = w.create(appointmentEvents(),
                               AppointmentRepository::eventColumns(*id, QStringLiteral("booked"),
                                                                   now, byUser, details(what)));
        !logged)
        return std::unexpected(logged.error());
    return id;
}

} // namespace

Agenda::Agenda(Vault &vault)
    : m_vault(vault)
    , m_names(std::make_unique<PatientNames>())
{}

Agenda::~Agenda() = default;
Agenda::Agenda(Agenda &&) noexcept = default;

Error Agenda::noLongerExists()
{
    return Error{ErrorCode::NotFound, tr("This appointment no longer exists.")};
}

Result<Appointment> Agenda::load(const QString &id) const
{
    auto found = AppointmentRepository(m_vault).find(id);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value())
        return std::unexpected(noLongerExists());
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
    return m_vault.write(session.actor(), [&](RecordWriter &w) {
        return createBooked(w, draft, session.userId, now);
    });
}

Status Agenda::move(const Session &session, const QString &id, const QDateTime &start,
                    const QDateTime &end, const QString &practitionerId,
                    const QString &overbookReason)
{
    return moveSome(session, id, start, end, practitionerId, overbookReason, false);
}

Status Agenda::cancel(const Session &session, const QString &id, Appointment::CancelledBy by,
                      const QString &reason)
{
    return cancelSome(session, id, by, reason, false);
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
        if (Status changed =
                w.update(appointments(), id, AppointmentRepository::statusColumns(missed));
            !changed)
            return changed;
        return toStatus(w.create(appointmentEvents(), AppointmentRepository::eventColumns(
                                                          id, QStringLiteral("no-show"), now,
                                                          session.userId, QString())));
    });
}

} // namespace relais

namespace relais {

namespace {

// The same local time of day `weeks` weeks later: a weekly 09:00 stays at 09:00 across the
// clock changes.
Result<QDateTime> weeksLater(const QDateTime &start, int weeks)
{
    const QDateTime local = PracticeTime::toLocal(start);
    return PracticeTime::toUtc(local.date().addDays(7LL * weeks), local.time(),
                               PracticeTime::Fold::First,
                               QLatin1String(AppointmentRules::FieldStart));
}

} // namespace

Result<QList<Appointment>> Agenda::following(const Appointment &from) const
{
    if (from.seriesId.isEmpty())
        return QList<Appointment>{from};
    auto series = AppointmentRepository(m_vault).ofSeries(from.seriesId);
    if (!series)
        return std::unexpected(series.error());
    QList<Appointment> out;
    for (const Appointment &a : std::as_const(*series)) {
        if (a.holdsTime() && (a.id == from.id || a.start > from.start))
            out.append(a);
    }
    return out;
}

Result<QStringList> Agenda::bookSeries(const Session &session, const Appointment &draft,
                                       int weeksApart, int count, const QString &overbookReason)
{
    if (auto allowed = AccessPolicy::require(session, Permission::BookAppointments); !allowed)
        return std::unexpected(allowed.error());
    if (weeksApart < 1 || weeksApart > 8)
        return std::unexpected(invalid(FieldRepeat, tr("Repeat every 1 to 8 weeks.")).error());
    if (count < 2 || count > LongestSeries)
        return std::unexpected(
            invalid(FieldRepeat, tr("A series has from 2 to %1 appointments.").arg(LongestSeries))
                .error());
    const QString seriesId = Uuid7::generateAt(m_vault.clock().now().toMSecsSinceEpoch());
    QList<Appointment> occurrences;
    for (int i = 0; i < count; ++i) {
        Appointment one = draft;
        one.id.clear();
        one.status = Appointment::Status::Booked;
        one.cancelledBy = Appointment::CancelledBy::Nobody;
        one.reason.clear();
        one.seriesId = seriesId;
        auto start = weeksLater(draft.start, weeksApart * i);
        if (!start)
            return std::unexpected(start.error());
        one.start = *start;
        one.end = start->addSecs(draft.start.secsTo(draft.end));
        if (auto bookable = checkBookable(one, overbookReason); !bookable) {
            Error said = bookable.error();
            if (i > 0)
                said.message = tr("On %1: %2")
                                   .arg(PracticeTime::toLocal(one.start).toString(
                                            QStringLiteral("dd/MM/yyyy")),
                                        said.message);
            return std::unexpected(said);
        }
        occurrences.append(one);
    }
    const QDateTime now = m_vault.clock().now();
    return m_vault.write(session.actor(), [&](RecordWriter &w) -> Result<QStringList> {
        QStringList ids;
        for (const Appointment &one : std::as_const(occurrences)) {
            auto id = createBooked(w, one, session.userId, now);
            if (!id)
                return std::unexpected(id.error());
            ids.append(*id);
        }
        return ids;
    });
}

Status Agenda::moveFollowing(const Session &session, const QString &id, const QDateTime &start,
                             const QDateTime &end, const QString &practitionerId,
                             const QString &overbookReason)
{
    return moveSome(session, id, start, end, practitionerId, overbookReason, true);
}

Status Agenda::moveSome(const Session &session, const QString &id, const QDateTime &start,
                        const QDateTime &end, const QString &practitionerId,
                        const QString &overbookReason, bool andFollowing)
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
    auto series = andFollowing ? following(*current) : Result<QList<Appointment>>({*current});
    if (!series)
        return std::unexpected(series.error());
    // The shift is said in local days and time of day, so that a weekly 09:00 moved to 10:00
    // is at 10:00 on every date, summer or winter.
    const QDateTime fromLocal = PracticeTime::toLocal(current->start);
    const QDateTime toLocal = PracticeTime::toLocal(start);
    const qint64 days = fromLocal.date().daysTo(toLocal.date());
    const int shift = fromLocal.time().secsTo(toLocal.time());
    const qint64 length = start.secsTo(end);
    QList<Appointment> moved;
    for (const Appointment &a : std::as_const(*series)) {
        if (a.id != id && a.editedAlone)
            continue; // changed by hand: it keeps its change
        Appointment m = a;
        m.practitionerId = practitionerId.isEmpty() ? a.practitionerId : practitionerId;
        if (a.id == id) {
            m.start = start;
            m.end = end;
        } else {
            const QDateTime local = PracticeTime::toLocal(a.start);
            auto newStart = PracticeTime::toUtc(
                local.date().addDays(days), local.time().addSecs(shift), PracticeTime::Fold::First,
                QLatin1String(AppointmentRules::FieldStart));
            if (!newStart)
                return std::unexpected(newStart.error());
            m.start = *newStart;
            m.end = newStart->addSecs(length);
        }
        if (auto bookable = checkBookable(m, overbookReason); !bookable) {
            Error said = bookable.error();
            if (series->size() > 1)
                said.message =
                    tr("On %1: %2")
                        .arg(PracticeTime::toLocal(m.start).toString(QStringLiteral("dd/MM/yyyy")),
                             said.message);
            return std::unexpected(said);
        }
        moved.append(m);
    }
    // One of a series moved by itself keeps its move when the series is edited.
    const bool alone = !andFollowing && !current->seriesId.isEmpty();
    const QDateTime now = m_vault.clock().now();
    return m_vault.write(session.actor(), [&](RecordWriter &w) -> Status {
        for (const Appointment &m : std::as_const(moved)) {
            if (Status changed =
                    w.update(appointments(), m.id, AppointmentRepository::moveColumns(m, alone));
                !changed)
                return changed;
            const Appointment &before =
                *std::find_if(series->cbegin(), series->cend(),
                              [&](const Appointment &a) { return a.id == m.id; });
            QJsonObject what{{QStringLiteral("from"), before.start.toString(Qt::ISODate)},
                             {QStringLiteral("to"), m.start.toString(Qt::ISODate)},
                             {QStringLiteral("practitioner"), m.practitionerId}};
            if (andFollowing)
                what.insert(QStringLiteral("with"), QStringLiteral("following"));
            if (auto logged = w.create(appointmentEvents(), AppointmentRepository::eventColumns(
                                                                m.id, QStringLiteral("moved"), now,
                                                                session.userId, details(what)));
                !logged)
                return std::unexpected(logged.error());
        }
        return Status{};
    });
}

Status Agenda::cancelFollowing(const Session &session, const QString &id,
                               Appointment::CancelledBy by, const QString &reason)
{
    return cancelSome(session, id, by, reason, true);
}

Status Agenda::cancelSome(const Session &session, const QString &id, Appointment::CancelledBy by,
                          const QString &reason, bool andFollowing)
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
    auto cancelling = andFollowing ? following(*current) : Result<QList<Appointment>>({*current});
    if (!cancelling)
        return std::unexpected(cancelling.error());
    const QDateTime now = m_vault.clock().now();
    return m_vault.write(session.actor(), [&](RecordWriter &w) -> Status {
        for (Appointment cancelled : std::as_const(*cancelling)) {
            cancelled.status = Appointment::Status::Cancelled;
            cancelled.cancelledBy = by;
            cancelled.reason = reason.trimmed();
            if (Status changed = w.update(appointments(), cancelled.id,
                                          AppointmentRepository::statusColumns(cancelled));
                !changed)
                return changed;
            QJsonObject what{{QStringLiteral("by"), AppointmentRepository::cancelledByCode(by)},
                             {QStringLiteral("reason"), cancelled.reason}};
            if (andFollowing)
                what.insert(QStringLiteral("with"), QStringLiteral("following"));
            if (auto logged = w.create(
                    appointmentEvents(),
                    AppointmentRepository::eventColumns(cancelled.id, QStringLiteral("cancelled"),
                                                        now, session.userId, details(what)));
                !logged)
                return std::unexpected(logged.error());
        }
        return Status{};
    });
}

Status Agenda::markReminded(const Session &session, const QString &id, bool reminded)
{
    if (auto allowed = AccessPolicy::require(session, Permission::BookAppointments); !allowed)
        return allowed;
    auto current = load(id);
    if (!current)
        return std::unexpected(current.error());
    if (!current->holdsTime())
        return std::unexpected(
            Error{ErrorCode::Frozen, tr("This appointment was cancelled: there is nothing to "
                                        "remind.")});
    const QDateTime now = m_vault.clock().now();
    return m_vault.write(session.actor(), [&](RecordWriter &w) -> Status {
        if (Status changed =
                w.update(appointments(), id,
                         AppointmentRepository::remindedColumns(
                             reminded ? now : QDateTime(), reminded ? session.userId : QString()));
            !changed)
            return changed;
        return toStatus(
            w.create(appointmentEvents(),
                     AppointmentRepository::eventColumns(
                         id, reminded ? QStringLiteral("reminded") : QStringLiteral("unreminded"),
                         now, session.userId, QString())));
    });
}

Result<QList<AgendaEntry>> Agenda::entriesOf(QList<Appointment> appointments) const
{
    auto types = ScheduleRepository(m_vault).types();
    if (!types)
        return std::unexpected(types.error());
    QStringList patientIds;
    patientIds.reserve(appointments.size());
    for (const Appointment &a : appointments)
        patientIds.append(a.patientId);
    if (Status named = m_names->fetch(m_vault, patientIds); !named)
        return std::unexpected(named.error());
    QHash<QString, const AppointmentType *> typeByCode;
    for (const AppointmentType &t : std::as_const(*types))
        typeByCode.insert(AppointmentTypeRules::normalisedCode(t.code), &t);

    QHash<QString, const AppointmentType *> typeOfStored;
    QList<AgendaEntry> out;
    out.reserve(appointments.size());
    for (Appointment &a : appointments) {
        AgendaEntry e;
        if (const PatientNames::Name *name = m_names->find(a.patientId)) {
            const PatientIdentity &p = name->identity;
            e.patientName = name->displayName;
            e.initials = name->initials;
            e.phone = p.phone;
            e.birthDate = p.birthDate;
        }
        // A handful of codes as stored, each normalised once.
        auto known = typeOfStored.constFind(a.type);
        if (known == typeOfStored.cend())
            known = typeOfStored.insert(
                a.type, typeByCode.value(AppointmentTypeRules::normalisedCode(a.type)));
        const AppointmentType *type = *known;
        e.typeLabel = type ? type->label : a.type;
        e.colour = type ? type->colour : QString();
        e.appointment = std::move(a);
        out.append(std::move(e));
    }
    // A clash is marked on both sides: sorted by start, each is compared with those that
    // start before it ends, of the same practitioner or the same patient.
    for (qsizetype i = 0; i < out.size(); ++i) {
        const Appointment &a = out.at(i).appointment;
        if (!a.holdsTime())
            continue;
        for (qsizetype j = i + 1; j < out.size() && out.at(j).appointment.start < a.end; ++j) {
            const Appointment &b = out.at(j).appointment;
            if (b.holdsTime() && AppointmentRules::overlaps(a, b) &&
                (a.practitionerId == b.practitionerId || a.patientId == b.patientId)) {
                out[i].inConflict = true;
                out[j].inConflict = true;
            }
        }
    }
    return out;
}

Result<QList<AgendaEntry>> Agenda::between(const Session &session,
                                           const QStringList &practitionerIds,
                                           const QDateTime &from, const QDateTime &to) const
{
    if (auto allowed = AccessPolicy::require(session, Permission::ReadPatients); !allowed)
        return std::unexpected(allowed.error());
    auto found = AppointmentRepository(m_vault).ofPractitioners(practitionerIds, from, to);
    if (!found)
        return std::unexpected(found.error());
    return entriesOf(*found);
}

Result<AgendaEntry> Agenda::entry(const Session &session, const QString &id) const
{
    if (auto allowed = AccessPolicy::require(session, Permission::ReadPatients); !allowed)
        return std::unexpected(allowed.error());
    auto found = AppointmentRepository(m_vault).find(id);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value())
        return std::unexpected(noLongerExists());
    auto entries = entriesOf({**found});
    if (!entries)
        return std::unexpected(entries.error());
    return entries->first();
}

Result<QList<Agenda::DoubleBooking>> Agenda::doubleBookings(const Session &session) const
{
    if (auto allowed = AccessPolicy::require(session, Permission::ReadPatients); !allowed)
        return std::unexpected(allowed.error());
    auto pairs = AppointmentRepository(m_vault).doubleBooked(m_vault.clock().now());
    if (!pairs)
        return std::unexpected(pairs.error());
    QList<Appointment> flat;
    for (const auto &[first, second] : std::as_const(*pairs))
        flat << first << second;
    auto entries = entriesOf(flat);
    if (!entries)
        return std::unexpected(entries.error());
    QList<DoubleBooking> out;
    for (qsizetype i = 0; i + 1 < entries->size(); i += 2)
        out.append({entries->at(i), entries->at(i + 1)});
    return out;
}

Status Agenda::keepBoth(const Session &session, const QString &id)
{
    if (auto allowed = AccessPolicy::require(session, Permission::BookAppointments); !allowed)
        return allowed;
    auto current = load(id);
    if (!current)
        return std::unexpected(current.error());
    // Cancelled meanwhile (here or on another workstation): no conflict is left to keep.
    if (!current->holdsTime() || current->overbooked)
        return {};
    Appointment kept = *current;
    kept.overbooked = true;
    kept.reason = tr("Booked on two workstations at the same time; both kept");
    const QJsonObject details{{QStringLiteral("overbooked"), kept.reason}};
    return m_vault.write(session.actor(), [&](RecordWriter &w) -> Status {
        if (Status changed =
                w.update(appointments(), id, AppointmentRepository::moveColumns(kept, false));
            !changed)
            return changed;
        return toStatus(w.create(
            appointmentEvents(),
            AppointmentRepository::eventColumns(
                id, QStringLiteral("kept-both"), m_vault.clock().now(), session.userId,
                QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)))));
    });
}

Result<QList<AppointmentEvent>> Agenda::history(const Session &session, const QString &id) const
{
    if (auto allowed = AccessPolicy::require(session, Permission::ReadPatients); !allowed)
        return std::unexpected(allowed.error());
    auto found = AppointmentRepository(m_vault).events(id);
    if (!found)
        return std::unexpected(found.error());
    auto users = UserRepository(m_vault).all();
    if (!users)
        return std::unexpected(users.error());
    for (AppointmentEvent &e : *found) {
        const auto user = std::find_if(users->cbegin(), users->cend(),
                                       [&](const UserAccount &u) { return u.id == e.byUser; });
        if (user != users->cend())
            e.byUser = user->displayName;
    }
    return found;
}

Result<QStringList> Agenda::warnings(const Appointment &candidate) const
{
    auto schedules = ScheduleRepository(m_vault).schedules({candidate.practitionerId},
                                                           candidate.start.addDays(-1));
    if (!schedules)
        return std::unexpected(schedules.error());
    auto types = ScheduleRepository(m_vault).types();
    if (!types)
        return std::unexpected(types.error());
    const auto type = std::find_if(types->cbegin(), types->cend(), [&](const AppointmentType &t) {
        return AppointmentTypeRules::normalisedCode(t.code) ==
               AppointmentTypeRules::normalisedCode(candidate.type);
    });
    const auto practice = PracticeRepository(m_vault).details();
    return ScheduleRules::warnings(
        schedules->first(), practice ? practice->holidays : PublicHolidays::Region::France,
        candidate.start, candidate.end, candidate.type,
        type != types->cend() ? type->label : candidate.type, m_vault.clock().now());
}

Result<SlotFinder> Agenda::finderFor(const QStringList &practitionerIds, const QDate &from,
                                     int days) const
{
    const QDateTime now = m_vault.clock().now();
    auto schedules = ScheduleRepository(m_vault).schedules(practitionerIds, now.addDays(-1));
    if (!schedules)
        return std::unexpected(schedules.error());
    // Local midnight always exists in Europe/Paris (the clocks change at 02:00 and 03:00).
    const QDateTime start = *PracticeTime::toUtc(from, QTime(0, 0));
    const QDateTime end = *PracticeTime::toUtc(from.addDays(days + 1), QTime(0, 0));
    auto booked = AppointmentRepository(m_vault).ofPractitioners(practitionerIds, start, end);
    if (!booked)
        return std::unexpected(booked.error());
    QHash<QString, QList<Busy>> busy;
    for (const Appointment &a : std::as_const(*booked)) {
        if (a.holdsTime())
            busy[a.practitionerId].append(Busy{a.start, a.end});
    }
    const auto practice = PracticeRepository(m_vault).details();
    return SlotFinder(*schedules, busy,
                      practice ? practice->holidays : PublicHolidays::Region::France, now);
}

// The first free times are usually within days: what is booked is read for a week, then a
// month, then the whole span asked, instead of three months every time.
Result<QList<Slot>> Agenda::freeSlots(const QStringList &practitionerIds,
                                      const SlotQuery &query) const
{
    for (int window : {7, 31, query.days}) {
        const int days = std::min(window, query.days);
        auto finder = finderFor(practitionerIds, query.from, days);
        if (!finder)
            return std::unexpected(finder.error());
        SlotQuery within = query;
        within.days = days;
        QList<Slot> found = finder->find(within);
        if (found.size() >= query.count || days >= query.days)
            return found;
    }
    return QList<Slot>();
}

Result<QHash<QString, std::optional<Slot>>>
Agenda::thirdNextAvailable(const QStringList &practitionerIds) const
{
    QHash<QString, std::optional<Slot>> out;
    const QDate today = PracticeTime::toLocal(m_vault.clock().now()).date();
    QStringList pending = practitionerIds;
    for (int window : {7, 31, 92}) {
        if (pending.isEmpty())
            break;
        auto finder = finderFor(pending, today, window);
        if (!finder)
            return std::unexpected(finder.error());
        const QDateTime windowEnd = *PracticeTime::toUtc(today.addDays(window), QTime(0, 0));
        QStringList later;
        for (const QString &id : std::as_const(pending)) {
            const std::optional<Slot> third = finder->thirdNextAvailable(id);
            // Beyond the window, what is booked was not read: look again with a wider one.
            if (window < 92 && (!third || third->start >= windowEnd))
                later.append(id);
            else
                out.insert(id, third);
        }
        pending = later;
    }
    return out;
}

} // namespace relais
