#include "domain/Coverage.h"
#include "domain/Icd10.h"
#include "domain/PartialDate.h"
#include "domain/PostalAddress.h"

#include <catch2/catch.hpp>

using namespace relais;

namespace {

const QDate Today(2026, 11, 24);

QString stored(const char *typed)
{
    auto date = PartialDate::parse(QString::fromLatin1(typed), Today);
    return date ? date->toStorage() : QStringLiteral("<refused>");
}

} // namespace

TEST_CASE("history dates as people remember them: a year, a month or a day")
{
    CHECK(stored("1998") == QStringLiteral("1998"));
    CHECK(stored("3/2015") == QStringLiteral("2015-03"));
    CHECK(stored("03/2015") == QStringLiteral("2015-03"));
    CHECK(stored("12/03/2015") == QStringLiteral("2015-03-12"));
    CHECK(stored("12.03.2015") == QStringLiteral("2015-03-12"));
    CHECK(stored("2015-03") == QStringLiteral("2015-03"));
    CHECK(stored("2015-03-12") == QStringLiteral("2015-03-12"));
    CHECK(stored("") == QString());
    CHECK(stored("13/2015") == QStringLiteral("<refused>"));    // no such month
    CHECK(stored("30/02/2015") == QStringLiteral("<refused>")); // no such day
    CHECK(stored("2027") == QStringLiteral("<refused>"));       // the future
    CHECK(stored("12/2026") == QStringLiteral("<refused>"));    // next month, still future
    CHECK(stored("11/2026") == QStringLiteral("2026-11"));      // this month is not
    CHECK(stored("1850") == QStringLiteral("<refused>"));
    CHECK(stored("last year") == QStringLiteral("<refused>"));
    CHECK(stored("98") == QStringLiteral("<refused>")); // two-digit years are ambiguous

    auto month = PartialDate::parse(QStringLiteral("2015-03"), Today);
    REQUIRE(month.has_value());
    CHECK(month->display() == QStringLiteral("03/2015"));
    CHECK(month->earliest() == QDate(2015, 3, 1));
    CHECK(PartialDate::parse(QStringLiteral("1998"), Today)->display() == QStringLiteral("1998"));
    CHECK(PartialDate::parse(QStringLiteral("not a date"), Today)
              .error()
              .message.contains(QStringLiteral("not a date")));
}

TEST_CASE("a postal address goes with a postcode and a town")
{
    const auto check = [](const char *street, const char *postcode, const char *city) {
        return PostalAddressRules::normalise(
            {QString::fromUtf8(street), QString::fromUtf8(postcode), QString::fromUtf8(city)});
    };
    auto ok = check("  12  rue des Lilas \n\n Bât. B ", "24 000", " Périgueux ");
    REQUIRE(ok.has_value());
    CHECK(ok->street == QStringLiteral("12 rue des Lilas\nBât. B"));
    CHECK(ok->postcode == QStringLiteral("24000"));
    CHECK(ok->city == QStringLiteral("Périgueux"));
    CHECK(ok->oneLine() == QStringLiteral("12 rue des Lilas, Bât. B, 24000 Périgueux"));

    CHECK(check("", "", "").has_value()); // no address yet is allowed
    CHECK(check("", "20000", "Ajaccio").has_value());
    CHECK(check("", "97400", "Saint-Denis").has_value());

    const auto field = [&](const char *street, const char *postcode, const char *city) {
        auto r = check(street, postcode, city);
        return r ? QStringLiteral("<accepted>") : r.error().field;
    };
    CHECK(field("12 rue des Lilas", "", "Périgueux") == QStringLiteral("postcode"));
    CHECK(field("", "2400", "Périgueux") == QStringLiteral("postcode"));
    CHECK(field("", "24OOO", "Périgueux") == QStringLiteral("postcode")); // letters O
    CHECK(field("", "00100", "Nowhere") == QStringLiteral("postcode"));
    CHECK(field("", "96100", "Nowhere") == QStringLiteral("postcode"));
    CHECK(field("", "24000", "") == QStringLiteral("city"));
    CHECK(field("12 rue des Lilas", "24000", " ") == QStringLiteral("city"));
}

TEST_CASE("ICD-10 codes are read however they are typed, and only real shapes pass")
{
    const auto code = [](const char *typed) {
        auto r = Icd10::normalise(QString::fromLatin1(typed));
        return r ? *r : QStringLiteral("<refused>");
    };
    CHECK(code("E11") == QStringLiteral("E11"));
    CHECK(code("e119") == QStringLiteral("E11.9"));
    CHECK(code("E 11.9") == QStringLiteral("E11.9"));
    CHECK(code("F32.10") == QStringLiteral("F32.10"));
    CHECK(code("") == QString());
    CHECK(code("11E") == QStringLiteral("<refused>"));
    CHECK(code("E1") == QStringLiteral("<refused>"));
    CHECK(code("E11.123") == QStringLiteral("<refused>"));
    CHECK(code("diabetes") == QStringLiteral("<refused>"));
}

TEST_CASE("coverage keeps a known scheme code and trims the rest")
{
    auto ok =
        InsuranceSchemes::normalise({QStringLiteral("02"), QStringLiteral("  MSA  Dordogne "),
                                     QStringLiteral(" Harmonie "), QStringLiteral(" 123 456 ")});
    REQUIRE(ok.has_value());
    CHECK(ok->fund == QStringLiteral("MSA Dordogne"));
    CHECK(ok->complementaryNumber == QStringLiteral("123 456"));
    CHECK(InsuranceSchemes::display(QStringLiteral("02")).contains(QStringLiteral("MSA")));
    for (const QString &code : InsuranceSchemes::all())
        CHECK_FALSE(InsuranceSchemes::display(code).isEmpty());
    auto refused = InsuranceSchemes::normalise({QStringLiteral("99"), {}, {}, {}});
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().field == QLatin1String(InsuranceSchemes::FieldScheme));
    CHECK(InsuranceSchemes::normalise({}).has_value()); // not known yet
}
