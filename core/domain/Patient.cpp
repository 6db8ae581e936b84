#include "Patient.h"

#include "util/SearchKey.h"

namespace relais {

namespace {

// Given names are stored upper case (strict traits); shown in title case they part from the
// birth name at a glance: "GUYOT Noe Marc-Antoine".
QString titleCase(const QString &upper)
{
    QString out = upper.toLower();
    bool start = true;
    for (QChar &c : out) {
        if (start && c.isLetter())
            c = c.toUpper();
        start = !c.isLetter();
    }
    return out;
}

QString composeName(const QString &birthName, const QString &usedName, const QString &firstNames,
                    const QString &usedFirstName)
{
    QString name = birthName;
    if (!usedName.isEmpty() && searchKey(usedName) != searchKey(birthName))
        name += QStringLiteral(" (%1)").arg(usedName);
    // Strict traits have no accents; the first name as the person writes it ("Jérôme") is shown
    // when it is the same name as the first given name(s), so that the file reads as theirs.
    const QString used = usedFirstName.simplified();
    if (!used.isEmpty()) {
        const QString usedKey = searchKey(used);
        const QStringList given = firstNames.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (qsizetype n = 1; n <= given.size(); ++n) {
            if (searchKey(given.mid(0, n).join(QLatin1Char(' '))) != usedKey)
                continue;
            const QStringList rest = given.mid(n);
            return name + QLatin1Char(' ') + used +
                   (rest.isEmpty() ? QString()
                                   : QLatin1Char(' ') + titleCase(rest.join(QLatin1Char(' '))));
        }
    }
    return name + QLatin1Char(' ') + titleCase(firstNames);
}

} // namespace

QString PatientIdentity::displayName() const
{
    return composeName(birthName, usedName, firstNames, usedFirstName);
}

QString PatientIdentity::initials() const
{
    const QString first =
        usedFirstName.isEmpty() ? firstNames.section(QLatin1Char(' '), 0, 0) : usedFirstName;
    const QString last = usedName.isEmpty() ? birthName : usedName;
    QString out;
    if (!first.isEmpty())
        out += first.at(0).toUpper() + QStringLiteral(". ");
    if (!last.isEmpty())
        out += last.at(0).toUpper() + QLatin1Char('.');
    return out.trimmed();
}

} // namespace relais
