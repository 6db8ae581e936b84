#include "BdpmText.h"

#include "util/InputFile.h"

#include <QFileInfo>
#include <QStringDecoder>

#include <algorithm>
#include <cmath>

namespace relais {

namespace {

// windows-1252 differs from Latin-1 only in 0x80–0x9F, where it has typographic signs (’ is
// 0x92 in the BDPM). Undefined bytes there map to U+FFFD.
constexpr char16_t Cp1252High[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

QString fromWindows1252(QByteArrayView bytes)
{
    QString text;
    text.reserve(bytes.size());
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x80 && byte < 0xA0)
            text.append(QChar(Cp1252High[byte - 0x80]));
        else
            text.append(QChar(static_cast<char16_t>(byte)));
    }
    return text;
}

// A tab separates columns; any other control character (NUL, a form feed, C1 controls written
// as UTF-8) has no place in a drug's name and means the file is not text as published.
bool holdsControlCharacter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return c != QLatin1Char('\t') && c.category() == QChar::Other_Control;
    });
}

} // namespace

QString BdpmText::decodeLine(QByteArrayView bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text;
    return fromWindows1252(bytes);
}

Result<BdpmTable> BdpmText::read(const QString &path, int columns)
{
    return read(path, columns, columns);
}

Result<BdpmTable> BdpmText::read(const QString &path, int fewest, int most)
{
    const QString name = QFileInfo(path).fileName();
    auto read = InputFile::read(path, MaxFileBytes);
    if (!read)
        return std::unexpected(read.error());
    const QByteArray &content = *read;

    BdpmTable table;
    const auto skip = [&](int line, const QString &why) {
        table.skipped.append(tr("%1, line %2: %3").arg(name).arg(line).arg(why));
    };
    int lineNumber = 0;
    qsizetype start = 0;
    while (start < content.size()) {
        // A line ends at LF, CRLF or a lone CR.
        qsizetype end = start;
        while (end < content.size() && content.at(end) != '\n' && content.at(end) != '\r')
            ++end;
        const QByteArrayView line(content.constData() + start, end - start);
        const bool terminated = end < content.size();
        start = end + 1;
        if (terminated && content.at(end) == '\r' && start < content.size() &&
            content.at(start) == '\n')
            ++start;
        ++lineNumber;
        if (!terminated)
            table.endsMidLine = true;
        if (line.trimmed().isEmpty())
            continue;
        ++table.lines;
        if (line.size() > MaxLineBytes) {
            skip(lineNumber,
                 tr("longer than %1 bytes, which no line of the database is").arg(MaxLineBytes));
            continue;
        }
        const QString text = decodeLine(line);
        if (holdsControlCharacter(text)) {
            skip(lineNumber, tr("holds a control character (the file is not text as published)"));
            continue;
        }
        QStringList fields = text.split(QLatin1Char('\t'));
        if (fields.size() > fewest && fields.constLast().trimmed().isEmpty())
            fields.removeLast();
        if (fields.size() < fewest || fields.size() > most) {
            skip(lineNumber,
                 fewest == most
                     ? tr("%1 columns where %2 are expected").arg(fields.size()).arg(fewest)
                     : tr("%1 columns where %2 to %3 are expected")
                           .arg(fields.size())
                           .arg(fewest)
                           .arg(most));
            continue;
        }
        table.rows.append({lineNumber, fields});
    }
    return table;
}

Status BdpmText::readWhole(const QStringList &cutShort, const QStringList &skipped, int lines)
{
    if (!cutShort.isEmpty())
        return fail(ErrorCode::Implausible,
                    tr("%1 ends in the middle of a line: the file was cut short (an interrupted "
                       "download or copy). Download it again.")
                        .arg(cutShort.join(QStringLiteral(", "))));
    const auto count = static_cast<int>(skipped.size());
    const int tolerated = std::max(SkippedLinesTolerated,
                                   static_cast<int>(std::floor(lines * SkippedShareTolerated)));
    if (count > tolerated)
        return fail(ErrorCode::Implausible,
                    tr("%1 lines of %2 cannot be read (the first: %3): the files are damaged or "
                       "are not the ones the ANSM publishes.")
                        .arg(count)
                        .arg(lines)
                        .arg(skipped.first()));
    return {};
}

} // namespace relais
