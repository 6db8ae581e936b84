#include "domain/DuplicateRules.h"
#include "domain/NameMatcher.h"

#include <catch2/catch.hpp>

using namespace relais;

TEST_CASE("names written differently or sounding alike are the same name")
{
    const auto same = [](const char *a, const char *b) {
        return NameMatcher::sameName(QString::fromUtf8(a), QString::fromUtf8(b));
    };
    CHECK(same("DUPONT", "Du Pont"));
    CHECK(same("Hélène", "HELENE"));
    CHECK(same("Lefèvre", "LEFEBVRE"));
    CHECK(same("Philippe", "Filipe"));
    CHECK(same("Saint-Martin", "SAINT MARTIN"));
    CHECK(same("N'Diaye", "NDIAYE"));
    CHECK(same("Gauthier", "Gautier"));
    CHECK(same("Mathieu", "Matthieu"));
    CHECK(same("Rousseau", "Roussot"));
    CHECK(same("Bernard", "Bernart"));
    CHECK(same("Schmitt", "Chmit"));
    CHECK_FALSE(same("Martin", "Martinez"));
    CHECK_FALSE(same("Dupont", "Dupuis"));
    CHECK_FALSE(same("Marie", "Mario"));
    CHECK_FALSE(same("Petit", "Prévost"));
    CHECK_FALSE(same("", ""));
    CHECK(NameMatcher::givenNames(QStringLiteral("Marie-Claire  Anne")) ==
          QStringList{QStringLiteral("MARIE"), QStringLiteral("CLAIRE"), QStringLiteral("ANNE")});
}

TEST_CASE("duplicate proposals on realistic near-misses, each with why")
{
    const QDate born(1962, 4, 17);
    const IdentitySketch existing{QStringLiteral("DUPONT"),
                                  QStringLiteral("MARTIN"),
                                  QStringLiteral("HÉLÈNE MARIE"),
                                  born,
                                  QLatin1Char('F'),
                                  QStringLiteral("262049935012345")};
    const auto compare = [&](IdentitySketch typed) {
        return DuplicateRules::compare(typed, existing);
    };

    SECTION("compound name typed apart, accents left out")
    {
        auto m = compare(
            {QStringLiteral("Du Pont"), {}, QStringLiteral("Helene"), born, QLatin1Char('F'), {}});
        REQUIRE(m);
        CHECK(m->score == 80);
        CHECK(m->reasons.contains(QStringLiteral("same birth date")));
        CHECK(m->reasons.contains(QStringLiteral("same birth name")));
    }
    SECTION("given names swapped")
    {
        auto m = compare({QStringLiteral("DUPONT"),
                          {},
                          QStringLiteral("Marie Hélène"),
                          born,
                          QLatin1Char('F'),
                          {}});
        REQUIRE(m);
        CHECK(m->reasons.contains(QStringLiteral("same given names in another order")));
    }
    SECTION("registered first under her married name")
    {
        auto m = compare(
            {QStringLiteral("MARTIN"), {}, QStringLiteral("Hélène"), born, QLatin1Char('F'), {}});
        REQUIRE(m);
        CHECK(m->score == 80);
        CHECK(m->reasons.contains(
            QStringLiteral("the used name of one is the birth name of the other")));
    }
    SECTION("same social-security number whatever else was typed")
    {
        auto m = compare({QStringLiteral("X"),
                          {},
                          QStringLiteral("Y"),
                          QDate(2000, 1, 1),
                          QLatin1Char('M'),
                          QStringLiteral("262049935012345")});
        REQUIRE(m);
        CHECK(m->score == 100);
    }
    SECTION("a twin sister: same name and date, another first name, still worth a look")
    {
        auto m = compare(
            {QStringLiteral("DUPONT"), {}, QStringLiteral("Sophie"), born, QLatin1Char('F'), {}});
        REQUIRE(m);
        CHECK(m->score == 40);
    }
    SECTION("sex typed differently lowers the score and says so")
    {
        auto m = compare(
            {QStringLiteral("DUPONT"), {}, QStringLiteral("Hélène"), born, QLatin1Char('M'), {}});
        REQUIRE(m);
        CHECK(m->score == 60);
        CHECK(m->reasons.contains(QStringLiteral("but a different sex")));
    }
    SECTION("spelt as typed ranks before sounding alike, at the same score")
    {
        const IdentitySketch typed{QStringLiteral("Dupont"), {}, QStringLiteral("Hélène"), born,
                                   QLatin1Char('F'),         {}};
        IdentitySketch soundsAlike = existing;
        soundsAlike.birthName = QStringLiteral("DUPOND");
        soundsAlike.nir.clear();
        auto spelt = DuplicateRules::compare(typed, existing);
        auto heard = DuplicateRules::compare(typed, soundsAlike);
        REQUIRE(spelt);
        REQUIRE(heard);
        CHECK(spelt->score == heard->score);
        CHECK(spelt->sameSpelling);
        CHECK_FALSE(heard->sameSpelling);
        CHECK(DuplicateRules::ranksBefore(*spelt, *heard));
        CHECK_FALSE(DuplicateRules::ranksBefore(*heard, *spelt));
    }
    SECTION("not proposed")
    {
        CHECK_FALSE(compare({QStringLiteral("DUPONT"),
                             {},
                             QStringLiteral("Hélène"),
                             born.addDays(1),
                             QLatin1Char('F'),
                             {}}));
        CHECK_FALSE(compare(
            {QStringLiteral("DURAND"), {}, QStringLiteral("Sophie"), born, QLatin1Char('F'), {}}));
    }
}
