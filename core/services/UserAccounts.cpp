#include "UserAccounts.h"

#include "domain/EmailAddress.h"
#include "domain/PhoneNumber.h"
#include "domain/Rpps.h"
#include "repositories/UserRepository.h"
#include "security/AccessPolicy.h"
#include "storage/Vault.h"

#include <QRegularExpression>

namespace relais {

namespace {

const QString UserTable = QString::fromLatin1(UserRepository::Table);

} // namespace

UserAccounts::UserAccounts(Vault &vault, Passwords::Cost cost)
    : m_vault(vault)
    , m_cost(cost)
{}

Result<QList<UserAccount>> UserAccounts::list(const Session &session) const
{
    if (auto allowed = AccessPolicy::require(session, Permission::ManageUsers); !allowed)
        return std::unexpected(allowed.error());
    return UserRepository(m_vault).all();
}

Result<UserAccount> UserAccounts::find(const QString &id) const
{
    auto found = UserRepository(m_vault).find(id);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value())
        return fail(ErrorCode::NotFound, tr("This user does not exist."));
    return **found;
}

Result<std::optional<UserAccount>> UserAccounts::findByLogin(const QString &login) const
{
    return UserRepository(m_vault).findByLoginKey(login.trimmed().toLower());
}

Result<qint64> UserAccounts::count() const
{
    return UserRepository(m_vault).count();
}

Result<QString> UserAccounts::storedHash(const QString &id) const
{
    auto hash = UserRepository(m_vault).passwordHash(id);
    if (!hash)
        return std::unexpected(hash.error());
    if (!hash->has_value())
        return fail(ErrorCode::NotFound, tr("This user does not exist."));
    return **hash;
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
    if (!draft.email.trimmed().isEmpty())
        if (const Status email = EmailAddress::check(draft.email.trimmed()); !email)
            return invalid(QLatin1String(FieldEmail), email.error().message);
    if (!draft.phone.simplified().isEmpty())
        if (auto phone = PhoneNumber::parse(draft.phone); !phone)
            return invalid(QLatin1String(FieldPhone), phone.error().message);
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
    return writer.create(UserTable, UserRepository::newAccountColumns(draft, *hash));
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
    auto others = UserRepository(m_vault).enabledRolesExcept(id);
    if (!others)
        return std::unexpected(others.error());
    for (const Roles &other : std::as_const(*others)) {
        if (other.testFlag(Role::Admin))
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
        return w.update(UserTable, changed.id, UserRepository::columnsOf(changed));
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
        return w.update(UserTable, id, UserRepository::disabledColumns(disabled));
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
        return w.update(UserTable, id, UserRepository::passwordColumns(*hash));
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
        return w.update(UserTable, session.userId, UserRepository::passwordColumns(*hash));
    });
}

} // namespace relais
