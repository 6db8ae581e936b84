#pragma once

#include "domain/Role.h"

#include <QString>

namespace relais {

struct UserAccount
{
    QString id = {};
    QString login = {};
    QString displayName = {};
    Roles roles = {};
    bool disabled = false;
    // What a prescription header needs, for physicians.
    QString rpps = {};
    QString specialty = {};
    QString address = {};
    QString phone = {};
    QString email = {};
};

} // namespace relais
