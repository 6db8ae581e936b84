#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace relais {

// Where a patient lives, in the parts a French letter needs: street lines, postcode, town.
struct PostalAddress
{
    QString street; // number, street, building, "lieu-dit"; may span lines
    QString postcode;
    QString city;

    bool isEmpty() const { return street.isEmpty() && postcode.isEmpty() && city.isEmpty(); }
    // "12 rue des Lilas, 24000 Périgueux"
    QString oneLine() const;
};

class PostalAddressRules
{
    Q_DECLARE_TR_FUNCTIONS(relais::PostalAddressRules)

public:
    static constexpr auto FieldPostcode = "postcode";
    static constexpr auto FieldCity = "city";

    // Trims, collapses spaces, reads "24 000" as "24000". An address may be left out entirely,
    // but a postcode goes with a town and a street with both, so letters can be sent.
    static Result<PostalAddress> normalise(const PostalAddress &typed);
    // A French postcode: five digits, département 01–95 (20 for Corsica) or 97/98 overseas.
    static Status checkPostcode(const QString &postcode);
};

} // namespace relais
