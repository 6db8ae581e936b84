#pragma once

#include "domain/Drug.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace relais {

// The files of one BDPM release a prescriber needs, read from its folder: every row that reads,
// and a sentence for each one that does not.
struct BdpmRelease
{
    QList<DrugSpecialty> specialties;
    QList<DrugPresentation> presentations;
    QList<DrugComposition> compositions;
    QList<GenericGroupMember> generics;
    QList<PrescribingCondition> conditions;
    QStringList skipped;  // "CIS_CIP_bdpm.txt, line 12: …"
    QStringList cutShort; // the files whose last line has no end
    int lines = 0;        // lines that hold something, read or skipped, in all the files
    int rowsRead() const;
};

// Reads a BDPM folder as the ANSM publishes it, from 2017 to today: columns added at the end
// over the years, dates as DD/MM/YYYY, prices with a decimal comma (and, in some releases, a
// thousands separator), rates as "65 %" or "65%".
class BdpmReleaseReader
{
    Q_DECLARE_TR_FUNCTIONS(relais::BdpmReleaseReader)

public:
    static constexpr auto SpecialtiesFile = "CIS_bdpm.txt";
    static constexpr auto PresentationsFile = "CIS_CIP_bdpm.txt";
    static constexpr auto CompositionsFile = "CIS_COMPO_bdpm.txt";
    static constexpr auto GenericsFile = "CIS_GENER_bdpm.txt";
    static constexpr auto ConditionsFile = "CIS_CPD_bdpm.txt";

    // Every file must be there: a folder without one of them is not a release (or the wrong
    // folder), and is refused naming what is missing.
    static Result<BdpmRelease> read(const QString &folder);

    // "12/03/1998"; invalid when not a date in that form.
    static QDate date(const QString &text);
    // "65%", "65 %", "100 %"; none when empty or not a rate.
    static std::optional<int> rate(const QString &text);
    // "44,38", "1 017,02", "1.017,02", "1017.02"; none when empty or not a price.
    static std::optional<qint64> priceCents(const QString &text);
};

} // namespace relais
