#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace relais {

// One line of a BDPM file, split on tabs, with where it came from for messages.
struct BdpmRow
{
    int line = 0; // 1-based, as an editor shows it
    QStringList columns;
};

// A BDPM file as read: its good rows, and a sentence for each line that was skipped.
struct BdpmTable
{
    QList<BdpmRow> rows;
    QStringList skipped; // "CIS_COMPO_bdpm.txt, line 12: 5 columns where 8 are expected"
};

// The ANSM publishes its drug files as tab-separated text without header or quoting, in
// windows-1252 in older releases and UTF-8 in newer ones, some with CRLF, some with a trailing
// tab. This reads any of them the same way.
class BdpmText
{
    Q_DECLARE_TR_FUNCTIONS(relais::BdpmText)

public:
    // Decodes one line: UTF-8 when it is valid UTF-8, windows-1252 otherwise (a release may mix
    // both, line by line).
    static QString decodeLine(QByteArrayView bytes);
    // Reads a file whose rows must have at least `columns` columns; a trailing empty column left
    // by a trailing tab is dropped. A missing or unreadable file is an error; a bad line is not.
    static Result<BdpmTable> read(const QString &path, int columns);
};

} // namespace relais
