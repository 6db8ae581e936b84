#pragma once

#include "util/SecureBytes.h"

#include <sodium.h>

#include <iostream>
#include <optional>
#include <string>

namespace relais::test {

// The vault key a test hands to a child process it will kill: one line of hex on standard input
// (never in the arguments, which other users see).
inline std::optional<SecureBytes> keyFromStandardInput()
{
    std::string hex;
    std::getline(std::cin, hex);
    SecureBytes key(32);
    const bool read = sodium_hex2bin(key.data(), key.size(), hex.c_str(), hex.size(), nullptr,
                                     nullptr, nullptr) == 0;
    sodium_memzero(hex.data(), hex.size());
    if (!read)
        return std::nullopt;
    return key;
}

} // namespace relais::test
