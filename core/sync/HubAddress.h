#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace relais {

// Where the practice's hub is: a standard PostgreSQL connection URI,
// postgresql://user@host:port/dbname, with the practice's certificate authority as libpq names
// it: ?sslrootcert=/path/to/ca.crt. A password written in the URI is taken but never shown or
// stored with the address (it is kept apart, as a secret).
//
// A hub beyond this computer is reached only over TLS with its certificate checked in full
// (libpq's verify-full: signed by the practice's CA, for the very name in the address), so the
// CA is required for it; on the loopback it is optional and, when given, checked the same way.
struct HubAddress
{
    Q_DECLARE_TR_FUNCTIONS(relais::HubAddress)

public:
    QString user;
    QString host;
    int port = 5432;
    QString database;
    QString password; // from the URI, if it had one; never part of toString()
    QString caFile;   // the practice's certificate authority (PEM); empty on a loopback hub

    static Result<HubAddress> parse(const QString &uri);
    // The URI without its password: what is shown and stored.
    QString toString() const;
    bool isLoopback() const;
    // What libpq is told of TLS, as QPSQL's connect options ("sslmode=verify-full;…"): the
    // certificate checked whenever a CA is given, and TLS taken when offered otherwise.
    QString tlsOptions() const;
};

} // namespace relais
