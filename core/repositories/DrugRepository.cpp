#include "DrugRepository.h"

#include "storage/Rows.h"
#include "storage/Vault.h"
#include "util/SearchKey.h"

#include <QSqlError>

namespace relais {

namespace {

// Empties `table` and inserts one row per item, each bound by `bind` in the columns' order.
template<typename T, typename Bind>
Status replaceRows(const QSqlDatabase &db, const char *table, const QStringList &columns,
                   const QList<T> &items, Bind bind)
{
    const QString name = QLatin1String(table);
    QSqlQuery clear(db);
    if (!clear.exec(QStringLiteral("DELETE FROM ") + name))
        return std::unexpected(
            sqlError(DrugRepository::tr("Replacing the drug database failed"), clear.lastError()));
    QSqlQuery insert(db);
    if (!insert.prepare(
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(name, columns.join(QStringLiteral(", ")),
                     QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")))))
        return std::unexpected(
            sqlError(DrugRepository::tr("Replacing the drug database failed"), insert.lastError()));
    for (const T &item : items) {
        const QVariantList values = bind(item);
        for (qsizetype i = 0; i < values.size(); ++i)
            insert.bindValue(static_cast<int>(i), values.at(i));
        if (!insert.exec())
            return std::unexpected(sqlError(DrugRepository::tr("Saving the drug database failed"),
                                            insert.lastError()));
    }
    return {};
}

// A number, or SQL NULL when there is none.
template<typename N>
QVariant optional(const std::optional<N> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<N>());
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

DrugRepository::DrugRepository(const Vault &vault)
    : m_vault(vault)
{}

Status DrugRepository::replaceSubstances(const QList<DrugSubstance> &substances) const
{
    return replaceRows(
        m_vault.database(), Substances,
        {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("search_key")}, substances,
        [](const DrugSubstance &s) {
            return QVariantList{s.code, s.name, searchKey(s.name)};
        });
}

Status DrugRepository::replaceRelease(const QList<DrugSpecialty> &specialties,
                                      const QList<DrugPresentation> &presentations,
                                      const QList<DrugComposition> &compositions,
                                      const QList<GenericGroupMember> &generics,
                                      const QList<PrescribingCondition> &conditions,
                                      const DrugRelease &release) const
{
    const QSqlDatabase db = m_vault.database();
    Status done = replaceRows(
        db, Specialties,
        {QStringLiteral("cis"), QStringLiteral("name"), QStringLiteral("form"),
         QStringLiteral("routes"), QStringLiteral("authorisation"), QStringLiteral("procedure"),
         QStringLiteral("marketed"), QStringLiteral("authorised_on"), QStringLiteral("holder"),
         QStringLiteral("enhanced_monitoring"), QStringLiteral("search_key")},
        specialties, [](const DrugSpecialty &s) {
            return QVariantList{s.cis,
                                s.name,
                                s.form,
                                s.routes.join(QLatin1Char(';')),
                                s.authorisation,
                                s.procedure,
                                s.marketed ? 1 : 0,
                                dateText(s.authorisedOn),
                                s.holder,
                                s.enhancedMonitoring ? 1 : 0,
                                searchKey(s.name)};
        });
    if (done)
        done = replaceRows(db, "drug_presentation",
                           {QStringLiteral("cip13"), QStringLiteral("cis"), QStringLiteral("cip7"),
                            QStringLiteral("label"), QStringLiteral("active"),
                            QStringLiteral("marketed"), QStringLiteral("declared_on"),
                            QStringLiteral("collectivities"), QStringLiteral("rate"),
                            QStringLiteral("price_cents"), QStringLiteral("indications")},
                           presentations, [](const DrugPresentation &p) {
                               return QVariantList{p.cip13,
                                                   p.cis,
                                                   p.cip7,
                                                   p.label,
                                                   p.active ? 1 : 0,
                                                   p.marketed ? 1 : 0,
                                                   dateText(p.declaredOn),
                                                   p.collectivities ? 1 : 0,
                                                   optional(p.reimbursementRate),
                                                   optional(p.priceCents),
                                                   p.reimbursementIndications};
                           });
    if (done)
        done = replaceRows(
            db, "drug_composition",
            {QStringLiteral("cis"), QStringLiteral("element"), QStringLiteral("substance_code"),
             QStringLiteral("substance_name"), QStringLiteral("dosage"),
             QStringLiteral("reference"), QStringLiteral("active"), QStringLiteral("link")},
            compositions, [](const DrugComposition &c) {
                return QVariantList{
                    c.cis,    c.element,   c.substanceCode,           c.substanceName,
                    c.dosage, c.reference, c.activeSubstance ? 1 : 0, c.link};
            });
    if (done)
        done = replaceRows(db, "drug_generic",
                           {QStringLiteral("group_id"), QStringLiteral("group_label"),
                            QStringLiteral("cis"), QStringLiteral("kind"),
                            QStringLiteral("sort_order")},
                           generics, [](const GenericGroupMember &g) {
                               return QVariantList{g.group, g.groupLabel, g.cis,
                                                   static_cast<int>(g.kind), g.order};
                           });
    if (done)
        done = replaceRows(db, "drug_condition", {QStringLiteral("cis"), QStringLiteral("text")},
                           conditions, [](const PrescribingCondition &c) {
                               return QVariantList{c.cis, c.text};
                           });
    if (done)
        done = replaceRows(db, Release,
                           {QStringLiteral("id"), QStringLiteral("source"),
                            QStringLiteral("imported_at"), QStringLiteral("forced"),
                            QStringLiteral("specialties"), QStringLiteral("presentations"),
                            QStringLiteral("compositions"), QStringLiteral("generics"),
                            QStringLiteral("conditions"), QStringLiteral("substances"),
                            QStringLiteral("skipped")},
                           QList<DrugRelease>{release}, [](const DrugRelease &r) {
                               return QVariantList{1,
                                                   r.source,
                                                   storedInstant(r.importedAt),
                                                   r.forced ? 1 : 0,
                                                   r.specialties,
                                                   r.presentations,
                                                   r.compositions,
                                                   r.generics,
                                                   r.conditions,
                                                   r.substances,
                                                   r.skipped};
                           });
    return done;
}

Result<std::optional<DrugRelease>> DrugRepository::release() const
{
    return selectOne(m_vault.database(),
                     QStringLiteral("SELECT source, imported_at, forced, specialties, "
                                    "presentations, compositions, generics, conditions, "
                                    "substances, skipped FROM drug_release WHERE id = 1"),
                     {}, tr("Reading the drug database failed"), [](const Row &row) {
                         DrugRelease r;
                         r.source = row.text("source");
                         r.importedAt = row.instant("imported_at");
                         r.forced = row.flag("forced");
                         r.specialties = static_cast<int>(row.integer("specialties"));
                         r.presentations = static_cast<int>(row.integer("presentations"));
                         r.compositions = static_cast<int>(row.integer("compositions"));
                         r.generics = static_cast<int>(row.integer("generics"));
                         r.conditions = static_cast<int>(row.integer("conditions"));
                         r.substances = static_cast<int>(row.integer("substances"));
                         r.skipped = static_cast<int>(row.integer("skipped"));
                         return r;
                     });
}

Result<QList<DrugSubstance>> DrugRepository::startingWith(const QString &key) const
{
    // LIKE's own wildcards cannot come from a search key: it holds letters, digits and spaces.
    return selectAll(m_vault.database(),
                     QStringLiteral("SELECT code, name, search_key LIKE ? AS starts "
                                    "FROM drug_substance "
                                    "WHERE search_key LIKE ? OR search_key LIKE ? "
                                    "ORDER BY starts DESC, length(name), name"),
                     {QString(key + QLatin1Char('%')), QString(key + QLatin1Char('%')),
                      QString(QStringLiteral("% ") + key + QLatin1Char('%'))},
                     tr("Searching the substances failed"), [](const Row &row) {
                         return DrugSubstance{row.text("code"), row.text("name")};
                     });
}

Result<QString> DrugRepository::codeWithKey(const QString &key) const
{
    auto found = selectOne(m_vault.database(),
                           QStringLiteral("SELECT min(code) AS code FROM drug_substance WHERE "
                                          "search_key = ?"),
                           {key}, tr("Searching the substances failed"),
                           [](const Row &row) { return row.text("code"); });
    if (!found)
        return std::unexpected(found.error());
    return found->value_or(QString());
}

Result<QList<DrugRepository::Keyed>> DrugRepository::withKeyLength(qsizetype shortest,
                                                                   qsizetype longest) const
{
    return selectAll(m_vault.database(),
                     QStringLiteral("SELECT code, name, search_key FROM drug_substance "
                                    "WHERE length(search_key) BETWEEN ? AND ?"),
                     {shortest, longest}, tr("Searching the substances failed"),
                     [](const Row &row) {
                         return Keyed{{row.text("code"), row.text("name")}, row.text("search_key")};
                     });
}

Result<int> DrugRepository::distinctCodes() const
{
    auto found = selectOne(m_vault.database(),
                           QStringLiteral("SELECT count(DISTINCT code) AS n FROM drug_substance"),
                           {}, tr("Counting the substances failed"),
                           [](const Row &row) { return static_cast<int>(row.integer("n")); });
    if (!found)
        return std::unexpected(found.error());
    return found->value_or(0);
}

} // namespace relais
