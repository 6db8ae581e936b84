#pragma once

#include "domain/UserAccount.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QVariantMap>

#include <optional>

namespace relais {

class RecordWriter;
class Vault;

// The practice's accounts (app_user) and the failed-login counters kept beside them
// (login_throttle, local to the workstation and never synced).
class UserRepository
{
    Q_DECLARE_TR_FUNCTIONS(relais::UserRepository)

public:
    static constexpr auto Table = "app_user";

    explicit UserRepository(const Vault &vault);

    Result<QList<UserAccount>> all() const; // by login
    Result<std::optional<UserAccount>> find(const QString &id) const;
    Result<std::optional<UserAccount>> findByLoginKey(const QString &loginKey) const;
    Result<qint64> count() const;
    // The roles of the enabled accounts other than `exceptId`.
    Result<QList<Roles>> enabledRolesExcept(const QString &exceptId) const;
    // The stored password hash, or nothing for an unknown account.
    Result<std::optional<QString>> passwordHash(const QString &id) const;
    // Some account's hash, to spend the same work on a login that names nobody.
    Result<std::optional<QString>> anyPasswordHash() const;

    // The columns an account's fields are kept in (not the password hash nor the disabled flag).
    static QVariantMap columnsOf(const UserAccount &account);
    // A new account: its fields, its password's hash, enabled.
    static QVariantMap newAccountColumns(const UserAccount &account, const QString &passwordHash);
    static QVariantMap disabledColumns(bool disabled);
    static QVariantMap passwordColumns(const QString &passwordHash);

    struct Throttle
    {
        int failures = 0;
        qint64 blockedUntil = 0; // ms since the epoch
    };
    Throttle throttle(const QString &loginKey) const;
    // Local bookkeeping, written inside the caller's write (the throttle is not a record).
    Status saveThrottle(const QString &loginKey, const Throttle &throttle) const;
    Status clearThrottle(const QString &loginKey) const;

private:
    const Vault &m_vault;
};

} // namespace relais
