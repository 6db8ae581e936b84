#pragma once

#include "util/Result.h"
#include "util/SecureBytes.h"

#include <QCoreApplication>

namespace relais {

// The vault key written for people: shown once when the vault is created, typed back in when a
// workstation has lost its keychain entry or a new workstation joins the practice.
//
// Crockford base32 (no I, L, O or U, so nothing reads as another character; those typed by
// mistake are read as 1, 1 and 0), 55 characters in 11 groups of 5, the last 16 bits a BLAKE2b
// checksum of the key so that a typo is reported as a typo, not as "wrong key".
class RecoveryCode
{
    Q_DECLARE_TR_FUNCTIONS(relais::RecoveryCode)

public:
    static constexpr int Groups = 11;
    static constexpr int GroupLength = 5;

    // "ABCDE-FGHJK-…", in secure memory.
    static SecureBytes format(const SecureBytes &key);
    // Accepts any case, spaces or dashes anywhere, and the look-alikes above.
    static Result<SecureBytes> parse(const QString &typed);
};

} // namespace relais
