#pragma once

#include "domain/Role.h"
#include "domain/UserAccount.h"
#include "security/Passwords.h"
#include "security/Session.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace relais {

class RecordWriter;
class Vault;

// The people who log in to Relais. Accounts are disabled, never deleted, so the audit trail
// always names someone.
class UserAccounts
{
    Q_DECLARE_TR_FUNCTIONS(relais::UserAccounts)

public:
    explicit UserAccounts(Vault &vault, Passwords::Cost cost = Passwords::Cost::standard());

    // Field names used in errors, so that a form can show each reason beside its field.
    static constexpr auto FieldLogin = "login";
    static constexpr auto FieldDisplayName = "displayName";
    static constexpr auto FieldRoles = "roles";
    static constexpr auto FieldPassword = "password";
    static constexpr auto FieldRpps = "rpps";
    static constexpr auto FieldSpecialty = "specialty";
    static constexpr auto FieldEmail = "email";
    static constexpr auto FieldPhone = "phone";

    Result<QList<UserAccount>> list(const Session &session) const;
    Result<UserAccount> find(const QString &id) const;
    Result<std::optional<UserAccount>> findByLogin(const QString &login) const;
    Result<qint64> count() const;

    Result<QString> create(const Session &session, const UserAccount &draft,
                           const QString &password);
    // The first account of a new practice, created with it (no one is logged in yet).
    Result<QString> createFirst(RecordWriter &writer, const UserAccount &draft,
                                const QString &password);
    Status update(const Session &session, const UserAccount &changed);
    Status setDisabled(const Session &session, const QString &id, bool disabled);
    Status resetPassword(const Session &session, const QString &id, const QString &password);
    Status changeOwnPassword(const Session &session, const QString &current,
                             const QString &password);

    // Checks a draft as a form would, field by field; the first problem found is returned.
    Status validate(const UserAccount &draft, const QString &excludeId = {}) const;
    // The checks that need no vault (all but the login being free), for forms filled before the
    // vault exists.
    static Status validateFields(const UserAccount &draft);

    Result<QString> storedHash(const QString &id) const;

private:
    Result<QString> insert(RecordWriter &writer, const UserAccount &draft, const QString &password);
    Status keepsAnAdmin(const QString &id, Roles roles, bool disabled) const;

    Vault &m_vault;
    Passwords::Cost m_cost;
};

} // namespace relais
