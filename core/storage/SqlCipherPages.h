#pragma once

#include "util/SecureBytes.h"

#include <QString>

#include <optional>

namespace relais {

// Checks a key against the pages of a SQLCipher 3 file without SQLite, by each page's HMAC.
// SQLite answers "not a database" both for a wrong key and for a damaged first page (the first
// page it reads); when the key opens the other pages, it is the right key and the file is
// damaged, which calls for a backup, not for the recovery code.
class SqlCipherPages
{
public:
    // SQLCipher 3's page, as Relais pins it (SqlCipherDriver): the unit of the file's size.
    static constexpr qint64 PageSize = 4096;

    // Whether `key` is the key of the pages after the first: nullopt when the file has none to
    // check (or cannot be read).
    static std::optional<bool> keyOpensLaterPages(const QString &path, const SecureBytes &key);
};

} // namespace relais
