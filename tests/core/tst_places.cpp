#include "geo/PlaceDirectory.h"

#include <QBuffer>
#include <QElapsedTimer>

#include <catch2/catch.hpp>

using namespace relais;

namespace {

const PlaceDirectory &shipped()
{
    const Result<PlaceDirectory> &table = PlaceDirectory::shipped();
    REQUIRE(table.has_value());
    return *table;
}

QStringList codes(const QList<Place> &places)
{
    QStringList list;
    for (const Place &p : places)
        list.append(p.code);
    return list;
}

Result<PlaceDirectory> readText(const QByteArray &text)
{
    QByteArray copy = text;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return PlaceDirectory::read(buffer, QStringLiteral("test.tsv"));
}

const QByteArray SmallTable = "#relais-places 1\tcommunes-2026\tpays-2025\n"
                              "01033\tC\tValserhône\t01\t\t01200\n"
                              "01033\tD\tBellegarde-sur-Valserine\t01\t01033\t01200\n"
                              "99352\tP\tAlgérie\t\t\t\n";

} // namespace

TEST_CASE("the shipped table holds every commune and country of its release", "[places]")
{
    const PlaceDirectory &places = shipped();
    CHECK(places.size() > 37000);
    CHECK(places.release() == QStringLiteral("communes-2026, pays-2025"));
    REQUIRE(places.byCode(QStringLiteral("75115")));
    CHECK(places.byCode(QStringLiteral("75115"))->name ==
          QStringLiteral("Paris 15e Arrondissement"));
    CHECK(places.byCode(QStringLiteral("2A004")));
    CHECK(places.byCode(QStringLiteral("2a004"))); // as typed
    CHECK(places.byCode(QStringLiteral("99352"))->isAbroad());
    CHECK_FALSE(places.byCode(QStringLiteral("99100"))); // France is never a birth place abroad
    CHECK_FALSE(places.byCode(QStringLiteral("12345")));
}

TEST_CASE("birth places are found by name as they are typed", "[places]")
{
    const PlaceDirectory &places = shipped();

    SECTION("accents and case aside")
    {
        const QList<Place> found = places.findBirthPlaces(QStringLiteral("BEZIERS"));
        REQUIRE_FALSE(found.isEmpty());
        CHECK(found.first().name == QStringLiteral("Béziers"));
        CHECK(found.first().code == QStringLiteral("34032"));
        CHECK(places.describe(found.first()) == QStringLiteral("Béziers (34)"));
    }
    SECTION("st for saint, and the whole name before a word inside it")
    {
        const QList<Place> found = places.findBirthPlaces(QStringLiteral("st etienne"));
        REQUIRE_FALSE(found.isEmpty());
        CHECK(found.first().name == QStringLiteral("Saint-Étienne"));
        CHECK(found.first().code == QStringLiteral("42218"));
        CHECK(codes(places.findBirthPlaces(QStringLiteral("ste maxime")))
                  .contains(QStringLiteral("83115")));
        // "st" being typed may also be Strasbourg.
        CHECK(codes(places.findBirthPlaces(QStringLiteral("stras")))
                  .contains(QStringLiteral("67482")));
    }
    SECTION("Paris, Lyon and Marseille by arrondissement only")
    {
        const QStringList paris = codes(places.findBirthPlaces(QStringLiteral("paris"), 30));
        CHECK(paris.contains(QStringLiteral("75101")));
        CHECK(paris.contains(QStringLiteral("75120")));
        CHECK_FALSE(paris.contains(QStringLiteral("75056")));
        CHECK(places.findBirthPlaces(QStringLiteral("paris 15")).first().code ==
              QStringLiteral("75115"));
        CHECK(places.findBirthPlaces(QStringLiteral("lyon 3")).first().code ==
              QStringLiteral("69383"));
        CHECK(places.findBirthPlaces(QStringLiteral("marseille 1er")).first().code ==
              QStringLiteral("13201"));
        // A code typed by hand is still the city's.
        CHECK(places.nameOf(QStringLiteral("75056")) == QStringLiteral("Paris (75)"));
    }
    SECTION("merged communes that kept their code")
    {
        const QList<Place> found = places.findBirthPlaces(QStringLiteral("bellegarde sur val"));
        REQUIRE_FALSE(found.isEmpty());
        CHECK(found.first().kind == Place::Kind::Delegated);
        CHECK(found.first().code == QStringLiteral("01033"));
        CHECK(places.describe(found.first()) ==
              QStringLiteral("Bellegarde-sur-Valserine (01), today part of Valserhône"));
        // Its code names today's commune.
        CHECK(places.byCode(QStringLiteral("01033"))->name == QStringLiteral("Valserhône"));
    }
    SECTION("countries for a birth abroad")
    {
        const QList<Place> found = places.findBirthPlaces(QStringLiteral("algerie"));
        REQUIRE_FALSE(found.isEmpty());
        CHECK(found.first().code == QStringLiteral("99352"));
        CHECK(places.describe(found.first()) == QStringLiteral("Algérie (abroad)"));
        CHECK(places.findBirthPlaces(QStringLiteral("maroc")).first().code ==
              QStringLiteral("99350"));
    }
    SECTION("a département after the name narrows a common name")
    {
        const QList<Place> found = places.findBirthPlaces(QStringLiteral("saint denis 93"));
        REQUIRE_FALSE(found.isEmpty());
        CHECK(found.first().code == QStringLiteral("93066"));
        for (const Place &p : found)
            CHECK(p.departement == QStringLiteral("93"));
    }
    SECTION("digits find the code")
    {
        CHECK(places.findBirthPlaces(QStringLiteral("34032")).first().name ==
              QStringLiteral("Béziers"));
        CHECK(places.findBirthPlaces(QStringLiteral("2a004")).first().code ==
              QStringLiteral("2A004"));
        CHECK(places.findBirthPlaces(QStringLiteral("99352")).first().name ==
              QStringLiteral("Algérie"));
    }
    SECTION("nothing typed, nothing found, never more than asked")
    {
        CHECK(places.findBirthPlaces(QString()).isEmpty());
        CHECK(places.findBirthPlaces(QStringLiteral("  - ")).isEmpty());
        CHECK(places.findBirthPlaces(QStringLiteral("zzzzq")).isEmpty());
        CHECK(places.findBirthPlaces(QStringLiteral("a"), 5).size() == 5);
    }
}

TEST_CASE("a postal code proposes the communes it serves", "[places]")
{
    const PlaceDirectory &places = shipped();
    const QList<Place> beziers = places.communesOfPostcode(QStringLiteral("34500"));
    REQUIRE_FALSE(beziers.isEmpty());
    CHECK(beziers.first().name == QStringLiteral("Béziers"));
    // Addresses in Paris say "Paris", not the arrondissement.
    const QList<Place> paris = places.communesOfPostcode(QStringLiteral("75015"));
    REQUIRE(paris.size() == 1);
    CHECK(paris.first().name == QStringLiteral("Paris"));
    // A postcode shared by several communes lists them all, today's first.
    const QList<Place> shared = places.communesOfPostcode(QStringLiteral("01200"));
    CHECK(shared.size() > 1);
    CHECK(places.communesOfPostcode(QStringLiteral("00000")).isEmpty());
}

TEST_CASE("a damaged table of places is refused with the line", "[places]")
{
    REQUIRE(readText(SmallTable));
    CHECK(readText(SmallTable)->size() == 3);

    const auto refused = [](const QByteArray &text, const char *why) {
        INFO(why);
        const auto table = readText(text);
        REQUIRE_FALSE(table);
        CHECK(table.error().code == ErrorCode::Corrupt);
        return table.error().message;
    };
    CHECK(refused(QByteArray(), "empty").contains(QStringLiteral("line 1")));
    CHECK(refused("code;nom\n01001;X\n", "another format").contains(QStringLiteral("line 1")));
    CHECK(refused(SmallTable.chopped(1), "cut mid-line").contains(QStringLiteral("line 4")));
    CHECK(refused(SmallTable.left(SmallTable.indexOf("01033")), "no place")
              .contains(QStringLiteral("line")));
    QByteArray badCode = SmallTable;
    badCode.replace("99352", "9935X");
    CHECK(refused(badCode, "bad code").contains(QStringLiteral("line 4")));
    QByteArray columns = SmallTable;
    columns.replace("Algérie\t\t\t", "Algérie\t\t");
    CHECK(refused(columns, "missing column").contains(QStringLiteral("5 columns")));
    QByteArray latin1 = SmallTable;
    latin1.replace("Alg\xc3\xa9rie", "Alg\xe9rie");
    refused(latin1, "not UTF-8");
    QByteArray order = "#relais-places 1\tcommunes-2026\tpays-2025\n"
                       "99352\tP\tAlgérie\t\t\t\n"
                       "01033\tC\tValserhône\t01\t\t01200\n";
    refused(order, "out of order");
    QByteArray abroad = SmallTable;
    abroad.replace("Algérie\t\t", "Algérie\t75\t");
    refused(abroad, "a country with a département");
}

TEST_CASE("a small table behaves as the shipped one", "[places]")
{
    const auto table = readText(SmallTable);
    REQUIRE(table);
    CHECK(table->nameOf(QStringLiteral("01033")) == QStringLiteral("Valserhône (01)"));
    CHECK(table->nameOf(QStringLiteral("75115")) ==
          QStringLiteral("75115")); // unknown: the code as typed
    CHECK(codes(table->communesOfPostcode(QStringLiteral("01200"))) ==
          QStringList{QStringLiteral("01033"), QStringLiteral("01033")});
}
