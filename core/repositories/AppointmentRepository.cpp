#include "AppointmentRepository.h"

#include "storage/Rows.h"
#include "storage/Vault.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <vector>

namespace relais {

namespace {

const QString AppointmentColumns = QStringLiteral(
    "a.id, a.practitioner_id, a.patient_id, a.type, a.start_at, a.end_at, a.status, "
    "a.cancelled_by, a.reason, a.series_id, a.overbooked, a.edited_alone, a.reminded_at");
// What a view shows of the patient: the names, the birth date, the phone. A file merged into
// another or removed is not joined, as PatientRepository::findLive does not read it.
const QString PatientJoin = QStringLiteral(
    ", p.birth_name, p.first_names, p.used_name, p.used_first_name, p.birth_date, p.phone "
    "FROM appointment a LEFT JOIN patient p ON p.id = a.patient_id AND p.deleted = 0 AND "
    "p.merged_into = ''");

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

// `repeated` shares the texts many rows have in common (the practitioners, the types, the
// codes).
Appointment appointmentOf(const Row &row, TextPool &repeated)
{
    Appointment a;
    a.id = row.text("id");
    a.practitionerId = row.text("practitioner_id", repeated);
    a.patientId = row.text("patient_id");
    a.type = row.text("type", repeated);
    a.start = row.instant("start_at");
    a.end = row.instant("end_at");
    a.status = statusOf(row.text("status", repeated));
    a.cancelledBy = cancelledByOf(row.text("cancelled_by", repeated));
    a.reason = row.text("reason");
    a.seriesId = row.text("series_id");
    a.overbooked = row.flag("overbooked");
    a.editedAlone = row.flag("edited_alone");
    a.remindedAt = row.instant("reminded_at");
    return a;
}

BookedAppointment bookedOf(const Row &row, TextPool &repeated)
{
    BookedAppointment booked;
    booked.appointment = appointmentOf(row, repeated);
    PatientIdentity &p = booked.patient;
    p.birthName = row.text("birth_name");
    if (!p.birthName.isEmpty())
        p.id = booked.appointment.patientId;
    p.firstNames = row.text("first_names");
    p.usedName = row.text("used_name");
    p.usedFirstName = row.text("used_first_name");
    p.birthDate = row.date("birth_date");
    p.phone = row.text("phone");
    return booked;
}

// In time order, then by practitioner. Sorted here rather than by SQLite, whose sorter copies
// every selected column of every row before giving the first: a third of a week's read.
template<typename T, typename Of>
QList<T> inTimeOrder(QList<T> rows, Of appointment)
{
    struct Key
    {
        qint64 start;
        const QString *practitioner;
        qsizetype index;
    };
    std::vector<Key> keys;
    keys.reserve(static_cast<std::size_t>(rows.size()));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Appointment *a = appointment(rows.at(i));
        keys.push_back({a->start.toMSecsSinceEpoch(), &a->practitionerId, i});
    }
    std::sort(keys.begin(), keys.end(), [](const Key &x, const Key &y) {
        if (x.start != y.start)
            return x.start < y.start;
        if (*x.practitioner != *y.practitioner)
            return *x.practitioner < *y.practitioner;
        return x.index < y.index;
    });
    QList<T> sorted;
    sorted.reserve(rows.size());
    for (const Key &key : keys)
        sorted.append(std::move(rows[key.index]));
    return sorted;
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
    auto found = selectAll(
        m_vault.database(),
        QStringLiteral("SELECT %1 FROM appointment a WHERE a.deleted = 0 AND %2")
            .arg(AppointmentColumns, where),
        values, tr("Reading the appointments failed"),
        [repeated = TextPool()](const Row &row) mutable { return appointmentOf(row, repeated); });
    if (!found)
        return found;
    return inTimeOrder(std::move(*found), [](const Appointment &a) { return &a; });
}

Result<QList<BookedAppointment>>
AppointmentRepository::selectWithPatients(const QString &where, const QVariantList &values) const
{
    auto found = selectAll(
        m_vault.database(),
        QStringLiteral("SELECT %1%2 WHERE a.deleted = 0 AND %3")
            .arg(AppointmentColumns, PatientJoin, where),
        values, tr("Reading the appointments failed"),
        [repeated = TextPool()](const Row &row) mutable { return bookedOf(row, repeated); });
    if (!found)
        return found;
    return inTimeOrder(std::move(*found),
                       [](const BookedAppointment &b) { return &b.appointment; });
}

Result<QList<std::pair<Appointment, Appointment>>>
AppointmentRepository::doubleBooked(const QDateTime &from) const
{
    // One join per kind of conflict, each on its index; nothing lasts over a day, so a day
    // before the appointment bounds the scan. The order of a pair (start, then id) lists each
    // once even when both share the practitioner and the patient.
    const auto joinOn = [](const char *column) {
        return QStringLiteral(
                   "SELECT a.id, b.id FROM appointment a JOIN appointment b ON b.%1 = a.%1 AND "
                   "b.start_at < a.end_at AND b.end_at > a.start_at AND "
                   "b.start_at >= strftime('%Y-%m-%dT%H:%M:%fZ', a.start_at, '-1 day') AND "
                   "(b.start_at > a.start_at OR (b.start_at = a.start_at AND b.id > a.id)) "
                   "WHERE a.deleted = 0 AND a.status = 'booked' AND a.overbooked = 0 AND "
                   "a.end_at > ? AND b.deleted = 0 AND b.status = 'booked' AND b.overbooked = 0")
            .arg(QLatin1String(column));
    };
    QSqlQuery pairs(m_vault.database());
    pairs.setForwardOnly(true);
    pairs.prepare(joinOn("practitioner_id") + QStringLiteral(" UNION ") + joinOn("patient_id"));
    const QString since = storedInstant(from);
    pairs.addBindValue(since);
    pairs.addBindValue(since);
    if (!pairs.exec())
        return std::unexpected(sqlError(tr("Reading the appointments failed"), pairs.lastError()));
    QList<std::pair<QString, QString>> ids;
    QSet<QString> wanted;
    while (pairs.next()) {
        ids.append({pairs.value(0).toString(), pairs.value(1).toString()});
        wanted.insert(ids.constLast().first);
        wanted.insert(ids.constLast().second);
    }
    pairs.finish();
    QList<std::pair<Appointment, Appointment>> out;
    if (ids.isEmpty())
        return out;
    const QStringList list(wanted.cbegin(), wanted.cend());
    auto found = select(QStringLiteral("a.id IN (%1)").arg(placeholders(list.size())),
                        QVariantList(list.cbegin(), list.cend()));
    if (!found)
        return std::unexpected(found.error());
    QHash<QString, Appointment> byId;
    for (const Appointment &a : std::as_const(*found))
        byId.insert(a.id, a);
    for (const auto &[first, second] : std::as_const(ids))
        out.append({byId.value(first), byId.value(second)});
    std::sort(out.begin(), out.end(), [](const auto &x, const auto &y) {
        return std::pair(x.first.start, x.first.id) < std::pair(y.first.start, y.first.id);
    });
    return out;
}

Result<std::optional<Appointment>> AppointmentRepository::find(const QString &id) const
{
    return selectOne(m_vault.database(),
                     QStringLiteral("SELECT %1 FROM appointment a WHERE a.id = ? AND a.deleted = 0")
                         .arg(AppointmentColumns),
                     {id}, tr("Reading the appointments failed"), [](const Row &row) {
                         TextPool repeated;
                         return appointmentOf(row, repeated);
                     });
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
    return select(QStringLiteral("a.practitioner_id IN (%1) AND a.start_at < ? AND a.end_at > ? "
                                 "AND a.start_at >= ?")
                      .arg(placeholders(practitionerIds.size())),
                  values);
}

Result<QList<Appointment>> AppointmentRepository::ofPatient(const QString &patientId,
                                                            const QDateTime &from,
                                                            const QDateTime &to) const
{
    return select(
        QStringLiteral("a.patient_id = ? AND a.start_at < ? AND a.end_at > ? AND "
                       "a.start_at >= ?"),
        {patientId, storedInstant(to), storedInstant(from), storedInstant(from.addDays(-1))});
}

Result<QList<Appointment>> AppointmentRepository::between(const QDateTime &from,
                                                          const QDateTime &to) const
{
    return select(QStringLiteral("a.start_at < ? AND a.end_at > ? AND a.start_at >= ?"),
                  {storedInstant(to), storedInstant(from), storedInstant(from.addDays(-1))});
}

Result<QList<BookedAppointment>>
AppointmentRepository::betweenWithPatients(const QDateTime &from, const QDateTime &to) const
{
    return selectWithPatients(
        QStringLiteral("a.start_at < ? AND a.end_at > ? AND a.start_at >= ?"),
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
    return select(QStringLiteral("a.series_id = ?"), {seriesId});
}

Result<QList<AppointmentEvent>> AppointmentRepository::events(const QString &appointmentId) const
{
    return selectAll(
        m_vault.database(),
        QStringLiteral("SELECT action, at, by_user, details FROM appointment_event "
                       "WHERE appointment_id = ? AND deleted = 0 ORDER BY at, updated_at"),
        {appointmentId}, tr("Reading the appointment's history failed"), [](const Row &row) {
            return AppointmentEvent{row.text("action"), row.instant("at"), row.text("by_user"),
                                    row.text("details")};
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
