#include "Uuid7.h"

#include <QDateTime>
#include <QRegularExpression>

#include <sodium.h>

#include <array>

namespace relais {

QString Uuid7::generateAt(qint64 unixMs)
{
    std::array<unsigned char, 16> bytes{};
    randombytes_buf(bytes.data(), bytes.size());
    const auto ms = static_cast<quint64>(unixMs);
    for (int i = 0; i < 6; ++i)
        bytes[static_cast<std::size_t>(i)] = static_cast<unsigned char>(ms >> (40 - 8 * i));
    bytes[6] = static_cast<unsigned char>(0x70 | (bytes[6] & 0x0F)); // version 7
    bytes[8] = static_cast<unsigned char>(0x80 | (bytes[8] & 0x3F)); // RFC variant
    const QByteArray hex = QByteArray(reinterpret_cast<const char *>(bytes.data()), 16).toHex();
    return QString::fromLatin1(hex.left(8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-' +
                               hex.mid(16, 4) + '-' + hex.mid(20));
}

bool Uuid7::isValid(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    return pattern.match(text).hasMatch();
}

qint64 Uuid7::timestampMs(const QString &text)
{
    if (!isValid(text))
        return -1;
    const QString hex = text.left(8) + text.mid(9, 4);
    return hex.toLongLong(nullptr, 16);
}

} // namespace relais
