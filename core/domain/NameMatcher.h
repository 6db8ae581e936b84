#pragma once

#include <QString>
#include <QStringList>

namespace relais {

// How Relais decides that two written names may be the same person's: written differently
// (accents, case, "DU PONT" and "DUPONT", hyphens) or heard the same ("LEFEVRE" and "LEFEBVRE",
// "FILIPE" and "PHILIPPE"). Our own phonetic reduction for French names, close in spirit to
// Soundex-FR and Phonex: deliberately coarse, because it only proposes candidates for a person
// to look at, never merges.
class NameMatcher
{
public:
    // Upper case, no diacritics, no spaces, hyphens or apostrophes: "Du Pont-d'Oc" → "DUPONTDOC".
    static QString compact(const QString &name);
    // The phonetic key of one or more words, compacted first.
    static QString phonetic(const QString &name);
    // The given names as separate words ("Marie-Claire Anne" → MARIE, CLAIRE, ANNE).
    static QStringList givenNames(const QString &names);

    // Written the same once compacted, or sounding the same.
    static bool sameName(const QString &a, const QString &b);
    // At least one given name in common, whatever the order ("Jean Pierre" and "Pierre Jean").
    static bool shareGivenName(const QString &a, const QString &b);
};

} // namespace relais
