#include "domain/Interaction.h"
#include "domain/MoleculeMatcher.h"

#include <catch2/catch.hpp>

using namespace relais;

namespace {

// Molecules as the thesaurus publishes them, among them a class-like salt and a bare ion.
const QStringList Molecules{
    QStringLiteral("AMOXICILLINE"),
    QStringLiteral("RANITIDINE"),
    QStringLiteral("ACIDE VALPROIQUE"),
    QStringLiteral("ACIDE ALENDRONIQUE"),
    QStringLiteral("SODIUM (CHLORURE DE)"),
    QStringLiteral("POTASSIUM"),
    QStringLiteral("OLMESARTAN"),
    QStringLiteral("LITHIUM"),
    QStringLiteral("MEMANTINE"),
    QStringLiteral("TRYPTOPHANE"),
    QStringLiteral("ACIDE ACETYLSALICYLIQUE"),
    QStringLiteral("ACIDE FUSIDIQUE"),
    QStringLiteral("DABIGATRAN"),
};

} // namespace

TEST_CASE("molecule names: a BDPM substance is found under its thesaurus molecule")
{
    const MoleculeMatcher matcher(Molecules);
    struct Case
    {
        const char *substance;
        const char *molecule;
    };
    // Each line is a way the BDPM spells a substance that the thesaurus spells otherwise.
    const Case cases[] = {
        {"AMOXICILLINE", "AMOXICILLINE"},               // the same
        {"amoxicilline", "AMOXICILLINE"},               // case
        {"AMOXICILLINE TRIHYDRATÉE", "AMOXICILLINE"},   // water, accented
        {"AMOXICILLINE SODIQUE", "AMOXICILLINE"},       // a salt after the name
        {"RANITIDINE (CHLORHYDRATE DE)", "RANITIDINE"}, // a salt in brackets
        {"RANITIDINE BASE", "RANITIDINE"},              // the base
        {"CHLORHYDRATE DE MÉMANTINE", "MEMANTINE"},     // a salt before the name
        {"VALPROATE DE SODIUM", "ACIDE VALPROIQUE"},    // the salt of an acid
        {"ALENDRONATE MONOSODIQUE TRIHYDRATÉ", "ACIDE ALENDRONIQUE"},
        {"ACÉTYLSALICYLATE DE LYSINE", "ACIDE ACETYLSALICYLIQUE"},
        {"CHLORURE DE SODIUM", "SODIUM (CHLORURE DE)"}, // the thesaurus' brackets
        {"CHLORURE DE POTASSIUM", "POTASSIUM"},         // the ion
        {"CARBONATE DE LITHIUM", "LITHIUM"},
        {"L-TRYPTOPHANE", "TRYPTOPHANE"},       // an amino acid's L-
        {"OLMÉSARTAN MÉDOXOMIL", "OLMESARTAN"}, // an ester, shortened
        {"DABIGATRAN ÉTEXILATE (MÉSILATE DE)", "DABIGATRAN"},
        {"ACIDE FUSIDIQUE HÉMIHYDRATÉ", "ACIDE FUSIDIQUE"},
    };
    for (const Case &c : cases) {
        INFO(c.substance);
        CHECK(matcher.moleculeFor(QString::fromUtf8(c.substance)) == QLatin1String(c.molecule));
    }
}

TEST_CASE("molecule names: what is not a thesaurus molecule stays unmatched")
{
    const MoleculeMatcher matcher(Molecules);
    // Not in the thesaurus at all.
    CHECK(matcher.moleculeFor(QStringLiteral("PARACÉTAMOL")).isEmpty());
    // A homeopathic stock is not the molecule it is named after.
    CHECK(matcher.moleculeFor(QStringLiteral("LITHIUM CARBONICUM POUR PRÉPARATIONS HOMÉOPATHIQUES"))
              .isEmpty());
    // Shortening stops before a word that names no molecule on its own: "ACIDE X" is not
    // every acid, nor "SODIUM" every sodium salt.
    CHECK(matcher.moleculeFor(QStringLiteral("ACIDE TRANEXAMIQUE")).isEmpty());
    CHECK(matcher.moleculeFor(QStringLiteral("HYDROXYDE DE SODIUM ANHYDRE")).isEmpty());
    CHECK(MoleculeMatcher::forms(QStringLiteral("ACIDE TRANEXAMIQUE"), true) ==
          QStringList{QStringLiteral("ACIDE TRANEXAMIQUE")});
    // An empty name has nothing to match.
    CHECK(matcher.moleculeFor(QString()).isEmpty());
}

TEST_CASE("molecule names: the exact form is tried first, then the looser ones")
{
    const QStringList forms = MoleculeMatcher::forms(QStringLiteral("OLMÉSARTAN MÉDOXOMIL"), true);
    REQUIRE(forms.size() == 2);
    CHECK(forms.at(0) == QLatin1String("OLMESARTAN MEDOXOMIL"));
    CHECK(forms.at(1) == QLatin1String("OLMESARTAN"));
    // Without shortening, a name keeps all its words.
    CHECK(MoleculeMatcher::forms(QStringLiteral("OLMÉSARTAN MÉDOXOMIL"), false) ==
          QStringList{QStringLiteral("OLMESARTAN MEDOXOMIL")});
    CHECK(MoleculeMatcher::forms(QStringLiteral("ARNICA MONTANA POUR PRÉPARATIONS HOMÉOPATHIQUES"),
                                 true)
              .isEmpty());
}

TEST_CASE("interaction levels: the most serious is named by its usual abbreviation")
{
    CHECK(mostSerious(InteractionLevel::Contraindicated | InteractionLevel::ToConsider) ==
          InteractionLevel::Contraindicated);
    CHECK(mostSerious(InteractionLevel::Precaution | InteractionLevel::Inadvisable) ==
          InteractionLevel::Inadvisable);
    CHECK(mostSerious({}) == InteractionLevel::ToConsider);
    CHECK(levelCode(InteractionLevel::Contraindicated) == QLatin1String("CI"));
    CHECK(levelCode(InteractionLevel::Inadvisable) == QLatin1String("AD"));
    CHECK(levelCode(InteractionLevel::Precaution) == QLatin1String("PE"));
    CHECK(levelCode(InteractionLevel::ToConsider) == QLatin1String("APEC"));
}
