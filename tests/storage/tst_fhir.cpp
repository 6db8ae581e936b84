#include "PatientDesk.h"
#include "services/FhirExchange.h"
#include "services/PatientVitals.h"
#include "support/TestData.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace relais;
using relais::test::PatientDesk;

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
QStringList contents(PatientDesk &desk)
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
    PatientDesk desk;
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
    PatientDesk source;
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

    PatientDesk elsewhere;
    auto report = FhirExchange(*elsewhere.vault).importFile(Assistant, file);
    REQUIRE(report.has_value());
    CHECK(report->patientsCreated == 1);
    CHECK(report->skipped.isEmpty());
    QStringList expected;
    for (const QString &row : contents(source)) {
        if (row.startsWith(source.registry().load(id)->birthName + QLatin1Char('|')))
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
    PatientDesk desk;
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
    PatientDesk desk;
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
    PatientDesk desk;
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
    PatientDesk desk;
    FhirExchange exchange(*desk.vault);
    auto denied = exchange.importFile(AdminOnly, syntheaBundles().first());
    REQUIRE_FALSE(denied.has_value());
    CHECK(denied.error().code == ErrorCode::Denied);
    CHECK(desk.patients() == 0);
}
