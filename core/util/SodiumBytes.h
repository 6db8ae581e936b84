#pragma once

#include <QByteArray>

namespace relais {

// libsodium takes `unsigned char` buffers; QByteArray holds `char`. One cast, named for its
// direction, instead of a reinterpret_cast at every call.
inline const unsigned char *inBytes(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData());
}

// Detaches `array` (QByteArray::data()): write into it only after sizing it.
inline unsigned char *outBytes(QByteArray &array)
{
    return reinterpret_cast<unsigned char *>(array.data());
}

} // namespace relais
