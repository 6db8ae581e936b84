#pragma once

#include <QString>

namespace relais {

// Who is acting: the logged-in user, or the system itself for work no person started
// (migrations, the demo generator, a command-line backup). Recorded in every audit row.
struct Actor
{
    QString userId;

    static Actor system() { return Actor{QStringLiteral("system")}; }
};

} // namespace relais
