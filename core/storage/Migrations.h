#pragma once

#include "util/Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace relais {

// The vault's schema, as the ordered list of steps that build it. Step N takes a vault from
// user_version N-1 to N inside one transaction, so a vault is always at exactly one version.
// Steps are never edited once released: a change is a new step.
class Migrations
{
public:
    struct Step
    {
        int version;
        const char *summary;
        QStringList statements;
    };

    static const QList<Step> &steps();
    static int latestVersion();

    static Result<int> currentVersion(const QSqlDatabase &db);
    // Brings the database to targetVersion (the latest by default). Refuses a vault written by a
    // newer Relais rather than guessing at its schema.
    static Status apply(QSqlDatabase db, int targetVersion = -1);
};

} // namespace relais
