#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace relais {

// A kind of appointment the practice books: its code is what opening hours refer to ("NP" for
// new patients only on Tuesday mornings), its label and colour what the agenda shows, its
// length what the booking dialog proposes.
struct AppointmentType
{
    QString id = {};
    QString code = {};
    QString label = {};
    int minutes = 15;
    QString colour = {}; // "#rrggbb"
};

class AppointmentTypeRules
{
    Q_DECLARE_TR_FUNCTIONS(relais::AppointmentTypeRules)

public:
    static constexpr auto FieldCode = "code";
    static constexpr auto FieldLabel = "label";
    static constexpr auto FieldMinutes = "minutes";
    static constexpr auto FieldColour = "colour";

    // Every problem of `type` among the practice's `others` (which may include itself, by id):
    // a code that is empty, not a short word, or already used; no label; a length out of
    // 5 to 240 minutes; a colour that is not "#rrggbb".
    static QList<Error> problems(const AppointmentType &type, const QList<AppointmentType> &others);
    // The code as stored: upper case, no spaces around.
    static QString normalisedCode(const QString &code);
};

} // namespace relais
