#pragma once

#include "domain/Actor.h"
#include "domain/Role.h"

#include <QString>

namespace relais {

// The person logged in on this workstation, as the services see them.
struct Session
{
    QString userId;
    QString login;
    QString displayName;
    Roles roles;

    Actor actor() const { return Actor{userId}; }
    bool isValid() const { return !userId.isEmpty(); }
};

} // namespace relais
