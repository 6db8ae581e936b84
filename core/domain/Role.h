#pragma once

#include <QCoreApplication>
#include <QFlags>
#include <QString>

namespace relais {

// What a person does in the practice. One person may hold several roles (a GP who also
// administers the workstations, say).
enum class Role
{
    Assistant = 0x1,
    Physician = 0x2,
    Admin = 0x4,
};
Q_DECLARE_FLAGS(Roles, Role)
Q_DECLARE_OPERATORS_FOR_FLAGS(Roles)

class RoleNames
{
    Q_DECLARE_TR_FUNCTIONS(relais::RoleNames)

public:
    // Stored form: "admin,physician" (sorted, stable across versions and languages).
    static QString toStorage(Roles roles);
    static Roles fromStorage(const QString &text);
    // For people: "Administrator, Physician", translated.
    static QString display(Roles roles);
    static QString display(Role role);
};

} // namespace relais
