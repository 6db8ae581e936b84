#include "DrugRepository.h"

#include "storage/Rows.h"
#include "storage/Vault.h"
#include "util/SearchKey.h"

#include <QSqlError>

namespace relais {

DrugRepository::DrugRepository(const Vault &vault)
    : m_vault(vault)
{}

Status DrugRepository::replaceSubstances(const QList<DrugSubstance> &substances) const
{
    const QSqlDatabase db = m_vault.database();
    QSqlQuery clear(db);
    if (!clear.exec(QStringLiteral("DELETE FROM drug_substance")))
        return std::unexpected(sqlError(tr("Replacing the substances failed"), clear.lastError()));
    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT INTO drug_substance (code, name, search_key) VALUES (?, ?, ?)"));
    for (const DrugSubstance &s : substances) {
        insert.addBindValue(s.code);
        insert.addBindValue(s.name);
        insert.addBindValue(searchKey(s.name));
        if (!insert.exec())
            return std::unexpected(
                sqlError(tr("Saving the substances failed"), insert.lastError()));
    }
    return {};
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
