#include "RecoveryCode.h"

#include <sodium.h>

namespace relais {

namespace {

constexpr char Alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr std::size_t KeyBytes = 32;
constexpr std::size_t CheckBytes = 2;
constexpr std::size_t PayloadBytes = KeyBytes + CheckBytes;               // 272 bits
constexpr int Symbols = RecoveryCode::Groups * RecoveryCode::GroupLength; // 55 x 5 = 275 bits

void checksum(const unsigned char *key, unsigned char *out)
{
    crypto_generichash(out, CheckBytes + 14, key, KeyBytes, nullptr, 0); // 16 bytes minimum
}

int symbolValue(QChar c)
{
    const char upper = static_cast<char>(c.toUpper().toLatin1());
    switch (upper) {
    case 'O': return 0;
    case 'I':
    case 'L': return 1;
    default: break;
    }
    for (int i = 0; i < 32; ++i) {
        if (Alphabet[i] == upper)
            return i;
    }
    return -1;
}

} // namespace

SecureBytes RecoveryCode::format(const SecureBytes &key)
{
    if (key.size() != KeyBytes)
        return SecureBytes();
    SecureBytes payload(PayloadBytes);
    std::copy(key.data(), key.data() + KeyBytes, payload.data());
    SecureBytes sum(CheckBytes + 14);
    checksum(key.data(), sum.data());
    std::copy(sum.data(), sum.data() + CheckBytes, payload.data() + KeyBytes);

    SecureBytes text(static_cast<std::size_t>(Symbols + Groups - 1));
    std::size_t out = 0;
    for (int s = 0; s < Symbols; ++s) {
        if (s > 0 && s % GroupLength == 0)
            text.data()[out++] = '-';
        int value = 0;
        for (int b = 0; b < 5; ++b) {
            const int bit = s * 5 + b;
            const int byte = bit / 8;
            const int set = byte < static_cast<int>(PayloadBytes)
                                ? (payload.data()[byte] >> (7 - bit % 8)) & 1
                                : 0;
            value = (value << 1) | set;
        }
        text.data()[out++] = static_cast<unsigned char>(Alphabet[value]);
    }
    return text;
}

Result<SecureBytes> RecoveryCode::parse(const QString &typed)
{
    SecureBytes values(static_cast<std::size_t>(Symbols));
    int count = 0;
    for (const QChar c : typed) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        const int value = symbolValue(c);
        if (value < 0)
            return fail(ErrorCode::InvalidInput,
                        tr("“%1” cannot appear in a recovery code.").arg(c));
        if (count == Symbols)
            return fail(ErrorCode::InvalidInput, tr("This recovery code is too long: it has %1 "
                                                    "characters.")
                                                     .arg(Symbols));
        values.data()[count++] = static_cast<unsigned char>(value);
    }
    if (count != Symbols)
        return fail(
            ErrorCode::InvalidInput,
            tr("A recovery code has %1 characters; %2 were typed.").arg(Symbols).arg(count));

    SecureBytes payload(PayloadBytes);
    for (int bit = 0; bit < static_cast<int>(PayloadBytes) * 8; ++bit) {
        const int set = (values.data()[bit / 5] >> (4 - bit % 5)) & 1;
        payload.data()[bit / 8] =
            static_cast<unsigned char>(payload.data()[bit / 8] | (set << (7 - bit % 8)));
    }
    SecureBytes key(payload.data(), KeyBytes);
    SecureBytes sum(CheckBytes + 14);
    checksum(key.data(), sum.data());
    if (sodium_memcmp(sum.data(), payload.data() + KeyBytes, CheckBytes) != 0)
        return fail(ErrorCode::InvalidInput,
                    tr("This recovery code has a typing mistake: check each group again."));
    return key;
}

} // namespace relais
