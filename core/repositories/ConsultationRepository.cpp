#include "ConsultationRepository.h"

#include "domain/Patient.h"
#include "storage/Rows.h"
#include "storage/Vault.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace relais {

namespace {

PreparedConsultation::Status statusFrom(const QString &code)
{
    if (code == QLatin1String("ready"))
        return PreparedConsultation::Status::Ready;
    if (code == QLatin1String("reviewed"))
        return PreparedConsultation::Status::Reviewed;
    return PreparedConsultation::Status::Preparing;
}

QString checklistJson(const QMap<QString, bool> &checklist)
{
    QJsonObject json;
    for (auto it = checklist.cbegin(); it != checklist.cend(); ++it)
        json.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QMap<QString, bool> checklistFrom(const QString &text)
{
    QMap<QString, bool> checklist;
    const QJsonObject json = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = json.constBegin(); it != json.constEnd(); ++it)
        checklist.insert(it.key(), it.value().toBool());
    return checklist;
}

QString stamp(const QDateTime &at)
{
    return at.toString(Qt::ISODateWithMs);
}

PreparedConsultation consultationFrom(const Row &row)
{
    PreparedConsultation c;
    c.id = row.text("id");
    c.patientId = row.text("patient_id");
    c.physicianId = row.text("physician_id");
    c.physicianName = row.text("physician_name");
    c.appointmentId = row.text("appointment_id");
    c.day = row.date("day");
    c.reason = row.text("reason");
    c.notes = row.text("notes");
    c.checklist = checklistFrom(row.text("checklist"));
    c.drafts = row.text("drafts").split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    c.status = statusFrom(row.text("status"));
    c.preparedByName = row.text("prepared_by_name");
    c.readyAt = QDateTime::fromString(row.text("ready_at"), Qt::ISODateWithMs);
    c.reviewedById = row.text("reviewed_by");
    c.reviewedByName = row.text("reviewed_by_name");
    c.reviewedAt = QDateTime::fromString(row.text("reviewed_at"), Qt::ISODateWithMs);
    c.gpComment = row.text("gp_comment");
    c.alertLevel = static_cast<int>(row.integer("alert_level"));
    c.alerts = row.text("alerts").split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    PatientIdentity who;
    who.birthName = row.text("birth_name");
    who.firstNames = row.text("first_names");
    who.usedName = row.text("used_name");
    who.usedFirstName = row.text("used_first_name");
    c.patientName = who.displayName();
    c.birthDate = row.date("birth_date");
    const QChar sex = row.letter("sex");
    c.sex = sex.isNull() ? QLatin1Char('U') : sex;
    return c;
}

Result<std::optional<PreparedConsultation>> first(const Result<QList<PreparedConsultation>> &found)
{
    if (!found)
        return std::unexpected(found.error());
    return found->isEmpty() ? std::nullopt : std::optional(found->first());
}

} // namespace

ConsultationRepository::ConsultationRepository(const Vault &vault)
    : m_vault(vault)
{}

Result<QList<PreparedConsultation>> ConsultationRepository::select(const QString &where,
                                                                   const QVariantList &values,
                                                                   const QString &order) const
{
    return selectAll(
        m_vault.database(),
        QStringLiteral(
            "SELECT c.id, c.patient_id, c.physician_id, "
            "coalesce(ph.display_name, '') AS physician_name, c.appointment_id, c.day, c.reason, "
            "c.notes, c.checklist, c.drafts, c.status, "
            "coalesce(pr.display_name, '') AS prepared_by_name, c.ready_at, "
            "coalesce(c.reviewed_by, '') AS reviewed_by, "
            "coalesce(rv.display_name, '') AS reviewed_by_name, c.reviewed_at, c.gp_comment, "
            "c.alert_level, c.alerts, p.birth_name, p.first_names, p.used_name, "
            "p.used_first_name, p.birth_date, p.sex "
            "FROM consultation c JOIN patient p ON p.id = c.patient_id "
            "LEFT JOIN app_user ph ON ph.id = c.physician_id "
            "LEFT JOIN app_user pr ON pr.id = c.prepared_by "
            "LEFT JOIN app_user rv ON rv.id = c.reviewed_by WHERE c.deleted = 0 AND ") +
            where + (order.isEmpty() ? QString() : QStringLiteral(" ORDER BY ") + order),
        values, tr("Reading the prepared consultations failed"), consultationFrom);
}

Result<std::optional<PreparedConsultation>> ConsultationRepository::find(const QString &id) const
{
    return first(select(QStringLiteral("c.id = ?"), {id}, {}));
}

Result<std::optional<PreparedConsultation>> ConsultationRepository::openOn(const QString &patientId,
                                                                           const QDate &day) const
{
    return first(select(QStringLiteral("c.patient_id = ? AND c.day = ? AND c.status <> 'reviewed'"),
                        {patientId, day.toString(Qt::ISODate)},
                        QStringLiteral("c.id DESC LIMIT 1")));
}

Result<std::optional<PreparedConsultation>>
ConsultationRepository::lastReviewed(const QString &patientId) const
{
    return first(select(QStringLiteral("c.patient_id = ? AND c.status = 'reviewed'"), {patientId},
                        QStringLiteral("c.reviewed_at DESC LIMIT 1")));
}

Result<QList<PreparedConsultation>>
ConsultationRepository::readyOrReviewedOn(const QDate &day, const QString &physicianId) const
{
    QString where = QStringLiteral("c.day = ? AND c.status IN ('ready', 'reviewed')");
    QVariantList values{day.toString(Qt::ISODate)};
    if (!physicianId.isEmpty()) {
        where += QStringLiteral(" AND c.physician_id = ?");
        values.append(physicianId);
    }
    return select(where, values,
                  QStringLiteral("c.status = 'reviewed', c.alert_level DESC, c.ready_at"));
}

Result<QSet<QString>> ConsultationRepository::readyWithNewerVitals(const QDate &day) const
{
    auto ids =
        selectAll(m_vault.database(),
                  QStringLiteral("SELECT c.id FROM consultation c WHERE c.day = ? AND "
                                 "c.status = 'ready' AND c.deleted = 0 AND EXISTS ("
                                 "SELECT 1 FROM vital_sign v WHERE v.patient_id = "
                                 "c.patient_id AND v.deleted = 0 AND v.updated_at > "
                                 "c.updated_at AND v.consultation_id IN (c.id, ''))"),
                  {day.toString(Qt::ISODate)}, tr("Reading the prepared consultations failed"),
                  [](const Row &row) { return row.text("id"); });
    if (!ids)
        return std::unexpected(ids.error());
    return QSet<QString>(ids->cbegin(), ids->cend());
}

QVariantMap ConsultationRepository::startColumns(const QString &patientId,
                                                 const QString &physicianId, const QDate &day,
                                                 const QString &reason, const QString &preparedBy)
{
    return {{QStringLiteral("patient_id"), patientId},
            {QStringLiteral("physician_id"), physicianId},
            {QStringLiteral("day"), day.toString(Qt::ISODate)},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("status"), QStringLiteral("preparing")},
            {QStringLiteral("prepared_by"), preparedBy}};
}

QVariantMap ConsultationRepository::preparationColumns(const PreparedConsultation &c)
{
    return {{QStringLiteral("reason"), c.reason},
            {QStringLiteral("notes"), c.notes},
            {QStringLiteral("checklist"), checklistJson(c.checklist)},
            {QStringLiteral("drafts"), c.drafts.join(QLatin1Char('\n'))},
            {QStringLiteral("physician_id"), c.physicianId}};
}

QVariantMap ConsultationRepository::readyColumns(const QDateTime &at, int alertLevel,
                                                 const QStringList &alerts)
{
    return {{QStringLiteral("status"), QStringLiteral("ready")},
            {QStringLiteral("ready_at"), stamp(at)},
            {QStringLiteral("alert_level"), alertLevel},
            {QStringLiteral("alerts"), alerts.join(QLatin1Char('\n'))}};
}

QVariantMap ConsultationRepository::reviewedColumns(const QString &byUser, const QDateTime &at,
                                                    const QString &comment)
{
    return {{QStringLiteral("status"), QStringLiteral("reviewed")},
            {QStringLiteral("reviewed_by"), byUser},
            {QStringLiteral("reviewed_at"), stamp(at)},
            {QStringLiteral("gp_comment"), comment}};
}

QVariantMap ConsultationRepository::reviewUndoneColumns()
{
    return {{QStringLiteral("status"), QStringLiteral("ready")},
            {QStringLiteral("reviewed_by"), QString()},
            {QStringLiteral("reviewed_at"), QString()}};
}

} // namespace relais
