#include "DeviceKeys.h"

#include "util/SodiumBytes.h"

#include <sodium.h>

namespace relais {

DeviceKeys DeviceKeys::generate()
{
    DeviceKeys keys;
    keys.m_signSecret = SecureBytes(crypto_sign_SECRETKEYBYTES);
    keys.m_boxSecret = SecureBytes(crypto_box_SECRETKEYBYTES);
    keys.m_public.sign.resize(crypto_sign_PUBLICKEYBYTES);
    keys.m_public.box.resize(crypto_box_PUBLICKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(keys.m_public.sign.data()),
                        keys.m_signSecret.data());
    crypto_box_keypair(reinterpret_cast<unsigned char *>(keys.m_public.box.data()),
                       keys.m_boxSecret.data());
    return keys;
}

Result<DeviceKeys> DeviceKeys::fromSecrets(SecureBytes signSecret, SecureBytes boxSecret)
{
    if (signSecret.size() != crypto_sign_SECRETKEYBYTES ||
        boxSecret.size() != crypto_box_SECRETKEYBYTES)
        return fail(ErrorCode::Corrupt, tr("This workstation's sync keys are damaged."));
    DeviceKeys keys;
    keys.m_public.sign.resize(crypto_sign_PUBLICKEYBYTES);
    keys.m_public.box.resize(crypto_box_PUBLICKEYBYTES);
    crypto_sign_ed25519_sk_to_pk(reinterpret_cast<unsigned char *>(keys.m_public.sign.data()),
                                 signSecret.data());
    crypto_scalarmult_base(reinterpret_cast<unsigned char *>(keys.m_public.box.data()),
                           boxSecret.data());
    keys.m_signSecret = std::move(signSecret);
    keys.m_boxSecret = std::move(boxSecret);
    return keys;
}

QByteArray DeviceKeys::sign(const QByteArray &message) const
{
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         inBytes(message), static_cast<unsigned long long>(message.size()),
                         m_signSecret.data());
    return signature;
}

bool DeviceKeys::verify(const QByteArray &signature, const QByteArray &message,
                        const QByteArray &signPublic)
{
    if (signature.size() != crypto_sign_BYTES || signPublic.size() != crypto_sign_PUBLICKEYBYTES)
        return false;
    return crypto_sign_verify_detached(inBytes(signature), inBytes(message),
                                       static_cast<unsigned long long>(message.size()),
                                       inBytes(signPublic)) == 0;
}

QByteArray DeviceKeys::sealTo(const QByteArray &boxPublic, const SecureBytes &secret)
{
    if (boxPublic.size() != crypto_box_PUBLICKEYBYTES)
        return {};
    QByteArray sealed(static_cast<qsizetype>(secret.size() + crypto_box_SEALBYTES),
                      Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char *>(sealed.data()), secret.data(), secret.size(),
                    inBytes(boxPublic));
    return sealed;
}

Result<SecureBytes> DeviceKeys::openSealed(const QByteArray &sealed) const
{
    if (sealed.size() <= static_cast<qsizetype>(crypto_box_SEALBYTES))
        return fail(ErrorCode::Corrupt, tr("The sealed key received is too short."));
    SecureBytes opened(static_cast<std::size_t>(sealed.size()) - crypto_box_SEALBYTES);
    if (crypto_box_seal_open(opened.data(), inBytes(sealed),
                             static_cast<unsigned long long>(sealed.size()),
                             reinterpret_cast<const unsigned char *>(m_public.box.constData()),
                             m_boxSecret.data()) != 0)
        return fail(ErrorCode::WrongKey,
                    tr("The sealed key received was not sealed to this workstation."));
    return opened;
}

} // namespace relais
