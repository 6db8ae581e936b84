#include "ScheduleRepository.h"

#include "storage/Rows.h"
#include "storage/Vault.h"

namespace relais {

namespace {

QString hhmm(const QTime &t)
{
    return t.toString(QStringLiteral("HH:mm"));
}

QTime timeOf(const QString &stored)
{
    return QTime::fromString(stored, QStringLiteral("HH:mm"));
}

QString weeksCode(Weeks weeks)
{
    switch (weeks) {
    case Weeks::Every: return QStringLiteral("every");
    case Weeks::Even: return QStringLiteral("even");
    case Weeks::Odd: return QStringLiteral("odd");
    }
    return QStringLiteral("every");
}

Weeks weeksOf(const QString &code)
{
    if (code == QLatin1String("even"))
        return Weeks::Even;
    if (code == QLatin1String("odd"))
        return Weeks::Odd;
    return Weeks::Every;
}

QVariantList valuesOf(const QStringList &ids)
{
    QVariantList values;
    for (const QString &id : ids)
        values.append(id);
    return values;
}

Absence absenceOf(const Row &row)
{
    return Absence{row.instant("from_at"), row.instant("to_at"), row.text("reason")};
}

} // namespace

ScheduleRepository::ScheduleRepository(const Vault &vault)
    : m_vault(vault)
{}

Result<QList<Schedule>> ScheduleRepository::schedules(const QStringList &practitionerIds,
                                                      const QDateTime &absencesFrom) const
{
    QList<Schedule> out;
    QHash<QString, qsizetype> at;
    for (const QString &id : practitionerIds) {
        at.insert(id, out.size());
        Schedule s;
        s.practitionerId = id;
        out.append(s);
    }
    if (practitionerIds.isEmpty())
        return out;
    const QSqlDatabase db = m_vault.database();
    const QVariantList ids = valuesOf(practitionerIds);
    const QString in = placeholders(practitionerIds.size());
    auto hours = selectAll(
        db,
        QStringLiteral("SELECT practitioner_id, weekday, start_time, end_time, weeks, types, "
                       "unscheduled_care FROM opening_hours WHERE deleted = 0 AND "
                       "practitioner_id IN (%1) ORDER BY weekday, start_time")
            .arg(in),
        ids, tr("Reading the opening hours failed"), [](const Row &row) {
            OpeningHours h;
            h.weekday = static_cast<int>(row.integer("weekday"));
            h.start = timeOf(row.text("start_time"));
            h.end = timeOf(row.text("end_time"));
            h.weeks = weeksOf(row.text("weeks"));
            h.types = row.text("types").split(QLatin1Char(','), Qt::SkipEmptyParts);
            h.unscheduledCare = row.flag("unscheduled_care");
            return std::pair(row.text("practitioner_id"), h);
        });
    if (!hours)
        return std::unexpected(hours.error());
    for (const auto &[id, h] : std::as_const(*hours))
        out[at.value(id)].hours.append(h);
    auto breaks = selectAll(
        db,
        QStringLiteral("SELECT practitioner_id, weekday, start_time, end_time FROM "
                       "schedule_break WHERE deleted = 0 AND practitioner_id IN (%1) "
                       "ORDER BY weekday, start_time")
            .arg(in),
        ids, tr("Reading the breaks failed"), [](const Row &row) {
            return std::pair(row.text("practitioner_id"),
                             Break{static_cast<int>(row.integer("weekday")),
                                   timeOf(row.text("start_time")), timeOf(row.text("end_time"))});
        });
    if (!breaks)
        return std::unexpected(breaks.error());
    for (const auto &[id, b] : std::as_const(*breaks))
        out[at.value(id)].breaks.append(b);
    QVariantList absenceValues = ids;
    absenceValues.append(storedInstant(absencesFrom));
    auto absences = selectAll(
        db,
        QStringLiteral("SELECT practitioner_id, from_at, to_at, reason FROM absence WHERE "
                       "deleted = 0 AND practitioner_id IN (%1) AND to_at > ? ORDER BY from_at")
            .arg(in),
        absenceValues, tr("Reading the absences failed"),
        [](const Row &row) { return std::pair(row.text("practitioner_id"), absenceOf(row)); });
    if (!absences)
        return std::unexpected(absences.error());
    for (const auto &[id, a] : std::as_const(*absences))
        out[at.value(id)].absences.append(a);
    auto cutoffs = selectAll(
        db,
        QStringLiteral("SELECT practitioner_id, unscheduled_cutoff FROM schedule_setting WHERE "
                       "deleted = 0 AND practitioner_id IN (%1)")
            .arg(in),
        ids, tr("Reading the agenda settings failed"), [](const Row &row) {
            return std::pair(row.text("practitioner_id"), timeOf(row.text("unscheduled_cutoff")));
        });
    if (!cutoffs)
        return std::unexpected(cutoffs.error());
    for (const auto &[id, cutoff] : std::as_const(*cutoffs)) {
        if (cutoff.isValid())
            out[at.value(id)].unscheduledCutoff = cutoff;
    }
    return out;
}

Result<QStringList> ScheduleRepository::practitionersWithHours() const
{
    return selectAll(m_vault.database(),
                     QStringLiteral("SELECT DISTINCT practitioner_id FROM opening_hours WHERE "
                                    "deleted = 0 ORDER BY practitioner_id"),
                     {}, tr("Reading the opening hours failed"),
                     [](const Row &row) { return row.text("practitioner_id"); });
}

Result<ScheduleRepository::RowIds> ScheduleRepository::rowsOf(const QString &practitionerId) const
{
    RowIds ids;
    const QSqlDatabase db = m_vault.database();
    const auto idOf = [](const Row &row) { return row.text("id"); };
    auto hours = selectAll(db,
                           QStringLiteral("SELECT id FROM opening_hours WHERE deleted = 0 AND "
                                          "practitioner_id = ?"),
                           {practitionerId}, tr("Reading the opening hours failed"), idOf);
    if (!hours)
        return std::unexpected(hours.error());
    ids.hours = *hours;
    auto breaks = selectAll(db,
                            QStringLiteral("SELECT id FROM schedule_break WHERE deleted = 0 AND "
                                           "practitioner_id = ?"),
                            {practitionerId}, tr("Reading the breaks failed"), idOf);
    if (!breaks)
        return std::unexpected(breaks.error());
    ids.breaks = *breaks;
    auto setting = selectOne(db,
                             QStringLiteral("SELECT id FROM schedule_setting WHERE deleted = 0 "
                                            "AND practitioner_id = ? ORDER BY id LIMIT 1"),
                             {practitionerId}, tr("Reading the agenda settings failed"), idOf);
    if (!setting)
        return std::unexpected(setting.error());
    ids.setting = *setting;
    return ids;
}

Result<CalendarDetail> ScheduleRepository::calendarDetail(const QString &practitionerId) const
{
    auto found =
        selectOne(m_vault.database(),
                  QStringLiteral("SELECT calendar_detail FROM schedule_setting WHERE "
                                 "deleted = 0 AND practitioner_id = ? ORDER BY id LIMIT 1"),
                  {practitionerId}, tr("Reading the agenda settings failed"),
                  [](const Row &row) { return row.text("calendar_detail"); });
    if (!found)
        return std::unexpected(found.error());
    return found->value_or(QString()) == QLatin1String("type") ? CalendarDetail::TypeOnly
                                                               : CalendarDetail::Initials;
}

Result<QList<AppointmentType>> ScheduleRepository::types() const
{
    return selectAll(m_vault.database(),
                     QStringLiteral("SELECT id, code, label, minutes, colour FROM "
                                    "appointment_type WHERE deleted = 0 ORDER BY label, code"),
                     {}, tr("Reading the appointment types failed"), [](const Row &row) {
                         return AppointmentType{row.text("id"), row.text("code"), row.text("label"),
                                                static_cast<int>(row.integer("minutes")),
                                                row.text("colour")};
                     });
}

Result<std::optional<Absence>> ScheduleRepository::findAbsence(const QString &id,
                                                               QString *practitionerId) const
{
    auto found = selectOne(m_vault.database(),
                           QStringLiteral("SELECT practitioner_id, from_at, to_at, reason FROM "
                                          "absence WHERE id = ? AND deleted = 0"),
                           {id}, tr("Reading the absences failed"), [](const Row &row) {
                               return std::pair(row.text("practitioner_id"), absenceOf(row));
                           });
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value())
        return std::optional<Absence>();
    if (practitionerId)
        *practitionerId = (*found)->first;
    return std::optional<Absence>((*found)->second);
}

Result<QList<std::pair<QString, Absence>>>
ScheduleRepository::absencesOf(const QString &practitionerId, const QDateTime &from) const
{
    return selectAll(m_vault.database(),
                     QStringLiteral("SELECT id, from_at, to_at, reason FROM absence WHERE "
                                    "deleted = 0 AND practitioner_id = ? AND to_at > ? "
                                    "ORDER BY from_at"),
                     {practitionerId, storedInstant(from)}, tr("Reading the absences failed"),
                     [](const Row &row) { return std::pair(row.text("id"), absenceOf(row)); });
}

QVariantMap ScheduleRepository::hoursColumns(const QString &practitionerId,
                                             const OpeningHours &hours)
{
    return {{QStringLiteral("practitioner_id"), practitionerId},
            {QStringLiteral("weekday"), hours.weekday},
            {QStringLiteral("start_time"), hhmm(hours.start)},
            {QStringLiteral("end_time"), hhmm(hours.end)},
            {QStringLiteral("weeks"), weeksCode(hours.weeks)},
            {QStringLiteral("types"), hours.types.join(QLatin1Char(','))},
            {QStringLiteral("unscheduled_care"), hours.unscheduledCare ? 1 : 0}};
}

QVariantMap ScheduleRepository::breakColumns(const QString &practitionerId, const Break &pause)
{
    return {{QStringLiteral("practitioner_id"), practitionerId},
            {QStringLiteral("weekday"), pause.weekday},
            {QStringLiteral("start_time"), hhmm(pause.start)},
            {QStringLiteral("end_time"), hhmm(pause.end)}};
}

QVariantMap ScheduleRepository::absenceColumns(const QString &practitionerId, const Absence &away)
{
    return {{QStringLiteral("practitioner_id"), practitionerId},
            {QStringLiteral("from_at"), storedInstant(away.from)},
            {QStringLiteral("to_at"), storedInstant(away.to)},
            {QStringLiteral("reason"), away.reason.simplified()}};
}

QVariantMap ScheduleRepository::settingColumns(const QString &practitionerId, const QTime &cutoff,
                                               CalendarDetail detail)
{
    return {{QStringLiteral("practitioner_id"), practitionerId},
            {QStringLiteral("unscheduled_cutoff"), hhmm(cutoff)},
            {QStringLiteral("calendar_detail"), detail == CalendarDetail::TypeOnly
                                                    ? QStringLiteral("type")
                                                    : QStringLiteral("initials")}};
}

QVariantMap ScheduleRepository::typeColumns(const AppointmentType &type)
{
    return {{QStringLiteral("code"), AppointmentTypeRules::normalisedCode(type.code)},
            {QStringLiteral("label"), type.label.simplified()},
            {QStringLiteral("minutes"), type.minutes},
            {QStringLiteral("colour"), type.colour.toLower()}};
}

} // namespace relais
