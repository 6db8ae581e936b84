#include "NameMatcher.h"

#include "util/SearchKey.h"

#include <QRegularExpression>

namespace relais {

namespace {} // namespace

QString NameMatcher::compact(const QString &name)
{
    QString key = searchKey(name);
    key.remove(QLatin1Char(' '));
    return key;
}

QString NameMatcher::phonetic(const QString &name)
{
    struct Rule
    {
        QRegularExpression pattern;
        QString replacement;
    };
    const auto rule = [](const char *pattern, const char *with) {
        return Rule{QRegularExpression(QLatin1String(pattern)), QLatin1String(with)};
    };
    // Spellings that sound alike, from the longest to the shortest. Compiled once: duplicate
    // checks run this for every candidate.
    static const Rule sounds[] = {
        rule("PH", "F"),
        rule("GU(?=[EIY])", "G"),
        rule("QU|Q", "K"),
        rule("SCH", "CH"),
        rule("CH", "X"),
        rule("C(?=[EIY])", "S"),
        rule("CK|C", "K"),
        rule("G(?=[EIY])", "J"),
        rule("EAU|AU", "O"),
        rule("AI|EI|ET$|ER$", "E"),
        rule("OU", "U"),
        rule("(?<![AEIOUY])H|H(?![AEIOUY])", ""),
        rule("W", "V"),
        rule("Y", "I"),
        rule("Z(?!$)", "S"), // a final Z is heard: MARTINEZ is not MARTIN
        rule("EN(?=[^AEIOUN]|$)|EM(?=[^AEIOUM]|$)|AM(?=[^AEIOUM]|$)", "AN"),
        rule("BV|VB", "V"), // LEFEBVRE, LEFEVRE
        rule("TH", "T"),
    };
    // Letters written but not heard at the end of a French name: BERNARD, DUPONT, DUBOIS.
    static const Rule endings[] = {
        rule("E$", ""),
        rule("(?<=.)[STDX]$", ""),
        rule("(?<=.)E$", ""),
    };
    QString s = compact(name);
    for (const Rule &r : sounds)
        s.replace(r.pattern, r.replacement);
    // Doubled letters sound single.
    QString out;
    for (const QChar c : std::as_const(s)) {
        if (out.isEmpty() || out.back() != c)
            out.append(c);
    }
    for (const Rule &r : endings)
        out.replace(r.pattern, r.replacement);
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
