#pragma once

#include "util/Result.h"
#include "util/SecureBytes.h"

#include <QCoreApplication>

namespace relais {

// The vault key kept in a file, wrapped by a passphrase, for workstations where no keychain
// answers: the passphrase is stretched with Argon2id and the key sealed with
// XChaCha20-Poly1305, the file's header (format, cost, salt, nonce) as associated data so that
// none of it can be altered unnoticed.
class WrappedKeyFile
{
    Q_DECLARE_TR_FUNCTIONS(relais::WrappedKeyFile)

public:
    struct Cost
    {
        quint64 opsLimit;
        quint64 memLimit;
        // libsodium's MODERATE (3 passes, 256 MiB): about a second here, once per start.
        static Cost standard();
        // libsodium's INTERACTIVE: for tests, which derive many keys.
        static Cost quick();
    };

    static constexpr int MinimumPassphraseLength = 10;

    static Status write(const QString &path, const SecureBytes &key, const SecureBytes &passphrase,
                        Cost cost = Cost::standard());
    // WrongKey when the passphrase is wrong; Corrupt when the file is damaged.
    static Result<SecureBytes> read(const QString &path, const SecureBytes &passphrase);
    // A reason to refuse a new passphrase, or an empty string.
    static QString weakness(const SecureBytes &passphrase);
};

} // namespace relais
