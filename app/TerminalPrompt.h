#pragma once

#include "util/Result.h"
#include "util/SecureBytes.h"

namespace relais {

// Asks for a secret on the terminal with echo off, or reads a line from standard input when it is
// not a terminal (scripts). The answer stays in secure memory.
Result<SecureBytes> askSecret(const QString &question);

} // namespace relais
