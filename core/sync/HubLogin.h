#pragma once

#include "util/SecureBytes.h"

#include <QString>

namespace relais {

// A workstation's own login on the hub: a PostgreSQL role, and its password. The hub is told
// only the password's SCRAM-SHA-256 verifier (RFC 7677, as PostgreSQL stores it), made here:
// the password never leaves the workstations, not even in a statement the hub could log.
struct HubLogin
{
    QString role;
    SecureBytes password;

    // A new password, 160 random bits in letters and digits.
    static SecureBytes newPassword();
    // "SCRAM-SHA-256$4096:salt$StoredKey:ServerKey" for `password`, with a fresh salt.
    static QString scramVerifier(const SecureBytes &password);
    // PBKDF2 with HMAC-SHA-256 (RFC 8018), the heart of SCRAM's verifier.
    static SecureBytes pbkdf2Sha256(const SecureBytes &password, const QByteArray &salt,
                                    int iterations, std::size_t length);
    // Role names Relais makes: letters, digits and underscores, at most 63 (PostgreSQL's).
    static bool isRoleName(const QString &role);
};

} // namespace relais
