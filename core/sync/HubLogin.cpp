#include "HubLogin.h"

#include "util/SodiumBytes.h"

#include <QRegularExpression>

#include <sodium.h>

namespace relais {

namespace {

constexpr int ScramIterations = 4096; // PostgreSQL's own default (scram_iterations)
constexpr std::size_t ScramSaltBytes = 16;
constexpr int PasswordLength = 32; // of 32 symbols: 160 bits
constexpr char PasswordAlphabet[] = "abcdefghijkmnpqrstuvwxyz23456789";

void hmacSha256(const unsigned char *key, std::size_t keyLength, const unsigned char *message,
                std::size_t messageLength, unsigned char *out)
{
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, key, keyLength);
    crypto_auth_hmacsha256_update(&state, message, messageLength);
    crypto_auth_hmacsha256_final(&state, out);
    sodium_memzero(&state, sizeof state);
}

} // namespace

SecureBytes HubLogin::newPassword()
{
    SecureBytes password(PasswordLength);
    for (std::size_t i = 0; i < password.size(); ++i)
        password.data()[i] = static_cast<unsigned char>(PasswordAlphabet[randombytes_uniform(32)]);
    return password;
}

SecureBytes HubLogin::pbkdf2Sha256(const SecureBytes &password, const QByteArray &salt,
                                   int iterations, std::size_t length)
{
    constexpr std::size_t Block = crypto_auth_hmacsha256_BYTES;
    SecureBytes out(length);
    SecureBytes u(Block);
    SecureBytes t(Block);
    QByteArray first = salt;
    first.append(4, '\0');
    for (std::uint32_t index = 1; (index - 1) * Block < length; ++index) {
        first[first.size() - 4] = static_cast<char>(index >> 24);
        first[first.size() - 3] = static_cast<char>(index >> 16);
        first[first.size() - 2] = static_cast<char>(index >> 8);
        first[first.size() - 1] = static_cast<char>(index);
        hmacSha256(password.data(), password.size(), inBytes(first),
                   static_cast<std::size_t>(first.size()), u.data());
        std::copy(u.data(), u.data() + Block, t.data());
        for (int i = 1; i < iterations; ++i) {
            hmacSha256(password.data(), password.size(), u.data(), Block, u.data());
            for (std::size_t b = 0; b < Block; ++b)
                t.data()[b] ^= u.data()[b];
        }
        const std::size_t at = (index - 1) * Block;
        std::copy(t.data(), t.data() + std::min(Block, length - at), out.data() + at);
    }
    return out;
}

QString HubLogin::scramVerifier(const SecureBytes &password)
{
    QByteArray salt(ScramSaltBytes, Qt::Uninitialized);
    randombytes_buf(outBytes(salt), ScramSaltBytes);
    const SecureBytes salted =
        pbkdf2Sha256(password, salt, ScramIterations, crypto_auth_hmacsha256_BYTES);
    const auto keyed = [&](const char *label) {
        QByteArray out(crypto_auth_hmacsha256_BYTES, Qt::Uninitialized);
        hmacSha256(salted.data(), salted.size(), reinterpret_cast<const unsigned char *>(label),
                   std::strlen(label), outBytes(out));
        return out;
    };
    const QByteArray clientKey = keyed("Client Key");
    QByteArray storedKey(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(outBytes(storedKey), inBytes(clientKey),
                       static_cast<unsigned long long>(clientKey.size()));
    const QByteArray serverKey = keyed("Server Key");
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(ScramIterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

bool HubLogin::isRoleName(const QString &role)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z][a-z0-9_]{0,62}$"));
    return valid.match(role).hasMatch();
}

} // namespace relais
