#pragma once

#include <QString>

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

} // namespace relais
