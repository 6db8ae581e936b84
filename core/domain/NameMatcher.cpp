#include "NameMatcher.h"

#include "util/SearchKey.h"

#include <QRegularExpression>

namespace relais {

namespace {

void replaceAll(QString &text, const char *pattern, const char *with)
{
    text.replace(QRegularExpression(QLatin1String(pattern)), QLatin1String(with));
}

} // namespace

QString NameMatcher::compact(const QString &name)
{
    QString key = searchKey(name);
    key.remove(QLatin1Char(' '));
    return key;
}

QString NameMatcher::phonetic(const QString &name)
{
    QString s = compact(name);
    if (s.isEmpty())
        return s;
    // Spellings that sound alike, from the longest to the shortest.
    replaceAll(s, "PH", "F");
    replaceAll(s, "GU(?=[EIY])", "G");
    replaceAll(s, "QU|Q", "K");
    replaceAll(s, "SCH", "CH");
    replaceAll(s, "CH", "X");
    replaceAll(s, "C(?=[EIY])", "S");
    replaceAll(s, "CK|C", "K");
    replaceAll(s, "G(?=[EIY])", "J");
    replaceAll(s, "EAU|AU", "O");
    replaceAll(s, "AI|EI|ET$|ER$", "E");
    replaceAll(s, "OU", "U");
    replaceAll(s, "(?<![AEIOUY])H|H(?![AEIOUY])", "");
    replaceAll(s, "W", "V");
    replaceAll(s, "Y", "I");
    replaceAll(s, "Z(?!$)", "S"); // a final Z is heard: MARTINEZ is not MARTIN
    replaceAll(s, "EN(?=[^AEIOUN]|$)|EM(?=[^AEIOUM]|$)|AM(?=[^AEIOUM]|$)", "AN");
    replaceAll(s, "BV|VB", "V"); // LEFEBVRE, LEFEVRE
    replaceAll(s, "TH", "T");
    // Doubled letters sound single.
    QString out;
    for (const QChar c : std::as_const(s)) {
        if (out.isEmpty() || out.back() != c)
            out.append(c);
    }
    // Letters written but not heard at the end of a French name: BERNARD, DUPONT, DUBOIS.
    replaceAll(out, "E$", "");
    replaceAll(out, "(?<=.)[STDX]$", "");
    replaceAll(out, "(?<=.)E$", "");
    return out;
}

QStringList NameMatcher::givenNames(const QString &names)
{
    QString key = searchKey(names);
    return key.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool NameMatcher::sameName(const QString &a, const QString &b)
{
    const QString ca = compact(a);
    const QString cb = compact(b);
    if (ca.isEmpty() || cb.isEmpty())
        return false;
    return ca == cb || phonetic(a) == phonetic(b);
}

bool NameMatcher::shareGivenName(const QString &a, const QString &b)
{
    const QStringList left = givenNames(a);
    const QStringList right = givenNames(b);
    for (const QString &l : left) {
        for (const QString &r : right) {
            if (l == r || phonetic(l) == phonetic(r))
                return true;
        }
    }
    return false;
}

} // namespace relais
