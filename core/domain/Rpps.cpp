#include "Rpps.h"

namespace relais {

Rpps::Rpps(QString digits)
    : m_digits(std::move(digits))
{}

// Luhn (ISO/IEC 7812-1), as DOMAIN.md states for RPPS: from the right, every second digit is
// doubled (minus 9 when over 9), and the total must be a multiple of 10. Checked against the
// public description of the RPPS format; the ANS specification remains the authority.
bool Rpps::luhnValid(const QString &digits)
{
    int sum = 0;
    bool doubled = false;
    for (auto it = digits.crbegin(); it != digits.crend(); ++it) {
        int value = it->digitValue();
        if (value < 0)
            return false;
        if (doubled) {
            value *= 2;
            if (value > 9)
                value -= 9;
        }
        sum += value;
        doubled = !doubled;
    }
    return sum % 10 == 0;
}

Result<Rpps> Rpps::parse(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isSpace())
            continue;
        if (!c.isDigit() || c.unicode() > 0x7F)
            return fail(ErrorCode::InvalidInput, tr("An RPPS number has digits only."));
        digits.append(c);
    }
    if (digits.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("The RPPS number is missing."));
    if (digits.size() != 11)
        return fail(ErrorCode::InvalidInput,
                    tr("An RPPS number has 11 digits; this one has %1.").arg(digits.size()));
    if (!luhnValid(digits))
        return fail(ErrorCode::InvalidInput,
                    tr("This RPPS number has a typing mistake: its check digit does not match."));
    return Rpps(digits);
}

} // namespace relais
