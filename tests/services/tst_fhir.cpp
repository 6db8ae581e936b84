#include "domain/IdentityTraits.h"
#include "services/FhirExchange.h"
#include "services/PatientVitals.h"
#include "support/TestData.h"
#include "support/TestPractice.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace relais;
using relais::test::TestPractice;

namespace {

const Session &Assistant = relais::test::DeskAssistant;
const Session AdminOnly{QStringLiteral("u-it"), QStringLiteral("it"), QStringLiteral("IT"),
                        Role::Admin};

// The 28 bundles of the reference data, or the two of tests/data.
QStringList syntheaBundles(bool all = false)
{
    QDir dir(all ? relais::test::reference(QStringLiteral("fhir-r4-synthea"))
                 : relais::test::fixture(QStringLiteral("fhir")));
    QStringList files;
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

QString writeFile(const relais::test::TempDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.file(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

// What a vault holds of patients and vitals, in a form two vaults can be compared by.
QStringList contents(TestPractice &desk)
{
    QStringList rows;
    QSqlQuery q(desk.vault->database());
    REQUIRE(q.exec(QStringLiteral(
        "SELECT p.birth_name, p.first_names, p.sex, p.birth_date, v.kind, v.value, v.value2, "
        "v.measured_at FROM vital_sign v JOIN patient p ON p.id = v.patient_id "
        "WHERE v.superseded = 0 ORDER BY 1, 2, 8, 5")));
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < 8; ++i)
            row.append(q.value(i).toString());
        rows.append(row.join(QLatin1Char('|')));
    }
    return rows;
}

} // namespace

TEST_CASE("fhir: every Synthea bundle is imported, what has no French meaning counted and left out")
{
    RELAIS_NEEDS_REFERENCE_DATA();
    const QStringList files = syntheaBundles(true);
    REQUIRE(files.size() == 28);
    TestPractice desk;
    FhirExchange exchange(*desk.vault);
    int progressCalls = 0;
    auto reports =
        exchange.importFiles(Assistant, files, [&](int done, int total, const QString &) {
            CHECK(total == 28);
            CHECK(done == progressCalls);
            ++progressCalls;
        });
    REQUIRE(reports.has_value());
    CHECK(progressCalls == 29);
    int patients = 0;
    int vitals = 0;
    QMap<QString, int> skipped;
    for (const FhirExchange::Report &r : *reports) {
        patients += r.patientsCreated;
        vitals += r.vitalsImported;
        for (auto it = r.skipped.cbegin(); it != r.skipped.cend(); ++it)
            skipped[it.key()] += it.value();
        CHECK(r.summary().contains(QStringLiteral("new patients")));
    }
    CHECK(patients == 28);
    // 120 weights, 120 heights, 120 blood pressures and 13 oral temperatures.
    CHECK(vitals == 373);
    CHECK(desk.patients() == 28);
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM vital_sign WHERE kind = 'bp' AND value "
                                    "> value2 AND source LIKE 'Observation/%'")) == 120);
    CHECK(skipped.value(QStringLiteral("Observation (BMI, computed by Relais)")) == 116);
    CHECK(skipped.value(QStringLiteral("Observation (vital sign 72514-3, not kept by Relais)")) ==
          120);
    CHECK(skipped.value(QStringLiteral("Encounter")) == 220);
    CHECK(skipped.value(QStringLiteral("Claim")) == 263);
    // American addresses and social-security numbers stay out, said so.
    CHECK(desk.count(QStringLiteral(
              "SELECT count(*) FROM patient WHERE address <> '' OR nir <> ''")) == 0);
    CHECK(
        reports->first().notes.join(QLatin1Char('\n')).contains(QStringLiteral("outside France")));

    SECTION("importing the same bundles again changes nothing")
    {
        const qint64 journal = desk.count(QStringLiteral("SELECT count(*) FROM change_journal"));
        auto again = exchange.importFiles(Assistant, files);
        REQUIRE(again.has_value());
        for (const FhirExchange::Report &r : *again) {
            CHECK(r.patientsCreated == 0);
            CHECK(r.vitalsImported == 0);
        }
        CHECK(again->first().patientsKnown == 1);
        CHECK(desk.count(QStringLiteral("SELECT count(*) FROM change_journal")) == journal);
        CHECK(desk.patients() == 28);
    }
}

TEST_CASE("fhir: an exported patient is read back to the same data, here or elsewhere")
{
    TestPractice source;
    FhirExchange exchange(*source.vault);
    const QStringList files = syntheaBundles();
    REQUIRE(exchange.importFiles(Assistant, files).has_value());
    // A value typed here, and a corrected one: only the current version travels.
    const auto found = source.registry().search(Assistant, QStringLiteral("kreiger"));
    REQUIRE(found.has_value());
    REQUIRE(found->size() == 1);
    const QString id = found->first().id;
    PatientVitals vitals(*source.vault);
    VitalEntry typed;
    typed.patientId = id;
    typed.typed.insert(VitalKind::SpO2, QStringLiteral("97"));
    typed.pressures = {{QStringLiteral("132"), QStringLiteral("84")}};
    auto recorded = vitals.record(Assistant, typed);
    REQUIRE(recorded.has_value());
    REQUIRE(vitals.correct(Assistant, recorded->ids.first(), QStringLiteral("96"),
                           QStringLiteral("relu")));

    auto bundle = exchange.exportPatient(Assistant, id);
    REQUIRE(bundle.has_value());
    const QJsonObject json = QJsonDocument::fromJson(*bundle).object();
    CHECK(json.value(QStringLiteral("type")).toString() == QStringLiteral("collection"));
    CHECK(source.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export'")) ==
          1);
    const QString file = writeFile(source.dir, QStringLiteral("export.json"), *bundle);

    TestPractice elsewhere;
    auto report = FhirExchange(*elsewhere.vault).importFile(Assistant, file);
    REQUIRE(report.has_value());
    CHECK(report->patientsCreated == 1);
    CHECK(report->skipped.isEmpty());
    QStringList expected;
    for (const QString &row : contents(source)) {
        if (row.startsWith(source.registry().refresh(Assistant, id)->birthName + QLatin1Char('|')))
            expected.append(row);
    }
    CHECK_FALSE(expected.isEmpty());
    CHECK(contents(elsewhere) == expected);

    // Back into the vault it came from: nothing new.
    const qint64 journal = source.count(QStringLiteral("SELECT count(*) FROM change_journal"));
    auto back = exchange.importFile(Assistant, file);
    REQUIRE(back.has_value());
    CHECK(back->patientsKnown == 1);
    CHECK(back->vitalsImported == 0);
    CHECK(source.count(QStringLiteral("SELECT count(*) FROM change_journal")) == journal);
}

TEST_CASE("fhir: a malformed bundle is refused with where it goes wrong, and nothing is kept")
{
    TestPractice desk;
    FhirExchange exchange(*desk.vault);
    const auto refused = [&](const QByteArray &json) {
        const QString file = writeFile(desk.dir, QStringLiteral("bad.json"), json);
        auto report = exchange.importFile(Assistant, file);
        REQUIRE_FALSE(report.has_value());
        CHECK(report.error().message.contains(file));
        return report.error().message;
    };
    CHECK(refused("{\n  \"resourceType\": \"Bundle\",\n  \"entry\": [ { \"resource\": }\n")
              .contains(QStringLiteral("line 3")));
    CHECK(refused(R"({"resourceType": "Patient"})").contains(QStringLiteral("$.resourceType")));
    CHECK(
        refused(R"({"resourceType": "Bundle", "type": "transaction", "entry": [{"resource": {}}]})")
            .contains(QStringLiteral("$.entry[0].resource.resourceType")));
    // A patient without a birth date cannot be filed: the whole bundle is refused.
    const QString noBirth = refused(R"({"resourceType": "Bundle", "type": "collection", "entry": [
        {"fullUrl": "urn:uuid:a", "resource": {"resourceType": "Patient", "id": "a",
          "name": [{"family": "Martin", "given": ["Paul"]}], "gender": "male",
          "birthDate": "1970-02-30"}},
        {"fullUrl": "urn:uuid:b", "resource": {"resourceType": "Patient", "id": "b",
          "name": [{"family": "Petit", "given": ["Anne"]}], "gender": "female",
          "birthDate": "1980-01-01"}}]})");
    CHECK(noBirth.contains(QStringLiteral("Patient/a")));
    CHECK(desk.patients() == 0);

    auto missing = exchange.importFile(Assistant, desk.dir.file(QStringLiteral("none.json")));
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().code == ErrorCode::NotFound);
}

TEST_CASE("fhir: implausible values and bad units are left out with the reason, the rest is kept")
{
    TestPractice desk;
    const QString file = writeFile(desk.dir, QStringLiteral("b.json"), R"({"resourceType": "Bundle",
      "type": "collection", "entry": [
        {"fullUrl": "urn:uuid:p", "resource": {"resourceType": "Patient", "id": "p",
          "name": [{"use": "official", "family": "Lefèvre", "given": ["Élise", "Marie"]}],
          "gender": "female", "birthDate": "1958-06-01",
          "telecom": [{"system": "phone", "value": "+1 555 0100"}]}},
        {"resource": {"resourceType": "Observation", "id": "w", "status": "final",
          "category": [{"coding": [{"code": "vital-signs"}]}],
          "code": {"coding": [{"system": "http://loinc.org", "code": "29463-7"}]},
          "subject": {"reference": "urn:uuid:p"}, "effectiveDateTime": "2024-03-01T09:00:00Z",
          "valueQuantity": {"value": 154.3, "code": "[lb_av]"}}},
        {"resource": {"resourceType": "Observation", "id": "t", "status": "final",
          "category": [{"coding": [{"code": "vital-signs"}]}],
          "code": {"coding": [{"system": "http://loinc.org", "code": "8310-5"}]},
          "subject": {"reference": "Patient/p"}, "effectiveDateTime": "2024-03-01T09:00:00Z",
          "valueQuantity": {"value": 73, "code": "Cel"}}},
        {"resource": {"resourceType": "Observation", "id": "h", "status": "final",
          "category": [{"coding": [{"code": "vital-signs"}]}],
          "code": {"coding": [{"system": "http://loinc.org", "code": "8302-2"}]},
          "subject": {"reference": "urn:uuid:p"}, "effectiveDateTime": "2024-03-01",
          "valueQuantity": {"value": 1.63, "code": "m"}}},
        {"resource": {"resourceType": "Observation", "id": "x", "status": "final",
          "category": [{"coding": [{"code": "vital-signs"}]}],
          "code": {"coding": [{"system": "http://loinc.org", "code": "9279-1"}]},
          "subject": {"reference": "urn:uuid:p"}, "effectiveDateTime": "2024-03-01",
          "valueQuantity": {"value": 16, "code": "furlongs"}}}]})");
    auto report = FhirExchange(*desk.vault).importFile(Assistant, file);
    REQUIRE(report.has_value());
    CHECK(report->patientsCreated == 1);
    CHECK(report->vitalsImported == 2); // 70 kg and 163 cm
    const QString notes = report->notes.join(QLatin1Char('\n'));
    CHECK(notes.contains(QStringLiteral("Observation/t")));
    CHECK(notes.contains(QStringLiteral("furlongs")));
    CHECK(notes.contains(QStringLiteral("Patient/p: An international number")));
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM vital_sign WHERE kind = 'weight' AND "
                                    "abs(value - 69.99) < 0.01")) == 1);
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM vital_sign WHERE kind = 'height' AND "
                                    "value = 163")) == 1);
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM patient WHERE birth_name = 'LEFEVRE' "
                                    "AND first_names = 'ELISE MARIE'")) == 1);
}

TEST_CASE("fhir: a maiden name is the birth name, whatever order the names come in")
{
    TestPractice desk;
    const QString file = writeFile(desk.dir, QStringLiteral("m.json"), R"({"resourceType": "Bundle",
      "type": "collection", "entry": [
        {"resource": {"resourceType": "Patient", "id": "m", "gender": "female",
          "birthDate": "1962-04-17", "name": [
            {"use": "maiden", "family": "Dupont"},
            {"use": "official", "family": "Martin", "given": ["Hélène", "Marie"]}]}}]})");
    REQUIRE(FhirExchange(*desk.vault).importFile(Assistant, file).has_value());
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM patient WHERE birth_name = 'DUPONT' "
                                    "AND used_name = 'Martin' AND first_names = 'HELENE MARIE'")) ==
          1);
}

TEST_CASE("fhir: only the care team imports and exports")
{
    TestPractice desk;
    FhirExchange exchange(*desk.vault);
    auto denied = exchange.importFile(AdminOnly, syntheaBundles().first());
    REQUIRE_FALSE(denied.has_value());
    CHECK(denied.error().code == ErrorCode::Denied);
    CHECK(desk.patients() == 0);
}

namespace {

// A bundle of one patient and the observations given, as JSON text.
QByteArray bundleOf(const QString &patient, const QStringList &observations)
{
    QStringList entries{patient};
    entries.append(observations);
    return QStringLiteral(R"({"resourceType": "Bundle", "type": "collection", "entry": [%1]})")
        .arg(entries.join(QStringLiteral(",\n")))
        .toUtf8();
}

QString patientEntry(const QString &id, const QString &family, const QString &given,
                     const QString &gender, const QString &birth, const QString &fullUrl = {})
{
    return QStringLiteral(R"({%1"resource": {"resourceType": "Patient", "id": "%2",
        "name": [{"family": "%3", "given": ["%4"]}], "gender": "%5", "birthDate": "%6"}})")
        .arg(fullUrl.isEmpty() ? QString() : QStringLiteral(R"("fullUrl": "%1", )").arg(fullUrl),
             id, family, given, gender, birth);
}

// A weight; `id` and `subject` left out of the resource when empty.
QString weightEntry(const QString &id, const QString &subject, const QString &at, double kg,
                    const QString &fullUrl = {})
{
    QString resource = QStringLiteral(R"("resourceType": "Observation", "status": "final",
        "category": [{"coding": [{"code": "vital-signs"}]}],
        "code": {"coding": [{"system": "http://loinc.org", "code": "29463-7"}]},
        "effectiveDateTime": "%1", "valueQuantity": {"value": %2, "code": "kg"})")
                           .arg(at)
                           .arg(kg);
    if (!id.isEmpty())
        resource += QStringLiteral(R"(, "id": "%1")").arg(id);
    if (!subject.isEmpty())
        resource += QStringLiteral(R"(, "subject": {"reference": "%1"})").arg(subject);
    return QStringLiteral(R"({%1"resource": {%2}})")
        .arg(fullUrl.isEmpty() ? QString() : QStringLiteral(R"("fullUrl": "%1", )").arg(fullUrl),
             resource);
}

} // namespace

TEST_CASE("fhir: observations without an id are each kept once, however many bundles bring them")
{
    TestPractice desk;
    FhirExchange exchange(*desk.vault);
    const QString patient =
        patientEntry(QStringLiteral("r"), QStringLiteral("Renaud"), QStringLiteral("Aurélie"),
                     QStringLiteral("female"), QStringLiteral("1992-05-04"));
    const QString first =
        writeFile(desk.dir, QStringLiteral("1.json"),
                  bundleOf(patient, {weightEntry({}, QStringLiteral("Patient/r"),
                                                 QStringLiteral("2024-01-10T09:00:00Z"), 61),
                                     weightEntry({}, QStringLiteral("Patient/r"),
                                                 QStringLiteral("2024-02-10T09:00:00Z"), 62),
                                     weightEntry({}, QStringLiteral("Patient/r"),
                                                 QStringLiteral("2024-03-10T09:00:00Z"), 63,
                                                 QStringLiteral("urn:uuid:w3"))}));
    const QString second =
        writeFile(desk.dir, QStringLiteral("2.json"),
                  bundleOf(patient, {weightEntry({}, QStringLiteral("Patient/r"),
                                                 QStringLiteral("2024-04-10T09:00:00Z"), 64)}));
    auto one = exchange.importFile(Assistant, first);
    REQUIRE(one.has_value());
    CHECK(one->vitalsImported == 3);
    auto two = exchange.importFile(Assistant, second);
    REQUIRE(two.has_value());
    CHECK(two->vitalsImported == 1);
    CHECK(two->patientsKnown == 1);
    // Again: each is recognised, nothing is added.
    auto again = exchange.importFile(Assistant, first);
    REQUIRE(again.has_value());
    CHECK(again->vitalsImported == 0);
    CHECK(again->vitalsKnown == 3);
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM vital_sign")) == 4);
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM vital_sign WHERE source = "
                                    "'urn:uuid:w3'")) == 1);
}

TEST_CASE("fhir: an observation is never filed under a patient it does not name")
{
    TestPractice desk;
    FhirExchange exchange(*desk.vault);
    // The patient entry has no fullUrl: an observation without a subject used to land on it.
    const QString file = writeFile(
        desk.dir, QStringLiteral("s.json"),
        bundleOf(patientEntry(QStringLiteral("a"), QStringLiteral("Martin"), QStringLiteral("Paul"),
                              QStringLiteral("male"), QStringLiteral("1970-02-03")),
                 {weightEntry(QStringLiteral("no-subject"), {}, QStringLiteral("2024-01-10"), 80),
                  weightEntry(QStringLiteral("elsewhere"), QStringLiteral("urn:uuid:nobody"),
                              QStringLiteral("2024-01-10"), 81),
                  weightEntry(QStringLiteral("unknown"), QStringLiteral("Patient/zz"),
                              QStringLiteral("2024-01-10"), 82),
                  weightEntry(QStringLiteral("his"), QStringLiteral("Patient/a"),
                              QStringLiteral("2024-01-10"), 83)}));
    auto report = exchange.importFile(Assistant, file);
    REQUIRE(report.has_value());
    CHECK(report->vitalsImported == 1);
    const QString notes = report->notes.join(QLatin1Char('\n'));
    CHECK(notes.contains(QStringLiteral("$.entry[1].resource: no subject")));
    CHECK(notes.contains(QStringLiteral("$.entry[2].resource: its subject (urn:uuid:nobody)")));
    CHECK(notes.contains(QStringLiteral("$.entry[3].resource: its subject (Patient/zz)")));
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM vital_sign WHERE value = 83")) == 1);
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM vital_sign")) == 1);

    // A later bundle may name a patient imported before, by the same source.
    const QString later = writeFile(
        desk.dir, QStringLiteral("later.json"),
        QStringLiteral(R"({"resourceType": "Bundle", "type": "collection", "entry": [%1]})")
            .arg(weightEntry(QStringLiteral("later"), QStringLiteral("Patient/a"),
                             QStringLiteral("2024-05-10"), 84))
            .toUtf8());
    auto next = exchange.importFile(Assistant, later);
    REQUIRE(next.has_value());
    CHECK(next->vitalsImported == 1);
}

TEST_CASE("fhir: two patients with one id, or an id reused for someone else, refuse the bundle")
{
    TestPractice desk;
    FhirExchange exchange(*desk.vault);
    const QString twins = writeFile(
        desk.dir, QStringLiteral("twins.json"),
        bundleOf(patientEntry(QStringLiteral("x"), QStringLiteral("Martin"), QStringLiteral("Paul"),
                              QStringLiteral("male"), QStringLiteral("1970-02-03")),
                 {patientEntry(QStringLiteral("x"), QStringLiteral("Petit"), QStringLiteral("Anne"),
                               QStringLiteral("female"), QStringLiteral("1980-01-01"))}));
    auto refused = exchange.importFile(Assistant, twins);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().message.contains(QStringLiteral("cannot share an id")));
    CHECK(desk.patients() == 0);

    const QString renaud =
        writeFile(desk.dir, QStringLiteral("renaud.json"),
                  bundleOf(patientEntry(QStringLiteral("p1"), QStringLiteral("Renaud"),
                                        QStringLiteral("Aurélie"), QStringLiteral("female"),
                                        QStringLiteral("1992-05-04")),
                           {weightEntry(QStringLiteral("w1"), QStringLiteral("Patient/p1"),
                                        QStringLiteral("2024-01-10"), 60)}));
    REQUIRE(exchange.importFile(Assistant, renaud).has_value());
    const QString intruder =
        writeFile(desk.dir, QStringLiteral("intrus.json"),
                  bundleOf(patientEntry(QStringLiteral("p1"), QStringLiteral("Intrus"),
                                        QStringLiteral("Zorro"), QStringLiteral("male"),
                                        QStringLiteral("2001-01-01")),
                           {weightEntry(QStringLiteral("w2"), QStringLiteral("Patient/p1"),
                                        QStringLiteral("2024-02-10"), 95)}));
    auto intrusion = exchange.importFile(Assistant, intruder);
    REQUIRE_FALSE(intrusion.has_value());
    CHECK(intrusion.error().message.contains(QStringLiteral("already filed")));
    CHECK(intrusion.error().message.contains(QStringLiteral("RENAUD")));
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM vital_sign")) == 1);

    // The same person, her usual name changed: the strict traits agree, the weight is added.
    const QString same =
        writeFile(desk.dir, QStringLiteral("same.json"),
                  bundleOf(patientEntry(QStringLiteral("p1"), QStringLiteral("RENAUD"),
                                        QStringLiteral("Aurelie"), QStringLiteral("female"),
                                        QStringLiteral("1992-05-04")),
                           {weightEntry(QStringLiteral("w3"), QStringLiteral("Patient/p1"),
                                        QStringLiteral("2024-03-10"), 61)}));
    auto added = exchange.importFile(Assistant, same);
    REQUIRE(added.has_value());
    CHECK(added->vitalsImported == 1);
}

TEST_CASE("fhir: impossible dates are refused or left out with the reason")
{
    TestPractice desk;
    FhirExchange exchange(*desk.vault);
    const QString tomorrow = desk.clock.today().addDays(2).toString(Qt::ISODate);
    const QString file = writeFile(
        desk.dir, QStringLiteral("d.json"),
        bundleOf(patientEntry(QStringLiteral("d"), QStringLiteral("Durand"), QStringLiteral("Léa"),
                              QStringLiteral("female"), QStringLiteral("1990-06-01")),
                 {weightEntry(QStringLiteral("before-birth"), QStringLiteral("Patient/d"),
                              QStringLiteral("1989-01-01"), 60),
                  weightEntry(QStringLiteral("ancient"), QStringLiteral("Patient/d"),
                              QStringLiteral("1850-01-01"), 60),
                  weightEntry(QStringLiteral("future"), QStringLiteral("Patient/d"), tomorrow, 60),
                  weightEntry(QStringLiteral("fine"), QStringLiteral("Patient/d"),
                              QStringLiteral("2020-01-01"), 60)}));
    auto report = exchange.importFile(Assistant, file);
    REQUIRE(report.has_value());
    CHECK(report->vitalsImported == 1);
    CHECK(report->skipped.value(QStringLiteral("Observation (impossible date)")) == 3);
    const QString notes = report->notes.join(QLatin1Char('\n'));
    CHECK(notes.contains(QStringLiteral("before the patient's birth")));
    CHECK(notes.contains(QStringLiteral("before 1900")));
    CHECK(notes.contains(QStringLiteral("after today")));

    for (const QString &birth : {QStringLiteral("1879-12-31"), tomorrow}) {
        const QString bad =
            writeFile(desk.dir, QStringLiteral("b.json"),
                      bundleOf(patientEntry(QStringLiteral("old"), QStringLiteral("Ancien"),
                                            QStringLiteral("Jean"), QStringLiteral("male"), birth),
                               {}));
        auto refused = exchange.importFile(Assistant, bad);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().message.contains(QStringLiteral("birth date")));
    }
}

TEST_CASE("fhir: sizes and numbers are checked before anything is done with them")
{
    TestPractice desk;
    FhirExchange exchange(*desk.vault);
    // Two million accented letters: refused at once, not normalised for minutes.
    const QString huge(2'000'000, QChar(0x00E9));
    const QString longName =
        writeFile(desk.dir, QStringLiteral("long.json"),
                  bundleOf(patientEntry(QStringLiteral("l"), huge, QStringLiteral("Paul"),
                                        QStringLiteral("male"), QStringLiteral("1970-02-03")),
                           {}));
    auto refused = exchange.importFile(Assistant, longName);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().message.contains(QStringLiteral("$.entry[0].resource.name[0].family")));
    CHECK(refused.error().message.contains(QStringLiteral("at most 100")));
    CHECK(IdentityTraits::strictForm(huge, IdentityTraits::Trait::BirthName).has_value() == false);

    const QString longId =
        writeFile(desk.dir, QStringLiteral("id.json"),
                  bundleOf(patientEntry(QString(65, QLatin1Char('i')), QStringLiteral("Martin"),
                                        QStringLiteral("Paul"), QStringLiteral("male"),
                                        QStringLiteral("1970-02-03")),
                           {}));
    CHECK_FALSE(exchange.importFile(Assistant, longId).has_value());

    const QString numbers = writeFile(
        desk.dir, QStringLiteral("n.json"),
        bundleOf(patientEntry(QStringLiteral("n"), QStringLiteral("Martin"), QStringLiteral("Paul"),
                              QStringLiteral("male"), QStringLiteral("1970-02-03")),
                 {weightEntry(QStringLiteral("big"), QStringLiteral("Patient/n"),
                              QStringLiteral("2020-01-01"), 1e300),
                  QStringLiteral(R"({"resource": {"resourceType": "Observation", "id": "bp",
                    "status": "final", "category": [{"coding": [{"code": "vital-signs"}]}],
                    "code": {"coding": [{"system": "http://loinc.org", "code": "85354-9"}]},
                    "subject": {"reference": "Patient/n"}, "effectiveDateTime": "2020-01-01",
                    "component": [
                      {"code": {"coding": [{"system": "http://loinc.org", "code": "8480-6"}]},
                       "valueQuantity": {"value": 1e300}},
                      {"code": {"coding": [{"system": "http://loinc.org", "code": "8462-4"}]},
                       "valueQuantity": {"value": 80}}]}})")}));
    auto report = exchange.importFile(Assistant, numbers);
    REQUIRE(report.has_value());
    CHECK(report->vitalsImported == 0);
    const QString notes = report->notes.join(QLatin1Char('\n'));
    CHECK(notes.contains(QStringLiteral("not a plausible measurement")));
    CHECK_FALSE(notes.contains(QStringLiteral("2147483648")));
}

TEST_CASE("fhir: messages name the real fault")
{
    TestPractice desk;
    FhirExchange exchange(*desk.vault);
    const auto refusal = [&](const QByteArray &bytes) {
        const QString file = writeFile(desk.dir, QStringLiteral("m.json"), bytes);
        auto report = exchange.importFile(Assistant, file);
        REQUIRE_FALSE(report.has_value());
        return report.error().message;
    };
    const QString patientWith = QStringLiteral(
        R"({"resourceType": "Bundle", "type": "collection", "entry": [{"resource": {
        "resourceType": "Patient", "id": "a", "gender": "male", %1}}]})");
    CHECK(refusal(
              patientWith
                  .arg(QStringLiteral(
                      R"("name": [{"family": "Martin", "given": "x"}], "birthDate": "1970-02-03")"))
                  .toUtf8())
              .contains(QStringLiteral("$.entry[0].resource.name[0].given must be a list")));
    CHECK(
        refusal(
            patientWith
                .arg(QStringLiteral(
                    R"("name": [{"family": "Martin", "given": ["Paul"]}], "birthDate": 19600101)"))
                .toUtf8())
            .contains(QStringLiteral("birthDate must be a text date")));
    CHECK(refusal(QByteArray()).contains(QStringLiteral("is empty")));
    QByteArray utf16;
    for (const char c : QByteArray(R"({"resourceType": "Bundle"})")) {
        utf16.append(c);
        utf16.append('\0');
    }
    CHECK(refusal("\xff\xfe" + utf16).contains(QStringLiteral("not UTF-8")));
    CHECK(refusal(QByteArray("{\"resourceType\": \"Bundle\", \"x\": \"caf\xe9\"}"))
              .contains(QStringLiteral("not UTF-8")));
}
