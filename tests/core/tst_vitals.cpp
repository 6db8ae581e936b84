#include "domain/BloodPressure.h"
#include "domain/VitalAlertRules.h"
#include "domain/VitalSign.h"

#include <catch2/catch.hpp>

using namespace relais;

namespace {

BloodPressure bp(int s, int d, BloodPressure::Position p = BloodPressure::Position::Seated)
{
    auto made = BloodPressure::make(s, d, BloodPressure::Arm::Left, p);
    REQUIRE(made.has_value());
    return *made;
}

QStringList ruleIds(const QList<VitalAlert> &alerts)
{
    QStringList ids;
    for (const VitalAlert &a : alerts)
        ids.append(a.rule);
    return ids;
}

} // namespace

TEST_CASE("vital signs: every kind has its LOINC code, unit and range, found both ways")
{
    for (VitalKind kind : VitalSigns::all()) {
        const VitalDefinition &d = VitalSigns::definition(kind);
        CHECK(d.kind == kind);
        CHECK(VitalSigns::fromCode(QLatin1String(d.code)) == kind);
        CHECK(VitalSigns::fromLoinc(QLatin1String(d.loinc)) == kind);
        CHECK(d.minimum < d.maximum);
        CHECK_FALSE(VitalSigns::name(kind).isEmpty());
    }
    CHECK(VitalSigns::definition(VitalKind::Weight).loinc == std::string_view("29463-7"));
    CHECK(VitalSigns::fromLoinc(QStringLiteral("55284-4")) == VitalKind::BloodPressure);
    CHECK(VitalSigns::fromLoinc(QStringLiteral("2708-6")) == VitalKind::SpO2);
    CHECK_FALSE(VitalSigns::fromLoinc(QStringLiteral("72166-2")).has_value());
}

TEST_CASE("vital signs: values typed at the desk are read, corrected when unambiguous, or refused")
{
    struct Case
    {
        VitalKind kind;
        const char *typed;
        double expected; // < 0: refused
        bool corrected;
    };
    const Case cases[] = {
        {VitalKind::Weight, "72,5", 72.5, false},    // decimal comma
        {VitalKind::Weight, "72.5 kg", 72.5, false}, // point and unit
        {VitalKind::Weight, "3250 g", 3.25, true},   // a newborn weighed in grams
        {VitalKind::Weight, "0,2", -1, false},       // under 300 g
        {VitalKind::Weight, "450", -1, false},       // over 400 kg
        {VitalKind::Weight, "72,5 lb", -1, false},   // a unit Relais does not take
        {VitalKind::Weight, "soixante", -1, false},  // not a number
        {VitalKind::Weight, "", -1, false},          // missing
        {VitalKind::Height, "1.75", 175, true},      // metres where centimetres are expected
        {VitalKind::Height, "1,62 m", 162, true},    // metres, said so
        {VitalKind::Height, "175", 175, false},
        {VitalKind::Height, "17", -1, false}, // neither cm nor m
        {VitalKind::Height, "251", -1, false},
        {VitalKind::Temperature, "37,8", 37.8, false},
        {VitalKind::Temperature, "37,8 °C", 37.8, false},
        {VitalKind::Temperature, "100", -1, false}, // Fahrenheit is not guessed
        {VitalKind::Temperature, "29,9", -1, false},
        {VitalKind::SpO2, "97", 97, false},
        {VitalKind::SpO2, "97 %", 97, false},
        {VitalKind::SpO2, "101", -1, false},
        {VitalKind::HeartRate, "72", 72, false},
        {VitalKind::HeartRate, "72 bpm", 72, false},
        {VitalKind::HeartRate, "19", -1, false},
        {VitalKind::RespiratoryRate, "16", 16, false},
        {VitalKind::RespiratoryRate, "90", -1, false},
        {VitalKind::HeadCircumference, "35,5", 35.5, false},
        {VitalKind::HeadCircumference, "0,355", 35.5, true}, // in metres
        {VitalKind::CapillaryGlucose, "1,05", 1.05, false},  // g/L, as French meters show it
        {VitalKind::CapillaryGlucose, "105", 1.05, true},    // mg/dL
        {VitalKind::CapillaryGlucose, "5,8 mmol/L", 1.04, true},
        {VitalKind::CapillaryGlucose, "0,1", -1, false},
    };
    for (const Case &c : cases) {
        INFO(VitalSigns::name(c.kind).toStdString() << " typed “" << c.typed << "”");
        auto read = VitalSigns::parse(c.kind, QString::fromUtf8(c.typed));
        if (c.expected < 0) {
            REQUIRE_FALSE(read.has_value());
            CHECK(read.error().field == QLatin1String(VitalSigns::definition(c.kind).code));
            CHECK_FALSE(read.error().message.isEmpty());
            continue;
        }
        REQUIRE(read.has_value());
        CHECK(read->value == Approx(c.expected));
        CHECK(read->correction.isEmpty() == !c.corrected);
    }
}

TEST_CASE("vital signs: BMI is computed from weight and height, to one decimal")
{
    CHECK(VitalSigns::bmi(72.5, 175.0) == Approx(23.7));
    CHECK(VitalSigns::bmi(120.0, 160.0) == Approx(46.9));
    CHECK_FALSE(VitalSigns::bmi(72.5, std::nullopt).has_value());
    CHECK_FALSE(VitalSigns::bmi(std::nullopt, 175.0).has_value());
}

TEST_CASE("vital signs: values are shown in the user's locale with their unit")
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    CHECK(VitalSigns::display(VitalKind::Weight, 72.5) == QStringLiteral("72,5\u00a0kg"));
    CHECK(VitalSigns::display(VitalKind::Weight, 72.0) == QStringLiteral("72\u00a0kg"));
    CHECK(VitalSigns::display(VitalKind::Weight, 3.25) == QStringLiteral("3,25\u00a0kg"));
    CHECK(VitalSigns::display(VitalKind::SpO2, 97) == QStringLiteral("97\u00a0%"));
    QLocale::setDefault(previous);
}

TEST_CASE("blood pressure: impossible pairs are refused, naming the field")
{
    CHECK(BloodPressure::make(120, 80).has_value());
    const struct
    {
        int s, d;
        const char *field;
    } refused[] = {
        {80, 120, BloodPressure::FieldDiastolic}, // swapped
        {90, 90, BloodPressure::FieldDiastolic},  // equal
        {310, 90, BloodPressure::FieldSystolic},   {45, 30, BloodPressure::FieldSystolic},
        {140, 210, BloodPressure::FieldDiastolic}, {140, 15, BloodPressure::FieldDiastolic},
    };
    for (const auto &r : refused) {
        INFO(r.s << "/" << r.d);
        auto made = BloodPressure::make(r.s, r.d);
        REQUIRE_FALSE(made.has_value());
        CHECK(made.error().field == QLatin1String(r.field));
    }
    auto swapped = BloodPressure::make(80, 120);
    CHECK(swapped.error().message.contains(QStringLiteral("swapped")));
}

TEST_CASE("blood pressure: typed in two fields or as 142/88 in one")
{
    auto two = BloodPressure::parse(QStringLiteral("142"), QStringLiteral(" 88 "));
    REQUIRE(two.has_value());
    CHECK(two->systolic() == 142);
    CHECK(two->diastolic() == 88);
    auto one = BloodPressure::parse(QStringLiteral("142/88"), QString());
    REQUIRE(one.has_value());
    CHECK(*one == *two);
    auto comma = BloodPressure::parse(QStringLiteral("14,2"), QStringLiteral("8,8"));
    REQUIRE_FALSE(comma.has_value()); // cmHg, as some say aloud: not guessed
    CHECK(comma.error().field == QLatin1String(BloodPressure::FieldSystolic));
    auto missing = BloodPressure::parse(QStringLiteral("142"), QString());
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().field == QLatin1String(BloodPressure::FieldDiastolic));
}

TEST_CASE("blood pressure: the office value is the mean of the last two readings at rest")
{
    CHECK_FALSE(BloodPressure::officeValue({}).has_value());
    CHECK(*BloodPressure::officeValue({bp(150, 95)}) == bp(150, 95));
    // The first reading (white coat) is left out; the mean rounds half up.
    const auto mean = BloodPressure::officeValue({bp(162, 98), bp(145, 91), bp(138, 86)});
    REQUIRE(mean.has_value());
    CHECK(mean->systolic() == 142);
    CHECK(mean->diastolic() == 89);
    // A standing reading is not an office reading.
    const auto withStanding = BloodPressure::officeValue(
        {bp(130, 80), bp(134, 84), bp(110, 70, BloodPressure::Position::Standing)});
    CHECK(withStanding->systolic() == 132);
}

TEST_CASE("blood pressure: the fall on standing compares the last reading at rest")
{
    CHECK_FALSE(BloodPressure::orthostaticDrop({bp(130, 80), bp(128, 78)}).has_value());
    const auto drop = BloodPressure::orthostaticDrop(
        {bp(140, 85, BloodPressure::Position::Lying), bp(136, 84, BloodPressure::Position::Lying),
         bp(112, 80, BloodPressure::Position::Standing),
         bp(100, 70, BloodPressure::Position::Standing)});
    REQUIRE(drop.has_value());
    CHECK(drop->systolic == 24);
    CHECK(drop->diastolic == 4);
}

TEST_CASE("alerts: each rule flags at its threshold and not below it")
{
    const QDate day(2026, 11, 25);
    VitalSnapshot normal;
    normal.day = day;
    normal.bloodPressures = {bp(135, 85), bp(128, 82)};
    normal.heartRate = 72;
    normal.temperature = 37.2;
    normal.spo2 = 97;
    normal.weightKg = 70;
    normal.earlierWeights = {{day.addMonths(-3), 68}};
    CHECK(VitalAlertRules::evaluate(normal).isEmpty());

    struct Case
    {
        const char *name;
        std::function<void(VitalSnapshot &)> change;
        QStringList rules;
    };
    const QList<Case> cases = {
        {"140/90 exactly",
         [](VitalSnapshot &s) { s.bloodPressures = {bp(140, 85)}; },
         {QStringLiteral("bp-high")}},
        {"diastolic 90 alone",
         [](VitalSnapshot &s) { s.bloodPressures = {bp(130, 90)}; },
         {QStringLiteral("bp-high")}},
        {"139/89", [](VitalSnapshot &s) { s.bloodPressures = {bp(139, 89)}; }, {}},
        {"180/100 is severe",
         [](VitalSnapshot &s) {
             s.bloodPressures = {bp(185, 100), bp(175, 100)};
         },
         {QStringLiteral("bp-severe")}},
        {"110 diastolic is severe",
         [](VitalSnapshot &s) { s.bloodPressures = {bp(160, 110)}; },
         {QStringLiteral("bp-severe")}},
        {"a high first reading alone does not count",
         [](VitalSnapshot &s) {
             s.bloodPressures = {bp(170, 100), bp(132, 84), bp(128, 80)};
         },
         {}},
        {"SpO2 91", [](VitalSnapshot &s) { s.spo2 = 91; }, {QStringLiteral("spo2-low")}},
        {"SpO2 92", [](VitalSnapshot &s) { s.spo2 = 92; }, {}},
        {"38.0 °C", [](VitalSnapshot &s) { s.temperature = 38.0; }, {QStringLiteral("fever")}},
        {"37.9 °C", [](VitalSnapshot &s) { s.temperature = 37.9; }, {}},
        {"HR 39", [](VitalSnapshot &s) { s.heartRate = 39; }, {QStringLiteral("heart-rate")}},
        {"HR 40", [](VitalSnapshot &s) { s.heartRate = 40; }, {}},
        {"HR 121", [](VitalSnapshot &s) { s.heartRate = 121; }, {QStringLiteral("heart-rate")}},
        {"HR 120", [](VitalSnapshot &s) { s.heartRate = 120; }, {}},
        {"weight −6 % in 4 months",
         [](VitalSnapshot &s) {
             s.weightKg = 65.8;
             s.earlierWeights = {{QDate(2026, 7, 20), 70}};
         },
         {QStringLiteral("weight-change")}},
        {"weight −6 % but 7 months ago",
         [](VitalSnapshot &s) {
             s.weightKg = 65.8;
             s.earlierWeights = {{QDate(2026, 4, 20), 70}};
         },
         {}},
        {"weight +5 % exactly",
         [](VitalSnapshot &s) {
             s.weightKg = 73.5;
             s.earlierWeights = {{QDate(2026, 9, 1), 70}};
         },
         {}},
        {"orthostatic −20 systolic",
         [](VitalSnapshot &s) {
             s.bloodPressures = {bp(130, 80), bp(110, 78, BloodPressure::Position::Standing)};
         },
         {QStringLiteral("orthostatic")}},
        {"orthostatic −10 diastolic",
         [](VitalSnapshot &s) {
             s.bloodPressures = {bp(130, 80), bp(125, 70, BloodPressure::Position::Standing)};
         },
         {QStringLiteral("orthostatic")}},
        {"orthostatic −19/−9",
         [](VitalSnapshot &s) {
             s.bloodPressures = {bp(130, 80), bp(111, 71, BloodPressure::Position::Standing)};
         },
         {}},
        {"urgent first",
         [](VitalSnapshot &s) {
             s.temperature = 38.5;
             s.spo2 = 88;
         },
         {QStringLiteral("spo2-low"), QStringLiteral("fever")}},
    };
    for (const Case &c : cases) {
        INFO(c.name);
        VitalSnapshot s = normal;
        c.change(s);
        CHECK(ruleIds(VitalAlertRules::evaluate(s)) == c.rules);
    }
}

TEST_CASE("alerts: every rule is in the table with its description and its source")
{
    QStringList ids;
    for (const VitalAlertRules::Rule &rule : VitalAlertRules::rules()) {
        ids.append(QLatin1String(rule.id));
        CHECK_FALSE(rule.description.isEmpty());
        CHECK_FALSE(rule.source.isEmpty());
    }
    CHECK(ids == QStringList{QStringLiteral("bp-severe"), QStringLiteral("bp-high"),
                             QStringLiteral("orthostatic"), QStringLiteral("spo2-low"),
                             QStringLiteral("fever"), QStringLiteral("heart-rate"),
                             QStringLiteral("weight-change")});
}
