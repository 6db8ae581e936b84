#include "AppointmentType.h"

#include "domain/Appointment.h"

#include <QRegularExpression>

namespace relais {

QString AppointmentTypeRules::normalisedCode(const QString &code)
{
    return code.trimmed().toUpper();
}

QList<Error> AppointmentTypeRules::problems(const AppointmentType &type,
                                            const QList<AppointmentType> &others)
{
    QList<Error> found;
    const auto refuse = [&](const char *field, const QString &why) {
        found.append(Error{ErrorCode::InvalidInput, why, QLatin1String(field)});
    };
    const QString code = normalisedCode(type.code);
    // Opening hours list codes separated by commas: a code is a short word of its own.
    static const QRegularExpression word(QStringLiteral("^[A-Z0-9][A-Z0-9_-]{0,11}$"));
    if (code.isEmpty())
        refuse(FieldCode, tr("Give the type a short code (\"C\", \"NP\", \"SNP\")."));
    else if (!word.match(code).hasMatch())
        refuse(FieldCode, tr("A code is up to 12 letters, digits, \"-\" or \"_\", with no space "
                             "or comma."));
    else {
        for (const AppointmentType &other : others) {
            if (other.id != type.id && normalisedCode(other.code) == code)
                refuse(FieldCode,
                       tr("The code %1 is already used by \"%2\".").arg(code, other.label));
        }
    }
    if (type.label.trimmed().isEmpty())
        refuse(FieldLabel, tr("Give the type the words the agenda shows."));
    if (type.minutes < 5 || type.minutes > AppointmentRules::LongestMinutes)
        refuse(FieldMinutes,
               tr("A type lasts from 5 to %1 minutes.").arg(AppointmentRules::LongestMinutes));
    static const QRegularExpression hex(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (!hex.match(type.colour).hasMatch())
        refuse(FieldColour, tr("Choose a colour for the type."));
    return found;
}

} // namespace relais
