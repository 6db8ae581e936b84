#include "DuplicateRules.h"

#include "domain/NameMatcher.h"

namespace relais {

std::optional<DuplicateMatch> DuplicateRules::compare(const IdentitySketch &typed,
                                                      const IdentitySketch &existing)
{
    DuplicateMatch match;
    if (!typed.nir.isEmpty() && typed.nir == existing.nir) {
        match.score = 100;
        match.reasons.append(tr("same social-security number"));
        return match;
    }
    if (!typed.birthDate.isValid() || typed.birthDate != existing.birthDate)
        return std::nullopt;
    match.reasons.append(tr("same birth date"));

    bool nameMatches = false;
    if (NameMatcher::sameName(typed.birthName, existing.birthName)) {
        nameMatches = true;
        match.sameSpelling =
            NameMatcher::compact(typed.birthName) == NameMatcher::compact(existing.birthName);
        match.reasons.append(match.sameSpelling ? tr("same birth name")
                                                : tr("birth names that sound alike (%1, %2)")
                                                      .arg(typed.birthName, existing.birthName));
    } else if (NameMatcher::sameName(typed.birthName, existing.usedName) ||
               NameMatcher::sameName(typed.usedName, existing.birthName)) {
        nameMatches = true;
        match.reasons.append(tr("the used name of one is the birth name of the other"));
    } else if (NameMatcher::sameName(typed.usedName, existing.usedName)) {
        nameMatches = true;
        match.reasons.append(tr("same used name"));
    }

    const bool givenMatches = NameMatcher::shareGivenName(typed.firstNames, existing.firstNames);
    if (givenMatches) {
        const QStringList a = NameMatcher::givenNames(typed.firstNames);
        const QStringList b = NameMatcher::givenNames(existing.firstNames);
        match.reasons.append(
            a == b ? tr("same given names")
                   : (QSet<QString>(a.cbegin(), a.cend()) == QSet<QString>(b.cbegin(), b.cend())
                          ? tr("same given names in another order")
                          : tr("a given name in common")));
    }

    if (nameMatches && givenMatches)
        match.score = 80;
    else if (nameMatches || givenMatches)
        match.score = 40; // twins, or a name changed by marriage: worth a look, no more
    else
        return std::nullopt;
    if (!typed.sex.isNull() && !existing.sex.isNull() && typed.sex != existing.sex) {
        match.score -= 20;
        match.reasons.append(tr("but a different sex"));
    }
    return match;
}

bool DuplicateRules::ranksBefore(const DuplicateMatch &a, const DuplicateMatch &b)
{
    if (a.score != b.score)
        return a.score > b.score;
    return a.sameSpelling && !b.sameSpelling;
}

} // namespace relais
