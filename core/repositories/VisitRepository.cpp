#include "VisitRepository.h"

#include "storage/Rows.h"
#include "storage/Vault.h"

#include <QHash>

namespace relais {

namespace {

const QString VisitColumns = QStringLiteral(
    "v.id, v.patient_id, v.appointment_id, v.practitioner_id, v.day, v.state, v.arrived_at, "
    "v.seen_at, v.done_at, v.consultation_id, v.reason");

Visit visitOf(const Row &row)
{
    Visit v;
    v.id = row.text("id");
    v.patientId = row.text("patient_id");
    v.appointmentId = row.text("appointment_id");
    v.practitionerId = row.text("practitioner_id");
    v.day = row.date("day");
    v.state = VisitRules::stateOf(row.text("state"));
    v.arrivedAt = row.instant("arrived_at");
    v.seenAt = row.instant("seen_at");
    v.doneAt = row.instant("done_at");
    v.consultationId = row.text("consultation_id");
    v.reason = row.text("reason");
    return v;
}

} // namespace

VisitRepository::VisitRepository(const Vault &vault)
    : m_vault(vault)
{}

Result<QList<VisitRepository::Seen>> VisitRepository::ofDay(const QDate &day) const
{
    const QString dayText = day.toString(Qt::ISODate);
    auto visits = selectAll(m_vault.database(),
                            QStringLiteral("SELECT %1 FROM visit v WHERE v.deleted = 0 AND "
                                           "v.day = ? ORDER BY v.arrived_at")
                                .arg(VisitColumns),
                            {dayText}, tr("Reading the waiting room failed"), visitOf);
    if (!visits)
        return std::unexpected(visits.error());
    // Each patient's consultation of the day (the last one written), started from the visit or
    // from their file: the day's consultations in one indexed read, rather than one search per
    // visit, which was most of the waiting room's time on a busy day.
    struct Latest
    {
        QString id;
        QString status;
        QString updatedAt;
    };
    QHash<QString, Latest> latest;
    auto consultations = selectAll(
        m_vault.database(),
        QStringLiteral("SELECT id, patient_id, status, updated_at FROM consultation WHERE "
                       "deleted = 0 AND day = ?"),
        {dayText}, tr("Reading the waiting room failed"), [&latest](const Row &row) {
            const QString patientId = row.text("patient_id");
            Latest found{row.text("id"), row.text("status"), row.text("updated_at")};
            auto known = latest.find(patientId);
            if (known == latest.end())
                latest.insert(patientId, found);
            else if (found.updatedAt > known->updatedAt)
                *known = found;
            return 0;
        });
    if (!consultations)
        return std::unexpected(consultations.error());
    QList<Seen> out;
    out.reserve(visits->size());
    for (const Visit &visit : std::as_const(*visits)) {
        Seen seen{visit, std::nullopt, QString()};
        if (auto it = latest.constFind(visit.patientId); it != latest.cend()) {
            seen.consultationId = it->id;
            if (it->status == QLatin1String("preparing"))
                seen.consultation = PreparedConsultation::Status::Preparing;
            else if (it->status == QLatin1String("ready"))
                seen.consultation = PreparedConsultation::Status::Ready;
            else if (it->status == QLatin1String("reviewed"))
                seen.consultation = PreparedConsultation::Status::Reviewed;
        }
        out.append(seen);
    }
    return out;
}

Result<std::optional<Visit>> VisitRepository::find(const QString &id) const
{
    return selectOne(
        m_vault.database(),
        QStringLiteral("SELECT %1 FROM visit v WHERE v.id = ? AND v.deleted = 0").arg(VisitColumns),
        {id}, tr("Reading the waiting room failed"), visitOf);
}

Result<std::optional<Visit>> VisitRepository::ofAppointment(const QString &appointmentId) const
{
    return selectOne(m_vault.database(),
                     QStringLiteral("SELECT %1 FROM visit v WHERE v.appointment_id = ? AND "
                                    "v.deleted = 0 ORDER BY v.arrived_at LIMIT 1")
                         .arg(VisitColumns),
                     {appointmentId}, tr("Reading the waiting room failed"), visitOf);
}

QVariantMap VisitRepository::columnsOf(const Visit &v)
{
    QVariantMap columns{{QStringLiteral("patient_id"), v.patientId},
                        {QStringLiteral("appointment_id"), v.appointmentId},
                        {QStringLiteral("practitioner_id"), v.practitionerId},
                        {QStringLiteral("day"), v.day.toString(Qt::ISODate)},
                        {QStringLiteral("arrived_at"), storedInstant(v.arrivedAt)},
                        {QStringLiteral("reason"), v.reason.simplified()}};
    columns.insert(stateColumns(v));
    return columns;
}

QVariantMap VisitRepository::stateColumns(const Visit &v)
{
    return {{QStringLiteral("state"), VisitRules::stateCode(v.state)},
            {QStringLiteral("seen_at"), v.seenAt.isValid() ? storedInstant(v.seenAt) : QString()},
            {QStringLiteral("done_at"), v.doneAt.isValid() ? storedInstant(v.doneAt) : QString()},
            {QStringLiteral("consultation_id"), v.consultationId}};
}

QVariantMap VisitRepository::eventColumns(const QString &visitId, Visit::State state,
                                          const QDateTime &at, const QString &byUser)
{
    return {{QStringLiteral("visit_id"), visitId},
            {QStringLiteral("state"), VisitRules::stateCode(state)},
            {QStringLiteral("at"), storedInstant(at)},
            {QStringLiteral("by_user"), byUser}};
}

} // namespace relais
