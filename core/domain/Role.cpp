#include "Role.h"

#include <QStringList>

namespace relais {

namespace {

struct RoleName
{
    Role role;
    const char *stored;
};

constexpr RoleName Names[] = {
    {Role::Admin, "admin"},
    {Role::Assistant, "assistant"},
    {Role::Physician, "physician"},
};

} // namespace

QString RoleNames::toStorage(Roles roles)
{
    QStringList names;
    for (const RoleName &name : Names) {
        if (roles.testFlag(name.role))
            names.append(QLatin1String(name.stored));
    }
    return names.join(QLatin1Char(','));
}

Roles RoleNames::fromStorage(const QString &text)
{
    Roles roles;
    const auto parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        for (const RoleName &name : Names) {
            if (part.trimmed() == QLatin1String(name.stored))
                roles |= name.role;
        }
    }
    return roles;
}

QString RoleNames::display(Role role)
{
    switch (role) {
    case Role::Assistant: return tr("Medical assistant");
    case Role::Physician: return tr("Physician");
    case Role::Admin: return tr("Administrator");
    }
    return {};
}

QString RoleNames::display(Roles roles)
{
    QStringList names;
    for (Role role : {Role::Physician, Role::Assistant, Role::Admin}) {
        if (roles.testFlag(role))
            names.append(display(role));
    }
    return names.join(QStringLiteral(", "));
}

} // namespace relais
