#include "Authenticator.h"

#include "security/Passwords.h"
#include "services/UserAccounts.h"
#include "storage/Vault.h"

#include <QDateTime>
#include <QLoggingCategory>

namespace relais {

Q_LOGGING_CATEGORY(lcAuth, "relais.services.authenticator")

Authenticator::Authenticator(Vault &vault, Clock clock)
    : m_vault(vault)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
{}

qint64 Authenticator::waitMs() const
{
    return std::max<qint64>(0, m_blockedUntil - m_clock());
}

void Authenticator::recordFailure()
{
    ++m_failures;
    if (m_failures >= FreeAttempts) {
        // 30 s after the fifth, doubling with each further failure, up to five minutes.
        const int extra = std::min(m_failures - FreeAttempts, 4);
        m_blockedUntil = m_clock() + std::min(LongestDelayMs, FirstDelayMs << extra);
    }
}

Result<Session> Authenticator::logIn(const QString &login, const QString &password)
{
    if (const qint64 wait = waitMs(); wait > 0)
        return fail(ErrorCode::Denied, tr("Too many wrong passwords. Try again in %n seconds.",
                                          nullptr, static_cast<int>((wait + 999) / 1000)));

    UserAccounts accounts(m_vault);
    auto found = accounts.findByLogin(login);
    if (!found)
        return std::unexpected(found.error());
    const Error wrong{ErrorCode::Denied, tr("Wrong login or password.")};
    if (!found->has_value()) {
        // Same work as a real check, so that timing does not tell which logins exist.
        static const QString decoy =
            Passwords::hash(QStringLiteral("relais-decoy-password")).value_or(QString());
        Passwords::verify(decoy, password);
        recordFailure();
        m_vault.audit(Actor{QStringLiteral("unknown")}, QStringLiteral("login-failed"),
                      QStringLiteral("session"), QString());
        return std::unexpected(wrong);
    }
    const UserAccount &account = **found;
    auto stored = accounts.storedHash(account.id);
    if (!stored)
        return std::unexpected(stored.error());
    if (!Passwords::verify(*stored, password)) {
        recordFailure();
        m_vault.audit(Actor{account.id}, QStringLiteral("login-failed"), QStringLiteral("session"),
                      account.id);
        qCInfo(lcAuth) << "wrong password," << m_failures << "in a row";
        return std::unexpected(wrong);
    }
    if (account.disabled) {
        m_vault.audit(Actor{account.id}, QStringLiteral("login-refused-disabled"),
                      QStringLiteral("session"), account.id);
        return fail(
            ErrorCode::Denied,
            tr("This account is disabled. An administrator of the practice can enable it."));
    }
    m_failures = 0;
    m_blockedUntil = 0;
    if (auto audited = m_vault.audit(Actor{account.id}, QStringLiteral("login"),
                                     QStringLiteral("session"), account.id);
        !audited)
        return std::unexpected(audited.error());
    return Session{account.id, account.login, account.displayName, account.roles};
}

} // namespace relais
