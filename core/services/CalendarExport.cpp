#include "CalendarExport.h"

#include "domain/PracticeTime.h"
#include "repositories/AppointmentRepository.h"
#include "repositories/ScheduleRepository.h"
#include "security/AccessPolicy.h"
#include "services/Agenda.h"
#include "storage/Vault.h"

#include <QFile>
#include <QSaveFile>
#include <QTimeZone>

#include <libical/ical.h>
#include <memory>

namespace relais {

namespace {

constexpr auto ZoneId = "Europe/Paris";

struct ComponentFree
{
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

// A local date and time as libical writes it, without a zone: the TZID parameter names it.
icaltimetype localTime(const QDateTime &local)
{
    icaltimetype t = icaltime_null_time();
    t.year = local.date().year();
    t.month = local.date().month();
    t.day = local.date().day();
    t.hour = local.time().hour();
    t.minute = local.time().minute();
    t.second = local.time().second();
    t.is_date = 0;
    return t;
}

icaltimetype utcTime(const QDateTime &utc)
{
    return icaltime_from_timet_with_zone(static_cast<time_t>(utc.toSecsSinceEpoch()), 0,
                                         icaltimezone_get_utc_timezone());
}

icalproperty *zoned(icalproperty *property)
{
    icalproperty_add_parameter(property, icalparameter_new_tzid(ZoneId));
    return property;
}

// Europe/Paris as the system's time-zone database has it over the span (with a year's margin
// on each side): one STANDARD or DAYLIGHT part per change of the clocks, so that the file says
// what the practice's wall clock did, whatever the rules of another year.
icalcomponent *timezoneFor(const QDateTime &from, const QDateTime &to)
{
    icalcomponent *zone = icalcomponent_new(ICAL_VTIMEZONE_COMPONENT);
    icalcomponent_add_property(zone, icalproperty_new_tzid(ZoneId));
    const QTimeZone paris = PracticeTime::zone();
    const QDateTime start = from.addYears(-1);
    QTimeZone::OffsetDataList changes = paris.transitions(start, to.addYears(1));
    // Before the first change, the offset in force at the start.
    int before = paris.offsetFromUtc(start.addSecs(-1));
    if (changes.isEmpty()) {
        const QTimeZone::OffsetData now = paris.offsetData(start);
        changes.append(now);
        before = now.offsetFromUtc;
    }
    for (const QTimeZone::OffsetData &change : std::as_const(changes)) {
        icalcomponent *part = icalcomponent_new(
            change.daylightTimeOffset != 0 ? ICAL_XDAYLIGHT_COMPONENT : ICAL_XSTANDARD_COMPONENT);
        // DTSTART is the wall-clock time of the change in the offset it leaves.
        const QDateTime wall = change.atUtc.toOffsetFromUtc(before);
        icalcomponent_add_property(part, icalproperty_new_dtstart(localTime(wall)));
        icalcomponent_add_property(part, icalproperty_new_tzoffsetfrom(before));
        icalcomponent_add_property(part, icalproperty_new_tzoffsetto(change.offsetFromUtc));
        if (!change.abbreviation.isEmpty())
            icalcomponent_add_property(
                part, icalproperty_new_tzname(change.abbreviation.toUtf8().constData()));
        icalcomponent_add_component(zone, part);
        before = change.offsetFromUtc;
    }
    return zone;
}

} // namespace

CalendarExport::CalendarExport(Vault &vault)
    : m_vault(vault)
{}

Result<QByteArray> CalendarExport::ics(const Session &session, const QString &practitionerId,
                                       const QDate &from, const QDate &to) const
{
    if (auto allowed = AccessPolicy::require(session, Permission::ReadPatients); !allowed)
        return std::unexpected(allowed.error());
    if (!from.isValid() || !to.isValid() || to < from)
        return std::unexpected(Error{ErrorCode::InvalidInput,
                                     tr("Give a first day, and a last day on or after it."),
                                     QLatin1String(FieldTo)});
    if (from.daysTo(to) > LongestDays)
        return std::unexpected(Error{
            ErrorCode::InvalidInput,
            tr("One export covers at most %1 days: export a year at a time.").arg(LongestDays),
            QLatin1String(FieldTo)});
    const QDateTime start = *PracticeTime::toUtc(from, QTime(0, 0));
    const QDateTime end = *PracticeTime::toUtc(to.addDays(1), QTime(0, 0));
    auto entries = Agenda(m_vault).between(session, {practitionerId}, start, end);
    if (!entries)
        return std::unexpected(entries.error());
    auto detail = ScheduleRepository(m_vault).calendarDetail(practitionerId);
    if (!detail)
        return std::unexpected(detail.error());
    auto changes = AppointmentRepository(m_vault).changeCounts(practitionerId, start, end);
    if (!changes)
        return std::unexpected(changes.error());

    Component calendar(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//Relais//Agenda//FR"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_component(calendar.get(), timezoneFor(start, end));
    const icaltimetype stamp = utcTime(m_vault.clock().now());
    for (const AgendaEntry &e : std::as_const(*entries)) {
        const Appointment &a = e.appointment;
        // Listed from the first day on: one begun the evening before is the day before's.
        if (a.start < start)
            continue;
        icalcomponent *event = icalcomponent_new(ICAL_VEVENT_COMPONENT);
        icalcomponent_add_property(event, icalproperty_new_uid(a.id.toUtf8().constData()));
        icalcomponent_add_property(event, icalproperty_new_dtstamp(stamp));
        icalcomponent_add_property(
            event, zoned(icalproperty_new_dtstart(localTime(PracticeTime::wallClock(a.start)))));
        icalcomponent_add_property(
            event, zoned(icalproperty_new_dtend(localTime(PracticeTime::wallClock(a.end)))));
        icalcomponent_add_property(event, icalproperty_new_sequence(changes->value(a.id)));
        QString summary = e.typeLabel.isEmpty() ? tr("Appointment") : e.typeLabel;
        if (*detail == CalendarDetail::Initials && !e.initials.isEmpty())
            summary += QStringLiteral(" – ") + e.initials;
        icalcomponent_add_property(event, icalproperty_new_summary(summary.toUtf8().constData()));
        icalcomponent_add_property(
            event, icalproperty_new_status(a.status == Appointment::Status::Cancelled
                                               ? ICAL_STATUS_CANCELLED
                                               : ICAL_STATUS_CONFIRMED));
        // Nothing else of the patient leaves: no name, no reason, no phone.
        icalcomponent_add_property(event, icalproperty_new_class(ICAL_CLASS_PRIVATE));
        icalcomponent_add_component(calendar.get(), event);
    }
    // icalcomponent_as_ical_string hands back a buffer of libical's own ring, not to be freed.
    return QByteArray(icalcomponent_as_ical_string(calendar.get()));
}

Status CalendarExport::write(const Session &session, const QString &practitionerId,
                             const QDate &from, const QDate &to, const QString &path) const
{
    auto text = ics(session, practitionerId, from, to);
    if (!text)
        return std::unexpected(text.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*text) != text->size() || !file.commit())
        return fail(ErrorCode::Io, tr("%1 cannot be written: %2.").arg(path, file.errorString()));
    return {};
}

} // namespace relais
