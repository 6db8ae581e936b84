#include "UserAccounts.h"

#include "domain/Rpps.h"
#include "security/AccessPolicy.h"
#include "storage/Connection.h"
#include "storage/Vault.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace relais {

namespace {

const QString Table = QStringLiteral("app_user");

UserAccount readAccount(const QSqlQuery &query)
{
    UserAccount account;
    account.id = query.value(0).toString();
    account.login = query.value(1).toString();
    account.displayName = query.value(2).toString();
    account.roles = RoleNames::fromStorage(query.value(3).toString());
    account.disabled = query.value(4).toInt() != 0;
    account.rpps = query.value(5).toString();
    account.specialty = query.value(6).toString();
    account.address = query.value(7).toString();
    account.phone = query.value(8).toString();
    return account;
}

const QString Columns =
    QStringLiteral("id, login, display_name, roles, disabled, rpps, specialty, address, phone");

QVariantMap fieldsOf(const UserAccount &account)
{
    return {{QStringLiteral("login"), account.login.trimmed()},
            {QStringLiteral("login_key"), account.login.trimmed().toLower()},
            {QStringLiteral("display_name"), account.displayName.simplified()},
            {QStringLiteral("roles"), RoleNames::toStorage(account.roles)},
            {QStringLiteral("rpps"), account.rpps.simplified().remove(QLatin1Char(' '))},
            {QStringLiteral("specialty"), account.specialty.simplified()},
            {QStringLiteral("address"), account.address.trimmed()},
            {QStringLiteral("phone"), account.phone.simplified()}};
}

} // namespace

UserAccounts::UserAccounts(Vault &vault, Passwords::Cost cost)
    : m_vault(vault)
    , m_cost(cost)
{}

Result<QList<UserAccount>> UserAccounts::list(const Session &session) const
{
    if (auto allowed = AccessPolicy::require(session, Permission::ManageUsers); !allowed)
        return std::unexpected(allowed.error());
    QSqlQuery query(m_vault.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT ") + Columns +
                    QStringLiteral(" FROM app_user WHERE deleted = 0 ORDER BY login_key")))
        return std::unexpected(sqlError(tr("Reading the users failed"), query.lastError()));
    QList<UserAccount> accounts;
    while (query.next())
        accounts.append(readAccount(query));
    return accounts;
}

Result<UserAccount> UserAccounts::find(const QString &id) const
{
    QSqlQuery query(m_vault.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + Columns +
                  QStringLiteral(" FROM app_user WHERE id = ? AND deleted = 0"));
    query.addBindValue(id);
    if (!query.exec())
        return std::unexpected(sqlError(tr("Reading the user failed"), query.lastError()));
    if (!query.next())
        return fail(ErrorCode::NotFound, tr("This user does not exist."));
    return readAccount(query);
}

Result<std::optional<UserAccount>> UserAccounts::findByLogin(const QString &login) const
{
    QSqlQuery query(m_vault.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + Columns +
                  QStringLiteral(" FROM app_user WHERE login_key = ? AND deleted = 0"));
    query.addBindValue(login.trimmed().toLower());
    if (!query.exec())
        return std::unexpected(sqlError(tr("Reading the user failed"), query.lastError()));
    if (!query.next())
        return std::optional<UserAccount>();
    return std::optional<UserAccount>(readAccount(query));
}

Result<qint64> UserAccounts::count() const
{
    QSqlQuery query(m_vault.database());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM app_user WHERE deleted = 0")) ||
        !query.next())
        return std::unexpected(sqlError(tr("Reading the users failed"), query.lastError()));
    return query.value(0).toLongLong();
}

Result<QString> UserAccounts::storedHash(const QString &id) const
{
    QSqlQuery query(m_vault.database());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT password_hash FROM app_user WHERE id = ? AND deleted = 0"));
    query.addBindValue(id);
    if (!query.exec())
        return std::unexpected(sqlError(tr("Reading the user failed"), query.lastError()));
    if (!query.next())
        return fail(ErrorCode::NotFound, tr("This user does not exist."));
    return query.value(0).toString();
}

Status UserAccounts::validateFields(const UserAccount &draft)
{
    static const QRegularExpression loginPattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,31}$"));
    const QString login = draft.login.trimmed().toLower();
    if (login.isEmpty())
        return invalid(QLatin1String(FieldLogin), tr("The login is missing."));
    if (!loginPattern.match(login).hasMatch())
        return invalid(QLatin1String(FieldLogin),
                       tr("A login has 2 to 32 letters without accents, digits, dots, dashes or "
                          "underscores, and starts with a letter or a digit."));
    if (draft.displayName.simplified().isEmpty())
        return invalid(QLatin1String(FieldDisplayName), tr("The name is missing."));
    if (draft.roles == Roles())
        return invalid(QLatin1String(FieldRoles), tr("Choose at least one role."));
    if (draft.roles.testFlag(Role::Physician) || !draft.rpps.trimmed().isEmpty()) {
        if (auto rpps = Rpps::parse(draft.rpps); !rpps)
            return invalid(QLatin1String(FieldRpps), rpps.error().message);
    }
    if (draft.roles.testFlag(Role::Physician) && draft.specialty.simplified().isEmpty())
        return invalid(QLatin1String(FieldSpecialty),
                       tr("A physician's specialty is printed on prescriptions: it is missing."));
    return {};
}

Status UserAccounts::validate(const UserAccount &draft, const QString &excludeId) const
{
    if (auto fields = validateFields(draft); !fields)
        return fields;
    const QString login = draft.login.trimmed().toLower();
    auto existing = findByLogin(login);
    if (!existing)
        return std::unexpected(existing.error());
    if (existing->has_value() && (*existing)->id != excludeId)
        return invalid(QLatin1String(FieldLogin),
                       tr("The login “%1” is already taken.").arg(login));
    return {};
}

Result<QString> UserAccounts::insert(RecordWriter &writer, const UserAccount &draft,
                                     const QString &password)
{
    if (auto valid = validate(draft); !valid)
        return std::unexpected(valid.error());
    if (const QString weak = Passwords::weakness(password, draft.login, draft.displayName);
        !weak.isEmpty())
        return invalid(QLatin1String(FieldPassword), weak);
    auto hash = Passwords::hash(password, m_cost);
    if (!hash)
        return std::unexpected(hash.error());
    QVariantMap fields = fieldsOf(draft);
    fields.insert(QStringLiteral("password_hash"), *hash);
    fields.insert(QStringLiteral("disabled"), 0);
    return writer.create(Table, fields);
}

Result<QString> UserAccounts::create(const Session &session, const UserAccount &draft,
                                     const QString &password)
{
    if (auto allowed = AccessPolicy::require(session, Permission::ManageUsers); !allowed)
        return std::unexpected(allowed.error());
    return m_vault.write(session.actor(),
                         [&](RecordWriter &w) { return insert(w, draft, password); });
}

Result<QString> UserAccounts::createFirst(RecordWriter &writer, const UserAccount &draft,
                                          const QString &password)
{
    auto existing = count();
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing > 0)
        return fail(ErrorCode::Denied, tr("This practice already has accounts; an administrator "
                                          "creates the next ones."));
    if (!draft.roles.testFlag(Role::Admin))
        return invalid(QLatin1String(FieldRoles),
                       tr("The first account must be an administrator."));
    return insert(writer, draft, password);
}

// The practice must always keep one enabled administrator, or nobody could manage users again.
Status UserAccounts::keepsAnAdmin(const QString &id, Roles roles, bool disabled) const
{
    if (roles.testFlag(Role::Admin) && !disabled)
        return {};
    QSqlQuery query(m_vault.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT roles FROM app_user WHERE deleted = 0 AND disabled = 0 "
                                 "AND id <> ?"));
    query.addBindValue(id);
    if (!query.exec())
        return std::unexpected(sqlError(tr("Reading the users failed"), query.lastError()));
    while (query.next()) {
        if (RoleNames::fromStorage(query.value(0).toString()).testFlag(Role::Admin))
            return {};
    }
    auto current = find(id);
    if (current && current->roles.testFlag(Role::Admin) && !current->disabled)
        return invalid(QLatin1String(FieldRoles),
                       tr("%1 is the practice's last administrator: give the role to someone "
                          "else first.")
                           .arg(current->displayName));
    return {};
}

Status UserAccounts::update(const Session &session, const UserAccount &changed)
{
    if (auto allowed = AccessPolicy::require(session, Permission::ManageUsers); !allowed)
        return allowed;
    auto current = find(changed.id);
    if (!current)
        return std::unexpected(current.error());
    if (auto valid = validate(changed, changed.id); !valid)
        return valid;
    if (auto admin = keepsAnAdmin(changed.id, changed.roles, current->disabled); !admin)
        return admin;
    return m_vault.write(session.actor(), [&](RecordWriter &w) {
        return w.update(Table, changed.id, fieldsOf(changed));
    });
}

Status UserAccounts::setDisabled(const Session &session, const QString &id, bool disabled)
{
    if (auto allowed = AccessPolicy::require(session, Permission::ManageUsers); !allowed)
        return allowed;
    auto current = find(id);
    if (!current)
        return std::unexpected(current.error());
    if (disabled && id == session.userId)
        return fail(ErrorCode::Denied, tr("You cannot disable your own account."));
    if (auto admin = keepsAnAdmin(id, current->roles, disabled); !admin)
        return admin;
    return m_vault.write(session.actor(), [&](RecordWriter &w) {
        return w.update(Table, id, {{QStringLiteral("disabled"), disabled ? 1 : 0}});
    });
}

Status UserAccounts::resetPassword(const Session &session, const QString &id,
                                   const QString &password)
{
    if (auto allowed = AccessPolicy::require(session, Permission::ManageUsers); !allowed)
        return allowed;
    auto account = find(id);
    if (!account)
        return std::unexpected(account.error());
    if (const QString weak = Passwords::weakness(password, account->login, account->displayName);
        !weak.isEmpty())
        return invalid(QLatin1String(FieldPassword), weak);
    auto hash = Passwords::hash(password, m_cost);
    if (!hash)
        return std::unexpected(hash.error());
    return m_vault.write(session.actor(), [&](RecordWriter &w) {
        return w.update(Table, id, {{QStringLiteral("password_hash"), *hash}});
    });
}

Status UserAccounts::changeOwnPassword(const Session &session, const QString &current,
                                       const QString &password)
{
    if (!session.isValid())
        return fail(ErrorCode::Denied, tr("Log in first."));
    auto stored = storedHash(session.userId);
    if (!stored)
        return std::unexpected(stored.error());
    if (!Passwords::verify(*stored, current))
        return invalid(QStringLiteral("current"), tr("The current password is wrong."));
    if (const QString weak = Passwords::weakness(password, session.login, session.displayName);
        !weak.isEmpty())
        return invalid(QLatin1String(FieldPassword), weak);
    if (password == current)
        return invalid(QLatin1String(FieldPassword),
                       tr("The new password is the same as the old one."));
    auto hash = Passwords::hash(password, m_cost);
    if (!hash)
        return std::unexpected(hash.error());
    return m_vault.write(session.actor(), [&](RecordWriter &w) {
        return w.update(Table, session.userId, {{QStringLiteral("password_hash"), *hash}});
    });
}

} // namespace relais
