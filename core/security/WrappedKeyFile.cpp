#include "WrappedKeyFile.h"

#include <QFile>
#include <QSaveFile>
#include <QtEndian>

#include <sodium.h>

#include <array>

namespace relais {

namespace {

constexpr char Magic[] = "RELAISKEY1";
constexpr std::size_t MagicBytes = sizeof(Magic) - 1;
constexpr std::size_t SaltBytes = crypto_pwhash_SALTBYTES;
constexpr std::size_t NonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t WrappingKeyBytes = crypto_aead_xchacha20poly1305_ietf_KEYBYTES;
constexpr std::size_t HeaderBytes = MagicBytes + 8 + 8 + SaltBytes + NonceBytes;
constexpr std::size_t SealedBytes = WrappingKeyBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES;

SecureBytes stretch(const SecureBytes &passphrase, const unsigned char *salt, quint64 ops,
                    quint64 mem)
{
    SecureBytes wrappingKey(WrappingKeyBytes);
    if (crypto_pwhash(wrappingKey.data(), WrappingKeyBytes, passphrase.chars(), passphrase.size(),
                      salt, ops, static_cast<std::size_t>(mem), crypto_pwhash_ALG_ARGON2ID13) != 0)
        return SecureBytes();
    return wrappingKey;
}

} // namespace

WrappedKeyFile::Cost WrappedKeyFile::Cost::standard()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

WrappedKeyFile::Cost WrappedKeyFile::Cost::quick()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

QString WrappedKeyFile::weakness(const SecureBytes &passphrase)
{
    const QString text =
        QString::fromUtf8(passphrase.chars(), static_cast<qsizetype>(passphrase.size()));
    if (text.trimmed().size() < MinimumPassphraseLength)
        return tr("The passphrase needs at least %n characters.", nullptr, MinimumPassphraseLength);
    return {};
}

Status WrappedKeyFile::write(const QString &path, const SecureBytes &key,
                             const SecureBytes &passphrase, Cost cost)
{
    if (key.size() != WrappingKeyBytes)
        return fail(ErrorCode::InvalidInput, tr("A vault key must be 32 bytes."));
    if (const QString reason = weakness(passphrase); !reason.isEmpty())
        return fail(ErrorCode::InvalidInput, reason);

    QByteArray header(static_cast<qsizetype>(HeaderBytes), Qt::Uninitialized);
    auto *h = reinterpret_cast<unsigned char *>(header.data());
    std::copy(Magic, Magic + MagicBytes, h);
    qToBigEndian<quint64>(cost.opsLimit, h + MagicBytes);
    qToBigEndian<quint64>(cost.memLimit, h + MagicBytes + 8);
    unsigned char *salt = h + MagicBytes + 16;
    unsigned char *nonce = salt + SaltBytes;
    randombytes_buf(salt, SaltBytes);
    randombytes_buf(nonce, NonceBytes);

    const SecureBytes wrappingKey = stretch(passphrase, salt, cost.opsLimit, cost.memLimit);
    if (wrappingKey.isEmpty())
        return fail(ErrorCode::Io,
                    tr("Not enough memory to protect the key with this passphrase."));
    QByteArray sealed(static_cast<qsizetype>(SealedBytes), Qt::Uninitialized);
    crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char *>(sealed.data()),
                                               nullptr, key.data(), key.size(), h, HeaderBytes,
                                               nullptr, nonce, wrappingKey.data());

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io,
                    tr("The key file %1 cannot be written: %2").arg(path, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(header);
    file.write(sealed);
    if (!file.commit())
        return fail(ErrorCode::Io,
                    tr("The key file %1 cannot be written: %2").arg(path, file.errorString()));
    return {};
}

Result<SecureBytes> WrappedKeyFile::read(const QString &path, const SecureBytes &passphrase)
{
    QFile file(path);
    if (!file.exists())
        return fail(ErrorCode::NotFound, tr("There is no key file at %1.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io,
                    tr("The key file %1 cannot be read: %2").arg(path, file.errorString()));
    const QByteArray content =
        file.read(static_cast<qint64>(HeaderBytes) + static_cast<qint64>(SealedBytes) + 1);
    if (static_cast<std::size_t>(content.size()) != HeaderBytes + SealedBytes ||
        !content.startsWith(Magic))
        return fail(ErrorCode::Corrupt,
                    tr("The key file %1 is damaged or is not a Relais key file.").arg(path));

    const auto *h = reinterpret_cast<const unsigned char *>(content.constData());
    const quint64 ops = qFromBigEndian<quint64>(h + MagicBytes);
    const quint64 mem = qFromBigEndian<quint64>(h + MagicBytes + 8);
    // Bounds keep a forged header from making us spend minutes or gigabytes.
    if (ops < crypto_pwhash_OPSLIMIT_MIN || ops > 16 || mem < crypto_pwhash_MEMLIMIT_MIN ||
        mem > (quint64(2) << 30))
        return fail(ErrorCode::Corrupt,
                    tr("The key file %1 is damaged or is not a Relais key file.").arg(path));
    const unsigned char *salt = h + MagicBytes + 16;
    const unsigned char *nonce = salt + SaltBytes;

    const SecureBytes wrappingKey = stretch(passphrase, salt, ops, mem);
    if (wrappingKey.isEmpty())
        return fail(ErrorCode::Io, tr("Not enough memory to check the passphrase."));
    SecureBytes key(WrappingKeyBytes);
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(key.data(), nullptr, nullptr, h + HeaderBytes,
                                                   SealedBytes, h, HeaderBytes, nonce,
                                                   wrappingKey.data()) != 0)
        return fail(ErrorCode::WrongKey, tr("The passphrase is wrong."));
    return key;
}

} // namespace relais
