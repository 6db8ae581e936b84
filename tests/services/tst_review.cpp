#include "demo/DemoPractice.h"
#include "services/Authenticator.h"
#include "services/PreparedConsultations.h"
#include "services/UserAccounts.h"
#include "support/TestPractice.h"

#include <catch2/catch.hpp>

using namespace relais;
using relais::test::TestPractice;

namespace {

const QDate Today(2026, 11, 24);

// The demo's two accounts, plus a second physician and a patient.
struct Practice
{
    TestPractice desk;
    Session doctor;
    Session assistant;
    Session colleague;
    QString patient;

    Practice()
    {
        desk.withDemo(0);
        doctor = desk.doctor;
        assistant = desk.assistant;
        colleague = desk.addColleague();
        auto id = desk.registry().create(assistant, relais::test::helene());
        REQUIRE(id.has_value());
        patient = *id;
    }

    PreparedConsultations consultations() { return PreparedConsultations(*desk.vault); }
};

VitalEntry vitalsFor(const QString &patient, const QString &consultation)
{
    VitalEntry e;
    e.patientId = patient;
    e.consultationId = consultation;
    e.typed.insert(VitalKind::Weight, QStringLiteral("71"));
    e.pressures = {{QStringLiteral("186"), QStringLiteral("104")},
                   {QStringLiteral("182"), QStringLiteral("102")}};
    return e;
}

} // namespace

TEST_CASE("preparation: started for a physician, filled, made ready with the alerts of its vitals")
{
    Practice p;
    auto c = p.consultations();
    auto noPhysician = c.start(p.assistant, p.patient, p.assistant.userId, QString());
    REQUIRE_FALSE(noPhysician.has_value());
    CHECK(noPhysician.error().field == QLatin1String(PreparedConsultations::FieldPhysician));

    auto id = c.start(p.assistant, p.patient, p.doctor.userId, QString());
    REQUIRE(id.has_value());
    auto twice = c.start(p.assistant, p.patient, p.doctor.userId, QStringLiteral("x"));
    REQUIRE_FALSE(twice.has_value());
    CHECK(twice.error().code == ErrorCode::AlreadyExists);

    auto open = c.current(p.assistant, p.patient);
    REQUIRE(open.has_value());
    REQUIRE(open->has_value());
    CHECK((*open)->status == PreparedConsultation::Status::Preparing);
    CHECK((*open)->physicianName == QStringLiteral("Dr Claire Martin"));

    // No reason yet: not ready.
    auto early = c.markReady(p.assistant, *id);
    REQUIRE_FALSE(early.has_value());
    CHECK(early.error().field == QLatin1String(PreparedConsultations::FieldReason));

    PreparedConsultation filled = **open;
    filled.reason = QStringLiteral("Renouvellement traitement HTA");
    filled.notes = QStringLiteral("Céphalées depuis une semaine.");
    filled.checklist.insert(QStringLiteral("vitals"), true);
    filled.checklist.insert(QStringLiteral("treatments"), true);
    filled.drafts = {QStringLiteral("Renouveler AMLODIPINE 5 mg"), QStringLiteral(" "),
                     QStringLiteral("Bilan sanguin annuel")};
    // "Vital signs taken" cannot be ticked before any is.
    auto tickedEarly = c.save(p.assistant, filled);
    REQUIRE_FALSE(tickedEarly.has_value());
    CHECK(tickedEarly.error().field == QLatin1String(PreparedConsultations::ItemVitals));
    PatientVitals vitals(*p.desk.vault);
    REQUIRE(vitals.record(p.assistant, vitalsFor(p.patient, *id)));
    REQUIRE(c.save(p.assistant, filled));
    REQUIRE(c.markReady(p.assistant, *id));

    auto ready = c.load(p.assistant, *id);
    REQUIRE(ready.has_value());
    CHECK(ready->status == PreparedConsultation::Status::Ready);
    CHECK(ready->alertLevel == 2);
    CHECK(ready->alerts.join(QLatin1Char(' ')).contains(QStringLiteral("184/103")));
    CHECK(ready->drafts.size() == 2);
    CHECK(ready->checklist.value(QStringLiteral("vitals")));
    CHECK(ready->readyAt.isValid());
    CHECK_FALSE(c.markReady(p.assistant, *id)); // already ready
}

TEST_CASE("review: physicians only, their own patients first, alerts first, then marked reviewed")
{
    Practice p;
    auto c = p.consultations();
    PatientVitals vitals(*p.desk.vault);
    // Three patients for Dr Martin (one urgent), one for Dr Roux.
    QStringList ids;
    const QStringList names = {QStringLiteral("Calme"), QStringLiteral("Urgent"),
                               QStringLiteral("Autre")};
    for (const QString &name : names) {
        PatientIdentity who = relais::test::helene();
        who.birthName = name;
        who.birthDate = QDate(1950, 1, 1 + static_cast<int>(ids.size()));
        who.nir.clear();
        who.phone.clear();
        auto patient = p.desk.registry().create(p.assistant, who, true);
        REQUIRE(patient.has_value());
        const QString physician =
            name == QLatin1String("Autre") ? p.colleague.userId : p.doctor.userId;
        auto id = c.start(p.assistant, *patient, physician, QStringLiteral("Suivi"));
        REQUIRE(id.has_value());
        if (name == QLatin1String("Urgent"))
            REQUIRE(vitals.record(p.assistant, vitalsFor(*patient, *id)));
        REQUIRE(c.markReady(p.assistant, *id,
                            name == QLatin1String("Urgent") ? QString()
                                                            : QStringLiteral("vue à domicile")));
        ids.append(*id);
    }
    // One still in preparation: not on the GP's list.
    REQUIRE(c.start(p.assistant, p.patient, p.doctor.userId, QStringLiteral("Vaccin")));

    auto denied = c.reviewList(p.assistant, Today, false);
    REQUIRE_FALSE(denied.has_value());
    CHECK(denied.error().code == ErrorCode::Denied);
    CHECK_FALSE(c.markReviewed(p.assistant, ids.first(), QString()));
    CHECK(c.summary(p.assistant, ids.first()).has_value()); // the file itself is the team's

    auto mine = c.reviewList(p.doctor, Today, false);
    REQUIRE(mine.has_value());
    REQUIRE(mine->size() == 2);
    CHECK(mine->first().patientName.startsWith(QStringLiteral("URGENT")));
    CHECK(mine->first().alertLevel == 2);
    auto all = c.reviewList(p.doctor, Today, true);
    REQUIRE(all.has_value());
    CHECK(all->size() == 3);
    CHECK(c.reviewList(p.doctor, Today.addDays(1), true)->isEmpty());

    auto summary = c.summary(p.doctor, ids.at(1));
    REQUIRE(summary.has_value());
    CHECK(summary->vitals.size() == 3);
    REQUIRE_FALSE(summary->alerts.isEmpty());
    CHECK(summary->alerts.first().level == VitalAlert::Level::Urgent);
    CHECK(summary->changes.size() == 2); // weight and blood pressure, nothing before
    CHECK_FALSE(summary->changes.first().before.has_value());
    CHECK(p.desk.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'read' AND "
                                      "entity = 'patient' AND user_id = '") +
                       p.doctor.userId + QStringLiteral("'")) >= 1);

    REQUIRE(c.markReviewed(p.doctor, ids.at(1), QStringLiteral("Vu, traitement ajusté.")));
    auto after = c.reviewList(p.doctor, Today, false);
    REQUIRE(after.has_value());
    CHECK(after->last().status == PreparedConsultation::Status::Reviewed);
    CHECK(after->last().gpComment == QStringLiteral("Vu, traitement ajusté."));
    CHECK(after->last().reviewedByName == QStringLiteral("Dr Claire Martin"));
    CHECK_FALSE(c.markReviewed(p.doctor, ids.at(1), QString())); // once
    PreparedConsultation late = *c.load(p.doctor, ids.at(1));
    late.notes = QStringLiteral("après coup");
    CHECK_FALSE(c.save(p.assistant, late)); // reviewed: frozen

    // Reviewed by mistake: the same physician takes it back, audited; nobody else can.
    CHECK(c.waitingCount(p.doctor, Today) == 1);
    CHECK(c.waitingCount(p.assistant, Today) == 0);
    const Status notTheirs = c.undoReview(p.colleague, ids.at(1));
    REQUIRE_FALSE(notTheirs);
    CHECK(notTheirs.error().message.contains(QStringLiteral("Dr Claire Martin")));
    CHECK_FALSE(c.undoReview(p.assistant, ids.at(1)));
    REQUIRE(c.undoReview(p.doctor, ids.at(1)));
    PreparedConsultation back = *c.load(p.doctor, ids.at(1));
    CHECK(back.status == PreparedConsultation::Status::Ready);
    CHECK(back.gpComment == QStringLiteral("Vu, traitement ajusté.")); // kept to finish
    CHECK(back.reviewedById.isEmpty());
    CHECK(c.waitingCount(p.doctor, Today) == 2);
    CHECK(p.desk.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                      "'undo-review' AND entity_id = '") +
                       ids.at(1) + QStringLiteral("'")) == 1);
    CHECK_FALSE(c.undoReview(p.doctor, ids.at(1))); // not reviewed any more
    REQUIRE(c.markReviewed(p.doctor, ids.at(1), QStringLiteral("Vu.")));
}

TEST_CASE("review: undoing is for the same physician within the minutes that follow")
{
    Session doctor{QStringLiteral("u-1"), QStringLiteral("d"), QStringLiteral("Dr A"),
                   Role::Physician};
    PreparedConsultation c;
    c.status = PreparedConsultation::Status::Reviewed;
    c.reviewedById = doctor.userId;
    c.reviewedAt = QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);
    const auto at = [&](int minutes, int seconds = 0) {
        return c.reviewedAt.addSecs(minutes * 60 + seconds);
    };
    CHECK(PreparedConsultations::canUndoReview(doctor, c, at(0)));
    CHECK(PreparedConsultations::canUndoReview(doctor, c, at(9, 59)));
    CHECK_FALSE(PreparedConsultations::canUndoReview(doctor, c, at(10)));
    CHECK_FALSE(PreparedConsultations::canUndoReview(doctor, c, at(-1))); // a clock gone back
    Session other = doctor;
    other.userId = QStringLiteral("u-2");
    CHECK_FALSE(PreparedConsultations::canUndoReview(other, c, at(1)));
    c.status = PreparedConsultation::Status::Ready;
    CHECK_FALSE(PreparedConsultations::canUndoReview(doctor, c, at(1)));
}

TEST_CASE("review: what changed since the last visit")
{
    Practice p;
    PatientVitals vitals(*p.desk.vault);
    VitalEntry earlier;
    earlier.patientId = p.patient;
    earlier.typed.insert(VitalKind::Weight, QStringLiteral("76"));
    earlier.measuredAt = QDateTime(Today.addMonths(-3), QTime(9, 0)).toUTC();
    earlier.lateReason = QStringLiteral("dossier papier");
    REQUIRE(vitals.record(p.assistant, earlier));
    auto c = p.consultations();
    auto id = c.start(p.assistant, p.patient, p.doctor.userId, QStringLiteral("Fatigue"));
    REQUIRE(id.has_value());
    VitalEntry now;
    now.patientId = p.patient;
    now.consultationId = *id;
    now.typed.insert(VitalKind::Weight, QStringLiteral("71"));
    REQUIRE(vitals.record(p.assistant, now));
    auto summary = c.summary(p.doctor, *id);
    REQUIRE(summary.has_value());
    REQUIRE(summary->changes.size() == 1);
    REQUIRE(summary->changes.first().before.has_value());
    CHECK(summary->changes.first().before->value == Approx(76));
    CHECK(summary->changes.first().now.value == Approx(71));
    REQUIRE(summary->alerts.size() == 1);
    CHECK(summary->alerts.first().rule == QStringLiteral("weight-change"));
}

TEST_CASE("review: vitals taken before the consultation was prepared reach the GP, in any order")
{
    Practice p;
    auto c = p.consultations();
    // Today, 09:00 and then 09:01 local time: the assistant's morning.
    QDateTime now(Today, QTime(9, 0));
    p.desk.clock.set(now);
    PatientVitals vitals(*p.desk.vault);
    VitalEntry spo2;
    spo2.patientId = p.patient;
    spo2.typed.insert(VitalKind::SpO2, QStringLiteral("88"));

    SECTION("vitals, then prepare, then ready, then the GP's list: the exact morning of the issue")
    {
        REQUIRE(vitals.record(p.assistant, spo2));
        now = now.addSecs(60);
        p.desk.clock.set(now);
        auto id = c.start(p.assistant, p.patient, p.doctor.userId, QStringLiteral("Toux"));
        REQUIRE(id.has_value());
        auto joined = vitals.ofConsultation(p.assistant, *id);
        REQUIRE(joined.has_value());
        REQUIRE(joined->size() == 1);
        CHECK(joined->first().kind == VitalKind::SpO2);
        auto open = c.load(p.assistant, *id);
        REQUIRE(open.has_value());
        PreparedConsultation ticked = *open;
        ticked.checklist.insert(QLatin1String(PreparedConsultations::ItemVitals), true);
        REQUIRE(c.save(p.assistant, ticked));
        REQUIRE(c.markReady(p.assistant, *id));
        auto list = c.reviewList(p.doctor, Today, false);
        REQUIRE(list.has_value());
        REQUIRE(list->size() == 1);
        CHECK(list->first().alertLevel == 2);
        auto summary = c.summary(p.doctor, *id);
        REQUIRE(summary.has_value());
        CHECK(summary->vitals.size() == 1);
        REQUIRE_FALSE(summary->alerts.isEmpty());
        CHECK(summary->alerts.first().message.contains(QStringLiteral("88")));
    }
    SECTION("prepare, ready with a reason, then vitals for no consultation: the list catches up")
    {
        auto id = c.start(p.assistant, p.patient, p.doctor.userId, QStringLiteral("Toux"));
        REQUIRE(id.has_value());
        auto noReason = c.markReady(p.assistant, *id);
        REQUIRE_FALSE(noReason.has_value());
        CHECK(noReason.error().field == QLatin1String(PreparedConsultations::FieldNoVitalsReason));
        REQUIRE(c.markReady(p.assistant, *id, QStringLiteral("patiente pressée")));
        auto before = c.reviewList(p.doctor, Today, false);
        REQUIRE(before.has_value());
        CHECK(before->first().alertLevel == 1);
        CHECK(before->first().alerts.join(QLatin1Char(' ')).contains(QStringLiteral("pressée")));
        now = now.addSecs(600);
        p.desk.clock.set(now);
        REQUIRE(vitals.record(p.assistant, spo2)); // from the Vital signs tab of another desk
        auto after = c.reviewList(p.doctor, Today, false);
        REQUIRE(after.has_value());
        CHECK(after->first().alertLevel == 2);
        CHECK(c.summary(p.doctor, *id)->vitals.size() == 1);
    }
}
