#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace relais {

// Where the practice's hub is: a standard PostgreSQL connection URI,
// postgresql://user@host:port/dbname. A password written in the URI is taken but never shown
// or stored with the address (it is kept apart, as a secret).
struct HubAddress
{
    Q_DECLARE_TR_FUNCTIONS(relais::HubAddress)

public:
    QString user;
    QString host;
    int port = 5432;
    QString database;
    QString password; // from the URI, if it had one; never part of toString()

    static Result<HubAddress> parse(const QString &uri);
    // The URI without its password: what is shown and stored.
    QString toString() const;
    bool isLoopback() const;
};

} // namespace relais
