#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace relais {

// A telephone number kept in E.164 (+33612345678), typed the French way ("06 12 34 56 78",
// "+33 (0)6 12 34 56 78", "0033 6…") or international. French overseas numbers get their own
// country code (0262 and 0692 are +262 Réunion and Mayotte, 0590 +590 Guadeloupe, …).
class PhoneNumber
{
    Q_DECLARE_TR_FUNCTIONS(relais::PhoneNumber)

public:
    static Result<PhoneNumber> parse(const QString &typed);

    const QString &e164() const { return m_e164; }
    // "06 12 34 56 78" for French numbers, the E.164 form otherwise.
    QString display() const;
    // "+33 5 53 00 00 00": the national form after its country code, as a prescription for use
    // anywhere in the Union prints it (CSP R.5132-3).
    QString international() const;

private:
    explicit PhoneNumber(QString e164);
    QString m_e164;
};

} // namespace relais
