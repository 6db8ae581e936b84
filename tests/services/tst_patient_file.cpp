#include "services/PatientAllergies.h"
#include "services/PatientDetails.h"
#include "services/PatientHistory.h"
#include "services/PatientMerger.h"
#include "services/PracticeSettings.h"
#include "support/TestPractice.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace relais;
using relais::test::helene;
using relais::test::TestPractice;

namespace {

const Session &Assistant = relais::test::DeskAssistant;
const Session AdminOnly{QStringLiteral("u-it"), QStringLiteral("it"), QStringLiteral("IT"),
                        Role::Admin};

QString createHelene(TestPractice &desk)
{
    auto id = desk.registry().create(Assistant, helene());
    REQUIRE(id.has_value());
    return *id;
}

} // namespace

TEST_CASE("contact: the address is kept in parts, and a wrong part is named")
{
    TestPractice desk;
    auto registry = desk.registry();
    PatientIdentity p = helene();
    p.address = QStringLiteral("12 rue des Lilas");
    p.postcode = QStringLiteral("24 000");
    p.city = QStringLiteral("Périgueux");
    auto id = registry.create(Assistant, p);
    REQUIRE(id.has_value());
    auto opened = registry.open(Assistant, *id);
    REQUIRE(opened.has_value());
    CHECK(opened->postcode == QStringLiteral("24000"));
    CHECK(opened->city == QStringLiteral("Périgueux"));

    PatientIdentity bad = helene();
    bad.birthName = QStringLiteral("Other");
    bad.address = QStringLiteral("1 place du Marché");
    auto refused = registry.create(Assistant, bad);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().field == QStringLiteral("postcode"));
    CHECK(desk.patients() == 1);
}

TEST_CASE("a form gets every wrong field at once, each with its reason")
{
    TestPractice desk;
    PatientIdentity p = helene();
    p.birthName = QStringLiteral("Dupont2");
    p.nir = QStringLiteral("262041416802539"); // wrong key
    p.phone = QStringLiteral("06 12");
    p.postcode = QStringLiteral("123");
    p.city = QStringLiteral("Caen");
    const QList<Error> problems = desk.registry().problems(p);
    QStringList fields;
    for (const Error &e : problems) {
        fields.append(e.field);
        CHECK_FALSE(e.message.isEmpty());
    }
    CHECK(fields == QStringList{QStringLiteral("birthName"), QStringLiteral("nir"),
                                QStringLiteral("phone"), QStringLiteral("postcode")});
    CHECK(desk.registry().problems(helene()).isEmpty());
    // normalise() still stops at the first one, for services.
    CHECK(desk.registry().normalise(p).error().field == QStringLiteral("birthName"));
}

TEST_CASE("referring doctor, coverage, consents and notes are kept and checked")
{
    TestPractice desk;
    UserAccount doctor;
    doctor.login = QStringLiteral("aleroy");
    doctor.displayName = QStringLiteral("Dr Anne Leroy");
    doctor.roles = Role::Admin | Role::Physician;
    doctor.rpps = QStringLiteral("10003456786");
    doctor.specialty = QStringLiteral("Médecine générale");
    auto physician =
        PracticeSettings(*desk.vault)
            .setUp({{}, QStringLiteral("Cabinet des Tilleuls"), {}, {}, {}}, doctor,
                   QStringLiteral("Un mot de passe sûr 2026"), Passwords::Cost::quick());
    REQUIRE(physician.has_value());
    const QString id = createHelene(desk);
    PatientDetails details(*desk.vault);

    auto physicians = details.practicePhysicians(Assistant);
    REQUIRE(physicians.has_value());
    REQUIRE(physicians->size() == 1);
    CHECK(physicians->first().name == QStringLiteral("Dr Anne Leroy"));

    PatientDetailsRecord d;
    d.patientId = id;
    d.referring.userId = physician->userId;
    d.coverage = {QStringLiteral("01"), QStringLiteral("CPAM de la Dordogne"),
                  QStringLiteral("Harmonie Mutuelle"), QStringLiteral("A-1234")};
    d.dataSharing = Consent::Given;
    d.dmp = Consent::Refused;
    d.notes = QStringLiteral("  Prefers morning appointments.  ");
    REQUIRE(details.update(Assistant, d).has_value());
    auto read = details.load(Assistant, id);
    REQUIRE(read.has_value());
    CHECK(read->referring.name == QStringLiteral("Dr Anne Leroy"));
    CHECK(read->referring.rpps == QStringLiteral("10003456786"));
    CHECK(read->coverage.fund == QStringLiteral("CPAM de la Dordogne"));
    CHECK(read->dataSharing == Consent::Given);
    CHECK(read->dmp == Consent::Refused);
    CHECK(read->consentsOn == TestPractice::today()); // answers are dated when collected
    CHECK(read->notes == QStringLiteral("Prefers morning appointments."));

    // An outside doctor needs a name and a valid RPPS.
    PatientDetailsRecord outside = *read;
    outside.referring = {{}, QStringLiteral("Dr Paul Vidal"), QStringLiteral("1010 1234 564")};
    REQUIRE(details.update(Assistant, outside).has_value());
    CHECK(details.load(Assistant, id)->referring.rpps == QStringLiteral("10101234564"));
    outside.referring.rpps = QStringLiteral("10101234565");
    auto badRpps = details.update(Assistant, outside);
    REQUIRE_FALSE(badRpps.has_value());
    CHECK(badRpps.error().field == QLatin1String(PatientDetails::FieldReferringRpps));
    outside.referring = {{}, {}, QStringLiteral("10101234564")};
    CHECK(details.update(Assistant, outside).error().field ==
          QLatin1String(PatientDetails::FieldReferringName));
    // An account that is not a physician cannot be named.
    outside.referring = {QStringLiteral("u-nobody"), {}, {}};
    CHECK(details.update(Assistant, outside).error().field ==
          QLatin1String(PatientDetails::FieldReferringName));
    outside.referring = {};
    outside.coverage.scheme = QStringLiteral("42");
    CHECK(details.update(Assistant, outside).error().field ==
          QLatin1String(InsuranceSchemes::FieldScheme));
    // Nothing of the refused changes was kept.
    CHECK(details.load(Assistant, id)->referring.name == QStringLiteral("Dr Paul Vidal"));

    CHECK(details.update(AdminOnly, d).error().code == ErrorCode::Denied);
    CHECK(details.load(AdminOnly, id).error().code == ErrorCode::Denied);
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM change_journal WHERE entity = "
                                    "'patient' AND entity_id = '") +
                     id + QStringLiteral("'")) == 3); // created, then two accepted updates
}

TEST_CASE("history: conditions with ALD, dates as remembered, tombstones on removal")
{
    TestPractice desk;
    const QString id = createHelene(desk);
    PatientHistory history(*desk.vault);

    Condition diabetes;
    diabetes.patientId = id;
    diabetes.label = QStringLiteral("Type 2 diabetes");
    diabetes.icd10 = QStringLiteral("e119");
    diabetes.since = QStringLiteral("03/2015");
    diabetes.ald = true;
    diabetes.aldUntil = QDate(2028, 12, 31);
    auto diabetesId = history.saveCondition(Assistant, diabetes);
    REQUIRE(diabetesId.has_value());
    Condition appendix;
    appendix.patientId = id;
    appendix.category = Condition::Category::Surgical;
    appendix.label = QStringLiteral("Appendicectomy");
    appendix.since = QStringLiteral("1978");
    REQUIRE(history.saveCondition(Assistant, appendix).has_value());

    auto all = history.conditions(Assistant, id);
    REQUIRE(all.has_value());
    REQUIRE(all->size() == 2);
    CHECK(all->first().label == QStringLiteral("Type 2 diabetes")); // ALD first
    CHECK(all->first().icd10 == QStringLiteral("E11.9"));
    CHECK(all->first().since == QStringLiteral("2015-03"));
    CHECK(PatientHistory::displaySince(all->first().since) == QStringLiteral("03/2015"));
    CHECK(PatientHistory::aldSummary(*all) ==
          QStringLiteral("Type 2 diabetes (E11.9, until 31/12/2028)"));

    Condition changed = all->first();
    changed.note = QStringLiteral("HbA1c 7.2 % in 2026");
    REQUIRE(history.saveCondition(Assistant, changed) == *diabetesId);
    CHECK(history.conditions(Assistant, id)->first().note == changed.note);

    Condition bad = diabetes;
    bad.id.clear();
    bad.since = QStringLiteral("2031");
    CHECK(history.saveCondition(Assistant, bad).error().field == QStringLiteral("since"));
    bad.since.clear();
    bad.icd10 = QStringLiteral("diabetes");
    CHECK(history.saveCondition(Assistant, bad).error().field == QStringLiteral("icd10"));
    bad.icd10.clear();
    bad.label = QStringLiteral("   ");
    CHECK(history.saveCondition(Assistant, bad).error().field == QStringLiteral("label"));
    Condition familyAld = appendix;
    familyAld.id.clear();
    familyAld.category = Condition::Category::Family;
    familyAld.ald = true;
    CHECK_FALSE(history.saveCondition(Assistant, familyAld).has_value());

    REQUIRE(history.removeCondition(Assistant, *diabetesId).has_value());
    CHECK(history.conditions(Assistant, id)->size() == 1);
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM patient_condition WHERE deleted = 1")) ==
          1);
    CHECK(PatientHistory::aldSummary(*history.conditions(Assistant, id)) ==
          QStringLiteral("No long-term condition (ALD)"));
    CHECK(history.saveCondition(AdminOnly, appendix).error().code == ErrorCode::Denied);
}

TEST_CASE("treatments: current first, stopped ones kept, dates checked")
{
    TestPractice desk;
    const QString id = createHelene(desk);
    PatientHistory history(*desk.vault);
    Treatment metformin;
    metformin.patientId = id;
    metformin.drug = QStringLiteral("METFORMINE 1000 mg, comprimé");
    metformin.dosage = QStringLiteral("1 matin et soir");
    metformin.since = QStringLiteral("2015");
    auto metforminId = history.saveTreatment(Assistant, metformin);
    REQUIRE(metforminId.has_value());
    Treatment statin = metformin;
    statin.drug = QStringLiteral("ATORVASTATINE 10 mg");
    statin.since = QStringLiteral("06/2020");
    auto statinId = history.saveTreatment(Assistant, statin);
    REQUIRE(statinId.has_value());

    CHECK(history.stopTreatment(Assistant, *statinId, QDate(2027, 1, 1)).error().field ==
          QStringLiteral("endedOn")); // the future
    CHECK(history.stopTreatment(Assistant, *statinId, QDate(2019, 1, 1)).error().field ==
          QStringLiteral("endedOn")); // before it began
    REQUIRE(history.stopTreatment(Assistant, *statinId, QDate(2026, 10, 2)).has_value());
    CHECK_FALSE(history.stopTreatment(Assistant, *statinId, QDate(2026, 10, 3)).has_value());

    auto all = history.treatments(Assistant, id);
    REQUIRE(all.has_value());
    REQUIRE(all->size() == 2);
    CHECK(all->at(0).drug == metformin.drug);
    CHECK(all->at(0).isCurrent());
    CHECK(all->at(1).endedOn == QDate(2026, 10, 2));

    Treatment nameless = metformin;
    nameless.drug = QStringLiteral(" ");
    CHECK(history.saveTreatment(Assistant, nameless).error().field == QStringLiteral("drug"));
    REQUIRE(history.removeTreatment(Assistant, *metforminId).has_value());
    CHECK(history.treatments(Assistant, id)->size() == 1);
}

TEST_CASE("merging two files keeps everything of both, and undo puts it all back")
{
    TestPractice desk;
    auto registry = desk.registry();
    const QString kept = createHelene(desk);
    PatientIdentity other = helene();
    other.birthName = QStringLiteral("Du Pont");
    other.usedName.clear();
    other.phone.clear();
    other.email = QStringLiteral("helene@example.org");
    other.address = QStringLiteral("3 chemin Vert");
    other.postcode = QStringLiteral("14000");
    other.city = QStringLiteral("Caen");
    auto mergedId = registry.create(Assistant, other, true);
    REQUIRE(mergedId.has_value());
    const QString merged = *mergedId;

    PatientAllergies allergies(*desk.vault);
    REQUIRE(allergies
                .add(Assistant, {{},
                                 merged,
                                 Allergy::Kind::Allergy,
                                 QStringLiteral("Pénicilline"),
                                 {},
                                 QStringLiteral("hives")})
                .has_value());
    PatientHistory history(*desk.vault);
    Condition asthma;
    asthma.patientId = merged;
    asthma.label = QStringLiteral("Asthma");
    REQUIRE(history.saveCondition(Assistant, asthma).has_value());
    PatientDetails details(*desk.vault);
    auto keptDetails = details.load(Assistant, kept);
    keptDetails->notes = QStringLiteral("Kept file's note.");
    REQUIRE(details.update(Assistant, *keptDetails).has_value());
    auto mergedDetails = details.load(Assistant, merged);
    mergedDetails->notes = QStringLiteral("Merged file's note.");
    REQUIRE(details.update(Assistant, *mergedDetails).has_value());

    PatientMerger merger(*desk.vault);
    CHECK(merger.merge(Assistant, kept, merged, QStringLiteral(" ")).error().field ==
          QLatin1String(PatientMerger::FieldReason));
    CHECK(merger.merge(AdminOnly, kept, merged, QStringLiteral("same person")).error().code ==
          ErrorCode::Denied);
    CHECK_FALSE(merger.merge(Assistant, kept, kept, QStringLiteral("same")).has_value());
    const qint64 auditBefore = desk.count(QStringLiteral("SELECT count(*) FROM audit_log"));
    auto mergeId =
        merger.merge(Assistant, kept, merged, QStringLiteral("Same identity card, two files"));
    REQUIRE(mergeId.has_value());
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM audit_log")) > auditBefore);

    // The kept file has everything; the merged one is out of the lists but still there.
    CHECK(allergies.list(Assistant, kept)->size() == 1);
    CHECK(history.conditions(Assistant, kept)->size() == 1);
    auto keptNow = registry.refresh(Assistant, kept);
    CHECK(keptNow->phone == QStringLiteral("+33612345678"));       // its own, kept
    CHECK(keptNow->email == QStringLiteral("helene@example.org")); // filled in
    CHECK(keptNow->city == QStringLiteral("Caen"));
    CHECK(details.load(Assistant, kept)->notes.contains(QStringLiteral("Merged file's note.")));
    CHECK(details.load(Assistant, kept)->notes.startsWith(QStringLiteral("Kept file's note.")));
    CHECK(registry.search(Assistant, QStringLiteral("du pont")).value().isEmpty());
    CHECK(registry.search(Assistant, QStringLiteral("17/04/1962")).value().size() == 1);
    CHECK(registry.duplicatesOf(*registry.normalise(other)).value().size() == 1);
    CHECK(registry.open(Assistant, merged)->id == kept); // an old link opens the kept file
    CHECK(history.saveCondition(Assistant, asthma).error().code == ErrorCode::NotFound);
    auto merges = merger.mergesInto(Assistant, kept);
    REQUIRE(merges->size() == 1);
    CHECK(merges->first().movedRecords == 2);
    CHECK(merges->first().mergedName.startsWith(QStringLiteral("DU PONT")));
    CHECK_FALSE(merges->first().undone);

    // Changed after the merge: the e-mail is the patient's now, whatever undo does.
    PatientIdentity corrected = *keptNow;
    corrected.email = QStringLiteral("h.dupont@example.org");
    REQUIRE(registry.updateIdentity(Assistant, corrected, {}).has_value());

    REQUIRE(merger.undo(Assistant, *mergeId).has_value());
    CHECK(allergies.list(Assistant, kept)->isEmpty());
    CHECK(allergies.list(Assistant, merged)->size() == 1);
    CHECK(history.conditions(Assistant, merged)->size() == 1);
    auto keptBack = registry.refresh(Assistant, kept);
    CHECK(keptBack->city.isEmpty());
    CHECK(keptBack->email == QStringLiteral("h.dupont@example.org"));
    CHECK(details.load(Assistant, kept)->notes == QStringLiteral("Kept file's note."));
    CHECK(registry.refresh(Assistant, merged)->mergedInto.isEmpty());
    CHECK(registry.search(Assistant, QStringLiteral("du pont")).value().size() == 1);
    CHECK(merger.mergesInto(Assistant, kept)->first().undone);
    CHECK_FALSE(merger.undo(Assistant, *mergeId).has_value());
}

TEST_CASE("files with two different NIRs are never merged")
{
    TestPractice desk;
    auto registry = desk.registry();
    const QString first = *registry.create(Assistant, helene());
    PatientIdentity b = helene();
    b.birthName = QStringLiteral("Dupond");
    const QString second = *registry.create(Assistant, b, true);
    PatientIdentity withNir = *registry.refresh(Assistant, first);
    withNir.nir = QStringLiteral("2 62 04 14 168 025 19");
    REQUIRE(registry.updateIdentity(Assistant, withNir, {}, true).has_value());
    PatientIdentity otherNir = *registry.refresh(Assistant, second);
    otherNir.nir = QStringLiteral("262041416804497");
    REQUIRE(registry.updateIdentity(Assistant, otherNir, {}, true).has_value());
    auto refused = PatientMerger(*desk.vault).merge(Assistant, first, second, QStringLiteral("x"));
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().message.contains(QStringLiteral("social-security")));
}

TEST_CASE("changing identity traits looks for duplicates again, as a creation does")
{
    TestPractice desk;
    auto registry = desk.registry();
    createHelene(desk);
    PatientIdentity other = helene();
    other.birthName = QStringLiteral("Durand");
    other.usedName.clear();
    auto otherId = registry.create(Assistant, other);
    REQUIRE(otherId.has_value());

    // A typo fixed the wrong way makes this file look like Hélène DUPONT's.
    PatientIdentity changed = *registry.refresh(Assistant, *otherId);
    changed.birthName = QStringLiteral("Dupond");
    auto refused = registry.updateIdentity(Assistant, changed, {});
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::AlreadyExists);
    CHECK(registry.refresh(Assistant, *otherId)->birthName == QStringLiteral("DURAND"));
    REQUIRE(registry.updateIdentity(Assistant, changed, {}, true).has_value());
    CHECK(registry.refresh(Assistant, *otherId)->birthName == QStringLiteral("DUPOND"));

    // A form still being filled: candidates as soon as the name and date are right.
    PatientIdentity typing;
    typing.birthName = QStringLiteral("dupont");
    CHECK(registry.duplicatesOfDraft(typing)->isEmpty()); // no date yet
    typing.birthDate = QDate(1962, 4, 17);
    typing.nir = QStringLiteral("2 62 04"); // half typed: ignored, not refused
    auto live = registry.duplicatesOfDraft(typing);
    REQUIRE(live.has_value());
    REQUIRE(live->size() == 2);
    CHECK(live->first().patient.displayName.startsWith(QStringLiteral("DUPONT")));
}
