#include "domain/AppointmentType.h"

#include <catch2/catch.hpp>

using namespace relais;

namespace {

QStringList fields(const QList<Error> &problems)
{
    QStringList out;
    for (const Error &e : problems)
        out.append(e.field);
    return out;
}

} // namespace

TEST_CASE("an appointment type needs a short unique code, a label, a length and a colour")
{
    const AppointmentType consultation{QStringLiteral("t1"), QStringLiteral("C"),
                                       QStringLiteral("Consultation"), 15,
                                       QStringLiteral("#4a90d9")};
    const QList<AppointmentType> practice{consultation};
    CHECK(AppointmentTypeRules::problems(consultation, practice).isEmpty());

    AppointmentType np{QString(), QStringLiteral(" np "), QStringLiteral("Nouveau patient"), 30,
                       QStringLiteral("#aa3300")};
    CHECK(AppointmentTypeRules::problems(np, practice).isEmpty());
    CHECK(AppointmentTypeRules::normalisedCode(np.code) == QStringLiteral("NP"));

    SECTION("a code already used, in any case")
    {
        np.code = QStringLiteral("c");
        CHECK(fields(AppointmentTypeRules::problems(np, practice)) ==
              QStringList{QLatin1String(AppointmentTypeRules::FieldCode)});
    }
    SECTION("a code with a comma or a space cannot be listed by opening hours")
    {
        np.code = QStringLiteral("N,P");
        CHECK(fields(AppointmentTypeRules::problems(np, practice)).size() == 1);
        np.code = QStringLiteral("N P");
        CHECK(fields(AppointmentTypeRules::problems(np, practice)).size() == 1);
    }
    SECTION("every problem at once")
    {
        const AppointmentType bad{QString(), QString(), QStringLiteral("  "), 3,
                                  QStringLiteral("blue")};
        CHECK(fields(AppointmentTypeRules::problems(bad, practice)) ==
              QStringList{QLatin1String(AppointmentTypeRules::FieldCode),
                          QLatin1String(AppointmentTypeRules::FieldLabel),
                          QLatin1String(AppointmentTypeRules::FieldMinutes),
                          QLatin1String(AppointmentTypeRules::FieldColour)});
        AppointmentType tooLong = np;
        tooLong.minutes = 241;
        CHECK(fields(AppointmentTypeRules::problems(tooLong, practice)) ==
              QStringList{QLatin1String(AppointmentTypeRules::FieldMinutes)});
    }
    SECTION("a type is not its own duplicate when edited")
    {
        AppointmentType renamed = consultation;
        renamed.label = QStringLiteral("Consultation courte");
        CHECK(AppointmentTypeRules::problems(renamed, practice).isEmpty());
    }
}
