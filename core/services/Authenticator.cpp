#include "Authenticator.h"

#include "repositories/UserRepository.h"
#include "security/Passwords.h"
#include "services/UserAccounts.h"
#include "storage/Vault.h"

#include <QDateTime>
#include <QLoggingCategory>

namespace relais {

Q_LOGGING_CATEGORY(lcAuth, "relais.services.authenticator")

namespace {

// Logins are compared as UserAccounts compares them; an unknown one is counted under the same
// key, so that the delay does not tell which logins exist.
QString throttleKey(const QString &login)
{
    return login.trimmed().toLower();
}

// Work equal to checking a real password: the typed one is checked against an account's real
// hash (same cost parameters, same query), and never accepted. Only a vault with no account at
// all, where no one can log in anyway, falls back to a hash made here.
void checkAgainstDecoy(const Vault &vault, const QString &password)
{
    if (auto any = UserRepository(vault).anyPasswordHash(); any && any->has_value()) {
        Passwords::verify(**any, password);
        return;
    }
    static const QString made =
        Passwords::hash(QStringLiteral("relais-decoy-password")).value_or(QString());
    Passwords::verify(made, password);
}

} // namespace

Authenticator::Authenticator(Vault &vault)
    : m_vault(vault)
{}

Authenticator::Throttle Authenticator::throttle(const QString &login) const
{
    const auto stored = UserRepository(m_vault).throttle(throttleKey(login));
    return {stored.failures, stored.blockedUntil};
}

qint64 Authenticator::waitMs(const QString &login) const
{
    return std::max<qint64>(0, throttle(login).blockedUntil - m_vault.clock().nowMs());
}

int Authenticator::failuresInARow(const QString &login) const
{
    return throttle(login).failures;
}

Status Authenticator::recordFailure(const QString &login, const QString &userId)
{
    const QString key = throttleKey(login);
    return m_vault.write(Actor{userId}, [&](RecordWriter &writer) -> Status {
        // Read again under the write lock: another process may have counted one meanwhile.
        const Throttle before = throttle(login);
        const int failures = before.failures + 1;
        qint64 blockedUntil = before.blockedUntil;
        if (failures >= FreeAttempts) {
            // 30 s after the fifth, doubling with each further failure, up to five minutes.
            const int extra = std::min(failures - FreeAttempts, 4);
            blockedUntil =
                m_vault.clock().nowMs() + std::min(LongestDelayMs, FirstDelayMs << extra);
        }
        if (Status saved = UserRepository(m_vault).saveThrottle(key, {failures, blockedUntil});
            !saved)
            return saved;
        qCInfo(lcAuth) << "wrong login or password," << failures << "in a row";
        return writer.logEvent(QStringLiteral("login-failed"), QStringLiteral("session"),
                               userId == QLatin1String("unknown") ? QString() : userId);
    });
}

Result<Session> Authenticator::logIn(const QString &login, const QString &password)
{
    if (password.toUtf8().size() > Passwords::MaximumBytes)
        return fail(ErrorCode::Denied,
                    tr("This password is longer than any Relais accepts (%1 characters at most): "
                       "it was not tried.")
                        .arg(Passwords::MaximumBytes));
    if (const qint64 wait = waitMs(login); wait > 0)
        return fail(ErrorCode::Denied, tr("Too many wrong passwords. Try again in %n seconds.",
                                          nullptr, static_cast<int>((wait + 999) / 1000)));

    UserAccounts accounts(m_vault);
    auto found = accounts.findByLogin(login);
    if (!found)
        return std::unexpected(found.error());
    const Error wrong{ErrorCode::Denied, tr("Wrong login or password.")};
    if (!found->has_value()) {
        checkAgainstDecoy(m_vault, password);
        if (auto counted = recordFailure(login, QStringLiteral("unknown")); !counted)
            return std::unexpected(counted.error());
        return std::unexpected(wrong);
    }
    const UserAccount &account = **found;
    auto stored = accounts.storedHash(account.id);
    if (!stored)
        return std::unexpected(stored.error());
    if (!Passwords::verify(*stored, password)) {
        if (auto counted = recordFailure(login, account.id); !counted)
            return std::unexpected(counted.error());
        return std::unexpected(wrong);
    }
    if (account.disabled) {
        if (auto audited =
                m_vault.audit(Actor{account.id}, QStringLiteral("login-refused-disabled"),
                              QStringLiteral("session"), account.id);
            !audited)
            return std::unexpected(audited.error());
        return fail(
            ErrorCode::Denied,
            tr("This account is disabled. An administrator of the practice can enable it."));
    }
    const Status logged = m_vault.write(Actor{account.id}, [&](RecordWriter &writer) -> Status {
        if (Status cleared = UserRepository(m_vault).clearThrottle(throttleKey(login)); !cleared)
            return cleared;
        return writer.logEvent(QStringLiteral("login"), QStringLiteral("session"), account.id);
    });
    if (!logged)
        return std::unexpected(logged.error());
    return Session{account.id, account.login, account.displayName, account.roles};
}

} // namespace relais
