#include "Icd10.h"

#include <QRegularExpression>

namespace relais {

Result<QString> Icd10::normalise(const QString &typed)
{
    QString compact = typed.toUpper();
    compact.remove(QRegularExpression(QStringLiteral("[\\s.]")));
    if (compact.isEmpty())
        return QString();
    static const QRegularExpression shape(QStringLiteral("^([A-Z][0-9]{2})([0-9A-Z]{1,2})?$"));
    const auto m = shape.match(compact);
    if (!m.hasMatch())
        return fail(ErrorCode::InvalidInput,
                    tr("%1 is not an ICD-10 code: a letter and two digits, then up to two more "
                       "characters (E11, E11.9).")
                        .arg(typed.trimmed()));
    return m.captured(2).isEmpty() ? m.captured(1)
                                   : m.captured(1) + QLatin1Char('.') + m.captured(2);
}

} // namespace relais
