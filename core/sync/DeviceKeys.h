#pragma once

#include "util/Result.h"
#include "util/SecureBytes.h"

#include <QByteArray>
#include <QCoreApplication>

namespace relais {

// A workstation's own key pairs for sync: Ed25519 to sign what it pushes, so that no one else
// (the hub included) can make a change look like its own; X25519 to receive the practice's key
// sealed to it when it joins. The secret halves stay in secure memory.
class DeviceKeys
{
    Q_DECLARE_TR_FUNCTIONS(relais::DeviceKeys)

public:
    struct Public
    {
        QByteArray sign; // Ed25519, 32 bytes
        QByteArray box;  // X25519, 32 bytes
    };

    static DeviceKeys generate();
    // From the secret halves as stored; refused when they are not of the right size.
    static Result<DeviceKeys> fromSecrets(SecureBytes signSecret, SecureBytes boxSecret);

    const Public &publicKeys() const { return m_public; }
    const SecureBytes &signSecret() const { return m_signSecret; }
    const SecureBytes &boxSecret() const { return m_boxSecret; }

    QByteArray sign(const QByteArray &message) const;
    static bool verify(const QByteArray &signature, const QByteArray &message,
                       const QByteArray &signPublic);

    // Seals bytes to a workstation's box key: only its secret half opens them (an anonymous
    // sealed box; who sent it is proved by other means).
    static QByteArray sealTo(const QByteArray &boxPublic, const SecureBytes &secret);
    Result<SecureBytes> openSealed(const QByteArray &sealed) const;

private:
    DeviceKeys() = default;
    Public m_public;
    SecureBytes m_signSecret;
    SecureBytes m_boxSecret;
};

} // namespace relais
