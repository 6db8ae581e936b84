#include "services/PatientVitals.h"
#include "support/TestPractice.h"

#include <catch2/catch.hpp>

using namespace relais;
using relais::test::TestPractice;

namespace {

const Session &Assistant = relais::test::DeskAssistant;
const Session &Physician = relais::test::DeskPhysician;
const Session AdminOnly{QStringLiteral("u-it"), QStringLiteral("it"), QStringLiteral("IT"),
                        Role::Admin};

// 25/11/2026 10:00 UTC, moved by the tests.
const QDateTime Start(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);

QString createPatient(TestPractice &desk)
{
    auto id = desk.registry().create(Assistant, relais::test::helene());
    REQUIRE(id.has_value());
    return *id;
}

VitalEntry sitting(const QString &patientId)
{
    VitalEntry e;
    e.patientId = patientId;
    e.typed.insert(VitalKind::Weight, QStringLiteral("72,5"));
    e.typed.insert(VitalKind::Height, QStringLiteral("1.75"));
    e.typed.insert(VitalKind::Temperature, QStringLiteral("37,2"));
    e.pressures = {{QStringLiteral("162"), QStringLiteral("98"), BloodPressure::Arm::Left},
                   {QStringLiteral("150"), QStringLiteral("92"), BloodPressure::Arm::Left},
                   {QStringLiteral("146"), QStringLiteral("88"), BloodPressure::Arm::Left}};
    return e;
}

} // namespace

TEST_CASE("vitals: one sitting is kept whole, with who took it, and read back with BMI and alerts")
{
    TestPractice desk;
    const QString patient = createPatient(desk);
    desk.clock.set(Start);
    PatientVitals vitals(*desk.vault);
    const qint64 journalBefore = desk.count(QStringLiteral("SELECT count(*) FROM change_journal"));

    auto recorded = vitals.record(Assistant, sitting(patient));
    REQUIRE(recorded.has_value());
    CHECK(recorded->ids.size() == 6);
    CHECK(recorded->corrections == QStringList{QStringLiteral("Height: read as 175 cm")});
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM change_journal")) == journalBefore + 6);
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM vital_sign WHERE measured_by = 'u-amel' "
                                    "AND kind = 'height' AND value = 175 AND loinc = '8302-2'")) ==
          1);

    auto latest = vitals.latest(Physician, patient);
    REQUIRE(latest.has_value());
    CHECK(latest->latest.value(VitalKind::Weight).value == Approx(72.5));
    CHECK(latest->bmi == Approx(23.7));
    CHECK(latest->pressuresOfLastVisit.size() == 3);
    REQUIRE(latest->officePressure.has_value());
    CHECK(latest->officePressure->systolic() == 148); // mean of the last two
    CHECK(latest->officePressure->diastolic() == 90);
    REQUIRE(latest->alerts.size() == 1);
    CHECK(latest->alerts.first().rule == QStringLiteral("bp-high"));

    auto history = vitals.history(Assistant, patient);
    REQUIRE(history.has_value());
    CHECK(history->size() == 6);
    CHECK(history->first().measuredByName == QStringLiteral("u-amel")); // no such account here
}

TEST_CASE("vitals: a wrong value refuses the whole sitting, naming the field, and keeps nothing")
{
    TestPractice desk;
    const QString patient = createPatient(desk);
    desk.clock.set(Start);
    PatientVitals vitals(*desk.vault);

    VitalEntry swapped = sitting(patient);
    swapped.pressures.append({QStringLiteral("80"), QStringLiteral("120")});
    auto refused = vitals.record(Assistant, swapped);
    REQUIRE_FALSE(refused.has_value());
    // The fourth reading of the sitting, named so that the form marks that one.
    CHECK(refused.error().field == QStringLiteral("diastolic-4"));
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM vital_sign")) == 0);

    VitalEntry several = sitting(patient);
    several.typed.insert(VitalKind::SpO2, QStringLiteral("120"));
    several.typed.insert(VitalKind::Weight, QStringLiteral("72kgs"));
    const QList<Error> all = vitals.problems(several);
    QStringList fields;
    for (const Error &e : all)
        fields.append(e.field);
    CHECK(fields == QStringList{QStringLiteral("weight"), QStringLiteral("spo2")});

    VitalEntry empty;
    empty.patientId = patient;
    CHECK_FALSE(vitals.record(Assistant, empty).has_value());
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM vital_sign")) == 0);
}

TEST_CASE("vitals: a time in the future is refused, an earlier one needs a reason")
{
    TestPractice desk;
    const QString patient = createPatient(desk);
    desk.clock.set(Start);
    PatientVitals vitals(*desk.vault);
    VitalEntry e;
    e.patientId = patient;
    e.typed.insert(VitalKind::Weight, QStringLiteral("70"));

    e.measuredAt = Start.addSecs(3600);
    auto future = vitals.record(Assistant, e);
    REQUIRE_FALSE(future.has_value());
    CHECK(future.error().field == QLatin1String(PatientVitals::FieldMeasuredAt));

    e.measuredAt = Start.addSecs(-2 * 3600);
    auto late = vitals.record(Assistant, e);
    REQUIRE_FALSE(late.has_value());
    CHECK(late.error().field == QLatin1String(PatientVitals::FieldLateReason));

    e.lateReason = QStringLiteral("relevé sur la feuille papier du matin");
    REQUIRE(vitals.record(Assistant, e).has_value());
    auto kept = vitals.history(Assistant, patient);
    REQUIRE(kept.has_value());
    CHECK(kept->first().measuredAt == Start.addSecs(-2 * 3600));
    CHECK(kept->first().lateReason == e.lateReason);
}

TEST_CASE("vitals: only the care team records them, and through the service only")
{
    TestPractice desk;
    const QString patient = createPatient(desk);
    desk.clock.set(Start);
    PatientVitals vitals(*desk.vault);
    auto denied = vitals.record(AdminOnly, sitting(patient));
    REQUIRE_FALSE(denied.has_value());
    CHECK(denied.error().code == ErrorCode::Denied);
    CHECK_FALSE(vitals.latest(AdminOnly, patient).has_value());
    CHECK(vitals.record(Physician, sitting(patient)).has_value());
}

TEST_CASE("vitals: a correction is a new version, the old one stays in the history")
{
    TestPractice desk;
    const QString patient = createPatient(desk);
    desk.clock.set(Start);
    PatientVitals vitals(*desk.vault);
    auto recorded = vitals.record(Assistant, sitting(patient));
    REQUIRE(recorded.has_value());
    const QString weightId = recorded->ids.first();

    auto noReason = vitals.correct(Assistant, weightId, QStringLiteral("75,2"), QString());
    REQUIRE_FALSE(noReason.has_value());
    CHECK(noReason.error().field == QLatin1String(PatientVitals::FieldCorrectionReason));
    auto wrong = vitals.correct(Assistant, weightId, QStringLiteral("752"), QStringLiteral("x"));
    REQUIRE_FALSE(wrong.has_value());
    CHECK(wrong.error().field == QStringLiteral("weight"));

    auto fixed = vitals.correct(Assistant, weightId, QStringLiteral("75,2"),
                                QStringLiteral("chiffres inversés"));
    REQUIRE(fixed.has_value());
    auto history = vitals.history(Assistant, patient);
    REQUIRE(history.has_value());
    CHECK(history->size() == 7);
    int superseded = 0;
    for (const VitalRecord &r : *history) {
        if (r.id == weightId) {
            CHECK(r.superseded);
            ++superseded;
        }
        if (r.id == *fixed) {
            CHECK(r.replaces == weightId);
            CHECK(r.value == Approx(75.2));
            CHECK(r.correctionReason == QStringLiteral("chiffres inversés"));
            CHECK(r.measuredBy == Assistant.userId);
        }
    }
    CHECK(superseded == 1);
    CHECK(vitals.latest(Assistant, patient)->latest.value(VitalKind::Weight).value == Approx(75.2));
    CHECK_FALSE(vitals.correct(Assistant, weightId, QStringLiteral("75"), QStringLiteral("x")));
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'vital_sign' "
                                    "AND action = 'update'")) == 1);

    // A blood pressure is corrected as typed: 146/86.
    const QString lastPressure = recorded->ids.last();
    REQUIRE(vitals.correct(Assistant, lastPressure, QStringLiteral("146/86"),
                           QStringLiteral("relu sur le tensiomètre")));
    CHECK(vitals.latest(Assistant, patient)->officePressure->diastolic() == 89);
}

TEST_CASE("vitals: series for the charts, and the weight change over six months")
{
    TestPractice desk;
    const QString patient = createPatient(desk);
    desk.clock.set(Start);
    PatientVitals vitals(*desk.vault);
    const QDateTime start = Start;
    const double weights[] = {80, 79, 78.5, 76, 74.5};
    for (int i = 0; i < 5; ++i) {
        desk.clock.set(start.addMonths(-8 + 2 * i));
        VitalEntry e;
        e.patientId = patient;
        e.typed.insert(VitalKind::Weight, QString::number(weights[i]));
        if (i == 0)
            e.typed.insert(VitalKind::Height, QStringLiteral("170"));
        e.pressures = {{QString::number(130 + i), QStringLiteral("80")}};
        REQUIRE(vitals.record(Assistant, e).has_value());
    }
    auto weight = vitals.series(Assistant, patient, VitalKind::Weight, start.addYears(-10));
    REQUIRE(weight.has_value());
    REQUIRE(weight->size() == 5);
    CHECK(weight->first().value == Approx(80));
    CHECK(weight->last().value == Approx(74.5));
    auto recent = vitals.series(Assistant, patient, VitalKind::Weight, start.addMonths(-3));
    CHECK(recent->size() == 2);
    auto bmi = vitals.series(Assistant, patient, VitalKind::Bmi, QDateTime());
    REQUIRE(bmi->size() == 5);
    CHECK(bmi->last().value == Approx(25.8));
    auto pressure = vitals.series(Assistant, patient, VitalKind::BloodPressure, QDateTime());
    REQUIRE(pressure->size() == 5);
    CHECK(pressure->last().value == 134);
    CHECK(pressure->last().value2 == 80);

    // 74.5 kg now against 78.5 kg four months ago: −5.1 %.
    auto latest = vitals.latest(Assistant, patient);
    REQUIRE(latest.has_value());
    REQUIRE(latest->alerts.size() == 1);
    CHECK(latest->alerts.first().rule == QStringLiteral("weight-change"));
}
