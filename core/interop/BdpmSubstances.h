#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace relais {

// A substance of the BDPM: its ANSM code and one of the names it is published under. One code
// has several names (AMOXICILLINE, AMOXICILLINE TRIHYDRATÉE, AMOXICILLINE BASE): each is kept, so
// that whatever a person types finds the substance.
struct DrugSubstance
{
    QString code;
    QString name;
    bool operator==(const DrugSubstance &) const = default;
};

struct BdpmSubstanceList
{
    QList<DrugSubstance> substances; // distinct (code, name) pairs, sorted by code then name
    QStringList skipped;             // the lines that were not read, each with its reason
    int linesRead = 0;
};

// Reads the substances out of CIS_COMPO_bdpm.txt (8 columns: CIS, element, substance code,
// substance name, dosage, reference, nature, link number).
class BdpmSubstances
{
    Q_DECLARE_TR_FUNCTIONS(relais::BdpmSubstances)

public:
    static constexpr auto FileName = "CIS_COMPO_bdpm.txt";
    static Result<BdpmSubstanceList> read(const QString &compositionFile);
};

} // namespace relais
