#include "SearchKey.h"

namespace relais {

QString searchKey(const QString &text)
{
    // Canonical decomposition splits "é" into "e" and a combining accent, which is then dropped.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            if (pendingSpace && !key.isEmpty())
                key.append(QLatin1Char(' '));
            pendingSpace = false;
            switch (c.unicode()) {
            case 0x00DF: key.append(QLatin1String("SS")); break; // ß
            case 0x0152:
            case 0x0153: key.append(QLatin1String("OE")); break; // Œ œ
            case 0x00C6:
            case 0x00E6: key.append(QLatin1String("AE")); break; // Æ æ
            default: key.append(c.toUpper()); break;
            }
        } else {
            pendingSpace = true;
        }
    }
    return key;
}

} // namespace relais
