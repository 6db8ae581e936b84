#include "domain/DrugBarcode.h"

#include <catch2/catch.hpp>

using namespace relais;

TEST_CASE("drug barcode: the CIP13 of a box is read from its DataMatrix, however it is typed")
{
    // A box of the 2017 BDPM (CIS 60002504): CIP13 3400933208639.
    const QString cip = QStringLiteral("3400933208639");
    CHECK(DrugBarcode::validCip13(cip));
    CHECK_FALSE(DrugBarcode::validCip13(QStringLiteral("3400933208638")));
    CHECK_FALSE(DrugBarcode::validCip13(QStringLiteral("340093320863")));

    const QChar gs(0x1D);
    const QString scanned =
        QStringLiteral("]d201034009332086391728103110AB123") + gs + QStringLiteral("21XYZ987");
    const auto read = DrugBarcode::read(scanned);
    REQUIRE(read.has_value());
    CHECK(read->cip13 == cip);
    CHECK(read->expiry == QDate(2028, 10, 31));
    CHECK(read->batch == QLatin1String("AB123"));
    CHECK(read->serial == QLatin1String("XYZ987"));

    // A scanner set up without the prefix, fields in another order, a day of 00 (end of month).
    const auto other = DrugBarcode::read(QStringLiteral("01034009332086392112345") + gs +
                                         QStringLiteral("17290200"));
    REQUIRE(other.has_value());
    CHECK(other->cip13 == cip);
    CHECK(other->serial == QLatin1String("12345"));
    CHECK(other->expiry == QDate(2029, 2, 28));

    // The human-readable line under the code.
    const auto printed = DrugBarcode::read(QStringLiteral("(01)03400933208639(17)281031(10)L42"));
    REQUIRE(printed.has_value());
    CHECK(printed->cip13 == cip);
    CHECK(printed->batch == QLatin1String("L42"));

    // The CIP13 typed alone, or the old CIP7.
    CHECK(DrugBarcode::read(cip)->cip13 == cip);
    CHECK(DrugBarcode::read(QStringLiteral("3320863"))->cip7 == QLatin1String("3320863"));
}

TEST_CASE("drug barcode: what is not a drug's code is not read as one")
{
    CHECK_FALSE(DrugBarcode::read(QStringLiteral("amoxicilline")).has_value());
    CHECK_FALSE(DrugBarcode::read(QString()).has_value());
    // A wrong check digit: a misread, not another box.
    CHECK_FALSE(DrugBarcode::read(QStringLiteral("3400933208638")).has_value());
    CHECK_FALSE(DrugBarcode::read(QStringLiteral("0103400933208638")).has_value());
    // A GTIN that is not a CIP (a food product's EAN behind 01).
    CHECK_FALSE(DrugBarcode::read(QStringLiteral("0113012345678907")).has_value());
    // Too short to hold a GTIN.
    CHECK_FALSE(DrugBarcode::read(QStringLiteral("01034009332")).has_value());
}
