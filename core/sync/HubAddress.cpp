#include "HubAddress.h"

#include <QUrl>
#include <QUrlQuery>

namespace relais {

Result<HubAddress> HubAddress::parse(const QString &uri)
{
    const QString text = uri.trimmed();
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (text.isEmpty() || !url.isValid() ||
        (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres")))
        return invalid(QStringLiteral("hub"),
                       tr("The hub's address is a PostgreSQL address, such as "
                          "postgresql://relais@hub.cabinet.local:5432/relais."));
    HubAddress address;
    address.host = url.host();
    address.user = url.userName();
    address.password = url.password();
    address.database = url.path().mid(1);
    if (address.host.isEmpty())
        return invalid(QStringLiteral("hub"), tr("The hub's address names no server."));
    if (address.user.isEmpty())
        return invalid(
            QStringLiteral("hub"),
            tr("The hub's address names no user: postgresql://USER@%1/…").arg(address.host));
    if (address.database.isEmpty() || address.database.contains(QLatin1Char('/')))
        return invalid(QStringLiteral("hub"),
                       tr("The hub's address names no database: postgresql://%1@%2/DATABASE")
                           .arg(address.user, address.host));
    if (url.port() != -1)
        address.port = url.port();
    if (url.hasFragment())
        return invalid(QStringLiteral("hub"),
                       tr("The hub's address ends at its database, or at its options after "
                          "“?”: remove what follows “#”."));
    // Of libpq's options, the CA alone: the rest is Relais's to decide (the certificate is
    // always checked in full when a CA is given).
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslrootcert") && !value.isEmpty()) {
            // Qt's driver turns every ";" of the options into a space.
            if (value.contains(QLatin1Char(';')))
                return invalid(QStringLiteral("hub"),
                               tr("The certificate authority's file name cannot hold “;”: "
                                  "move or rename the file."));
            address.caFile = value;
        } else if (key == QLatin1String("sslmode") && value == QLatin1String("verify-full")) {
            continue;
        } else if (key == QLatin1String("sslmode")) {
            return invalid(QStringLiteral("hub"),
                           tr("Relais always checks the hub's certificate in full: remove "
                              "“sslmode=%1” from the address.")
                               .arg(value));
        } else {
            return invalid(QStringLiteral("hub"),
                           tr("The hub's address takes one option after “?”, the practice's "
                              "certificate authority: ?sslrootcert=/path/to/ca.crt (not "
                              "“%1”).")
                               .arg(key));
        }
    }
    if (!address.isLoopback() && address.caFile.isEmpty())
        return invalid(QStringLiteral("hub"),
                       tr("The hub at %1 is not on this computer: Relais reaches it only over "
                          "TLS, its certificate checked against the practice's certificate "
                          "authority. Add the CA file to the address: "
                          "postgresql://%2@%1/%3?sslrootcert=/path/to/ca.crt")
                           .arg(address.host, address.user, address.database));
    return address;
}

QString HubAddress::toString() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    if (port != 5432)
        url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    if (!caFile.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("sslrootcert"), caFile);
        url.setQuery(query);
    }
    return url.toString(QUrl::FullyEncoded);
}

QString HubAddress::tlsOptions() const
{
    if (caFile.isEmpty())
        return QStringLiteral("sslmode=prefer");
    // A conninfo value in quotes, its quotes and backslashes escaped: a path may hold spaces.
    QString quoted = caFile;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QStringLiteral("sslmode=verify-full;sslrootcert='%1'").arg(quoted);
}

bool HubAddress::isLoopback() const
{
    return host == QLatin1String("localhost") || host == QLatin1String("::1") ||
           host.startsWith(QLatin1String("127."));
}

} // namespace relais
