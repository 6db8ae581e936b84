#include "DrugRepository.h"

#include "storage/Rows.h"
#include "storage/Vault.h"
#include "util/SearchKey.h"

#include <QHash>
#include <QSet>
#include <QSqlError>

namespace relais {

namespace {

// A number, or SQL NULL when there is none.
constexpr auto SpecialtyColumns =
    "s.cis, s.name, s.form, s.routes, s.authorisation, s.procedure, s.marketed, "
    "s.authorised_on, s.holder, s.enhanced_monitoring";

DrugSpecialty specialtyOf(const Row &row)
{
    DrugSpecialty s;
    s.cis = row.text("cis");
    s.name = row.text("name");
    s.form = row.text("form");
    s.routes = row.text("routes").split(QLatin1Char(';'), Qt::SkipEmptyParts);
    s.authorisation = row.text("authorisation");
    s.procedure = row.text("procedure");
    s.marketed = row.flag("marketed");
    s.authorisedOn = row.date("authorised_on");
    s.holder = row.text("holder");
    s.enhancedMonitoring = row.flag("enhanced_monitoring");
    return s;
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
        m_vault.database(), Substances, tr("Replacing the drug database failed"),
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
        db, Specialties, tr("Replacing the drug database failed"),
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
        done = replaceRows(db, "drug_presentation", tr("Replacing the drug database failed"),
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
                                                   nullable(p.reimbursementRate),
                                                   nullable(p.priceCents),
                                                   p.reimbursementIndications};
                           });
    if (done)
        done = replaceRows(
            db, "drug_composition", tr("Replacing the drug database failed"),
            {QStringLiteral("cis"), QStringLiteral("element"), QStringLiteral("substance_code"),
             QStringLiteral("substance_name"), QStringLiteral("dosage"),
             QStringLiteral("reference"), QStringLiteral("active"), QStringLiteral("link")},
            compositions, [](const DrugComposition &c) {
                return QVariantList{
                    c.cis,    c.element,   c.substanceCode,           c.substanceName,
                    c.dosage, c.reference, c.activeSubstance ? 1 : 0, c.link};
            });
    if (done) {
        // Every word of a specialty's name and of its active substances' names, for search.
        QSet<std::pair<QString, QString>> seen;
        QList<std::pair<QString, QString>> words;
        const auto index = [&](const QString &cis, const QString &text) {
            for (const QString &word :
                 searchKey(text).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                std::pair<QString, QString> entry{word, cis};
                if (!seen.contains(entry)) {
                    seen.insert(entry);
                    words.append(std::move(entry));
                }
            }
        };
        for (const DrugSpecialty &specialty : specialties)
            index(specialty.cis, specialty.name);
        for (const DrugComposition &c : compositions)
            if (c.activeSubstance)
                index(c.cis, c.substanceName);
        done = replaceRows(db, "drug_search_word", tr("Replacing the drug database failed"),
                           {QStringLiteral("word"), QStringLiteral("cis")}, words,
                           [](const std::pair<QString, QString> &w) {
                               return QVariantList{w.first, w.second};
                           });
    }
    if (done)
        done = replaceRows(db, "drug_generic", tr("Replacing the drug database failed"),
                           {QStringLiteral("group_id"), QStringLiteral("group_label"),
                            QStringLiteral("cis"), QStringLiteral("kind"),
                            QStringLiteral("sort_order")},
                           generics, [](const GenericGroupMember &g) {
                               return QVariantList{g.group, g.groupLabel, g.cis,
                                                   static_cast<int>(g.kind), g.order};
                           });
    if (done)
        done = replaceRows(db, "drug_condition", tr("Replacing the drug database failed"),
                           {QStringLiteral("cis"), QStringLiteral("text")}, conditions,
                           [](const PrescribingCondition &c) {
                               return QVariantList{c.cis, c.text};
                           });
    if (done)
        done = replaceRows(db, Release, tr("Replacing the drug database failed"),
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

Result<QList<DrugSpecialty>> DrugRepository::specialtiesMatching(const QStringList &words,
                                                                 int limit) const
{
    if (words.isEmpty())
        return QList<DrugSpecialty>{};
    // Each word must start a word of the name, or of an active substance's name (a brand found
    // by its DCI): a range of the word index, read in its order. A release imported before the
    // index existed has none until the next import: the names are then scanned, slower.
    auto indexed = selectOne(
        m_vault.database(), QStringLiteral("SELECT EXISTS (SELECT 1 FROM drug_search_word) AS n"),
        {}, tr("Searching the drugs failed"), [](const Row &row) { return row.flag("n"); });
    if (!indexed)
        return std::unexpected(indexed.error());
    QStringList conditions;
    QVariantList values{QString(words.constFirst() + QLatin1Char('%'))};
    for (const QString &word : words) {
        if (indexed->value_or(false)) {
            conditions.append(QStringLiteral(
                "s.cis IN (SELECT cis FROM drug_search_word WHERE word >= ? AND word < ?)"));
            values << word << QString(word + QChar(0xFFFF));
            continue;
        }
        // LIKE's own wildcards cannot come from a search key.
        conditions.append(QStringLiteral(
            "(s.search_key LIKE ? OR s.search_key LIKE ? OR s.cis IN (SELECT c.cis FROM "
            "drug_composition c JOIN drug_substance d ON d.code = c.substance_code "
            "WHERE d.search_key LIKE ? OR d.search_key LIKE ?))"));
        const QString starts = word + QLatin1Char('%');
        const QString inside = QStringLiteral("% ") + word + QLatin1Char('%');
        values << starts << inside << starts << inside;
    }
    values.append(limit);
    return selectAll(
        m_vault.database(),
        QStringLiteral("SELECT %1, s.search_key LIKE ? AS starts "
                       "FROM drug_specialty s WHERE %2 "
                       "ORDER BY s.marketed DESC, starts DESC, s.name LIMIT ?")
            .arg(QLatin1String(SpecialtyColumns), conditions.join(QStringLiteral(" AND "))),
        values, tr("Searching the drugs failed"), specialtyOf);
}

Result<QList<DrugRepository::Found>> DrugRepository::specialtiesWithCode(Code kind,
                                                                         const QString &code) const
{
    QString sql;
    switch (kind) {
    case Code::Cip13:
    case Code::Cip7:
        sql = QStringLiteral("SELECT %1, p.cip13 FROM drug_presentation p "
                             "JOIN drug_specialty s ON s.cis = p.cis WHERE p.%2 = ?")
                  .arg(QLatin1String(SpecialtyColumns),
                       kind == Code::Cip13 ? QStringLiteral("cip13") : QStringLiteral("cip7"));
        break;
    case Code::Cis:
        sql = QStringLiteral("SELECT %1, '' AS cip13 FROM drug_specialty s WHERE s.cis = ?")
                  .arg(QLatin1String(SpecialtyColumns));
        break;
    }
    return selectAll(m_vault.database(), sql, {code}, tr("Searching the drugs failed"),
                     [](const Row &row) {
                         return Found{specialtyOf(row), row.text("cip13")};
                     });
}

Result<QList<DrugChoice>> DrugRepository::choices(const QList<Found> &found) const
{
    QList<DrugChoice> choices;
    if (found.isEmpty())
        return choices;
    QHash<QString, qsizetype> at;
    QVariantList cis;
    for (const Found &f : found) {
        at.insert(f.specialty.cis, choices.size());
        cis.append(f.specialty.cis);
        choices.append(DrugChoice{f.specialty, {}, {}, {}, {}, f.cip13});
    }
    const QSqlDatabase db = m_vault.database();
    const QString what = tr("Reading the drugs failed");
    const QString in = placeholders(cis.size());
    auto compositions = selectAll(
        db,
        QStringLiteral("SELECT cis, element, substance_code, substance_name, dosage, reference, "
                       "active, link FROM drug_composition WHERE cis IN (%1) ORDER BY rowid")
            .arg(in),
        cis, what, [](const Row &row) {
            return DrugComposition{row.text("cis"),
                                   row.text("element"),
                                   row.text("substance_code"),
                                   row.text("substance_name"),
                                   row.text("dosage"),
                                   row.text("reference"),
                                   row.flag("active"),
                                   static_cast<int>(row.integer("link"))};
        });
    if (!compositions)
        return std::unexpected(compositions.error());
    for (DrugComposition &c : *compositions)
        choices[at.value(c.cis)].composition.append(std::move(c));
    auto generics = selectAll(
        db,
        QStringLiteral("SELECT group_id, group_label, cis, kind, sort_order FROM drug_generic "
                       "WHERE cis IN (%1)")
            .arg(in),
        cis, what, [](const Row &row) {
            return GenericGroupMember{static_cast<int>(row.integer("group_id")),
                                      row.text("group_label"), row.text("cis"),
                                      static_cast<GenericGroupMember::Kind>(row.integer("kind")),
                                      static_cast<int>(row.integer("sort_order"))};
        });
    if (!generics)
        return std::unexpected(generics.error());
    for (GenericGroupMember &g : *generics)
        choices[at.value(g.cis)].generic = std::move(g);
    // The rate of the boxes on the market; of any box when none is.
    auto rates = selectAll(
        db,
        QStringLiteral("SELECT cis, max(rate) AS rate, max(marketed) AS on_market FROM "
                       "drug_presentation WHERE cis IN (%1) AND rate IS NOT NULL "
                       "GROUP BY cis, marketed ORDER BY marketed")
            .arg(in),
        cis, what, [](const Row &row) {
            return std::pair<QString, int>{row.text("cis"), static_cast<int>(row.integer("rate"))};
        });
    if (!rates)
        return std::unexpected(rates.error());
    for (const auto &[specialty, rate] : std::as_const(*rates))
        choices[at.value(specialty)].reimbursementRate = rate;
    auto conditions = selectAll(
        db,
        QStringLiteral("SELECT cis, text FROM drug_condition WHERE cis IN (%1) ORDER BY rowid")
            .arg(in),
        cis, what, [](const Row &row) {
            return std::pair<QString, QString>{row.text("cis"), row.text("text")};
        });
    if (!conditions)
        return std::unexpected(conditions.error());
    for (const auto &[specialty, text] : std::as_const(*conditions))
        choices[at.value(specialty)].conditions.append(text);
    return choices;
}

Result<QHash<QString, QStringList>> DrugRepository::substancesOf(const QStringList &cis) const
{
    QHash<QString, QStringList> codes;
    if (cis.isEmpty())
        return codes;
    QVariantList values;
    for (const QString &c : cis)
        values.append(c);
    auto rows = selectAll(
        m_vault.database(),
        QStringLiteral("SELECT DISTINCT cis, substance_code FROM drug_composition "
                       "WHERE cis IN (%1)")
            .arg(placeholders(values.size())),
        values, tr("Reading the drugs failed"), [](const Row &row) {
            return std::pair<QString, QString>{row.text("cis"), row.text("substance_code")};
        });
    if (!rows)
        return std::unexpected(rows.error());
    for (const auto &[specialty, code] : std::as_const(*rows))
        codes[specialty].append(code);
    return codes;
}

Result<QString> DrugRepository::specialtyWithKey(const QString &key) const
{
    auto found = selectOne(m_vault.database(),
                           QStringLiteral("SELECT min(cis) AS cis FROM drug_specialty WHERE "
                                          "search_key = ?"),
                           {key}, tr("Searching the drugs failed"),
                           [](const Row &row) { return row.text("cis"); });
    if (!found)
        return std::unexpected(found.error());
    return found->value_or(QString());
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
