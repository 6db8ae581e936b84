#include "PatientFileRepository.h"

#include "storage/Rows.h"
#include "storage/Vault.h"

namespace relais {

namespace {

QString categoryCode(Condition::Category category)
{
    switch (category) {
    case Condition::Category::Surgical: return QStringLiteral("surgical");
    case Condition::Category::Family: return QStringLiteral("family");
    case Condition::Category::Medical: break;
    }
    return QStringLiteral("medical");
}

Condition::Category categoryFromCode(const QString &code)
{
    if (code == QLatin1String("surgical"))
        return Condition::Category::Surgical;
    if (code == QLatin1String("family"))
        return Condition::Category::Family;
    return Condition::Category::Medical;
}

QString kindCode(Allergy::Kind kind)
{
    return kind == Allergy::Kind::Intolerance ? QStringLiteral("intolerance")
                                              : QStringLiteral("allergy");
}

} // namespace

PatientFileRepository::PatientFileRepository(const Vault &vault)
    : m_vault(vault)
{}

QString PatientFileRepository::consentCode(Consent consent)
{
    switch (consent) {
    case Consent::Given: return QStringLiteral("yes");
    case Consent::Refused: return QStringLiteral("no");
    case Consent::NotAsked: break;
    }
    return {};
}

Consent PatientFileRepository::consentFromCode(const QString &code)
{
    if (code == QLatin1String("yes"))
        return Consent::Given;
    if (code == QLatin1String("no"))
        return Consent::Refused;
    return Consent::NotAsked;
}

Result<std::optional<PatientDetailsRecord>>
PatientFileRepository::details(const QString &patientId) const
{
    return selectOne(
        m_vault.database(),
        QStringLiteral("SELECT id, referring_user_id, referring_name, referring_rpps, "
                       "insurance_scheme, insurance_fund, complementary, complementary_number, "
                       "consent_sharing, consent_dmp, consents_on, notes FROM patient "
                       "WHERE id = ? AND deleted = 0"),
        {patientId}, tr("Reading the patient's file failed"), [](const Row &row) {
            PatientDetailsRecord d;
            d.patientId = row.text("id");
            d.referring = {row.text("referring_user_id"), row.text("referring_name"),
                           row.text("referring_rpps")};
            d.coverage = {row.text("insurance_scheme"), row.text("insurance_fund"),
                          row.text("complementary"), row.text("complementary_number")};
            d.dataSharing = consentFromCode(row.text("consent_sharing"));
            d.dmp = consentFromCode(row.text("consent_dmp"));
            d.consentsOn = row.date("consents_on");
            d.notes = row.text("notes");
            return d;
        });
}

QVariantMap PatientFileRepository::columnsOf(const PatientDetailsRecord &d)
{
    return {{QStringLiteral("referring_user_id"), d.referring.userId},
            {QStringLiteral("referring_name"), d.referring.name},
            {QStringLiteral("referring_rpps"), d.referring.rpps},
            {QStringLiteral("insurance_scheme"), d.coverage.scheme},
            {QStringLiteral("insurance_fund"), d.coverage.fund},
            {QStringLiteral("complementary"), d.coverage.complementary},
            {QStringLiteral("complementary_number"), d.coverage.complementaryNumber},
            {QStringLiteral("consent_sharing"), consentCode(d.dataSharing)},
            {QStringLiteral("consent_dmp"), consentCode(d.dmp)},
            {QStringLiteral("consents_on"), d.consentsOn.toString(Qt::ISODate)},
            {QStringLiteral("notes"), d.notes}};
}

Result<QList<Allergy>> PatientFileRepository::allergies(const QString &patientId) const
{
    return selectAll(m_vault.database(),
                     QStringLiteral("SELECT id, patient_id, kind, substance, substance_code, "
                                    "reaction FROM patient_allergy WHERE patient_id = ? AND "
                                    "deleted = 0 ORDER BY kind, substance"),
                     {patientId}, tr("Reading the allergies failed"), [](const Row &row) {
                         Allergy a;
                         a.id = row.text("id");
                         a.patientId = row.text("patient_id");
                         a.kind = row.text("kind") == QLatin1String("intolerance")
                                      ? Allergy::Kind::Intolerance
                                      : Allergy::Kind::Allergy;
                         a.substance = row.text("substance");
                         a.substanceCode = row.text("substance_code");
                         a.reaction = row.text("reaction");
                         return a;
                     });
}

QVariantMap PatientFileRepository::columnsOf(const Allergy &a)
{
    return {{QStringLiteral("patient_id"), a.patientId},
            {QStringLiteral("kind"), kindCode(a.kind)},
            {QStringLiteral("substance"), a.substance},
            {QStringLiteral("substance_code"), a.substanceCode},
            {QStringLiteral("reaction"), a.reaction}};
}

Result<QList<std::pair<QString, QString>>> PatientFileRepository::allergiesWithoutCode() const
{
    return selectAll(m_vault.database(),
                     QStringLiteral("SELECT id, substance FROM patient_allergy WHERE "
                                    "substance_code = '' AND deleted = 0"),
                     {}, tr("Reading the allergies failed"), [](const Row &row) {
                         return std::pair(row.text("id"), row.text("substance"));
                     });
}

QVariantMap PatientFileRepository::substanceCodeColumns(const QString &code)
{
    return {{QStringLiteral("substance_code"), code}};
}

Result<QStringList> PatientFileRepository::noneKnownStatements(const QString &patientId) const
{
    return selectAll(m_vault.database(),
                     QStringLiteral("SELECT id FROM patient_allergy_statement WHERE "
                                    "patient_id = ? AND deleted = 0"),
                     {patientId}, tr("Reading the allergies failed"),
                     [](const Row &row) { return row.text("id"); });
}

Result<std::optional<PatientFileRepository::Statement>>
PatientFileRepository::latestNoneKnown(const QString &patientId) const
{
    return selectOne(
        m_vault.database(),
        QStringLiteral("SELECT coalesce(u.display_name, s.stated_by) AS who, s.stated_at "
                       "FROM patient_allergy_statement s LEFT JOIN app_user u ON u.id = "
                       "s.stated_by WHERE s.patient_id = ? AND s.deleted = 0 "
                       "ORDER BY s.stated_at DESC LIMIT 1"),
        {patientId}, tr("Reading the allergies failed"), [](const Row &row) {
            return Statement{row.text("who"), row.time("stated_at")};
        });
}

QVariantMap PatientFileRepository::noneKnownColumns(const QString &patientId, const QString &byUser,
                                                    const QDateTime &at)
{
    return {{QStringLiteral("patient_id"), patientId},
            {QStringLiteral("statement"), QStringLiteral("none-known")},
            {QStringLiteral("stated_by"), byUser},
            {QStringLiteral("stated_at"), at.toString(Qt::ISODateWithMs)}};
}

Result<QList<Condition>> PatientFileRepository::conditions(const QString &patientId) const
{
    return selectAll(m_vault.database(),
                     QStringLiteral("SELECT id, patient_id, category, label, icd10, since, ald, "
                                    "ald_until, note FROM patient_condition WHERE patient_id = ? "
                                    "AND deleted = 0 ORDER BY ald DESC, category, since DESC, "
                                    "label"),
                     {patientId}, tr("Reading the history failed"), [](const Row &row) {
                         Condition c;
                         c.id = row.text("id");
                         c.patientId = row.text("patient_id");
                         c.category = categoryFromCode(row.text("category"));
                         c.label = row.text("label");
                         c.icd10 = row.text("icd10");
                         c.since = row.text("since");
                         c.ald = row.integer("ald") == 1;
                         c.aldUntil = row.date("ald_until");
                         c.note = row.text("note");
                         return c;
                     });
}

QVariantMap PatientFileRepository::columnsOf(const Condition &c)
{
    return {{QStringLiteral("category"), categoryCode(c.category)},
            {QStringLiteral("label"), c.label},
            {QStringLiteral("icd10"), c.icd10},
            {QStringLiteral("since"), c.since},
            {QStringLiteral("ald"), c.ald ? 1 : 0},
            {QStringLiteral("ald_until"), c.aldUntil.toString(Qt::ISODate)},
            {QStringLiteral("note"), c.note}};
}

Result<QList<Treatment>> PatientFileRepository::treatments(const QString &patientId) const
{
    return selectAll(m_vault.database(),
                     QStringLiteral("SELECT id, patient_id, drug, cis, dosage, since, prescriber, "
                                    "ended_on, note FROM patient_treatment WHERE patient_id = ? "
                                    "AND deleted = 0 ORDER BY ended_on <> '', ended_on DESC, drug"),
                     {patientId}, tr("Reading the treatments failed"), [](const Row &row) {
                         Treatment t;
                         t.id = row.text("id");
                         t.patientId = row.text("patient_id");
                         t.drug = row.text("drug");
                         t.cis = row.text("cis");
                         t.dosage = row.text("dosage");
                         t.since = row.text("since");
                         t.prescriber = row.text("prescriber");
                         t.endedOn = row.date("ended_on");
                         t.note = row.text("note");
                         return t;
                     });
}

QVariantMap PatientFileRepository::columnsOf(const Treatment &t)
{
    return {{QStringLiteral("drug"), t.drug},
            {QStringLiteral("cis"), t.cis},
            {QStringLiteral("dosage"), t.dosage},
            {QStringLiteral("since"), t.since},
            {QStringLiteral("prescriber"), t.prescriber},
            {QStringLiteral("ended_on"), t.endedOn.toString(Qt::ISODate)},
            {QStringLiteral("note"), t.note}};
}

Result<QString> PatientFileRepository::patientOfTreatment(const QString &treatmentId) const
{
    auto found = selectOne(m_vault.database(),
                           QStringLiteral("SELECT patient_id FROM patient_treatment WHERE id = ? "
                                          "AND deleted = 0"),
                           {treatmentId}, tr("Reading the treatments failed"),
                           [](const Row &row) { return row.text("patient_id"); });
    if (!found)
        return std::unexpected(found.error());
    return found->value_or(QString());
}

} // namespace relais
