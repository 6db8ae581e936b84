#include "PrescriptionRepository.h"

#include "storage/Rows.h"
#include "storage/Vault.h"

#include <QHash>

namespace relais {

namespace {

constexpr auto PrescriptionColumns =
    "id, patient_id, consultation_id, status, drafted_by, drafted_at, signed_by, signed_at, "
    "printed_at, based_on, drug_release, thesaurus, acknowledged";

// Lists kept in one text column: "liste I\nstupéfiants".
QString joined(const QStringList &items)
{
    return items.join(QLatin1Char('\n'));
}

QStringList split(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

Prescription prescriptionOf(const Row &row)
{
    Prescription p;
    p.id = row.text("id");
    p.patientId = row.text("patient_id");
    p.consultationId = row.text("consultation_id");
    p.status =
        Prescription::statusFromName(row.text("status")).value_or(Prescription::Status::Draft);
    p.draftedBy = row.text("drafted_by");
    p.draftedAt = row.instant("drafted_at");
    p.signedBy = row.text("signed_by");
    p.signedAt = row.instant("signed_at");
    p.printedAt = row.instant("printed_at");
    p.basedOn = row.text("based_on");
    p.drugRelease = row.text("drug_release");
    p.thesaurusVersion = row.text("thesaurus");
    p.setAcknowledgementsJson(row.text("acknowledged"));
    return p;
}

} // namespace

PrescriptionRepository::PrescriptionRepository(const Vault &vault)
    : m_vault(vault)
{}

QVariantMap PrescriptionRepository::fieldsOf(const Prescription &p)
{
    return {
        {QStringLiteral("patient_id"), p.patientId},
        {QStringLiteral("consultation_id"), p.consultationId},
        {QStringLiteral("status"), Prescription::statusName(p.status)},
        {QStringLiteral("drafted_by"), p.draftedBy},
        {QStringLiteral("drafted_at"), storedInstant(p.draftedAt)},
        {QStringLiteral("signed_by"), p.signedBy},
        {QStringLiteral("signed_at"), p.signedAt.isValid() ? storedInstant(p.signedAt) : QString()},
        {QStringLiteral("printed_at"),
         p.printedAt.isValid() ? storedInstant(p.printedAt) : QString()},
        {QStringLiteral("based_on"), p.basedOn},
        {QStringLiteral("drug_release"), p.drugRelease},
        {QStringLiteral("thesaurus"), p.thesaurusVersion},
        {QStringLiteral("acknowledged"), p.acknowledgementsJson()}};
}

QVariantMap PrescriptionRepository::fieldsOf(const PrescriptionLine &line,
                                             const QString &prescriptionId, int position)
{
    return {{QStringLiteral("prescription_id"), prescriptionId},
            {QStringLiteral("position"), position},
            {QStringLiteral("cis"), line.cis},
            {QStringLiteral("brand"), line.brand},
            {QStringLiteral("dci"), line.dci},
            {QStringLiteral("strength"), line.strength},
            {QStringLiteral("form"), line.form},
            {QStringLiteral("route"), line.route},
            {QStringLiteral("conditions"), joined(line.conditions)},
            {QStringLiteral("substances"), joined(line.substanceCodes)},
            {QStringLiteral("posology"), line.posology.toJson()},
            {QStringLiteral("posology_text"), line.posology.text()},
            {QStringLiteral("renewals"), line.renewals},
            {QStringLiteral("non_substitutable"), PrescriptionLine::banCode(line.nonSubstitutable)},
            {QStringLiteral("ald"), line.ald ? 1 : 0}};
}

Result<std::optional<Prescription>> PrescriptionRepository::find(const QString &id) const
{
    auto found =
        selectAll(m_vault.database(),
                  QStringLiteral("SELECT %1 FROM prescription WHERE id = ? AND deleted = 0")
                      .arg(QLatin1String(PrescriptionColumns)),
                  {id}, tr("Reading the prescription failed"), prescriptionOf);
    if (!found)
        return std::unexpected(found.error());
    auto whole = withLines(std::move(*found));
    if (!whole)
        return std::unexpected(whole.error());
    if (whole->isEmpty())
        return std::optional<Prescription>();
    return std::optional<Prescription>(whole->takeFirst());
}

Result<QList<Prescription>> PrescriptionRepository::ofPatient(const QString &patientId) const
{
    auto found = selectAll(m_vault.database(),
                           QStringLiteral("SELECT %1 FROM prescription WHERE patient_id = ? AND "
                                          "deleted = 0 ORDER BY drafted_at DESC")
                               .arg(QLatin1String(PrescriptionColumns)),
                           {patientId}, tr("Reading the prescriptions failed"), prescriptionOf);
    if (!found)
        return std::unexpected(found.error());
    return withLines(std::move(*found));
}

Result<QList<PrescriptionTemplate>> PrescriptionRepository::templates() const
{
    return selectAll(m_vault.database(),
                     QStringLiteral("SELECT id, name, owner_id, lines FROM prescription_template "
                                    "WHERE deleted = 0 ORDER BY name"),
                     {}, tr("Reading the prescription templates failed"), [](const Row &row) {
                         return PrescriptionTemplate{
                             row.text("id"), row.text("name"), row.text("owner_id"),
                             PrescriptionTemplate::linesFromJson(row.text("lines"))};
                     });
}

QVariantMap PrescriptionRepository::fieldsOf(const PrescriptionTemplate &t)
{
    return {{QStringLiteral("name"), t.name},
            {QStringLiteral("owner_id"), t.ownerId},
            {QStringLiteral("lines"), t.linesJson()}};
}

Result<QList<Prescription>> PrescriptionRepository::drafts() const
{
    auto found = selectAll(m_vault.database(),
                           QStringLiteral("SELECT %1 FROM prescription WHERE status = 'draft' AND "
                                          "deleted = 0 ORDER BY drafted_at")
                               .arg(QLatin1String(PrescriptionColumns)),
                           {}, tr("Reading the prescriptions failed"), prescriptionOf);
    if (!found)
        return std::unexpected(found.error());
    return withLines(std::move(*found));
}

Result<QList<Prescription>>
PrescriptionRepository::withLines(QList<Prescription> prescriptions) const
{
    if (prescriptions.isEmpty())
        return prescriptions;
    QHash<QString, qsizetype> at;
    QVariantList ids;
    for (qsizetype i = 0; i < prescriptions.size(); ++i) {
        at.insert(prescriptions.at(i).id, i);
        ids.append(prescriptions.at(i).id);
    }
    auto lines = selectAll(
        m_vault.database(),
        QStringLiteral("SELECT id, prescription_id, cis, brand, dci, strength, form, route, "
                       "conditions, substances, posology, renewals, non_substitutable, ald "
                       "FROM prescription_line WHERE deleted = 0 AND prescription_id IN (%1) "
                       "ORDER BY prescription_id, position")
            .arg(placeholders(ids.size())),
        ids, tr("Reading the prescriptions failed"), [](const Row &row) {
            PrescriptionLine line;
            line.id = row.text("id");
            line.cis = row.text("cis");
            line.brand = row.text("brand");
            line.dci = row.text("dci");
            line.strength = row.text("strength");
            line.form = row.text("form");
            line.route = row.text("route");
            line.conditions = split(row.text("conditions"));
            line.substanceCodes = split(row.text("substances"));
            line.posology = Posology::fromJson(row.text("posology")).value_or(Posology{});
            line.renewals = static_cast<int>(row.integer("renewals"));
            line.nonSubstitutable = PrescriptionLine::banFromCode(row.text("non_substitutable"));
            line.ald = row.flag("ald");
            return std::pair<QString, PrescriptionLine>{row.text("prescription_id"), line};
        });
    if (!lines)
        return std::unexpected(lines.error());
    for (auto &[prescriptionId, line] : *lines)
        prescriptions[at.value(prescriptionId)].lines.append(std::move(line));
    return prescriptions;
}

} // namespace relais
