#include "VitalSignRepository.h"

#include "storage/Rows.h"
#include "storage/Vault.h"

namespace relais {

VitalSignRepository::VitalSignRepository(const Vault &vault)
    : m_vault(vault)
{}

Result<QList<VitalRecord>> VitalSignRepository::select(const QString &where,
                                                       const QVariantList &values,
                                                       const QString &order) const
{
    auto query = runQuery(
        m_vault.database(),
        QStringLiteral("SELECT v.id, v.patient_id, v.consultation_id, v.kind, v.value, v.value2, "
                       "v.arm, v.position, v.measured_at, v.measured_by, "
                       "coalesce(u.display_name, v.measured_by) AS measured_by_name, "
                       "v.late_reason, v.replaces, v.superseded, v.correction_reason, v.source "
                       "FROM vital_sign v LEFT JOIN app_user u ON u.id = v.measured_by WHERE ") +
            where + (order.isEmpty() ? QString() : QStringLiteral(" ORDER BY ") + order),
        values, tr("Reading the vital signs failed"));
    if (!query)
        return std::unexpected(query.error());
    const Row row(*query);
    QList<VitalRecord> records;
    while (query->next()) {
        const auto kind = VitalSigns::fromCode(row.text("kind"));
        if (!kind)
            continue; // a kind from a newer Relais, synced in: shown once this one knows it
        VitalRecord r;
        r.id = row.text("id");
        r.patientId = row.text("patient_id");
        r.consultationId = row.text("consultation_id");
        r.kind = *kind;
        r.value = row.real("value");
        r.value2 = row.real("value2");
        r.arm = BloodPressure::armFromCode(row.text("arm"));
        r.position = BloodPressure::positionFromCode(row.text("position"));
        r.measuredAt = row.instant("measured_at");
        r.measuredBy = row.text("measured_by");
        r.measuredByName = row.text("measured_by_name");
        r.lateReason = row.text("late_reason");
        r.replaces = row.text("replaces");
        r.superseded = row.flag("superseded");
        r.correctionReason = row.text("correction_reason");
        r.source = row.text("source");
        records.append(r);
    }
    return records;
}

Result<std::optional<VitalRecord>> VitalSignRepository::find(const QString &id) const
{
    auto found = select(QStringLiteral("v.id = ? AND v.deleted = 0"), {id}, {});
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return std::optional<VitalRecord>();
    return std::optional<VitalRecord>(found->first());
}

Result<QList<VitalRecord>> VitalSignRepository::allOfPatient(const QString &patientId) const
{
    return select(QStringLiteral("v.patient_id = ? AND v.deleted = 0"), {patientId},
                  QStringLiteral("v.measured_at DESC, v.superseded"));
}

Result<QList<VitalRecord>> VitalSignRepository::currentOfPatient(const QString &patientId) const
{
    return select(QStringLiteral("v.patient_id = ? AND v.deleted = 0 AND v.superseded = 0"),
                  {patientId}, QStringLiteral("v.measured_at DESC"));
}

Result<QList<VitalRecord>> VitalSignRepository::ofConsultation(const QString &consultationId) const
{
    return select(QStringLiteral("v.consultation_id = ? AND v.deleted = 0 AND v.superseded = 0"),
                  {consultationId}, QStringLiteral("v.measured_at"));
}

Result<QList<VitalRecord>> VitalSignRepository::unattachedBetween(const QString &patientId,
                                                                  const QDate &from,
                                                                  const QDate &to) const
{
    return select(QStringLiteral("v.patient_id = ? AND v.consultation_id = '' AND "
                                 "v.deleted = 0 AND v.superseded = 0 AND "
                                 "substr(v.measured_at, 1, 10) BETWEEN ? AND ?"),
                  {patientId, from.toString(Qt::ISODate), to.toString(Qt::ISODate)},
                  QStringLiteral("v.measured_at"));
}

Result<QList<VitalPoint>> VitalSignRepository::series(const QString &patientId, VitalKind kind,
                                                      const QDateTime &since) const
{
    return selectAll(
        m_vault.database(),
        QStringLiteral("SELECT measured_at, value, value2 FROM vital_sign "
                       "WHERE patient_id = ? AND kind = ? AND measured_at >= ? AND "
                       "deleted = 0 AND superseded = 0 ORDER BY measured_at"),
        {patientId, QLatin1String(VitalSigns::definition(kind).code),
         since.isValid() ? storedInstant(since) : QString()},
        tr("Reading the vital signs failed"), [](const Row &row) {
            return VitalPoint{row.instant("measured_at"), row.real("value"), row.real("value2")};
        });
}

Result<QString> VitalSignRepository::idFromSource(const QString &source) const
{
    auto found = selectOne(m_vault.database(),
                           QStringLiteral("SELECT id FROM vital_sign WHERE source = ? AND "
                                          "deleted = 0 AND source <> '' LIMIT 1"),
                           {source}, tr("Reading the vital signs failed"),
                           [](const Row &row) { return row.text("id"); });
    if (!found)
        return std::unexpected(found.error());
    return found->value_or(QString());
}

QVariantMap VitalSignRepository::columnsOf(const VitalRecord &r)
{
    const VitalDefinition &d = VitalSigns::definition(r.kind);
    return {{QStringLiteral("patient_id"), r.patientId},
            {QStringLiteral("consultation_id"), r.consultationId},
            {QStringLiteral("kind"), QLatin1String(d.code)},
            {QStringLiteral("value"), r.value},
            {QStringLiteral("value2"), r.value2},
            {QStringLiteral("unit"), QLatin1String(d.ucum)},
            {QStringLiteral("loinc"), QLatin1String(d.loinc)},
            {QStringLiteral("measured_at"), storedInstant(r.measuredAt)},
            {QStringLiteral("measured_by"), r.measuredBy},
            {QStringLiteral("late_reason"), r.lateReason},
            {QStringLiteral("arm"),
             r.kind == VitalKind::BloodPressure ? BloodPressure::code(r.arm) : QString()},
            {QStringLiteral("position"),
             r.kind == VitalKind::BloodPressure ? BloodPressure::code(r.position) : QString()},
            {QStringLiteral("replaces"), r.replaces},
            {QStringLiteral("correction_reason"), r.correctionReason},
            {QStringLiteral("source"), r.source}};
}

QVariantMap VitalSignRepository::supersededColumns()
{
    return {{QStringLiteral("superseded"), 1}};
}

QVariantMap VitalSignRepository::attachColumns(const QString &consultationId)
{
    return {{QStringLiteral("consultation_id"), consultationId}};
}

} // namespace relais
