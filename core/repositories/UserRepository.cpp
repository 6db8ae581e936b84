#include "UserRepository.h"

#include "storage/Rows.h"
#include "storage/Vault.h"

namespace relais {

namespace {

const QString Select = QStringLiteral(
    "SELECT id, login, display_name, roles, disabled, rpps, specialty, address, phone, email "
    "FROM app_user WHERE deleted = 0");

UserAccount accountFrom(const Row &row)
{
    UserAccount account;
    account.id = row.text("id");
    account.login = row.text("login");
    account.displayName = row.text("display_name");
    account.roles = RoleNames::fromStorage(row.text("roles"));
    account.disabled = row.flag("disabled");
    account.rpps = row.text("rpps");
    account.specialty = row.text("specialty");
    account.address = row.text("address");
    account.phone = row.text("phone");
    account.email = row.text("email");
    return account;
}

} // namespace

UserRepository::UserRepository(const Vault &vault)
    : m_vault(vault)
{}

Result<QList<UserAccount>> UserRepository::all() const
{
    return selectAll(m_vault.database(), Select + QStringLiteral(" ORDER BY login_key"), {},
                     tr("Reading the users failed"), accountFrom);
}

Result<std::optional<UserAccount>> UserRepository::find(const QString &id) const
{
    return selectOne(m_vault.database(), Select + QStringLiteral(" AND id = ?"), {id},
                     tr("Reading the user failed"), accountFrom);
}

Result<std::optional<UserAccount>> UserRepository::findByLoginKey(const QString &loginKey) const
{
    return selectOne(m_vault.database(), Select + QStringLiteral(" AND login_key = ?"), {loginKey},
                     tr("Reading the user failed"), accountFrom);
}

Result<qint64> UserRepository::count() const
{
    auto counted = selectOne(
        m_vault.database(), QStringLiteral("SELECT count(*) AS n FROM app_user WHERE deleted = 0"),
        {}, tr("Reading the users failed"), [](const Row &row) { return row.integer("n"); });
    if (!counted)
        return std::unexpected(counted.error());
    return counted->value_or(0);
}

Result<QList<Roles>> UserRepository::enabledRolesExcept(const QString &exceptId) const
{
    return selectAll(m_vault.database(),
                     QStringLiteral("SELECT roles FROM app_user WHERE deleted = 0 AND disabled = 0 "
                                    "AND id <> ?"),
                     {exceptId}, tr("Reading the users failed"),
                     [](const Row &row) { return RoleNames::fromStorage(row.text("roles")); });
}

Result<std::optional<QString>> UserRepository::passwordHash(const QString &id) const
{
    return selectOne(
        m_vault.database(),
        QStringLiteral("SELECT password_hash FROM app_user WHERE id = ? AND deleted = 0"), {id},
        tr("Reading the user failed"), [](const Row &row) { return row.text("password_hash"); });
}

Result<std::optional<QString>> UserRepository::anyPasswordHash() const
{
    return selectOne(m_vault.database(),
                     QStringLiteral("SELECT password_hash FROM app_user WHERE deleted = 0 "
                                    "ORDER BY id LIMIT 1"),
                     {}, tr("Reading the users failed"),
                     [](const Row &row) { return row.text("password_hash"); });
}

QVariantMap UserRepository::columnsOf(const UserAccount &account)
{
    return {{QStringLiteral("login"), account.login.trimmed()},
            {QStringLiteral("login_key"), account.login.trimmed().toLower()},
            {QStringLiteral("display_name"), account.displayName.simplified()},
            {QStringLiteral("roles"), RoleNames::toStorage(account.roles)},
            {QStringLiteral("rpps"), account.rpps.simplified().remove(QLatin1Char(' '))},
            {QStringLiteral("specialty"), account.specialty.simplified()},
            {QStringLiteral("address"), account.address.trimmed()},
            {QStringLiteral("phone"), account.phone.simplified()},
            {QStringLiteral("email"), account.email.trimmed()}};
}

QVariantMap UserRepository::newAccountColumns(const UserAccount &account,
                                              const QString &passwordHash)
{
    QVariantMap columns = columnsOf(account);
    columns.insert(passwordColumns(passwordHash));
    columns.insert(disabledColumns(false));
    return columns;
}

QVariantMap UserRepository::disabledColumns(bool disabled)
{
    return {{QStringLiteral("disabled"), disabled ? 1 : 0}};
}

QVariantMap UserRepository::passwordColumns(const QString &passwordHash)
{
    return {{QStringLiteral("password_hash"), passwordHash}};
}

UserRepository::Throttle UserRepository::throttle(const QString &loginKey) const
{
    auto found = selectOne(m_vault.database(),
                           QStringLiteral("SELECT failures, blocked_until FROM login_throttle "
                                          "WHERE login = ?"),
                           {loginKey}, tr("Reading the failed logins failed"), [](const Row &row) {
                               return Throttle{static_cast<int>(row.integer("failures")),
                                               row.integer("blocked_until")};
                           });
    return found && found->has_value() ? **found : Throttle{};
}

Status UserRepository::saveThrottle(const QString &loginKey, const Throttle &throttle) const
{
    return toStatus(runQuery(m_vault.database(),
                             QStringLiteral("INSERT OR REPLACE INTO login_throttle (login, "
                                            "failures, blocked_until) VALUES (?, ?, ?)"),
                             {loginKey, throttle.failures, throttle.blockedUntil},
                             tr("Counting the failed login failed")));
}

Status UserRepository::clearThrottle(const QString &loginKey) const
{
    return toStatus(runQuery(m_vault.database(),
                             QStringLiteral("DELETE FROM login_throttle WHERE login = ?"),
                             {loginKey}, tr("Counting the failed login failed")));
}

} // namespace relais
