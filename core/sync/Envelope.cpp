#include "Envelope.h"

#include "util/SodiumBytes.h"

#include <sodium.h>

#include <array>

namespace relais {

namespace {

constexpr char Version = 1;
constexpr qsizetype NonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr qsizetype TagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr qsizetype SignatureBytes = crypto_sign_BYTES;
constexpr int LargeStep = 64 * 1024;

} // namespace

SecureBytes Envelope::newSyncKey()
{
    SecureBytes key(KeyBytes);
    crypto_aead_xchacha20poly1305_ietf_keygen(key.data());
    return key;
}

int Envelope::bucketFor(qsizetype size)
{
    // One byte more than the message: sodium_pad always adds at least one.
    const qsizetype needed = size + 1;
    int bucket = 256;
    while (bucket < needed && bucket < LargeStep)
        bucket *= 2;
    if (bucket >= needed)
        return bucket;
    return static_cast<int>((needed + LargeStep - 1) / LargeStep * LargeStep);
}

namespace {

// A UUID of version 4 from 16 bytes: its version and variant bits set, the rest kept.
QString uuidFrom(std::array<unsigned char, 16> bytes)
{
    bytes[6] = static_cast<unsigned char>((bytes[6] & 0x0f) | 0x40);
    bytes[8] = static_cast<unsigned char>((bytes[8] & 0x3f) | 0x80);
    const QByteArray hex = QByteArray(reinterpret_cast<const char *>(bytes.data()), 16).toHex();
    return QString::fromLatin1(hex.left(8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-' +
                               hex.mid(16, 4) + '-' + hex.mid(20));
}

} // namespace

QString Envelope::idFor(const QString &changeId, const SecureBytes &syncKey)
{
    // A key of its own, derived from the practice's: the sealing key serves one purpose only.
    SecureBytes idKey(crypto_generichash_KEYBYTES);
    crypto_kdf_derive_from_key(idKey.data(), idKey.size(), 1, "relaisid", syncKey.data());
    const QByteArray id = changeId.toUtf8();
    std::array<unsigned char, 16> hash{};
    crypto_generichash(hash.data(), hash.size(), reinterpret_cast<const unsigned char *>(id.data()),
                       static_cast<unsigned long long>(id.size()), idKey.data(), idKey.size());
    return uuidFrom(hash);
}

QString Envelope::randomId()
{
    std::array<unsigned char, 16> bytes{};
    randombytes_buf(bytes.data(), bytes.size());
    return uuidFrom(bytes);
}

QByteArray Envelope::associatedData(const EnvelopeHeader &header)
{
    return QByteArrayLiteral("relais-envelope-1\x1f") + header.envelopeId.toUtf8() + '\x1f' +
           header.practiceId.toUtf8() + '\x1f' + header.deviceId.toUtf8() + '\x1f' +
           QByteArray::number(header.epoch);
}

SealedEnvelope Envelope::seal(const EnvelopeHeader &header, const QByteArray &plaintext,
                              const SecureBytes &syncKey, const DeviceKeys &signer)
{
    const int bucket = bucketFor(plaintext.size());
    // The bucket as the block size: every message of the bucket comes out exactly as long.
    QByteArray padded = plaintext;
    padded.resize(bucket);
    std::size_t paddedLength = 0;
    sodium_pad(&paddedLength, outBytes(padded), static_cast<std::size_t>(plaintext.size()),
               static_cast<std::size_t>(bucket), static_cast<std::size_t>(bucket));

    const QByteArray ad = associatedData(header);
    QByteArray out(1 + NonceBytes + padded.size() + TagBytes, Qt::Uninitialized);
    out[0] = Version;
    unsigned char *nonce = outBytes(out) + 1;
    randombytes_buf(nonce, NonceBytes);
    unsigned long long cipherLength = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        nonce + NonceBytes, &cipherLength, inBytes(padded),
        static_cast<unsigned long long>(padded.size()), inBytes(ad),
        static_cast<unsigned long long>(ad.size()), nullptr, nonce, syncKey.data());
    wipe(padded);
    out.append(signer.sign(ad + out));

    SealedEnvelope envelope;
    envelope.header = header;
    envelope.paddedSize = bucket;
    envelope.sealed = out;
    return envelope;
}

Result<QByteArray> Envelope::open(const SealedEnvelope &envelope, const SecureBytes &syncKey,
                                  const QByteArray &signerPublic)
{
    const QByteArray &sealed = envelope.sealed;
    if (sealed.size() < 1 + NonceBytes + TagBytes + SignatureBytes)
        return fail(ErrorCode::Corrupt, tr("The envelope is cut short."));
    if (sealed.at(0) != Version)
        return fail(ErrorCode::TooNew, tr("The envelope was sealed in a format this version of "
                                          "Relais does not know."));
    const QByteArray ad = associatedData(envelope.header);
    const QByteArray body = sealed.first(sealed.size() - SignatureBytes);
    if (!DeviceKeys::verify(sealed.last(SignatureBytes), ad + body, signerPublic))
        return fail(ErrorCode::Corrupt,
                    tr("The envelope's signature does not match the workstation it names."));
    if (syncKey.size() != KeyBytes)
        return fail(ErrorCode::WrongKey, tr("No practice key for this envelope's epoch."));
    const unsigned char *nonce = inBytes(body) + 1;
    const qsizetype cipherLength = body.size() - 1 - NonceBytes;
    QByteArray padded(cipherLength - TagBytes, Qt::Uninitialized);
    unsigned long long plainLength = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            outBytes(padded), &plainLength, nullptr, nonce + NonceBytes,
            static_cast<unsigned long long>(cipherLength), inBytes(ad),
            static_cast<unsigned long long>(ad.size()), nonce, syncKey.data()) != 0)
        return fail(ErrorCode::WrongKey,
                    tr("The envelope does not open with the practice's key of its epoch."));
    std::size_t length = 0;
    if (sodium_unpad(&length, inBytes(padded), static_cast<std::size_t>(plainLength),
                     static_cast<std::size_t>(plainLength)) != 0)
        return fail(ErrorCode::Corrupt, tr("The envelope's padding is damaged."));
    padded.truncate(static_cast<qsizetype>(length));
    return padded;
}

} // namespace relais
