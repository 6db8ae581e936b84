#include "demo/DemoPractice.h"
#include "services/Prescriptions.h"
#include "storage/RecordWriter.h"
#include "support/TestPractice.h"

#include <catch2/catch.hpp>

using namespace relais;
using relais::test::TestPractice;

namespace {

const QString Password = QLatin1String(DemoPractice::Password);

struct Practice
{
    TestPractice desk;
    QString patient;
    Practice()
    {
        desk.withDemo(0);
        auto id = desk.registry().create(desk.assistant, relais::test::helene());
        REQUIRE(id.has_value());
        patient = *id;
    }
    Prescriptions prescriptions() { return Prescriptions(*desk.vault); }
};

// Amoxicillin for a week, as an assistant drafts it from the GP's dictation.
Prescription amoxicillin(const QString &patient)
{
    PrescriptionLine line;
    line.cis = QStringLiteral("60453197");
    line.brand = QStringLiteral("AMOXICILLINE BIOGARAN 500 mg, gélule");
    line.dci = QStringLiteral("AMOXICILLINE");
    line.strength = QStringLiteral("500 mg");
    line.form = QStringLiteral("gélule");
    line.route = QStringLiteral("orale");
    line.conditions = {QStringLiteral("liste I")};
    line.posology.unit = QStringLiteral("gélule");
    line.posology.intakes = {{Posology::Moment::Morning, 2}, {Posology::Moment::Evening, 2}};
    line.posology.duration = Posology::Duration{7, Posology::DurationUnit::Days};
    Prescription p;
    p.patientId = patient;
    p.lines = {line};
    return p;
}

} // namespace

TEST_CASE("prescriptions: drafted by the assistant, signed by the physician with a password")
{
    Practice p;
    auto service = p.prescriptions();
    auto id = service.saveDraft(p.desk.assistant, amoxicillin(p.patient));
    REQUIRE(id.has_value());
    auto draft = service.load(p.desk.assistant, *id);
    REQUIRE(draft.has_value());
    CHECK(draft->status == Prescription::Status::Draft);
    CHECK(draft->draftedBy == p.desk.assistant.userId);
    REQUIRE(draft->lines.size() == 1);
    CHECK(draft->lines.first().posology == amoxicillin(p.patient).lines.first().posology);
    CHECK(p.desk.count(
              QStringLiteral("SELECT count(*) FROM prescription_line WHERE "
                             "posology_text = '2 gélules matin et soir pendant 7 jours'")) == 1);

    // The assistant cannot sign, whatever the password.
    auto byAssistant = service.sign(p.desk.assistant, *id, Password);
    REQUIRE_FALSE(byAssistant.has_value());
    CHECK(byAssistant.error().code == ErrorCode::Denied);
    // The physician with a wrong password neither.
    auto wrong = service.sign(p.desk.doctor, *id, QStringLiteral("not-it"));
    REQUIRE_FALSE(wrong.has_value());
    CHECK(wrong.error().field == QLatin1String(Prescriptions::FieldPassword));
    REQUIRE(service.sign(p.desk.doctor, *id, Password).has_value());
    auto signedOne = service.load(p.desk.doctor, *id);
    REQUIRE(signedOne.has_value());
    CHECK(signedOne->status == Prescription::Status::Signed);
    CHECK(signedOne->signedBy == p.desk.doctor.userId);
    CHECK(signedOne->signedAt == p.desk.clock.now());
    CHECK(p.desk.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'sign' AND "
                                      "entity = 'prescription'")) == 1);
    // Signing twice is refused.
    CHECK_FALSE(service.sign(p.desk.doctor, *id, Password).has_value());

    // Printed, then printed again: still the same prescription.
    REQUIRE(service.markPrinted(p.desk.assistant, *id).has_value());
    REQUIRE(service.markPrinted(p.desk.assistant, *id).has_value());
    CHECK(service.load(p.desk.doctor, *id)->status == Prescription::Status::Printed);
}

TEST_CASE("prescriptions: a signed prescription never changes, renewing makes a new draft")
{
    Practice p;
    auto service = p.prescriptions();
    const QString id = *service.saveDraft(p.desk.assistant, amoxicillin(p.patient));
    // A draft changes as often as needed.
    Prescription changed = *service.load(p.desk.assistant, id);
    changed.lines[0].posology.duration = Posology::Duration{10, Posology::DurationUnit::Days};
    REQUIRE(service.saveDraft(p.desk.assistant, changed).has_value());
    CHECK(service.load(p.desk.assistant, id)->lines.first().posology.duration->count == 10);
    CHECK(p.desk.count(
              QStringLiteral("SELECT count(*) FROM prescription_line WHERE deleted = 0")) == 1);
    REQUIRE(service.sign(p.desk.doctor, id, Password).has_value());

    // Through the service: refused with the way on.
    Prescription after = *service.load(p.desk.doctor, id);
    after.lines[0].renewals = 2;
    auto refused = service.saveDraft(p.desk.doctor, after);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::Frozen);
    CHECK_FALSE(service.discardDraft(p.desk.doctor, id).has_value());
    // Around the service, straight through the write path: the write policy refuses too.
    const QString lineId = after.lines.first().id;
    const Status direct = p.desk.vault->write(p.desk.doctor.actor(), [&](RecordWriter &writer) {
        return writer.update(QStringLiteral("prescription_line"), lineId,
                             {{QStringLiteral("renewals"), 5}});
    });
    REQUIRE_FALSE(direct.has_value());
    CHECK(direct.error().code == ErrorCode::Frozen);
    const Status header = p.desk.vault->write(p.desk.doctor.actor(), [&](RecordWriter &writer) {
        return writer.update(QStringLiteral("prescription"), id,
                             {{QStringLiteral("status"), QStringLiteral("draft")}});
    });
    // Printing is the one change left: the status goes to printed, never back to draft.
    REQUIRE_FALSE(header.has_value());
    CHECK(header.error().code == ErrorCode::Frozen);

    auto renewed = service.renew(p.desk.assistant, id);
    REQUIRE(renewed.has_value());
    CHECK(*renewed != id);
    const Prescription copy = *service.load(p.desk.assistant, *renewed);
    CHECK(copy.status == Prescription::Status::Draft);
    CHECK(copy.basedOn == id);
    CHECK(copy.lines.size() == 1);
    CHECK(copy.lines.first().id != lineId);
    auto list = service.ofPatient(p.desk.assistant, p.patient);
    REQUIRE(list.has_value());
    CHECK(list->size() == 2);
    // A draft may be thrown away.
    REQUIRE(service.discardDraft(p.desk.assistant, *renewed).has_value());
    CHECK(service.ofPatient(p.desk.assistant, p.patient)->size() == 1);
}

TEST_CASE("prescriptions: bad input is refused with the reason, nothing stored")
{
    Practice p;
    auto service = p.prescriptions();
    Prescription nobody = amoxicillin(QStringLiteral("no-such-patient"));
    auto noPatient = service.saveDraft(p.desk.assistant, nobody);
    REQUIRE_FALSE(noPatient.has_value());
    CHECK(noPatient.error().field == QLatin1String(Prescriptions::FieldPatient));
    Prescription zero = amoxicillin(p.patient);
    zero.lines[0].posology.intakes = {{Posology::Moment::Morning, 0}};
    auto zeroDose = service.saveDraft(p.desk.assistant, zero);
    REQUIRE_FALSE(zeroDose.has_value());
    CHECK(zeroDose.error().field == QLatin1String("lines/0/dose"));
    Prescription mte = amoxicillin(p.patient);
    mte.lines[0].nonSubstitutable = SubstitutionBan::Mte;
    auto notMte = service.saveDraft(p.desk.assistant, mte);
    REQUIRE_FALSE(notMte.has_value());
    CHECK(notMte.error().field == QLatin1String("lines/0/nonSubstitutable"));
    Prescription tooLong = amoxicillin(p.patient);
    tooLong.lines[0].posology.duration = Posology::Duration{6, Posology::DurationUnit::Months};
    tooLong.lines[0].renewals = 2;
    CHECK_FALSE(service.saveDraft(p.desk.assistant, tooLong).has_value());
    CHECK(p.desk.count(QStringLiteral("SELECT count(*) FROM prescription")) == 0);
    // A draft is not printed.
    const QString id = *service.saveDraft(p.desk.assistant, amoxicillin(p.patient));
    CHECK_FALSE(service.markPrinted(p.desk.assistant, id).has_value());
}
