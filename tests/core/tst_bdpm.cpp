#include "interop/BdpmSubstances.h"
#include "util/EditDistance.h"

#include <catch2/catch.hpp>

using namespace relais;

namespace {

// A list read from a file: `codes` substances, each under one name, from `lines` lines.
BdpmSubstanceList listOf(int codes, int lines, int skipped = 0)
{
    BdpmSubstanceList list;
    list.file = QStringLiteral("CIS_COMPO_bdpm.txt");
    for (int i = 0; i < codes; ++i)
        list.substances.append({QString::number(10000 + i), QStringLiteral("SUBSTANCE %1").arg(i)});
    list.lines = lines;
    for (int i = 0; i < skipped; ++i)
        list.skipped.append(QStringLiteral("CIS_COMPO_bdpm.txt, line %1: 5 columns").arg(i + 1));
    list.linesRead = lines - skipped;
    return list;
}

} // namespace

TEST_CASE("bdpm plausibility: a whole release is accepted, first import or replacement")
{
    CHECK(BdpmSubstances::plausible(listOf(3352, 27023), 0).has_value());
    CHECK(BdpmSubstances::plausible(listOf(3352, 27023), 3400).has_value());
    // Growth is never suspicious.
    CHECK(BdpmSubstances::plausible(listOf(4100, 30000), 3352).has_value());
}

TEST_CASE("bdpm plausibility: the floor, at and below it")
{
    CHECK(BdpmSubstances::plausible(listOf(BdpmSubstances::MinimumCodes, 9000), 0).has_value());
    const Status below =
        BdpmSubstances::plausible(listOf(BdpmSubstances::MinimumCodes - 1, 9000), 0);
    REQUIRE_FALSE(below.has_value());
    CHECK(below.error().code == ErrorCode::Implausible);
    CHECK(below.error().message.contains(QStringLiteral("holds only 999 substances")));
}

TEST_CASE("bdpm plausibility: against the release in use, a fifth lost is refused")
{
    // 80 % of 3,000 is 2,400: kept; 2,399 refused.
    CHECK(BdpmSubstances::plausible(listOf(2400, 20000), 3000).has_value());
    const Status shrunk = BdpmSubstances::plausible(listOf(2399, 20000), 3000);
    REQUIRE_FALSE(shrunk.has_value());
    CHECK(shrunk.error().message.contains(QStringLiteral("the release in use holds 3000")));
}

TEST_CASE("bdpm plausibility: skipped lines, ten or one percent tolerated, not more")
{
    CHECK(BdpmSubstances::plausible(listOf(3000, 500, 10), 0).has_value());
    CHECK_FALSE(BdpmSubstances::plausible(listOf(3000, 500, 11), 0).has_value());
    CHECK(BdpmSubstances::plausible(listOf(3000, 27000, 270), 0).has_value());
    const Status many = BdpmSubstances::plausible(listOf(3000, 27000, 271), 0);
    REQUIRE_FALSE(many.has_value());
    CHECK(many.error().message.contains(QStringLiteral("271 lines of 27000")));
    CHECK(many.error().message.contains(QStringLiteral("line 1: 5 columns")));
}

TEST_CASE("bdpm plausibility: a file that ends mid-line is refused whatever it holds")
{
    BdpmSubstanceList cut = listOf(3352, 27023);
    cut.endsMidLine = true;
    const Status refused = BdpmSubstances::plausible(cut, 0);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().message.contains(QStringLiteral("cut short")));
}

TEST_CASE("a typed substance name a typo away from a real one is told apart from another name")
{
    const auto d = [](const char *a, const char *b, int limit = 2) {
        return editDistance(QString::fromUtf8(a), QString::fromUtf8(b), limit);
    };
    CHECK(d("AMOXICILINNE", "AMOXICILLINE") == 2);
    CHECK(d("CODIENE", "CODEINE") == 1); // two neighbours swapped: one edit
    CHECK(d("CODEINE", "CODEINE") == 0);
    CHECK(d("PARACETAMOL", "PARACETAMOLE") == 1);
    CHECK(d("LATEX", "AMOXICILLINE") == 3); // past the limit: limit + 1
    CHECK(d("", "AB") == 2);
    CHECK(d("ABC", "", 1) == 2);
    CHECK(d("KITTEN", "SITTING", 5) == 3);
}
