#include "Coverage.h"

namespace relais {

const QStringList &InsuranceSchemes::all()
{
    static const QStringList codes{
        QStringLiteral("01"), QStringLiteral("02"),  QStringLiteral("04"),   QStringLiteral("05"),
        QStringLiteral("06"), QStringLiteral("07"),  QStringLiteral("08"),   QStringLiteral("10"),
        QStringLiteral("17"), QStringLiteral("AME"), QStringLiteral("other")};
    return codes;
}

QString InsuranceSchemes::display(const QString &code)
{
    if (code == QLatin1String("01"))
        return tr("General scheme (CPAM)");
    if (code == QLatin1String("02"))
        return tr("Agricultural scheme (MSA)");
    if (code == QLatin1String("04"))
        return tr("SNCF railways");
    if (code == QLatin1String("05"))
        return tr("RATP Paris transport");
    if (code == QLatin1String("06"))
        return tr("Seafarers (ENIM)");
    if (code == QLatin1String("07"))
        return tr("Miners (CANSSM)");
    if (code == QLatin1String("08"))
        return tr("Armed forces (CNMSS)");
    if (code == QLatin1String("10"))
        return tr("Notaries' clerks (CRPCEN)");
    if (code == QLatin1String("17"))
        return tr("Clergy (CAVIMAC)");
    if (code == QLatin1String("AME"))
        return tr("State medical aid (AME)");
    if (code == QLatin1String("other"))
        return tr("Other scheme");
    return {};
}

Result<Coverage> InsuranceSchemes::normalise(const Coverage &typed)
{
    Coverage c;
    c.scheme = typed.scheme.trimmed();
    if (!c.scheme.isEmpty() && !isKnown(c.scheme))
        return invalid(QLatin1String(FieldScheme),
                       tr("%1 is not a scheme Relais knows.").arg(c.scheme));
    c.fund = typed.fund.simplified();
    c.complementary = typed.complementary.simplified();
    c.complementaryNumber = typed.complementaryNumber.simplified();
    return c;
}

} // namespace relais
