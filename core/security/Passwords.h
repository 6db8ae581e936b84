#pragma once

#include "util/Result.h"
#include "util/SecureBytes.h"

#include <QCoreApplication>

namespace relais {

// Login passwords: how strong a new one must be, and how they are stored (Argon2id through
// libsodium's crypto_pwhash_str, whose text carries its own salt and cost).
class Passwords
{
    Q_DECLARE_TR_FUNCTIONS(relais::Passwords)

public:
    struct Cost
    {
        quint64 opsLimit;
        quint64 memLimit;
        // libsodium's INTERACTIVE: about a tenth of a second here, at each login.
        static Cost standard();
        // The minimum libsodium allows, for tests that create many users.
        static Cost quick();
    };

    static constexpr int MinimumLength = 10;
    // Refused, never cut: a longer password would be silently shortened by some entry paths and
    // only costs hashing time.
    static constexpr int MaximumBytes = 1024;

    // Why a new password is refused, or an empty string. The login and display name are not
    // allowed inside it.
    static QString weakness(const QString &password, const QString &login = {},
                            const QString &displayName = {});
    static Result<QString> hash(const QString &password, Cost cost = Cost::standard());
    static bool verify(const QString &storedHash, const QString &password);
};

} // namespace relais
