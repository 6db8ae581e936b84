#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace relais {

// The checks on what identifies a person under the French identity-vigilance rules (RNIV):
// strict traits as INSi returns them, birth dates as people type them, INSEE birth-place codes.
class IdentityTraits
{
    Q_DECLARE_TR_FUNCTIONS(relais::IdentityTraits)

public:
    // The INSi carries each trait in at most 100 characters; longer is a fault of the source.
    static constexpr int MaximumLength = 100;
    // No one alive or filed was born earlier; an older date is a mistyped year.
    static constexpr int EarliestBirthYear = 1880;

    // A strict trait (birth name, birth given names) in its stored form: upper case A–Z without
    // diacritics, single spaces, hyphens and apostrophes (’ read as '). "Lefèvre-d’Argent"
    // becomes "LEFEVRE-D'ARGENT". Digits and other signs are refused with the reason.
    // RNIV volume 1 describes the INSi character set this way; checked against its wording.
    // Which trait it is, so that the refusal reads right ("the given names are missing").
    enum class Trait
    {
        BirthName,
        BirthGivenNames,
    };
    static Result<QString> strictForm(const QString &typed, Trait trait);

    // "12/03/1985", "12031985", "12.03.1985", "1985-03-12". Refuses impossible dates, dates in
    // the future (of `today`) and more than 130 years back.
    static Result<QDate> parseBirthDate(const QString &typed, const QDate &today);
    // For a search only: a date with a two-digit year ("5/2/70", "05.02.70") is either century;
    // the dates that could be a birth date (not after `today`, not 130 years before), newest
    // first. Empty when it is not such a date.
    static QList<QDate> shortBirthDates(const QString &typed, const QDate &today);

    // INSEE code of the place of birth: 5 characters, département (2A/2B for Corsica; 97x/98x
    // overseas with a 2-digit commune) then commune, or 99 and a 3-digit country abroad.
    static Status checkBirthPlace(const QString &code);
    static bool isAbroad(const QString &code) { return code.startsWith(QLatin1String("99")); }
};

} // namespace relais
