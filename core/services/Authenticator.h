#pragma once

#include "security/Session.h"
#include "util/Result.h"

#include <QCoreApplication>

#include <functional>

namespace relais {

class Vault;

// Logging in, switching user and unlocking, with a delay that grows after five wrong passwords
// in a row for one login. The count is kept in the vault, so that every window and every
// `relais --user` process of this workstation sees the same one: guessing from a script gets
// no further than guessing at the desk.
class Authenticator
{
    Q_DECLARE_TR_FUNCTIONS(relais::Authenticator)

public:
    static constexpr int FreeAttempts = 5;
    static constexpr qint64 FirstDelayMs = 30'000;
    static constexpr qint64 LongestDelayMs = 300'000;

    explicit Authenticator(Vault &vault);

    // Denied with the reason: wrong login or password (never saying which), disabled account,
    // a password longer than any Relais accepts, or the time still to wait. An unknown login
    // costs the same time and is slowed the same way as a known one.
    Result<Session> logIn(const QString &login, const QString &password);
    // How long before another try for this login is allowed (0 when it is).
    qint64 waitMs(const QString &login) const;
    int failuresInARow(const QString &login) const;

private:
    struct Throttle
    {
        int failures = 0;
        qint64 blockedUntil = 0;
    };
    Throttle throttle(const QString &login) const;
    // Counts the failure and audits it in one transaction.
    Status recordFailure(const QString &login, const QString &userId);

    Vault &m_vault;
};

} // namespace relais
