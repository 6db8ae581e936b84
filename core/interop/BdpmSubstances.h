#pragma once

#include "domain/DrugSubstance.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace relais {

struct BdpmSubstanceList
{
    QString file;                    // the file's name, for messages
    QList<DrugSubstance> substances; // distinct (code, name) pairs, sorted by code then name
    QStringList skipped;             // the lines that were not read, each with its reason
    int linesRead = 0;
    int lines = 0;            // lines that hold something, read or skipped
    bool endsMidLine = false; // the file was cut short
    int codes() const;        // distinct substance codes
};

// Reads the substances out of CIS_COMPO_bdpm.txt (8 columns: CIS, element, substance code,
// substance name, dosage, reference, nature, link number).
class BdpmSubstances
{
    Q_DECLARE_TR_FUNCTIONS(relais::BdpmSubstances)

public:
    static constexpr auto FileName = "CIS_COMPO_bdpm.txt";
    static Result<BdpmSubstanceList> read(const QString &compositionFile);

    // Every release since 2017 names over 3,000 substances (3,352 in March 2017); a file that
    // reads as fewer than a third of that is a damaged or foreign file, not a release.
    static constexpr int MinimumCodes = 1000;
    // Between two releases substances come and go by a few percent; losing a fifth is a damaged
    // file, not the ANSM withdrawing drugs.
    static constexpr double MinimumShareOfPrevious = 0.8;

    // Whether a list read from a file may replace the catalogue of `previousCodes` substances
    // (0 before the first import). Refused (ErrorCode::Implausible) with the reason in a
    // sentence when it is cut short, has too many unreadable lines, or is too small against the
    // floor or the release in use; a person who knows better imports it anyway (--force).
    static Status plausible(const BdpmSubstanceList &list, int previousCodes);
};

} // namespace relais
