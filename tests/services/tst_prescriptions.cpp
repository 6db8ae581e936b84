#include "demo/DemoPractice.h"
#include "domain/PracticeTime.h"
#include "services/DrugInteractions.h"
#include "services/DrugSearch.h"
#include "services/DrugSubstances.h"
#include "services/PatientAllergies.h"
#include "services/PatientHistory.h"
#include "services/PatientVitals.h"
#include "services/PracticeSettings.h"
#include "services/PrescriptionChecks.h"
#include "services/Prescriptions.h"
#include "storage/RecordWriter.h"
#include "support/TestData.h"
#include "support/TestPractice.h"

#include <catch2/catch.hpp>

using namespace relais;
using relais::test::TestPractice;

namespace {

const QString Password = QLatin1String(DemoPractice::Password);

// The physician's password, with the warnings about missing drug data read: a test practice
// has no drug database unless it imports one.
Prescriptions::SignOff signOff(const QString &password = Password)
{
    return {password, {}, true};
}

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
    // The fixture drug database and thesaurus, and an allergy to amoxicillin.
    void withDrugDataAndAllergy()
    {
        const Session &doctor = desk.doctor;
        REQUIRE(DrugSubstances(*desk.vault)
                    .importFrom(doctor, relais::test::fixture(QStringLiteral("bdpm")),
                                DrugSubstances::Import::Forced));
        REQUIRE(DrugInteractions(*desk.vault)
                    .importFrom(doctor, relais::test::fixture(QStringLiteral("interactions")),
                                DrugInteractions::Import::Forced));
        REQUIRE(PatientAllergies(*desk.vault)
                    .add(doctor, {{},
                                  patient,
                                  Allergy::Kind::Allergy,
                                  QStringLiteral("Amoxicilline"),
                                  {},
                                  QStringLiteral("urticaire")}));
    }
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
    auto byAssistant = service.sign(p.desk.assistant, *id, signOff());
    REQUIRE_FALSE(byAssistant.has_value());
    CHECK(byAssistant.error().code == ErrorCode::Denied);
    // The physician with a wrong password neither.
    auto wrong = service.sign(p.desk.doctor, *id, signOff(QStringLiteral("not-it")));
    REQUIRE_FALSE(wrong.has_value());
    CHECK(wrong.error().field == QLatin1String(Prescriptions::FieldPassword));
    REQUIRE(service.sign(p.desk.doctor, *id, signOff()).has_value());
    auto signedOne = service.load(p.desk.doctor, *id);
    REQUIRE(signedOne.has_value());
    CHECK(signedOne->status == Prescription::Status::Signed);
    CHECK(signedOne->signedBy == p.desk.doctor.userId);
    CHECK(signedOne->signedAt == p.desk.clock.now());
    CHECK(p.desk.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'sign' AND "
                                      "entity = 'prescription'")) == 1);
    // Signing twice is refused.
    CHECK_FALSE(service.sign(p.desk.doctor, *id, signOff()).has_value());

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
    REQUIRE(service.sign(p.desk.doctor, id, signOff()).has_value());

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
    // The renewal waits for a signature; the signed one does not.
    auto waiting = service.waitingDrafts(p.desk.doctor);
    REQUIRE(waiting.has_value());
    REQUIRE(waiting->size() == 1);
    CHECK(waiting->first().id == *renewed);
    CHECK(waiting->first().lines.size() == 1);
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

TEST_CASE("prescription checks: the patient's allergies and treatments, and what was not checked")
{
    Practice p;
    const Session &doctor = p.desk.doctor;
    // Before any reference data: nothing checked, and said.
    auto bare = PrescriptionChecks(*p.desk.vault).check(doctor, amoxicillin(p.patient));
    REQUIRE(bare.has_value());
    CHECK(bare->alerts.isEmpty());
    CHECK(bare->dataWarnings.size() == 2);

    p.withDrugDataAndAllergy();
    Treatment warfarin;
    warfarin.patientId = p.patient;
    warfarin.drug = QStringLiteral("WARFARINE SODIQUE 5 mg, comprimé");
    warfarin.dosage = QStringLiteral("1 comprimé le soir");
    REQUIRE(PatientHistory(*p.desk.vault).saveTreatment(doctor, warfarin));

    Prescription draft = amoxicillin(p.patient);
    PrescriptionLine ibuprofen = draft.lines.first();
    ibuprofen.cis = QStringLiteral("60073914");
    ibuprofen.dci = QStringLiteral("IBUPROFÈNE");
    ibuprofen.strength = QStringLiteral("400 mg");
    PrescriptionLine aspirin = draft.lines.first();
    aspirin.cis.clear(); // typed by its DCI only: found by its substance's name
    aspirin.dci = QStringLiteral("ACIDE ACÉTYLSALICYLIQUE");
    PrescriptionLine magistral = draft.lines.first();
    magistral.cis.clear();
    magistral.dci = QStringLiteral("Préparation magistrale");
    draft.lines << ibuprofen << aspirin << magistral;

    auto checked = PrescriptionChecks(*p.desk.vault).check(doctor, draft);
    REQUIRE(checked.has_value());
    CHECK(checked->dataWarnings.isEmpty());
    CHECK(checked->unchecked == QStringList{QStringLiteral("Préparation magistrale 500 mg")});
    QStringList seen;
    for (const DrugAlert &a : checked->alerts)
        seen.append(
            QStringLiteral("%1:%2:%3")
                .arg(int(a.kind))
                .arg(a.line)
                .arg(a.kind == DrugAlert::Kind::Interaction ? levelCode(a.level) : QString()));
    INFO(seen.join(QLatin1Char(' ')).toStdString());
    // The allergy to amoxicillin first, then aspirin with warfarin (CI), ibuprofen with it (AD).
    REQUIRE(checked->alerts.size() >= 3);
    CHECK(checked->alerts.at(0).kind == DrugAlert::Kind::Allergy);
    CHECK(checked->alerts.at(0).line == 0);
    CHECK(checked->alerts.at(1).level == InteractionLevel::Contraindicated);
    CHECK(checked->alerts.at(1).line == 2);
    CHECK(checked->alerts.at(1).second == warfarin.drug);
    CHECK(checked->alerts.at(1).needsAcknowledgement);
    const auto ad =
        std::find_if(checked->alerts.cbegin(), checked->alerts.cend(), [](const DrugAlert &a) {
            return a.line == 1 && a.level == InteractionLevel::Inadvisable;
        });
    CHECK(ad != checked->alerts.cend());

    // A year later, the data is said to be old.
    p.desk.clock.set(p.desk.clock.now().addDays(400));
    auto old = PrescriptionChecks(*p.desk.vault).check(doctor, draft);
    REQUIRE(old.has_value());
    CHECK(old->dataWarnings.size() == 2);
    CHECK(old->dataWarnings.first().contains(u"ago"));
    // A workstation that calls data old only after two years says nothing yet; the assistant
    // cannot change it, nor set it out of range.
    PracticeSettings settings(*p.desk.vault);
    CHECK(settings.drugDataMaxAgeMonths() == 6);
    CHECK_FALSE(settings.setDrugDataMaxAgeMonths(p.desk.assistant, 24).has_value());
    CHECK_FALSE(settings.setDrugDataMaxAgeMonths(doctor, 0).has_value());
    REQUIRE(settings.setDrugDataMaxAgeMonths(doctor, 24).has_value());
    CHECK(PrescriptionChecks(*p.desk.vault).check(doctor, draft)->dataWarnings.isEmpty());
    // An assistant drafts, so she sees the checks too.
    CHECK(PrescriptionChecks(*p.desk.vault).check(p.desk.assistant, draft).has_value());
}

TEST_CASE("prescriptions: serious alerts and data warnings are acknowledged before signing")
{
    Practice p;
    const Session &doctor = p.desk.doctor;
    auto service = p.prescriptions();
    const QString bare = *service.saveDraft(p.desk.assistant, amoxicillin(p.patient));
    // No drug data: signing says so and asks to confirm, then keeps what was confirmed.
    auto unconfirmed = service.sign(doctor, bare, {Password, {}, false});
    REQUIRE_FALSE(unconfirmed.has_value());
    CHECK(unconfirmed.error().field == QLatin1String(Prescriptions::FieldDataWarnings));
    REQUIRE(service.sign(doctor, bare, signOff()).has_value());
    CHECK(service.load(doctor, bare)->confirmedDataWarnings.size() == 2);

    p.withDrugDataAndAllergy();
    const QString id = *service.saveDraft(p.desk.assistant, amoxicillin(p.patient));
    auto checked = PrescriptionChecks(*p.desk.vault).check(doctor, amoxicillin(p.patient));
    REQUIRE(checked.has_value());
    REQUIRE_FALSE(checked->alerts.isEmpty());
    const DrugAlert allergy = checked->alerts.first();
    REQUIRE(allergy.needsAcknowledgement);

    // Without a reason, or with blanks for one: refused, and the alert is named.
    auto silent = service.sign(doctor, id, signOff());
    REQUIRE_FALSE(silent.has_value());
    CHECK(silent.error().field == QLatin1String(Prescriptions::FieldAcknowledgements));
    CHECK(silent.error().message.contains(QStringLiteral("Amoxicilline")));
    auto blank = service.sign(doctor, id, {Password, {{allergy.key, QStringLiteral("  ")}}, true});
    REQUIRE_FALSE(blank.has_value());
    CHECK(service.load(doctor, id)->status == Prescription::Status::Draft);

    const QString why = QStringLiteral("Allergie non confirmée au test cutané");
    REQUIRE(service.sign(doctor, id, {Password, {{allergy.key, why}}, true}).has_value());
    const Prescription signedOne = *service.load(doctor, id);
    REQUIRE(signedOne.acknowledged.size() == 1);
    CHECK(signedOne.acknowledged.first().key == allergy.key);
    CHECK(signedOne.acknowledged.first().reason == why);
    CHECK(signedOne.acknowledged.first().summary == PrescriptionCheck::summary(allergy));
    CHECK(signedOne.confirmedDataWarnings.isEmpty());
    CHECK_FALSE(signedOne.thesaurusVersion.isEmpty());
    CHECK(signedOne.drugRelease.startsWith(QStringLiteral("BDPM ")));
}

TEST_CASE("prescriptions: the sheet of a signed one holds every mention the ordonnance prints")
{
    Practice p;
    auto service = p.prescriptions();
    const QString id = *service.saveDraft(p.desk.assistant, amoxicillin(p.patient));
    auto draftSheet = service.sheet(p.desk.assistant, id);
    REQUIRE_FALSE(draftSheet.has_value()); // a draft is not printed
    REQUIRE(service.sign(p.desk.doctor, id, signOff()).has_value());

    auto sheet = service.sheet(p.desk.assistant, id);
    REQUIRE(sheet.has_value());
    CHECK(sheet->prescriptionId == id);
    CHECK(sheet->date == PracticeTime::toLocal(p.desk.clock.now()).date());
    CHECK(sheet->prescriber.rpps.size() == 11);
    CHECK_FALSE(sheet->prescriber.specialty.isEmpty());
    // The practice's address and phone stand in for the physician's own, in the form used
    // across the Union: the country, and the international prefix.
    CHECK(sheet->prescriber.address.endsWith(QStringLiteral("France")));
    CHECK(sheet->prescriber.phone.startsWith(QStringLiteral("+33 ")));
    CHECK(sheet->patient.birthName == QStringLiteral("DUPONT"));
    CHECK(sheet->patient.usedName.compare(QStringLiteral("MARTIN"), Qt::CaseInsensitive) == 0);
    CHECK(sheet->patient.sex == QLatin1Char('F'));
    CHECK_FALSE(sheet->patient.weightKg.has_value()); // an adult: not needed
    CHECK_FALSE(sheet->bizone());
    CHECK(sheet->lines.size() == 1);

    CHECK(sheet->prescriber.email.contains(QLatin1Char('@')));
    CHECK(sheet->missingMentions().isEmpty());
    // A physician without an e-mail address: the sheet says what is missing.
    PrescriptionSheet incomplete = *sheet;
    incomplete.prescriber.email.clear();
    REQUIRE(incomplete.missingMentions().size() == 1);
    CHECK(incomplete.missingMentions().first().contains(QStringLiteral("e-mail")));

    // A child's ordonnance carries their latest weight and height.
    PatientIdentity child = relais::test::helene();
    child.firstNames = QStringLiteral("Lucie");
    child.usedName.clear();
    child.birthDate = p.desk.clock.now().date().addYears(-6);
    const QString childId = *p.desk.registry().create(p.desk.assistant, child);
    VitalEntry measured;
    measured.patientId = childId;
    measured.typed = {{VitalKind::Weight, QStringLiteral("21,5")},
                      {VitalKind::Height, QStringLiteral("118")}};
    REQUIRE(PatientVitals(*p.desk.vault).record(p.desk.assistant, measured).has_value());
    Prescription forChild = amoxicillin(childId);
    forChild.lines[0].ald = true;
    const QString childPrescription = *service.saveDraft(p.desk.assistant, forChild);
    REQUIRE(service.sign(p.desk.doctor, childPrescription, signOff()).has_value());
    auto childSheet = service.sheet(p.desk.doctor, childPrescription);
    REQUIRE(childSheet.has_value());
    CHECK(childSheet->ageInYears() == 6);
    REQUIRE(childSheet->patient.weightKg.has_value());
    CHECK(*childSheet->patient.weightKg == Approx(21.5));
    REQUIRE(childSheet->patient.heightCm.has_value());
    CHECK(*childSheet->patient.heightCm == Approx(118));
    CHECK(childSheet->patient.usedName.isEmpty());
    CHECK(childSheet->bizone());
}

TEST_CASE("the demo practice has drafts waiting for today's files and signed prescriptions")
{
    TestPractice desk;
    desk.withDemo(30);
    Prescriptions prescriptions(*desk.vault);
    auto waiting = prescriptions.waitingDrafts(desk.doctor);
    REQUIRE(waiting.has_value());
    REQUIRE(waiting->size() == 2);
    for (const Prescription &draft : *waiting) {
        CHECK_FALSE(draft.consultationId.isEmpty());
        CHECK(draft.draftedBy == desk.assistant.userId);
        CHECK(PrescriptionRules::problems(draft).isEmpty());
    }
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM prescription WHERE status = 'signed'")) ==
          1);
    CHECK(desk.count(
              QStringLiteral("SELECT count(*) FROM prescription WHERE status = 'printed'")) == 1);
}

TEST_CASE("prescriptions: the current treatments renewed in one action, as a draft to check")
{
    Practice p;
    auto service = p.prescriptions();
    auto none = service.renewalOfTreatments(p.desk.assistant, p.patient);
    REQUIRE_FALSE(none.has_value());
    CHECK(none.error().message.contains(QStringLiteral("no current treatment")));
    p.withDrugDataAndAllergy();
    PatientHistory history(*p.desk.vault);
    Treatment ibuprofen;
    ibuprofen.patientId = p.patient;
    ibuprofen.drug = QStringLiteral("IBUPROFENE BIOGARAN 400 mg");
    ibuprofen.dosage = QStringLiteral("1 comprimé matin et soir");
    REQUIRE(history.saveTreatment(p.desk.doctor, ibuprofen));
    Treatment homemade;
    homemade.patientId = p.patient;
    homemade.drug = QStringLiteral("Préparation magistrale");
    homemade.dosage = QStringLiteral("selon l'ordonnance du dermatologue");
    REQUIRE(history.saveTreatment(p.desk.doctor, homemade));
    Treatment stopped = ibuprofen;
    stopped.drug = QStringLiteral("PARACETAMOL 1 g");
    stopped.endedOn = p.desk.clock.now().date().addDays(-3);
    REQUIRE(history.saveTreatment(p.desk.doctor, stopped));

    auto renewal = service.renewalOfTreatments(p.desk.assistant, p.patient);
    REQUIRE(renewal.has_value());
    REQUIRE(renewal->lines.size() == 2); // the stopped one is not renewed
    CHECK(renewal->id.isEmpty());        // nothing saved yet
    const auto byName = [&](const char *start) {
        return std::find_if(renewal->lines.cbegin(), renewal->lines.cend(),
                            [&](const PrescriptionLine &l) {
                                return l.brand.startsWith(QLatin1String(start)) ||
                                       l.dci.startsWith(QString::fromUtf8(start));
                            });
    };
    const auto found = byName("IBUPROFENE BIOGARAN");
    REQUIRE(found != renewal->lines.cend());
    CHECK_FALSE(found->cis.isEmpty());
    CHECK(found->posology.text() == QStringLiteral("1 comprimé matin et soir pendant 3 mois"));
    const auto typed = byName("Préparation");
    REQUIRE(typed != renewal->lines.cend());
    CHECK(typed->cis.isEmpty());
    CHECK(typed->posology.instructions.contains(QStringLiteral("dermatologue")));
    // As a draft it is checked like any other, and saved.
    CHECK(service.saveDraft(p.desk.assistant, *renewal).has_value());
}

TEST_CASE("prescription checks: a treatment linked to its drug is checked whatever its name")
{
    Practice p;
    p.withDrugDataAndAllergy();
    auto warfarin = DrugSearch(*p.desk.vault).find(p.desk.doctor, QStringLiteral("warfarine"));
    REQUIRE(warfarin.has_value());
    REQUIRE_FALSE(warfarin->isEmpty());
    Treatment t;
    t.patientId = p.patient;
    t.drug = QStringLiteral("le traitement du cardiologue"); // no substance in these words
    t.cis = warfarin->first().specialty.cis;
    REQUIRE(PatientHistory(*p.desk.vault).saveTreatment(p.desk.doctor, t));
    Prescription draft = amoxicillin(p.patient);
    draft.lines[0].cis.clear();
    draft.lines[0].dci = QStringLiteral("ACIDE ACÉTYLSALICYLIQUE");
    auto checked = PrescriptionChecks(*p.desk.vault).check(p.desk.doctor, draft);
    REQUIRE(checked.has_value());
    CHECK_FALSE(checked->unchecked.contains(t.drug));
    const bool found = std::any_of(checked->alerts.cbegin(), checked->alerts.cend(),
                                   [&](const DrugAlert &a) { return a.second == t.drug; });
    CHECK(found);
}

TEST_CASE("prescriptions: templates of frequent prescriptions, shared by the practice")
{
    Practice p;
    auto service = p.prescriptions();
    Prescription sore = amoxicillin(p.patient);
    sore.lines[0].renewals = 0;
    sore.lines[0].nonSubstitutable = SubstitutionBan::None;
    auto unnamed = service.saveTemplate(p.desk.assistant, QStringLiteral("  "), sore.lines);
    REQUIRE_FALSE(unnamed.has_value());
    CHECK(unnamed.error().field == QLatin1String(Prescriptions::FieldTemplateName));
    Prescription bad = sore;
    bad.lines[0].posology.intakes = {{Posology::Moment::Morning, 0}};
    CHECK_FALSE(service.saveTemplate(p.desk.assistant, QStringLiteral("Angine"), bad.lines));

    const auto id =
        service.saveTemplate(p.desk.assistant, QStringLiteral("Angine de l'adulte"), sore.lines);
    REQUIRE(id.has_value());
    // The physician finds it, lines whole.
    auto all = service.templates(p.desk.doctor);
    REQUIRE(all.has_value());
    REQUIRE(all->size() == 1);
    CHECK(all->first().name == QStringLiteral("Angine de l'adulte"));
    CHECK(all->first().ownerId == p.desk.assistant.userId);
    REQUIRE(all->first().lines.size() == 1);
    CHECK(all->first().lines.first().posology == sore.lines.first().posology);
    CHECK(all->first().lines.first().cis == sore.lines.first().cis);
    CHECK(all->first().lines.first().conditions == sore.lines.first().conditions);
    // The same name again replaces it, whatever its case and accents.
    Prescription longer = sore;
    longer.lines[0].posology.duration = Posology::Duration{10, Posology::DurationUnit::Days};
    const auto again =
        service.saveTemplate(p.desk.doctor, QStringLiteral("ANGINE DE L'ADULTE"), longer.lines);
    REQUIRE(again.has_value());
    CHECK(*again == *id);
    all = service.templates(p.desk.doctor);
    REQUIRE(all->size() == 1);
    CHECK(all->first().lines.first().posology.duration->count == 10);
    REQUIRE(service.removeTemplate(p.desk.assistant, *id));
    CHECK(service.templates(p.desk.doctor)->isEmpty());
}
