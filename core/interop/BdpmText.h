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

// A BDPM file as read: its good rows, a sentence for each line that was skipped, and what tells
// a whole file from a damaged one.
struct BdpmTable
{
    QList<BdpmRow> rows;
    QStringList skipped;      // "CIS_COMPO_bdpm.txt, line 12: 5 columns where 8 are expected"
    int lines = 0;            // lines that hold something, read or skipped
    bool endsMidLine = false; // the last line has no line end: the file was cut short
};

// The ANSM publishes its drug files as tab-separated text without header or quoting, in
// windows-1252 in older releases and UTF-8 in newer ones, with CRLF, LF (or, once re-saved on
// an old Mac, CR alone) and some with a trailing tab. This reads any of them the same way, and
// never trusts them further than a published file could go.
class BdpmText
{
    Q_DECLARE_TR_FUNCTIONS(relais::BdpmText)

public:
    // The largest BDPM file (CIS_CIP) is about 4 MB in 2017 and grows slowly: 64 MiB is far
    // above any release, and far below what would hurt to read.
    static constexpr qint64 MaxFileBytes = 64LL * 1024 * 1024;
    // The longest published line (a HAS opinion in CIS_HAS_SMR) is about 2,100 bytes.
    static constexpr int MaxLineBytes = 16 * 1024;

    // Decodes one line: UTF-8 when it is valid UTF-8, windows-1252 otherwise (a release may mix
    // both, line by line).
    static QString decodeLine(QByteArrayView bytes);
    // Reads a file whose rows have exactly `columns` columns (an empty last one, left by a
    // trailing tab, is dropped). A missing file, a file that is not a regular one (a pipe, a
    // device) or one too large to be a BDPM file is an error, refused before reading; a line with
    // the wrong number of columns, a control character or an impossible length is skipped and
    // named.
    static Result<BdpmTable> read(const QString &path, int columns);
    // The same for a file whose releases differ in columns added at the end over the years
    // (CIS_CIP_bdpm: 12 in 2017, 13 since): rows of `fewest` to `most` columns are read.
    static Result<BdpmTable> read(const QString &path, int fewest, int most);

    // A published file reads whole; a few odd lines are tolerated, not more.
    static constexpr int SkippedLinesTolerated = 10;
    static constexpr double SkippedShareTolerated = 0.01;
    // Whether files read as `lines` lines, of which `skipped` were not read and `cutShort` ended
    // mid-line, were read whole: refused (ErrorCode::Implausible) with the reason otherwise. The
    // drug database and the interaction thesaurus are judged alike.
    static Status readWhole(const QStringList &cutShort, const QStringList &skipped, int lines);
};

} // namespace relais
