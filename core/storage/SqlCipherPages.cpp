#include "SqlCipherPages.h"

#include <QCryptographicHash>
#include <QFile>

#include <sodium.h>

namespace relais {

namespace {

// SQLCipher 3 defaults, as Relais pins them (SqlCipherDriver): 4 KiB pages; each page ends with
// a 16-byte IV and a 20-byte HMAC-SHA1, the reserve rounded up to 48 bytes; the first 16 bytes
// of the file are the salt; the HMAC key is PBKDF2-HMAC-SHA1 of the raw key over the salt
// XOR 0x3a, 2 iterations; each page's HMAC covers its ciphertext and IV, then its number as four
// little-endian bytes.
constexpr int SaltBytes = 16;
constexpr int IvBytes = 16;
constexpr int HmacBytes = 20;
constexpr int Reserve = 48;
constexpr int KeyBytes = 32;
constexpr unsigned char HmacSaltMask = 0x3a;
constexpr int HmacKdfIterations = 2;
constexpr int PagesChecked = 8;
constexpr int Sha1Block = 64;

// HMAC-SHA1 (RFC 2104) with the padded keys in guarded memory.
QByteArray hmacSha1(const SecureBytes &key, QByteArrayView message)
{
    SecureBytes inner(Sha1Block);
    SecureBytes outer(Sha1Block);
    for (int i = 0; i < Sha1Block; ++i) {
        const unsigned char k = static_cast<std::size_t>(i) < key.size() ? key.data()[i] : 0;
        inner.data()[i] = k ^ 0x36;
        outer.data()[i] = k ^ 0x5c;
    }
    QCryptographicHash first(QCryptographicHash::Sha1);
    first.addData(QByteArrayView(inner.chars(), Sha1Block));
    first.addData(message);
    QCryptographicHash second(QCryptographicHash::Sha1);
    second.addData(QByteArrayView(outer.chars(), Sha1Block));
    second.addData(first.result());
    return second.result();
}

// PBKDF2-HMAC-SHA1 (RFC 8018) of the raw key, KeyBytes long.
SecureBytes hmacKey(const SecureBytes &key, const QByteArray &salt)
{
    QByteArray maskedSalt = salt;
    for (char &c : maskedSalt)
        c = static_cast<char>(static_cast<unsigned char>(c) ^ HmacSaltMask);
    SecureBytes derived(KeyBytes);
    std::size_t written = 0;
    for (quint32 block = 1; written < derived.size(); ++block) {
        QByteArray u = maskedSalt;
        u.append(static_cast<char>(block >> 24))
            .append(static_cast<char>(block >> 16))
            .append(static_cast<char>(block >> 8))
            .append(static_cast<char>(block));
        u = hmacSha1(key, u);
        QByteArray t = u;
        for (int i = 1; i < HmacKdfIterations; ++i) {
            u = hmacSha1(key, u);
            for (int j = 0; j < t.size(); ++j)
                t[j] = static_cast<char>(t.at(j) ^ u.at(j));
        }
        for (int j = 0; j < t.size() && written < derived.size(); ++j)
            derived.data()[written++] = static_cast<unsigned char>(t.at(j));
        sodium_memzero(t.data(), static_cast<std::size_t>(t.size()));
        sodium_memzero(u.data(), static_cast<std::size_t>(u.size()));
    }
    return derived;
}

} // namespace

std::optional<bool> SqlCipherPages::keyOpensLaterPages(const QString &path, const SecureBytes &key)
{
    if (key.size() != KeyBytes)
        return std::nullopt;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() < 2 * SqlCipherPages::PageSize)
        return std::nullopt;
    const QByteArray salt = file.read(SaltBytes);
    if (salt.size() != SaltBytes)
        return std::nullopt;
    const SecureBytes macKey = hmacKey(key, salt);
    const qint64 pages = std::min<qint64>(file.size() / SqlCipherPages::PageSize, PagesChecked + 1);
    for (qint64 number = 2; number <= pages; ++number) {
        if (!file.seek((number - 1) * SqlCipherPages::PageSize))
            return std::nullopt;
        const QByteArray page = file.read(SqlCipherPages::PageSize);
        if (page.size() != SqlCipherPages::PageSize)
            return std::nullopt;
        constexpr int Covered = SqlCipherPages::PageSize - Reserve + IvBytes;
        QByteArray message = page.left(Covered);
        const auto n = static_cast<quint32>(number);
        message.append(static_cast<char>(n))
            .append(static_cast<char>(n >> 8))
            .append(static_cast<char>(n >> 16))
            .append(static_cast<char>(n >> 24));
        // One page that checks out is enough: damage rarely spares the HMAC of a page.
        if (hmacSha1(macKey, message) == page.mid(Covered, HmacBytes))
            return true;
    }
    return false;
}

} // namespace relais
