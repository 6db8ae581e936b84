#pragma once

#include "security/Session.h"
#include "util/Result.h"

#include <QCoreApplication>

#include <functional>

namespace relais {

class Vault;

// Logging in, switching user and unlocking, with a delay that grows after five wrong passwords
// in a row on this workstation, so that guessing at the desk gets nowhere.
class Authenticator
{
    Q_DECLARE_TR_FUNCTIONS(relais::Authenticator)

public:
    using Clock = std::function<qint64()>; // milliseconds; the system's by default

    static constexpr int FreeAttempts = 5;
    static constexpr qint64 FirstDelayMs = 30'000;
    static constexpr qint64 LongestDelayMs = 300'000;

    explicit Authenticator(Vault &vault, Clock clock = {});

    // Denied with the reason: wrong login or password (never saying which), disabled account,
    // or the time still to wait.
    Result<Session> logIn(const QString &login, const QString &password);
    // How long before another try is allowed (0 when it is).
    qint64 waitMs() const;
    int failuresInARow() const { return m_failures; }

private:
    void recordFailure();

    Vault &m_vault;
    Clock m_clock;
    int m_failures = 0;
    qint64 m_blockedUntil = 0;
};

} // namespace relais
