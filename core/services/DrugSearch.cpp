#include "DrugSearch.h"

#include "domain/DrugBarcode.h"
#include "repositories/DrugRepository.h"
#include "security/AccessPolicy.h"
#include "storage/Vault.h"
#include "util/SearchKey.h"

namespace relais {

DrugSearch::DrugSearch(Vault &vault)
    : m_vault(vault)
{}

Result<QList<DrugChoice>> DrugSearch::find(const Session &session, const QString &typed,
                                           int limit) const
{
    if (auto allowed = AccessPolicy::require(session, Permission::ReadPatients); !allowed)
        return std::unexpected(allowed.error());
    const DrugRepository drugs(m_vault);
    Result<QList<DrugRepository::Found>> found = QList<DrugRepository::Found>{};
    const QString trimmed = typed.trimmed();
    if (const std::optional<DrugBarcode> code = DrugBarcode::read(trimmed)) {
        found = code->cip13.isEmpty()
                    ? drugs.specialtiesWithCode(DrugRepository::Code::Cip7, code->cip7)
                    : drugs.specialtiesWithCode(DrugRepository::Code::Cip13, code->cip13);
    } else if (trimmed.size() == 8 &&
               std::all_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c.isDigit(); })) {
        found = drugs.specialtiesWithCode(DrugRepository::Code::Cis, trimmed);
    } else {
        const QStringList words = searchKey(trimmed).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.isEmpty() || (words.size() == 1 && words.constFirst().size() < 2))
            return QList<DrugChoice>{};
        auto matching = drugs.specialtiesMatching(words, limit);
        if (!matching)
            return std::unexpected(matching.error());
        for (DrugSpecialty &specialty : *matching)
            found->append({std::move(specialty), {}});
    }
    if (!found)
        return std::unexpected(found.error());
    return drugs.choices(*found);
}

} // namespace relais
