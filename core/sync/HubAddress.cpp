#include "HubAddress.h"

#include <QUrl>

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
    if (url.hasQuery() || url.hasFragment())
        return invalid(QStringLiteral("hub"),
                       tr("The hub's address takes no options after “?”: give only "
                          "postgresql://user@host:port/database."));
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
    return url.toString();
}

bool HubAddress::isLoopback() const
{
    return host == QLatin1String("localhost") || host == QLatin1String("::1") ||
           host.startsWith(QLatin1String("127."));
}

} // namespace relais
