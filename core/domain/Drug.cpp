#include "Drug.h"

namespace relais {

QString DrugChoice::strength() const
{
    // An active substance weighed as a salt (SA: RANITIDINE (CHLORHYDRATE DE) 168 mg) may be
    // tied to its active fraction (FT: RANITIDINE BASE 150 mg), which is what a prescriber
    // writes and a pharmacist reads: the fraction's dosage wins within a link.
    QStringList dosages;
    QList<int> links;
    for (const DrugComposition &c : composition) {
        if (c.dosage.isEmpty() || links.contains(c.link))
            continue;
        const auto fraction = std::find_if(
            composition.cbegin(), composition.cend(), [&c](const DrugComposition &other) {
                return !other.activeSubstance && other.link == c.link && !other.dosage.isEmpty();
            });
        dosages.append(fraction != composition.cend() ? fraction->dosage : c.dosage);
        links.append(c.link);
    }
    return dosages.join(QStringLiteral(" + "));
}

QStringList DrugChoice::substances() const
{
    QStringList names;
    for (const DrugComposition &c : composition)
        if (c.activeSubstance && !names.contains(c.substanceName))
            names.append(c.substanceName);
    return names;
}

} // namespace relais
