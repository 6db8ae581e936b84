#include "QrCode.h"

#include <qrencode.h>

#include <memory>

namespace relais {

namespace {

constexpr int QuietZone = 4; // modules of white around the code, as the standard asks

} // namespace

QrCode QrCode::encode(const QByteArray &text)
{
    QrCode code;
    // Version 0: the smallest that holds the text. Byte mode keeps the text as it is.
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> encoded(
        QRcode_encodeData(static_cast<int>(text.size()),
                          reinterpret_cast<const unsigned char *>(text.constData()), 0,
                          QR_ECLEVEL_M),
        &QRcode_free);
    if (!encoded)
        return code;
    code.m_size = encoded->width;
    const qsizetype count = qsizetype(code.m_size) * code.m_size;
    code.m_modules.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        code.m_modules.append((encoded->data[i] & 0x1) != 0); // bit 0: dark
    return code;
}

bool QrCode::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_modules.at(qsizetype(y) * m_size + x);
}

QImage QrCode::image(int scale) const
{
    const int side = (m_size + 2 * QuietZone) * scale;
    QImage picture(side, side, QImage::Format_Mono);
    picture.fill(1); // index 1 is white in the palette below
    picture.setColor(0, qRgb(0, 0, 0));
    picture.setColor(1, qRgb(255, 255, 255));
    for (int y = 0; y < m_size; ++y)
        for (int x = 0; x < m_size; ++x)
            if (isDark(x, y))
                for (int dy = 0; dy < scale; ++dy)
                    for (int dx = 0; dx < scale; ++dx)
                        picture.setPixel((x + QuietZone) * scale + dx, (y + QuietZone) * scale + dy,
                                         0);
    return picture;
}

} // namespace relais
