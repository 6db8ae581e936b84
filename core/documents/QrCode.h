#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>

namespace relais {

// A QR code (ISO/IEC 18004), encoded by Debian's libqrencode: a square of modules, dark or
// light, with medium error correction so that a creased paper still reads.
class QrCode
{
public:
    // Empty when the text cannot be encoded (too long for any version).
    static QrCode encode(const QByteArray &text);

    bool isNull() const { return m_size == 0; }
    int size() const { return m_size; } // modules per side, without the quiet zone
    bool isDark(int x, int y) const;
    // The code with its quiet zone of four modules, `scale` pixels a module, black on white.
    QImage image(int scale) const;

private:
    int m_size = 0;
    QList<bool> m_modules;
};

} // namespace relais
