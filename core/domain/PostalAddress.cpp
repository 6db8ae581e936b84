#include "PostalAddress.h"

#include <QRegularExpression>

namespace relais {

QString PostalAddress::oneLine() const
{
    QStringList parts;
    const QString streetLine = QString(street).replace(QLatin1Char('\n'), QStringLiteral(", "));
    if (!streetLine.isEmpty())
        parts.append(streetLine);
    const QString town = QString(postcode + QLatin1Char(' ') + city).trimmed();
    if (!town.isEmpty())
        parts.append(town);
    return parts.join(QStringLiteral(", "));
}

Status PostalAddressRules::checkPostcode(const QString &postcode)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9]{5}$"));
    if (!shape.match(postcode).hasMatch())
        return invalid(QLatin1String(FieldPostcode),
                       tr("A postcode has five digits, like 24000 (%1 does not).").arg(postcode));
    // La Poste's départements: 01 to 95 (Corsica keeps 20), and 97/98 overseas. 00 and 96 are
    // not handed out.
    const int departement = postcode.left(2).toInt();
    if (departement == 0 || departement == 96 || departement > 98)
        return invalid(QLatin1String(FieldPostcode),
                       tr("No French postcode starts with %1.").arg(postcode.left(2)));
    return {};
}

Result<PostalAddress> PostalAddressRules::normalise(const PostalAddress &typed)
{
    PostalAddress a;
    QStringList lines;
    const auto typedLines = typed.street.split(QLatin1Char('\n'));
    for (const QString &line : typedLines) {
        if (!line.simplified().isEmpty())
            lines.append(line.simplified());
    }
    a.street = lines.join(QLatin1Char('\n'));
    a.postcode = typed.postcode;
    a.postcode.remove(QLatin1Char(' '));
    a.city = typed.city.simplified();
    if (a.isEmpty())
        return a;
    if (a.postcode.isEmpty())
        return invalid(QLatin1String(FieldPostcode),
                       tr("Type the postcode too, or leave the whole address empty."));
    if (auto ok = checkPostcode(a.postcode); !ok)
        return std::unexpected(ok.error());
    if (a.city.isEmpty())
        return invalid(QLatin1String(FieldCity),
                       tr("Type the town that goes with %1.").arg(a.postcode));
    return a;
}

} // namespace relais
