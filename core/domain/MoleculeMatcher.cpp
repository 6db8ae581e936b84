#include "MoleculeMatcher.h"

#include "util/SearchKey.h"

#include <QRegularExpression>
#include <QSet>

namespace relais {

namespace {

// "ANHYDRE", "HYDRATE", "MONOHYDRATE", "TRIHYDRATEE", "HEMIHYDRATES"…, but not "CHLORHYDRATE":
// that one is a salt, handled as such.
bool isWater(const QString &word)
{
    static const QRegularExpression water(QStringLiteral(
        "^(ANHYDRE|(MONO|DI|TRI|TETRA|PENTA|HEXA|HEPTA|OCTA|NONA|DECA|HEMI|SESQUI)?HYDRATEE?S?)$"));
    return water.match(word).hasMatch();
}

// The head of "CHLORHYDRATE DE X", "MALEATE DE X", "BROMURE D'X", "CHLORURE DE X".
bool isSalt(const QString &word)
{
    return word.endsWith(QLatin1String("ATE")) || word.endsWith(QLatin1String("URE")) ||
           word.endsWith(QLatin1String("IDE")) || word.endsWith(QLatin1String("HYDRATE"));
}

// What follows a substance to say which salt or state it is weighed as.
bool isSaltQualifier(const QString &word)
{
    static const QSet<QString> qualifiers{
        QStringLiteral("SODIQUE"),
        QStringLiteral("DISODIQUE"),
        QStringLiteral("MONOSODIQUE"),
        QStringLiteral("TRISODIQUE"),
        QStringLiteral("POTASSIQUE"),
        QStringLiteral("DIPOTASSIQUE"),
        QStringLiteral("MONOPOTASSIQUE"),
        QStringLiteral("CALCIQUE"),
        QStringLiteral("MAGNESIQUE"),
        QStringLiteral("BASE"),
        QStringLiteral("MICRONISE"),
        QStringLiteral("MICRONISEE"),
        QStringLiteral("AMORPHE"),
        QStringLiteral("CRISTALLISE"),
        QStringLiteral("CRISTALLISEE"),
        QStringLiteral("DE"),
        QStringLiteral("D"),
        QStringLiteral("EN"),
        QStringLiteral("SOUS"),
        QStringLiteral("FORME"),
        QStringLiteral("EQUIVALENT"),
        QStringLiteral("EXPRIME"),
        QStringLiteral("EXPRIMEE"),
        QStringLiteral("SEL"),
    };
    return qualifiers.contains(word);
}

// The counter-ions of "VALPROATE DE SODIUM", "ACETYLSALICYLATE DE LYSINE".
bool isCation(const QString &word)
{
    static const QSet<QString> cations{
        QStringLiteral("SODIUM"),     QStringLiteral("POTASSIUM"),    QStringLiteral("CALCIUM"),
        QStringLiteral("MAGNESIUM"),  QStringLiteral("LITHIUM"),      QStringLiteral("ZINC"),
        QStringLiteral("ALUMINIUM"),  QStringLiteral("MEGLUMINE"),    QStringLiteral("LYSINE"),
        QStringLiteral("ARGININE"),   QStringLiteral("AMMONIUM"),     QStringLiteral("CHOLINE"),
        QStringLiteral("TROMETAMOL"), QStringLiteral("DIETHYLAMINE"),
    };
    return cations.contains(word);
}

// Words too general to stand for a molecule once a name is shortened to them.
bool tooGeneral(const QString &word)
{
    static const QSet<QString> general{
        QStringLiteral("ACIDE"),      QStringLiteral("VITAMINE"),
        QStringLiteral("VIRUS"),      QStringLiteral("FACTEUR"),
        QStringLiteral("CHLORURE"),   QStringLiteral("IMMUNOGLOBULINE"),
        QStringLiteral("INTERFERON"), QStringLiteral("TOXINE"),
        QStringLiteral("PROTEINE"),   QStringLiteral("EXTRAIT"),
        QStringLiteral("HUILE"),      QStringLiteral("SODIUM"),
        QStringLiteral("POTASSIUM"),  QStringLiteral("CALCIUM"),
        QStringLiteral("MAGNESIUM"),  QStringLiteral("SULFATE"),
        QStringLiteral("PHOSPHATE"),  QStringLiteral("CITRATE"),
        QStringLiteral("CARBONATE"),  QStringLiteral("HYDROXYDE"),
        QStringLiteral("OXYDE"),      QStringLiteral("ALPHA"),
        QStringLiteral("BETA"),
    };
    return word.size() < 5 || general.contains(word);
}

bool isLinkWord(const QString &word)
{
    return word == QLatin1String("DE") || word == QLatin1String("D") ||
           word == QLatin1String("DU") || word == QLatin1String("DES") ||
           word == QLatin1String("LA") || word == QLatin1String("LE");
}

void addOnce(QStringList &forms, const QString &form)
{
    if (!form.isEmpty() && !forms.contains(form))
        forms.append(form);
}

} // namespace

QStringList MoleculeMatcher::forms(const QString &name, bool shortened)
{
    const QString key = searchKey(name);
    if (key.contains(QLatin1String("HOMEOPATHIQUE")))
        return {};
    QStringList spellings{key};
    // "RANITIDINE (CHLORHYDRATE DE)" is "CHLORHYDRATE DE RANITIDINE", and "RANITIDINE".
    static const QRegularExpression bracketed(QStringLiteral("^(.*?)\\s*\\((.*)\\)\\s*(.*)$"));
    if (const auto m = bracketed.match(name); m.hasMatch()) {
        const QString outside = searchKey(m.captured(1) + QLatin1Char(' ') + m.captured(3));
        spellings.append(searchKey(m.captured(2) + QLatin1Char(' ') + outside));
        spellings.append(outside);
    }
    QStringList forms{key};
    for (const QString &spelling : std::as_const(spellings)) {
        QStringList words = spelling.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        words.removeIf(isWater);
        addOnce(forms, words.join(QLatin1Char(' ')));
        // A salt of an acid is the acid for the thesaurus: "VALPROATE DE SODIUM", "ALENDRONATE
        // MONOSODIQUE" are "ACIDE VALPROIQUE", "ACIDE ALENDRONIQUE". Tried before the
        // counter-ion, which is the active part only when the acid is no molecule
        // ("CARBONATE DE LITHIUM").
        if (!words.isEmpty() && words.constFirst().endsWith(QLatin1String("ATE")) &&
            (words.size() == 1 || isCation(words.constLast()) ||
             isSaltQualifier(words.constLast())))
            addOnce(forms, QLatin1String("ACIDE ") + words.constFirst().chopped(3) +
                               QLatin1String("IQUE"));
        if (words.size() >= 3 &&
            (words.at(1) == QLatin1String("DE") || words.at(1) == QLatin1String("D")) &&
            isSalt(words.constFirst()))
            addOnce(forms, words.mid(2).join(QLatin1Char(' ')));
        QStringList bare = words;
        while (bare.size() > 1 && isSaltQualifier(bare.constLast()))
            bare.removeLast();
        addOnce(forms, bare.join(QLatin1Char(' ')));
    }
    // "L-TRYPTOPHANE" is the thesaurus' "TRYPTOPHANE".
    for (qsizetype i = 0, n = forms.size(); i < n; ++i) {
        const QString form = forms.at(i);
        for (const QLatin1String prefix :
             {QLatin1String("L "), QLatin1String("D "), QLatin1String("DL ")})
            if (form.startsWith(prefix))
                addOnce(forms, form.mid(prefix.size()));
    }
    if (shortened) {
        for (qsizetype i = 0, n = forms.size(); i < n; ++i) {
            QStringList words = forms.at(i).split(QLatin1Char(' '));
            while (words.size() > 1) {
                words.removeLast();
                if (isLinkWord(words.constLast()))
                    continue;
                if (words.size() == 1 && tooGeneral(words.constFirst()))
                    break;
                addOnce(forms, words.join(QLatin1Char(' ')));
            }
        }
    }
    return forms;
}

MoleculeMatcher::MoleculeMatcher(const QStringList &molecules)
{
    // The names as published first, so that a molecule's own name always wins over another's
    // form ("SODIUM" the molecule over "SODIUM (CHLORURE DE)" without its salt).
    for (const QString &molecule : molecules)
        m_byForm.insert(searchKey(molecule), molecule);
    for (const QString &molecule : molecules)
        for (const QString &form : forms(molecule, false))
            if (!m_byForm.contains(form))
                m_byForm.insert(form, molecule);
}

QString MoleculeMatcher::moleculeFor(const QString &substanceName) const
{
    for (const QString &form : forms(substanceName, true))
        if (const auto found = m_byForm.constFind(form); found != m_byForm.cend())
            return *found;
    return {};
}

} // namespace relais
