#include "AppointmentRepository.h"

#include "storage/Rows.h"
#include "storage/Vault.h"

namespace relais {

namespace {

const QString Columns = QStringLiteral(
    "id, practitioner_id, patient_id, type, start_at, end_at, status, cancelled_by, reason, "
    "series_id, overbooked, edited_alone, reminded_at");

Appointment::Status statusOf(const QString &code)
{
    if (code == QLatin1String("cancelled"))
        return Appointment::Status::Cancelled;
    if (code == QLatin1String("no-show"))
        return Appointment::Status::NoShow;
    return Appointment::Status::Booked;
}

Appointment::CancelledBy cancelledByOf(const QString &code)
{
    if (code == QLatin1String("patient"))
        return Appointment::CancelledBy::Patient;
    if (code == QLatin1String("practice"))
        return Appointment::CancelledBy::Practice;
    return Appointment::CancelledBy::Nobody;
}

Appointment appointmentOf(const Row &row)
{
    Appointment a;
    a.id = row.text("id");
    a.practitionerId = row.text("practitioner_id");
    a.patientId = row.text("patient_id");
    a.type = row.text("type");
    a.start = readInstant(row.text("start_at"));
    a.end = readInstant(row.text("end_at"));
    a.status = statusOf(row.text("status"));
    a.cancelledBy = cancelledByOf(row.text("cancelled_by"));
    a.reason = row.text("reason");
    a.seriesId = row.text("series_id");
    a.overbooked = row.flag("overbooked");
    a.editedAlone = row.flag("edited_alone");
    a.remindedAt = readInstant(row.text("reminded_at"));
    return a;
}

} // namespace

AppointmentRepository::AppointmentRepository(const Vault &vault)
    : m_vault(vault)
{}

QString AppointmentRepository::statusCode(Appointment::Status status)
{
    switch (status) {
    case Appointment::Status::Booked: return QStringLiteral("booked");
    case Appointment::Status::Cancelled: return QStringLiteral("cancelled");
    case Appointment::Status::NoShow: return QStringLiteral("no-show");
    }
    return QStringLiteral("booked");
}

QString AppointmentRepository::cancelledByCode(Appointment::CancelledBy by)
{
    switch (by) {
    case Appointment::CancelledBy::Nobody: return QString();
    case Appointment::CancelledBy::Patient: return QStringLiteral("patient");
    case Appointment::CancelledBy::Practice: return QStringLiteral("practice");
    }
    return QString();
}

Result<QList<Appointment>> AppointmentRepository::select(const QString &where,
                                                         const QVariantList &values) const
{
    return selectAll(m_vault.database(),
                     QStringLiteral("SELECT %1 FROM appointment WHERE deleted = 0 AND %2 "
                                    "ORDER BY start_at, practitioner_id")
                         .arg(Columns, where),
                     values, tr("Reading the appointments failed"), appointmentOf);
}

Result<std::optional<Appointment>> AppointmentRepository::find(const QString &id) const
{
    return selectOne(
        m_vault.database(),
        QStringLiteral("SELECT %1 FROM appointment WHERE id = ? AND deleted = 0").arg(Columns),
        {id}, tr("Reading the appointments failed"), appointmentOf);
}

Result<QList<Appointment>>
AppointmentRepository::ofPractitioners(const QStringList &practitionerIds, const QDateTime &from,
                                       const QDateTime &to) const
{
    if (practitionerIds.isEmpty())
        return QList<Appointment>();
    QVariantList values;
    for (const QString &id : practitionerIds)
        values.append(id);
    values.append(storedInstant(to));
    values.append(storedInstant(from));
    // [start, end) overlaps [from, to): start < to and end > from. The index on
    // (practitioner_id, start_at) bounds the scan from above; nothing lasts over a day, so a
    // lower bound a day before `from` keeps it short.
    values.append(storedInstant(from.addDays(-1)));
    return select(QStringLiteral("practitioner_id IN (%1) AND start_at < ? AND end_at > ? AND "
                                 "start_at >= ?")
                      .arg(QStringList(practitionerIds.size(), QStringLiteral("?"))
                               .join(QStringLiteral(", "))),
                  values);
}

Result<QList<Appointment>> AppointmentRepository::ofPatient(const QString &patientId,
                                                            const QDateTime &from,
                                                            const QDateTime &to) const
{
    return select(
        QStringLiteral("patient_id = ? AND start_at < ? AND end_at > ? AND "
                       "start_at >= ?"),
        {patientId, storedInstant(to), storedInstant(from), storedInstant(from.addDays(-1))});
}

Result<QList<Appointment>> AppointmentRepository::between(const QDateTime &from,
                                                          const QDateTime &to) const
{
    return select(QStringLiteral("start_at < ? AND end_at > ? AND start_at >= ?"),
                  {storedInstant(to), storedInstant(from), storedInstant(from.addDays(-1))});
}

Result<QHash<QString, int>> AppointmentRepository::changeCounts(const QString &practitionerId,
                                                                const QDateTime &from,
                                                                const QDateTime &to) const
{
    auto counted = selectAll(
        m_vault.database(),
        QStringLiteral("SELECT e.appointment_id AS id, count(*) AS n FROM appointment a "
                       "JOIN appointment_event e ON e.appointment_id = a.id AND e.deleted = 0 "
                       "WHERE a.practitioner_id = ? AND a.start_at >= ? AND a.start_at < ? "
                       "AND e.action IN ('moved', 'cancelled', 'no-show') "
                       "GROUP BY e.appointment_id"),
        {practitionerId, storedInstant(from), storedInstant(to)},
        tr("Reading the appointments' history failed"), [](const Row &row) {
            return std::pair(row.text("id"), static_cast<int>(row.integer("n")));
        });
    if (!counted)
        return std::unexpected(counted.error());
    QHash<QString, int> out;
    for (const auto &[id, n] : std::as_const(*counted))
        out.insert(id, n);
    return out;
}

Result<QList<Appointment>> AppointmentRepository::ofSeries(const QString &seriesId) const
{
    if (seriesId.isEmpty())
        return QList<Appointment>();
    return select(QStringLiteral("series_id = ?"), {seriesId});
}

Result<QList<AppointmentEvent>> AppointmentRepository::events(const QString &appointmentId) const
{
    return selectAll(
        m_vault.database(),
        QStringLiteral("SELECT action, at, by_user, details FROM appointment_event "
                       "WHERE appointment_id = ? AND deleted = 0 ORDER BY at, updated_at"),
        {appointmentId}, tr("Reading the appointment's history failed"), [](const Row &row) {
            return AppointmentEvent{row.text("action"), readInstant(row.text("at")),
                                    row.text("by_user"), row.text("details")};
        });
}

QVariantMap AppointmentRepository::remindedColumns(const QDateTime &at, const QString &byUser)
{
    return {{QStringLiteral("reminded_at"), at.isValid() ? storedInstant(at) : QString()},
            {QStringLiteral("reminded_by"), byUser}};
}

QVariantMap AppointmentRepository::columnsOf(const Appointment &a, const QString &bookedBy)
{
    QVariantMap columns{{QStringLiteral("practitioner_id"), a.practitionerId},
                        {QStringLiteral("patient_id"), a.patientId},
                        {QStringLiteral("type"), a.type},
                        {QStringLiteral("series_id"), a.seriesId},
                        {QStringLiteral("overbooked"), a.overbooked ? 1 : 0},
                        {QStringLiteral("booked_by"), bookedBy}};
    columns.insert(timeColumns(a));
    columns.insert(statusColumns(a));
    return columns;
}

QVariantMap AppointmentRepository::timeColumns(const Appointment &a)
{
    return {{QStringLiteral("start_at"), storedInstant(a.start)},
            {QStringLiteral("end_at"), storedInstant(a.end)}};
}

QVariantMap AppointmentRepository::moveColumns(const Appointment &a, bool editedAlone)
{
    QVariantMap columns = timeColumns(a);
    columns.insert(QStringLiteral("practitioner_id"), a.practitionerId);
    columns.insert(QStringLiteral("overbooked"), a.overbooked ? 1 : 0);
    if (a.overbooked)
        columns.insert(QStringLiteral("reason"), a.reason);
    if (editedAlone)
        columns.insert(QStringLiteral("edited_alone"), 1);
    return columns;
}

QVariantMap AppointmentRepository::statusColumns(const Appointment &a)
{
    return {{QStringLiteral("status"), statusCode(a.status)},
            {QStringLiteral("cancelled_by"), cancelledByCode(a.cancelledBy)},
            {QStringLiteral("reason"), a.reason}};
}

QVariantMap AppointmentRepository::eventColumns(const QString &appointmentId, const QString &action,
                                                const QDateTime &at, const QString &byUser,
                                                const QString &details)
{
    return {{QStringLiteral("appointment_id"), appointmentId},
            {QStringLiteral("action"), action},
            {QStringLiteral("at"), storedInstant(at)},
            {QStringLiteral("by_user"), byUser},
            {QStringLiteral("details"), details}};
}

} // namespace relais
