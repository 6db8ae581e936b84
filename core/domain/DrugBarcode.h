#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace relais {

// What a box's code says, read by a scanner or typed: the GS1 DataMatrix printed on every box
// sold in France since 2011 ("01" and the 14-digit GTIN, whose last 13 digits are the CIP13,
// then the expiry, batch and serial number), a CIP13 alone, or the older CIP7.
struct DrugBarcode
{
    QString cip13;     // empty when the code holds no CIP13
    QString cip7 = {}; // a 7-digit CIP typed alone
    QDate expiry = {};
    QString batch = {};
    QString serial = {};

    // Reads `text` as a scanner types it: with or without the "]d2" symbology prefix, the
    // group separators (ASCII 29) between variable-length fields, or the parentheses of the
    // human-readable form "(01)03400930000120(17)…". None when `text` is not a drug code.
    static std::optional<DrugBarcode> read(const QString &text);
    // Whether the 13 digits end with their right GS1 check digit.
    static bool validCip13(const QString &digits);
};

} // namespace relais
