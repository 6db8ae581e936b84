#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace relais {

// How a patient's care is paid for: the compulsory scheme (AMO) and its fund, and the
// complementary insurer (AMC). Bills and bizone prescriptions read it.
struct Coverage
{
    QString scheme;              // a code of InsuranceSchemes::all(), or empty when not known
    QString fund;                // "CPAM de la Dordogne", "MSA Dordogne-Lot-et-Garonne"
    QString complementary;       // the complementary insurer (mutuelle), or "CSS"
    QString complementaryNumber; // the member number on the complementary's card

    friend bool operator==(const Coverage &, const Coverage &) = default;
};

// The compulsory schemes as the carte Vitale names them by a two-digit "grand régime" code.
// Codes from the SESAM-Vitale tables (to verify against the current cahier des charges).
class InsuranceSchemes
{
    Q_DECLARE_TR_FUNCTIONS(relais::InsuranceSchemes)

public:
    static const QStringList &all();
    static QString display(const QString &code);
    static bool isKnown(const QString &code) { return all().contains(code); }

    static constexpr auto FieldScheme = "scheme";
    // Checks a scheme code and trims the rest.
    static Result<Coverage> normalise(const Coverage &typed);
};

} // namespace relais
