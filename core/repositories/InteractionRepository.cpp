#include "InteractionRepository.h"

#include "domain/MoleculeMatcher.h"
#include "storage/Rows.h"
#include "storage/Vault.h"
#include "util/SearchKey.h"

#include <QHash>
#include <QSet>

namespace relais {

InteractionRepository::InteractionRepository(const Vault &vault)
    : m_vault(vault)
{}

Status InteractionRepository::replaceThesaurus(const QList<DrugInteraction> &interactions,
                                               const QList<InteractionClassMember> &memberships,
                                               const QStringList &molecules,
                                               const QStringList &classes,
                                               const InteractionRelease &release) const
{
    const QSqlDatabase db = m_vault.database();
    const QString what = tr("Replacing the interaction thesaurus failed");
    Status done = replaceRows(
        db, Interactions, what,
        {QStringLiteral("first_key"), QStringLiteral("second_key"), QStringLiteral("first"),
         QStringLiteral("second"), QStringLiteral("levels"), QStringLiteral("conduct"),
         QStringLiteral("mechanism")},
        interactions, [](const DrugInteraction &i) {
            return QVariantList{searchKey(i.first), searchKey(i.second), i.first,    i.second,
                                i.levels.toInt(),   i.conduct,           i.mechanism};
        });
    if (done) {
        // A name is either a class or a molecule; a class table that also lists a class as a
        // molecule (it happens) keeps it a class.
        QList<std::pair<QString, bool>> names;
        QSet<QString> keys;
        for (const QString &c : classes)
            if (!keys.contains(searchKey(c))) {
                keys.insert(searchKey(c));
                names.append({c, true});
            }
        for (const QString &m : molecules)
            if (!keys.contains(searchKey(m))) {
                keys.insert(searchKey(m));
                names.append({m, false});
            }
        done =
            replaceRows(db, "interaction_name", what,
                        {QStringLiteral("key"), QStringLiteral("name"), QStringLiteral("is_class")},
                        names, [](const std::pair<QString, bool> &n) {
                            return QVariantList{searchKey(n.first), n.first, n.second ? 1 : 0};
                        });
    }
    if (done) {
        QList<std::pair<QString, QString>> pairs;
        QSet<std::pair<QString, QString>> seen;
        for (const InteractionClassMember &m : memberships) {
            std::pair<QString, QString> pair{searchKey(m.molecule), searchKey(m.interactionClass)};
            if (!seen.contains(pair)) {
                seen.insert(pair);
                pairs.append(std::move(pair));
            }
        }
        done = replaceRows(db, "interaction_member", what,
                           {QStringLiteral("molecule_key"), QStringLiteral("class_key")}, pairs,
                           [](const std::pair<QString, QString> &p) {
                               return QVariantList{p.first, p.second};
                           });
    }
    if (done)
        done = replaceRows(db, "interaction_release", what,
                           {QStringLiteral("id"), QStringLiteral("source"),
                            QStringLiteral("version"), QStringLiteral("imported_at"),
                            QStringLiteral("forced"), QStringLiteral("interactions"),
                            QStringLiteral("memberships"), QStringLiteral("molecules"),
                            QStringLiteral("classes"), QStringLiteral("skipped")},
                           QList<InteractionRelease>{release}, [](const InteractionRelease &r) {
                               return QVariantList{1,
                                                   r.source,
                                                   r.version,
                                                   storedInstant(r.importedAt),
                                                   r.forced ? 1 : 0,
                                                   r.interactions,
                                                   r.memberships,
                                                   r.molecules,
                                                   r.classes,
                                                   r.skipped};
                           });
    return done;
}

Result<int> InteractionRepository::relinkSubstances() const
{
    const QSqlDatabase db = m_vault.database();
    const QString what = tr("Matching the substances to the interaction thesaurus failed");
    auto molecules =
        selectAll(db, QStringLiteral("SELECT name FROM interaction_name WHERE is_class = 0"), {},
                  what, [](const Row &row) { return row.text("name"); });
    if (!molecules)
        return std::unexpected(molecules.error());
    auto substances = selectAll(
        db, QStringLiteral("SELECT code, name FROM drug_substance ORDER BY code, length(name)"), {},
        what, [](const Row &row) {
            return std::pair<QString, QString>{row.text("code"), row.text("name")};
        });
    if (!substances)
        return std::unexpected(substances.error());
    const MoleculeMatcher matcher(*molecules);
    QList<std::pair<QString, QString>> links;
    QString last;
    for (const auto &[code, name] : std::as_const(*substances)) {
        if (code == last)
            continue;
        // A code's names are tried shortest first; the first that is a molecule decides.
        const QString molecule = matcher.moleculeFor(name);
        if (molecule.isEmpty())
            continue;
        links.append({code, searchKey(molecule)});
        last = code;
    }
    if (Status replaced =
            replaceRows(db, SubstanceMolecules, what,
                        {QStringLiteral("substance_code"), QStringLiteral("molecule_key")}, links,
                        [](const std::pair<QString, QString> &l) {
                            return QVariantList{l.first, l.second};
                        });
        !replaced)
        return std::unexpected(replaced.error());
    return static_cast<int>(links.size());
}

Result<QHash<QString, QStringList>>
InteractionRepository::protagonistsOf(const QStringList &substanceCodes) const
{
    QHash<QString, QStringList> protagonists;
    if (substanceCodes.isEmpty())
        return protagonists;
    QVariantList values;
    for (const QString &code : substanceCodes)
        values.append(code);
    auto rows = selectAll(
        m_vault.database(),
        QStringLiteral("SELECT m.substance_code AS code, m.molecule_key AS molecule, "
                       "c.class_key AS class FROM substance_molecule m "
                       "LEFT JOIN interaction_member c ON c.molecule_key = m.molecule_key "
                       "WHERE m.substance_code IN (%1)")
            .arg(placeholders(values.size())),
        values, tr("Reading the interaction thesaurus failed"), [](const Row &row) {
            return std::tuple<QString, QString, QString>{row.text("code"), row.text("molecule"),
                                                         row.text("class")};
        });
    if (!rows)
        return std::unexpected(rows.error());
    for (const auto &[code, molecule, interactionClass] : std::as_const(*rows)) {
        QStringList &keys = protagonists[code];
        if (!keys.contains(molecule))
            keys.append(molecule);
        if (!interactionClass.isEmpty() && !keys.contains(interactionClass))
            keys.append(interactionClass);
    }
    return protagonists;
}

Result<QList<DrugInteraction>> InteractionRepository::among(const QStringList &keys) const
{
    if (keys.isEmpty())
        return QList<DrugInteraction>{};
    QVariantList values;
    for (const QString &key : keys)
        values.append(key);
    const QString in = placeholders(values.size());
    return selectAll(
        m_vault.database(),
        QStringLiteral("SELECT first, second, levels, conduct, mechanism FROM "
                       "interaction WHERE first_key IN (%1) AND second_key IN (%1) "
                       "ORDER BY id")
            .arg(in),
        values + values, tr("Reading the interaction thesaurus failed"), [](const Row &row) {
            return DrugInteraction{row.text("first"), row.text("second"),
                                   InteractionLevels::fromInt(
                                       static_cast<InteractionLevels::Int>(row.integer("levels"))),
                                   row.text("conduct"), row.text("mechanism")};
        });
}

Result<std::optional<InteractionRelease>> InteractionRepository::release() const
{
    return selectOne(m_vault.database(),
                     QStringLiteral("SELECT source, version, imported_at, forced, interactions, "
                                    "memberships, molecules, classes, skipped "
                                    "FROM interaction_release WHERE id = 1"),
                     {}, tr("Reading the interaction thesaurus failed"), [](const Row &row) {
                         InteractionRelease r;
                         r.source = row.text("source");
                         r.version = row.text("version");
                         r.importedAt = row.instant("imported_at");
                         r.forced = row.flag("forced");
                         r.interactions = static_cast<int>(row.integer("interactions"));
                         r.memberships = static_cast<int>(row.integer("memberships"));
                         r.molecules = static_cast<int>(row.integer("molecules"));
                         r.classes = static_cast<int>(row.integer("classes"));
                         r.skipped = static_cast<int>(row.integer("skipped"));
                         return r;
                     });
}

Result<QList<InteractionRepository::SubstanceMatch>>
InteractionRepository::prescribedSubstances() const
{
    // An active substance counts as matched when it, or the active fraction tied to it in the
    // same specialty (RANITIDINE BASE for RANITIDINE (CHLORHYDRATE DE)), is a molecule.
    return selectAll(
        m_vault.database(),
        QStringLiteral(
            "WITH prescribed AS (SELECT c.substance_code AS code, c.substance_name AS name, "
            "c.cis AS cis, "
            "coalesce((SELECT n.name FROM substance_molecule m "
            " JOIN interaction_name n ON n.key = m.molecule_key "
            " WHERE m.substance_code = c.substance_code), "
            "(SELECT n.name FROM drug_composition o "
            " JOIN substance_molecule m ON m.substance_code = o.substance_code "
            " JOIN interaction_name n ON n.key = m.molecule_key "
            " WHERE o.cis = c.cis AND o.link = c.link LIMIT 1)) AS molecule "
            "FROM drug_composition c JOIN drug_specialty s ON s.cis = c.cis "
            "WHERE c.active = 1 AND s.marketed = 1 AND (s.routes LIKE '%orale%' "
            "OR s.routes LIKE '%intraveineuse%' OR s.routes LIKE '%intramusculaire%' "
            "OR s.routes LIKE '%sous-cutan%')) "
            "SELECT code, min(name) AS name, count(DISTINCT cis) AS specialties, "
            "max(molecule) AS molecule FROM prescribed "
            "GROUP BY code ORDER BY specialties DESC, name"),
        {}, tr("Reading the interaction thesaurus failed"), [](const Row &row) {
            SubstanceMatch match;
            match.code = row.text("code");
            match.name = row.text("name");
            match.specialties = static_cast<int>(row.integer("specialties"));
            match.molecule = row.text("molecule");
            return match;
        });
}

} // namespace relais
