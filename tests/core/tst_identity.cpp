#include "domain/IdentityStatus.h"
#include "domain/IdentityTraits.h"
#include "domain/PhoneNumber.h"
#include "util/Translations.h"

#include <catch2/catch.hpp>

using namespace relais;

TEST_CASE("strict traits are stored upper case, without diacritics")
{
    const auto what = IdentityTraits::Trait::BirthName;
    const auto form = [&](const char *typed) {
        auto result = IdentityTraits::strictForm(QString::fromUtf8(typed), what);
        return result ? *result : QStringLiteral("<refused>");
    };
    CHECK(form("Lefèvre-d’Argent") == QStringLiteral("LEFEVRE-D'ARGENT"));
    CHECK(form("  hélène   marie ") == QStringLiteral("HELENE MARIE"));
    CHECK(form("N'Diaye") == QStringLiteral("N'DIAYE"));
    CHECK(form("Du Pont") == QStringLiteral("DU PONT"));
    CHECK(form("Strauß") == QStringLiteral("STRAUSS"));
    CHECK(form("Œuvray") == QStringLiteral("OEUVRAY"));
    CHECK(form("Saint - Martin") == QStringLiteral("SAINT-MARTIN"));
    CHECK(form("Müller--Thurgau") == QStringLiteral("MULLER-THURGAU"));
    CHECK(form("Çelik") == QStringLiteral("CELIK"));
    CHECK(form("Martin2") == QStringLiteral("<refused>"));
    CHECK(form("Jean_Paul") == QStringLiteral("<refused>"));
    CHECK(form("Ζήνων") == QStringLiteral("<refused>")); // not Latin: INSi would not return it
    CHECK(form("   ") == QStringLiteral("<refused>"));
    CHECK(IdentityTraits::strictForm(QStringLiteral("X1"), what)
              .error()
              .message.contains(QStringLiteral("1")));
}

TEST_CASE("a missing trait is said in a sentence that agrees with it")
{
    Translations::install(QLocale(QLocale::French, QLocale::France));
    CHECK(IdentityTraits::strictForm(QString(), IdentityTraits::Trait::BirthGivenNames)
              .error()
              .message == QStringLiteral("Les prénoms de naissance manquent."));
    CHECK(IdentityTraits::strictForm(QStringLiteral(" - "), IdentityTraits::Trait::BirthName)
              .error()
              .message == QStringLiteral("Le nom de naissance manque."));
    Translations::install(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

TEST_CASE("birth dates typed the French way, packed or ISO, and impossible ones refused")
{
    const QDate today(2026, 11, 24);
    const auto parse = [&](const char *typed) {
        return IdentityTraits::parseBirthDate(QString::fromLatin1(typed), today);
    };
    CHECK(parse("12/03/1985") == QDate(1985, 3, 12));
    CHECK(parse("12031985") == QDate(1985, 3, 12));
    CHECK(parse("1985-03-12") == QDate(1985, 3, 12));
    CHECK(parse("1/3/1985") == QDate(1985, 3, 1));
    CHECK(parse("12.03.1985") == QDate(1985, 3, 12));
    CHECK(parse("29/02/2024") == QDate(2024, 2, 29));
    CHECK(parse("24/11/2026") == today); // born today
    CHECK_FALSE(parse("29/02/2023").has_value());
    CHECK_FALSE(parse("31/04/1990").has_value());
    CHECK_FALSE(parse("25/11/2026").has_value());
    CHECK(parse("25/11/2026").error().message.contains(QStringLiteral("future")));
    CHECK_FALSE(parse("01/01/1890").has_value());
    CHECK_FALSE(parse("12/03/85").has_value());
    CHECK_FALSE(parse("03/12/1985x").has_value());
    CHECK_FALSE(parse("").has_value());
}

TEST_CASE("INSEE place-of-birth codes: départements, Corsica, overseas, abroad")
{
    for (const char *valid : {"14168", "75056", "2A004", "2B033", "97411", "97209", "98818",
                              "99126", "99350", "01001"}) {
        INFO(valid);
        CHECK(IdentityTraits::checkBirthPlace(QString::fromLatin1(valid)).has_value());
    }
    for (const char *invalid : {"", "1416", "141680", "00168", "96001", "2C004", "97011", "97500x",
                                "99000", "14000", "97400", "ABCDE"}) {
        INFO(invalid);
        CHECK_FALSE(IdentityTraits::checkBirthPlace(QString::fromLatin1(invalid)).has_value());
    }
    CHECK(IdentityTraits::isAbroad(QStringLiteral("99126")));
}

TEST_CASE("phone numbers are kept in E.164 and shown the French way")
{
    struct Case
    {
        const char *typed;
        const char *e164;
        const char *shown;
        const char *international;
    };
    const Case cases[] = {
        {"06 12 34 56 78", "+33612345678", "06 12 34 56 78", "+33 6 12 34 56 78"},
        {"0612345678", "+33612345678", "06 12 34 56 78", "+33 6 12 34 56 78"},
        {"06.12.34.56.78", "+33612345678", "06 12 34 56 78", "+33 6 12 34 56 78"},
        {"+33 6 12 34 56 78", "+33612345678", "06 12 34 56 78", "+33 6 12 34 56 78"},
        {"+33 (0)6 12 34 56 78", "+33612345678", "06 12 34 56 78", "+33 6 12 34 56 78"},
        {"0033 5 53 00 00 00", "+33553000000", "05 53 00 00 00", "+33 5 53 00 00 00"},
        {"02 62 41 00 00", "+262262410000", "02 62 41 00 00", "+262 2 62 41 00 00"},
        {"0692 12 34 56", "+262692123456", "06 92 12 34 56", "+262 6 92 12 34 56"},
        {"0596 60 00 00", "+596596600000", "05 96 60 00 00", "+596 5 96 60 00 00"},
        {"+44 20 7946 0000", "+442079460000", "+442079460000", "+442079460000"},
    };
    for (const Case &c : cases) {
        INFO(c.typed);
        const auto phone = PhoneNumber::parse(QString::fromUtf8(c.typed));
        REQUIRE(phone.has_value());
        CHECK(phone->e164() == QLatin1String(c.e164));
        CHECK(phone->display() == QLatin1String(c.shown));
        CHECK(phone->international() == QLatin1String(c.international));
    }
    for (const char *bad : {"", "06 12 34 56", "06 12 34 56 789", "16 12 34 56 78",
                            "00 12 34 56 78", "06 12 AB 56 78", "+1", "pas de téléphone"}) {
        INFO(bad);
        CHECK_FALSE(PhoneNumber::parse(QString::fromUtf8(bad)).has_value());
    }
}

TEST_CASE("identity status: validation, INSi retrieval, and strict-trait changes")
{
    using S = IdentityStatus;
    using R = IdentityStatusRules;
    const QString amel = QStringLiteral("amel");
    CHECK(R::afterValidation(S::Provisional, ProofDocument::IdentityCard, amel) == S::Validated);
    CHECK(R::afterValidation(S::Retrieved, ProofDocument::Passport, amel) == S::Qualified);
    CHECK(R::afterValidation(S::Qualified, ProofDocument::Passport, amel) == S::Qualified);
    CHECK_FALSE(R::afterValidation(S::Provisional, ProofDocument::None, amel).has_value());
    CHECK_FALSE(R::afterValidation(S::Provisional, ProofDocument::Passport, QStringLiteral(" "))
                    .has_value());

    CHECK(R::afterRetrieval(S::Provisional) == S::Retrieved);
    CHECK(R::afterRetrieval(S::Validated) == S::Qualified);

    CHECK(R::afterStrictTraitChange(S::Provisional, QString()) == S::Provisional);
    CHECK_FALSE(R::afterStrictTraitChange(S::Qualified, QString()).has_value());
    CHECK(R::afterStrictTraitChange(S::Qualified, QStringLiteral("typo in the birth name")) ==
          S::Provisional);
    CHECK(R::afterStrictTraitChange(S::Validated, QStringLiteral("marriage certificate")) ==
          S::Provisional);

    CHECK(R::mayShareIns(S::Qualified));
    for (S s : {S::Provisional, S::Retrieved, S::Validated})
        CHECK_FALSE(R::mayShareIns(s));
    for (S s : {S::Provisional, S::Retrieved, S::Validated, S::Qualified})
        CHECK(R::fromCode(R::code(s)) == s);
    CHECK_FALSE(R::fromCode(QStringLiteral("VALID")).has_value());
}

TEST_CASE("a search date with a two-digit year is either century that can be a birth date")
{
    const QDate today(2026, 11, 28);
    CHECK(IdentityTraits::shortBirthDates(QStringLiteral("5/2/70"), today) ==
          QList<QDate>{QDate(1970, 2, 5)}); // 2070 is in the future
    CHECK(IdentityTraits::shortBirthDates(QStringLiteral("05.02.05"), today) ==
          QList<QDate>{QDate(2005, 2, 5), QDate(1905, 2, 5)});
    CHECK(IdentityTraits::shortBirthDates(QStringLiteral("31/02/70"), today).isEmpty());
    CHECK(IdentityTraits::shortBirthDates(QStringLiteral("5/2/1970"), today).isEmpty());
    CHECK(IdentityTraits::shortBirthDates(QStringLiteral("1/1/90"), today) ==
          QList<QDate>{QDate(1990, 1, 1)}); // 1890: beyond 130 years
    // Not for intake: a two-digit year is refused there.
    CHECK_FALSE(IdentityTraits::parseBirthDate(QStringLiteral("5/2/70"), today));
}
