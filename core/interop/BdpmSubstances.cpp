#include "BdpmSubstances.h"

#include "BdpmText.h"

#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace relais {

Result<BdpmSubstanceList> BdpmSubstances::read(const QString &compositionFile)
{
    auto table = BdpmText::read(compositionFile, 8);
    if (!table)
        return std::unexpected(table.error());
    const QString fileName = QFileInfo(compositionFile).fileName();
    BdpmSubstanceList list;
    list.skipped = table->skipped;
    QSet<QString> seen;
    for (const BdpmRow &row : std::as_const(table->rows)) {
        const QString code = row.columns.at(2).trimmed();
        const QString name = row.columns.at(3).simplified();
        const bool codeIsNumber =
            !code.isEmpty() &&
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

} // namespace relais
