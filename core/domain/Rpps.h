#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace relais {

// A physician's RPPS number (Répertoire partagé des professionnels de santé): 11 digits, the last
// a Luhn check digit. It cannot hold an invalid value.
class Rpps
{
    Q_DECLARE_TR_FUNCTIONS(relais::Rpps)

public:
    // Accepts spaces between digit groups, as printed on cards and letterheads.
    static Result<Rpps> parse(const QString &text);
    static bool luhnValid(const QString &digits);

    const QString &digits() const { return m_digits; }
    // The national identifier used in e-health exchanges: "8" followed by the RPPS number.
    QString nationalId() const { return QLatin1Char('8') + m_digits; }

private:
    explicit Rpps(QString digits);
    QString m_digits;
};

} // namespace relais
