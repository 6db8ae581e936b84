#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QSet>
#include <QStringList>

#include <optional>

namespace relais {

// What duplicate detection compares: the identity being typed, or one already in the practice.
struct IdentitySketch
{
    QString birthName;
    QString usedName;
    QString firstNames; // all birth given names, as typed
    QDate birthDate;
    QChar sex;   // 'F', 'M', or null when unknown
    QString nir; // 15 characters, or empty
};

struct DuplicateMatch
{
    int score = 0;       // 100 certain (same NIR) … 40 worth a look
    QStringList reasons; // translated, shown to the assistant
    // The birth names are written alike, not only sounding alike: among proposals of the same
    // score, the one spelt as typed comes first.
    bool sameSpelling = false;
};

// RNIV's main risk is two files for one person. Before a file is created or its identity
// changes, each existing identity with the same NIR or the same birth date is compared here;
// a match is a proposal with its reasons, never a merge.
class DuplicateRules
{
    Q_DECLARE_TR_FUNCTIONS(relais::DuplicateRules)

public:
    static std::optional<DuplicateMatch> compare(const IdentitySketch &typed,
                                                 const IdentitySketch &existing);
    // The order proposals are shown in: score, then spelling; never the order the files were
    // made in, which differs between workstations.
    static bool ranksBefore(const DuplicateMatch &a, const DuplicateMatch &b);
};

} // namespace relais
