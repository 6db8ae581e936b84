#include "BdpmSubstances.h"

#include "BdpmText.h"

#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace relais {

int BdpmSubstanceList::codes() const
{
    QSet<QString> distinct;
    for (const DrugSubstance &s : substances)
        distinct.insert(s.code);
    return static_cast<int>(distinct.size());
}

Result<BdpmSubstanceList> BdpmSubstances::read(const QString &compositionFile)
{
    auto table = BdpmText::read(compositionFile, 8);
    if (!table)
        return std::unexpected(table.error());
    const QString fileName = QFileInfo(compositionFile).fileName();
    BdpmSubstanceList list;
    list.file = fileName;
    list.skipped = table->skipped;
    list.lines = table->lines;
    list.endsMidLine = table->endsMidLine;
    QSet<QString> seen;
    for (const BdpmRow &row : std::as_const(table->rows)) {
        const QString code = row.columns.at(2).trimmed();
        const QString name = row.columns.at(3).simplified();
        const bool codeIsNumber =
            !code.isEmpty() && code.size() <= 10 &&
            std::all_of(code.cbegin(), code.cend(), [](QChar c) { return c.isDigit(); });
        if (!codeIsNumber || name.isEmpty()) {
            list.skipped.append(
                tr("%1, line %2: no substance code or name").arg(fileName).arg(row.line));
            continue;
        }
        ++list.linesRead;
        const QString pair = code + QLatin1Char('\t') + name;
        if (seen.contains(pair))
            continue;
        seen.insert(pair);
        list.substances.append(DrugSubstance{code, name});
    }
    std::sort(list.substances.begin(), list.substances.end(),
              [](const DrugSubstance &a, const DrugSubstance &b) {
                  return a.code != b.code ? a.code < b.code : a.name < b.name;
              });
    return list;
}

Status BdpmSubstances::plausible(const BdpmSubstanceList &list, int previousCodes)
{
    if (Status whole = BdpmText::readWhole(
            list.endsMidLine ? QStringList{list.file} : QStringList{}, list.skipped, list.lines);
        !whole)
        return whole;
    const int codes = list.codes();
    if (codes < MinimumCodes)
        return fail(ErrorCode::Implausible,
                    tr("%1 holds only %2 substances, where every release of the drug database "
                       "holds over %3: it is not a whole release.")
                        .arg(list.file)
                        .arg(codes)
                        .arg(MinimumCodes));
    if (previousCodes > 0 && codes < previousCodes * MinimumShareOfPrevious)
        return fail(ErrorCode::Implausible,
                    tr("%1 holds %2 substances where the release in use holds %3: a release "
                       "never loses so many at once, so this file is probably damaged.")
                        .arg(list.file)
                        .arg(codes)
                        .arg(previousCodes));
    return {};
}

} // namespace relais
