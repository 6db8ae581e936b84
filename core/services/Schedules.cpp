#include "Schedules.h"

#include "repositories/PracticeRepository.h"
#include "repositories/ScheduleRepository.h"
#include "repositories/UserRepository.h"
#include "security/AccessPolicy.h"
#include "storage/RecordWriter.h"
#include "storage/Vault.h"

#include <QSet>

namespace relais {

namespace {

QString table(const char *name)
{
    return QString::fromLatin1(name);
}

} // namespace

Schedules::Schedules(Vault &vault)
    : m_vault(vault)
{}

Status Schedules::mayEdit(const Session &session, const QString &practitionerId) const
{
    if (practitionerId == session.userId && !practitionerId.isEmpty())
        return AccessPolicy::require(session, Permission::EditOwnSchedule);
    return AccessPolicy::require(session, Permission::EditAnySchedule);
}

Result<QList<UserAccount>> Schedules::practitioners() const
{
    auto users = UserRepository(m_vault).all();
    if (!users)
        return std::unexpected(users.error());
    auto withHours = ScheduleRepository(m_vault).practitionersWithHours();
    if (!withHours)
        return std::unexpected(withHours.error());
    const QSet<QString> scheduled(withHours->cbegin(), withHours->cend());
    QList<UserAccount> out;
    for (const UserAccount &user : std::as_const(*users)) {
        if (!user.disabled && (user.roles.testFlag(Role::Physician) || scheduled.contains(user.id)))
            out.append(user);
    }
    std::sort(out.begin(), out.end(), [](const UserAccount &a, const UserAccount &b) {
        return QString::localeAwareCompare(a.displayName, b.displayName) < 0;
    });
    return out;
}

Result<QList<Schedule>> Schedules::of(const QStringList &practitionerIds,
                                      const QDateTime &from) const
{
    return ScheduleRepository(m_vault).schedules(practitionerIds, from.addDays(-1));
}

Result<Schedule> Schedules::of(const QString &practitionerId) const
{
    auto found = of(QStringList{practitionerId}, m_vault.clock().now());
    if (!found)
        return std::unexpected(found.error());
    return found->first();
}

PublicHolidays::Region Schedules::holidays() const
{
    // A practice not yet described keeps the national calendar.
    const auto practice = PracticeRepository(m_vault).details();
    return practice ? practice->holidays : PublicHolidays::Region::France;
}

Status Schedules::save(const Session &session, const Schedule &week)
{
    if (Status allowed = mayEdit(session, week.practitionerId); !allowed)
        return allowed;
    if (!week.unscheduledCutoff.isValid())
        return std::unexpected(Error{ErrorCode::InvalidInput,
                                     tr("Give the time the unscheduled-care hours open to all."),
                                     QLatin1String(FieldCutoff)});
    Schedule checked = week;
    checked.absences.clear(); // saved one by one, not with the week
    if (const QList<Error> problems = ScheduleRules::problems(checked); !problems.isEmpty())
        return std::unexpected(problems.first());
    const ScheduleRepository repository(m_vault);
    auto rows = repository.rowsOf(week.practitionerId);
    if (!rows)
        return std::unexpected(rows.error());
    return m_vault.write(session.actor(), [&](RecordWriter &w) -> Status {
        // The week is replaced whole: a range is its times, it has no identity of its own that
        // another record points to.
        for (const QString &id : std::as_const(rows->hours)) {
            if (Status gone = w.remove(table(ScheduleRepository::HoursTable), id); !gone)
                return gone;
        }
        for (const QString &id : std::as_const(rows->breaks)) {
            if (Status gone = w.remove(table(ScheduleRepository::BreakTable), id); !gone)
                return gone;
        }
        for (const OpeningHours &hours : week.hours) {
            if (auto made = w.create(table(ScheduleRepository::HoursTable),
                                     ScheduleRepository::hoursColumns(week.practitionerId, hours));
                !made)
                return std::unexpected(made.error());
        }
        for (const Break &pause : week.breaks) {
            if (auto made = w.create(table(ScheduleRepository::BreakTable),
                                     ScheduleRepository::breakColumns(week.practitionerId, pause));
                !made)
                return std::unexpected(made.error());
        }
        return writeSetting(w, rows->setting, week.practitionerId, week.unscheduledCutoff,
                            std::nullopt);
    });
}

Result<QList<Schedules::DatedAbsence>> Schedules::absences(const QString &practitionerId) const
{
    auto found = ScheduleRepository(m_vault).absencesOf(practitionerId, m_vault.clock().now());
    if (!found)
        return std::unexpected(found.error());
    QList<DatedAbsence> out;
    for (const auto &[id, away] : std::as_const(*found))
        out.append(DatedAbsence{id, away});
    return out;
}

Result<QString> Schedules::addAbsence(const Session &session, const QString &practitionerId,
                                      const Absence &away)
{
    if (Status allowed = mayEdit(session, practitionerId); !allowed)
        return std::unexpected(allowed.error());
    Schedule only;
    only.practitionerId = practitionerId;
    only.absences = {away};
    if (const QList<Error> problems = ScheduleRules::problems(only); !problems.isEmpty())
        return std::unexpected(problems.first());
    return m_vault.write(session.actor(), [&](RecordWriter &w) {
        return w.create(table(ScheduleRepository::AbsenceTable),
                        ScheduleRepository::absenceColumns(practitionerId, away));
    });
}

Status Schedules::removeAbsence(const Session &session, const QString &absenceId)
{
    QString practitionerId;
    auto found = ScheduleRepository(m_vault).findAbsence(absenceId, &practitionerId);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value())
        return fail(ErrorCode::NotFound, tr("This absence was already removed."));
    if (Status allowed = mayEdit(session, practitionerId); !allowed)
        return allowed;
    return m_vault.write(session.actor(), [&](RecordWriter &w) {
        return w.remove(table(ScheduleRepository::AbsenceTable), absenceId);
    });
}

Result<CalendarDetail> Schedules::calendarDetail(const QString &practitionerId) const
{
    return ScheduleRepository(m_vault).calendarDetail(practitionerId);
}

Status Schedules::setCalendarDetail(const Session &session, const QString &practitionerId,
                                    CalendarDetail detail)
{
    if (Status allowed = mayEdit(session, practitionerId); !allowed)
        return allowed;
    auto week = of(practitionerId);
    if (!week)
        return std::unexpected(week.error());
    return saveSetting(session, practitionerId, week->unscheduledCutoff, detail);
}

Status Schedules::saveSetting(const Session &session, const QString &practitionerId,
                              const QTime &cutoff, std::optional<CalendarDetail> detail)
{
    auto rows = ScheduleRepository(m_vault).rowsOf(practitionerId);
    if (!rows)
        return std::unexpected(rows.error());
    return m_vault.write(session.actor(), [&](RecordWriter &w) {
        return writeSetting(w, rows->setting, practitionerId, cutoff, detail);
    });
}

Status Schedules::writeSetting(RecordWriter &w, const std::optional<QString> &settingId,
                               const QString &practitionerId, const QTime &cutoff,
                               std::optional<CalendarDetail> detail) const
{
    // One setting row a practitioner: what is not changed keeps its stored value.
    if (!detail) {
        auto current = ScheduleRepository(m_vault).calendarDetail(practitionerId);
        if (!current)
            return std::unexpected(current.error());
        detail = *current;
    }
    const QVariantMap setting = ScheduleRepository::settingColumns(practitionerId, cutoff, *detail);
    if (settingId)
        return w.update(table(ScheduleRepository::SettingTable), *settingId, setting);
    return toStatus(w.create(table(ScheduleRepository::SettingTable), setting));
}

Result<QList<AppointmentType>> Schedules::types() const
{
    return ScheduleRepository(m_vault).types();
}

Result<QString> Schedules::saveType(const Session &session, const AppointmentType &type)
{
    if (Status allowed = AccessPolicy::require(session, Permission::EditAppointmentTypes); !allowed)
        return std::unexpected(allowed.error());
    auto all = types();
    if (!all)
        return std::unexpected(all.error());
    if (!type.id.isEmpty() &&
        std::none_of(all->cbegin(), all->cend(),
                     [&](const AppointmentType &t) { return t.id == type.id; }))
        return std::unexpected(
            Error{ErrorCode::NotFound, tr("This appointment type was removed meanwhile.")});
    if (const QList<Error> problems = AppointmentTypeRules::problems(type, *all);
        !problems.isEmpty())
        return std::unexpected(problems.first());
    return m_vault.write(session.actor(), [&](RecordWriter &w) -> Result<QString> {
        if (type.id.isEmpty())
            return w.create(table(ScheduleRepository::TypeTable),
                            ScheduleRepository::typeColumns(type));
        if (Status changed = w.update(table(ScheduleRepository::TypeTable), type.id,
                                      ScheduleRepository::typeColumns(type));
            !changed)
            return std::unexpected(changed.error());
        return type.id;
    });
}

Status Schedules::removeType(const Session &session, const QString &typeId)
{
    if (Status allowed = AccessPolicy::require(session, Permission::EditAppointmentTypes); !allowed)
        return allowed;
    // Appointments keep the code they were booked with; the agenda shows the code alone then.
    return m_vault.write(session.actor(), [&](RecordWriter &w) {
        return w.remove(table(ScheduleRepository::TypeTable), typeId);
    });
}

} // namespace relais
