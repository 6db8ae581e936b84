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

TEST_CASE("alerts: every rule is in the table with its ages, description and source")
{
    QStringList ids;
    for (const VitalAlertRules::Rule &rule : VitalAlertRules::rules()) {
        ids.append(QLatin1String(rule.id));
        CHECK_FALSE(rule.description.isEmpty());
        CHECK_FALSE(rule.source.isEmpty());
        CHECK_FALSE(rule.ages().isEmpty());
    }
    CHECK(ids ==
          QStringList{QStringLiteral("bp-severe"), QStringLiteral("bp-high"),
                      QStringLiteral("bp-adolescent-severe"), QStringLiteral("bp-adolescent-high"),
                      QStringLiteral("bp-child"), QStringLiteral("orthostatic"),
                      QStringLiteral("spo2-low"), QStringLiteral("fever-infant"),
                      QStringLiteral("fever"), QStringLiteral("heart-rate"),
                      QStringLiteral("heart-rate-child"), QStringLiteral("respiratory-rate"),
                      QStringLiteral("respiratory-rate-child"), QStringLiteral("weight-change")});
    CHECK(VitalAlertRules::rule("bp-high").ages() == QStringLiteral("from 18 years"));
    CHECK(VitalAlertRules::rule("fever-infant").ages() == QStringLiteral("under 3 months"));
    CHECK(VitalAlertRules::rule("bp-adolescent-high").ages() ==
          QStringLiteral("from 13 years to under 18 years"));
    CHECK(VitalAlertRules::rule("spo2-low").ages() == QStringLiteral("all ages"));
    // Each age is covered by exactly one blood-pressure rule of each kind: nobody falls between.
    for (int months = 0; months < 100 * 12; ++months) {
        int pressureRules = 0;
        for (const char *id : {"bp-high", "bp-adolescent-high", "bp-child"})
            pressureRules += VitalAlertRules::rule(id).appliesAt(months) ? 1 : 0;
        INFO(months);
        CHECK(pressureRules == 1);
    }
}

TEST_CASE("alerts: age in whole months, head circumference under 3 years")
{
    const QDate birth(2024, 1, 31);
    CHECK(VitalAlertRules::ageInMonths(birth, QDate(2024, 1, 31)) == 0);
    CHECK(VitalAlertRules::ageInMonths(birth, QDate(2024, 2, 28)) == 0);
    CHECK(VitalAlertRules::ageInMonths(birth, QDate(2024, 2, 29)) == 1); // end of a short month
    CHECK(VitalAlertRules::ageInMonths(birth, QDate(2025, 1, 30)) == 11);
    CHECK(VitalAlertRules::ageInMonths(birth, QDate(2025, 1, 31)) == 12);
    CHECK(VitalAlertRules::ageInMonths(birth, QDate(2023, 1, 1)) == -1);
    CHECK(VitalAlertRules::ageInMonths(QDate(), QDate(2023, 1, 1)) == -1);
    CHECK(VitalAlertRules::measuresHeadCircumference(birth, QDate(2027, 1, 30)));
    CHECK_FALSE(VitalAlertRules::measuresHeadCircumference(birth, QDate(2027, 1, 31)));
    CHECK_FALSE(VitalAlertRules::measuresHeadCircumference(QDate(), QDate(2027, 1, 31)));
}

TEST_CASE("alerts: children and adolescents get the rules of their age, at each boundary")
{
    const QDate day(2026, 11, 25);
    // Born so many months (and days) before the visit.
    const auto aged = [&](int years, int months = 0, int days = 0) {
        VitalSnapshot s;
        s.day = day;
        s.birthDate = day.addYears(-years).addMonths(-months).addDays(-days);
        return s;
    };
    const auto ids = [](const VitalSnapshot &s) { return ruleIds(VitalAlertRules::evaluate(s)); };

    SECTION("blood pressure: adult thresholds from 18 years only")
    {
        VitalSnapshot five = aged(5);
        five.bloodPressures = {bp(189, 112)};
        // The demo's 5-year-old: never the adult "severe" label, said not evaluated.
        const QList<VitalAlert> alerts = VitalAlertRules::evaluate(five);
        REQUIRE(alerts.size() == 1);
        CHECK(alerts.first().rule == QStringLiteral("bp-child"));
        CHECK(alerts.first().level == VitalAlert::Level::Note);
        CHECK(alerts.first().weight() == 0);
        CHECK(alerts.first().message.contains(QStringLiteral("not evaluated")));

        VitalSnapshot justUnder13 = aged(12, 11, 27);
        justUnder13.bloodPressures = {bp(135, 85)};
        CHECK(ids(justUnder13) == QStringList{QStringLiteral("bp-child")});
        VitalSnapshot thirteen = aged(13);
        thirteen.bloodPressures = {bp(130, 70)};
        CHECK(ids(thirteen) == QStringList{QStringLiteral("bp-adolescent-high")});
        thirteen.bloodPressures = {bp(129, 79)};
        CHECK(ids(thirteen).isEmpty());
        thirteen.bloodPressures = {bp(150, 120)};
        CHECK(ids(thirteen) == QStringList{QStringLiteral("bp-adolescent-severe")});
        thirteen.bloodPressures = {bp(179, 119)};
        CHECK(ids(thirteen) == QStringList{QStringLiteral("bp-adolescent-high")});

        VitalSnapshot almostAdult = aged(17, 11, 27);
        almostAdult.bloodPressures = {bp(185, 100)};
        CHECK(ids(almostAdult) == QStringList{QStringLiteral("bp-adolescent-severe")});
        almostAdult.bloodPressures = {bp(135, 85)};
        CHECK(ids(almostAdult) == QStringList{QStringLiteral("bp-adolescent-high")});
        VitalSnapshot adult = aged(18);
        adult.bloodPressures = {bp(185, 100)};
        CHECK(ids(adult) == QStringList{QStringLiteral("bp-severe")});
        adult.bloodPressures = {bp(135, 85)};
        CHECK(ids(adult).isEmpty());
        // Orthostatic hypotension is an adult definition.
        almostAdult.bloodPressures = {bp(120, 70), bp(95, 60, BloodPressure::Position::Standing)};
        CHECK_FALSE(ids(almostAdult).contains(QStringLiteral("orthostatic")));
    }
    SECTION("fever: urgent under 3 months")
    {
        VitalSnapshot infant = aged(0, 2, 27);
        infant.temperature = 38.0;
        CHECK(ids(infant) == QStringList{QStringLiteral("fever-infant")});
        CHECK(VitalAlertRules::evaluate(infant).first().level == VitalAlert::Level::Urgent);
        infant.temperature = 37.9;
        CHECK(ids(infant).isEmpty());
        VitalSnapshot threeMonths = aged(0, 3);
        threeMonths.temperature = 38.0;
        CHECK(ids(threeMonths) == QStringList{QStringLiteral("fever")});
    }
    SECTION("heart rate by age band")
    {
        VitalSnapshot baby = aged(0, 11);
        baby.heartRate = 155;
        CHECK(ids(baby).isEmpty()); // 110–160 under 1 year
        baby.heartRate = 161;
        CHECK(ids(baby) == QStringList{QStringLiteral("heart-rate-child")});
        baby.heartRate = 109;
        CHECK(ids(baby) == QStringList{QStringLiteral("heart-rate-child")});
        VitalSnapshot one = aged(1);
        one.heartRate = 155;
        CHECK(ids(one) == QStringList{QStringLiteral("heart-rate-child")}); // 100–150 at 1
        one.heartRate = 150;
        CHECK(ids(one).isEmpty());
        VitalSnapshot five = aged(5);
        five.heartRate = 125;
        CHECK(ids(five) == QStringList{QStringLiteral("heart-rate-child")}); // 80–120 at 5
        VitalSnapshot fourAndAHalf = aged(4, 6);
        fourAndAHalf.heartRate = 125;
        CHECK(ids(fourAndAHalf).isEmpty()); // 95–140 under 5
        VitalSnapshot twelve = aged(12);
        twelve.heartRate = 105;
        CHECK(ids(twelve) == QStringList{QStringLiteral("heart-rate-child")}); // 60–100 from 12
        VitalSnapshot adult = aged(18);
        adult.heartRate = 105;
        CHECK(ids(adult).isEmpty());
        adult.heartRate = 121;
        CHECK(ids(adult) == QStringList{QStringLiteral("heart-rate")});
    }
    SECTION("respiratory rate by age band, and NEWS2 for adults")
    {
        VitalSnapshot baby = aged(0, 6);
        baby.respiratoryRate = 35;
        CHECK(ids(baby).isEmpty());
        baby.respiratoryRate = 45;
        CHECK(ids(baby) == QStringList{QStringLiteral("respiratory-rate-child")});
        VitalSnapshot seven = aged(7);
        seven.respiratoryRate = 28;
        CHECK(ids(seven) == QStringList{QStringLiteral("respiratory-rate-child")});
        VitalSnapshot adult = aged(40);
        adult.respiratoryRate = 24;
        CHECK(ids(adult).isEmpty());
        adult.respiratoryRate = 25;
        CHECK(ids(adult) == QStringList{QStringLiteral("respiratory-rate")});
        adult.respiratoryRate = 8;
        CHECK(ids(adult) == QStringList{QStringLiteral("respiratory-rate")});
        adult.respiratoryRate = 9;
        CHECK(ids(adult).isEmpty());
    }
    SECTION("a growing child's weight is not a weight change")
    {
        VitalSnapshot ten = aged(10);
        ten.weightKg = 32;
        ten.earlierWeights = {{day.addMonths(-5), 29}};
        CHECK(ids(ten).isEmpty());
        VitalSnapshot adult = aged(30);
        adult.weightKg = 32;
        adult.earlierWeights = {{day.addMonths(-5), 29}};
        CHECK(ids(adult) == QStringList{QStringLiteral("weight-change")});
    }
    SECTION("SpO2 at every age")
    {
        VitalSnapshot baby = aged(0, 1);
        baby.spo2 = 90;
        CHECK(ids(baby) == QStringList{QStringLiteral("spo2-low")});
    }
}
