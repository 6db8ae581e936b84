#include "BdpmText.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

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
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.exists())
        return fail(ErrorCode::NotFound, tr("%1 is missing.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("%1 cannot be read: %2.").arg(path, file.errorString()));
    const QByteArray content = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail(ErrorCode::Io, tr("%1 cannot be read: %2.").arg(path, file.errorString()));

    BdpmTable table;
    int lineNumber = 0;
    qsizetype start = 0;
    while (start < content.size()) {
        qsizetype end = content.indexOf('\n', start);
        if (end < 0)
            end = content.size();
        QByteArrayView line(content.constData() + start, end - start);
        start = end + 1;
        ++lineNumber;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        QStringList fields = decodeLine(line).split(QLatin1Char('\t'));
        if (fields.size() > columns && fields.constLast().trimmed().isEmpty())
            fields.removeLast();
        if (fields.size() < columns) {
            table.skipped.append(tr("%1, line %2: %3 columns where %4 are expected")
                                     .arg(name)
                                     .arg(lineNumber)
                                     .arg(fields.size())
                                     .arg(columns));
            continue;
        }
        table.rows.append({lineNumber, fields});
    }
    return table;
}

} // namespace relais
