#include "domain/Nir.h"

#include <catch2/catch.hpp>

using namespace relais;

namespace {

struct NirCase
{
    const char *typed;
    bool valid;
    const char *why;
};

// Every key below was computed independently (97 − body mod 97, 2A→19, 2B→18); the examples of
// DOMAIN.md are included. Invalid ones are wrong in exactly the way their line says.
const NirCase Cases[] = {
    {"255081416802538", true, "DOMAIN.md example: woman, August 1955, Calvados"},
    {"255082A16802597", true, "DOMAIN.md example: Corse-du-Sud 2A, key 97"},
    {"284052A32102552", true, "DOMAIN.md example: 2A"},
    {"284052B32102579", true, "DOMAIN.md example: Haute-Corse 2B"},
    {"295109912611193", true, "DOMAIN.md example: born abroad, country 126"},
    {"185057505601205", true, "man, May 1985, Paris"},
    {"172059741112354", true, "born in Réunion: 3-digit département 974, 2-digit commune"},
    {"201039720900229", true, "born in Martinique (972)"},
    {"199309880500413", true, "born in New Caledonia (988)"},
    {"164336200100102", true, "month 33: birth record without a month"},
    {"270502010112376", true, "month 50: birth record without a month"},
    {"180999900100151", true, "month 99"},
    {"385059935000151", true, "3: foreign-born, temporary number"},
    {"490069910000293", true, "4: foreign-born woman, temporary number"},
    {"785107505600187", true, "7: NIA"},
    {"888121305500174", true, "8: NIA"},
    {"100010100100105", true, "January 2000, Ain (01)"},
    {"223123015099928", true, "December 2023, order 999"},
    {"2 55 08 14 168 025 38", true, "typed with the card's spaces"},
    {"255082a16802597", true, "2a typed in lower case"},
    {"2550814168025", true, "13 characters: the key is computed"},
    {"255081416802539", false, "DOMAIN.md example: wrong key"},
    {"253072C07300443", false, "DOMAIN.md example: 2C is no département"},
    {"255081416802583", false, "the two key digits swapped"},
    {"255081416802500", false, "key 00 is never a key"},
    {"255081416802598", false, "key 98 is never a key"},
    {"255131416802521", false, "month 13"},
    {"255001416802507", false, "month 00"},
    {"255431416802516", false, "month 43"},
    {"255491416802515", false, "month 49"},
    {"255080016802528", false, "département 00"},
    {"255089616802555", false, "département 96"},
    {"255081400002534", false, "commune 000"},
    {"255081416800063", false, "order 000"},
    {"555081416802582", false, "first digit 5 is no sex"},
    {"055081416802541", false, "first digit 0 is no sex"},
    {"255089701102582", false, "970 is no overseas département"},
    {"255089900002567", false, "abroad with country 000"},
    {"25508141680253", false, "14 characters"},
    {"2550814168025381", false, "16 characters"},
    {"25508141680A538", false, "a letter outside the département"},
    {"255081416802", false, "12 characters"},
    {"", false, "empty"},
    {"2550814168025-38", false, "a dash is not a digit"},
};

} // namespace

TEST_CASE("NIR table: 44 numbers, valid and invalid, each with why")
{
    STATIC_REQUIRE(std::size(Cases) >= 40);
    for (const NirCase &c : Cases) {
        INFO(c.typed << " — " << c.why);
        const auto nir = Nir::parse(QString::fromUtf8(c.typed));
        CHECK(nir.has_value() == c.valid);
        if (nir) {
            CHECK(nir->toString().size() == 15);
            CHECK(Nir::parse(nir->toString())->toString() == nir->toString());
            CHECK(Nir::parse(nir->formatted())->toString() == nir->toString());
        } else {
            CHECK_FALSE(nir.error().message.isEmpty());
        }
    }
}

TEST_CASE("NIR parts: place of birth, month, temporary numbers, printed form")
{
    const Nir corsica = *Nir::parse(QStringLiteral("255082A16802597"));
    CHECK(corsica.departement() == QStringLiteral("2A"));
    CHECK(corsica.birthMonth() == 8);
    CHECK(corsica.formatted() == QStringLiteral("2 55 08 2A 168 025 97"));
    const Nir reunion = *Nir::parse(QStringLiteral("172059741112354"));
    CHECK(reunion.departement() == QStringLiteral("974"));
    CHECK(reunion.formatted() == QStringLiteral("1 72 05 974 11 123 54"));
    CHECK(Nir::parse(QStringLiteral("295109912611193"))->bornAbroad());
    CHECK(Nir::parse(QStringLiteral("164336200100102"))->birthMonth() == 0);
    CHECK(Nir::parse(QStringLiteral("785107505600187"))->isTemporary());
    CHECK_FALSE(corsica.isTemporary());
    // A wrong key is said, never the right one (see the test below).
    CHECK(Nir::parse(QStringLiteral("255081416802539"))
              .error()
              .message.contains(QStringLiteral("does not check out")));
}

TEST_CASE("a NIR must agree with the identity's sex and birth date")
{
    const Nir nir = *Nir::parse(QStringLiteral("255081416802538"));
    CHECK(nir.consistentWith(QLatin1Char('F'), QDate(1955, 8, 3)).has_value());
    CHECK_FALSE(nir.consistentWith(QLatin1Char('M'), QDate(1955, 8, 3)).has_value());
    CHECK_FALSE(nir.consistentWith(QLatin1Char('F'), QDate(1956, 8, 3)).has_value());
    CHECK_FALSE(nir.consistentWith(QLatin1Char('F'), QDate(1955, 9, 3)).has_value());
    // Without a month in the number, any month of that year agrees.
    const Nir noMonth = *Nir::parse(QStringLiteral("164336200100102"));
    CHECK(noMonth.consistentWith(QLatin1Char('M'), QDate(1964, 2, 29)).has_value());
}

TEST_CASE("NIR: a wrong key asks to re-read the card and never names the right key")
{
    // 255081416802538 is right: a tired assistant who read "the key should be 38" would type it.
    for (const char *typed : {"255081416802539", "255081416802583", "255081416802500"}) {
        const auto nir = Nir::parse(QString::fromUtf8(typed));
        REQUIRE_FALSE(nir.has_value());
        INFO(nir.error().message.toStdString());
        CHECK_FALSE(nir.error().message.contains(QStringLiteral("38")));
        CHECK(nir.error().message.contains(QStringLiteral("does not check out")));
        CHECK(nir.error().message.contains(QStringLiteral("card")));
    }
}
