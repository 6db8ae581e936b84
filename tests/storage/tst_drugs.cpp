#include "PatientDesk.h"
#include "interop/BdpmSubstances.h"
#include "interop/BdpmText.h"
#include "services/DrugSubstances.h"
#include "services/PatientAllergies.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace relais;
using relais::test::PatientDesk;

namespace {

const QString BdpmFolder = QStringLiteral(RELAIS_SHARED_DATA "/bdpm");
const Session &Assistant = relais::test::DeskAssistant;
const Session &Physician = relais::test::DeskPhysician;

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace

TEST_CASE("bdpm text: windows-1252 and UTF-8 lines are both read as the text they hold")
{
    // "comprimé" and "’" in windows-1252, then the same in UTF-8.
    CHECK(BdpmText::decodeLine("comprim\xe9 \x92") == QStringLiteral("comprimé ’"));
    CHECK(BdpmText::decodeLine("comprim\xc3\xa9 \xe2\x80\x99") == QStringLiteral("comprimé ’"));
    CHECK(BdpmText::decodeLine("ANASTROZOLE") == QStringLiteral("ANASTROZOLE"));
}

TEST_CASE("bdpm text: CRLF, a trailing tab and blank lines are read, a short line is named")
{
    relais::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("CIS_COMPO_bdpm.txt"));
    writeFile(path,
              "1\tcomprim\xe9\t05248\tAMOXICILLINE\t500 mg\tun comprim\xe9\tSA\t1\t\r\n"
              "\r\n"
              "2\tg\xe9lule\t05248\r\n"
              "3\tg\xc3\xa9lule\t00872\tAMOXICILLINE SODIQUE\t1 g\tune g\xc3\xa9lule\tSA\t1\n");
    auto table = BdpmText::read(path, 8);
    REQUIRE(table.has_value());
    REQUIRE(table->rows.size() == 2);
    CHECK(table->rows.at(0).line == 1);
    CHECK(table->rows.at(0).columns.size() == 8);
    CHECK(table->rows.at(0).columns.at(1) == QStringLiteral("comprimé"));
    CHECK(table->rows.at(1).line == 4);
    CHECK(table->rows.at(1).columns.at(1) == QStringLiteral("gélule"));
    REQUIRE(table->skipped.size() == 1);
    CHECK(table->skipped.first().contains(QStringLiteral("line 3")));
    CHECK(table->skipped.first().contains(QStringLiteral("CIS_COMPO_bdpm.txt")));

    auto missing = BdpmText::read(dir.file(QStringLiteral("nothing.txt")), 8);
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().code == ErrorCode::NotFound);
}

TEST_CASE("bdpm substances: the real composition file gives each substance with all its names")
{
    auto list = BdpmSubstances::read(BdpmFolder + QStringLiteral("/CIS_COMPO_bdpm.txt"));
    REQUIRE(list.has_value());
    CHECK(list->linesRead == 27023);
    CHECK(list->skipped.isEmpty());
    CHECK(list->substances.size() == 3994);
    CHECK(list->substances.contains(
        DrugSubstance{QStringLiteral("28165"), QStringLiteral("AMOXICILLINE TRIHYDRATÉE")}));
    CHECK(list->substances.contains(
        DrugSubstance{QStringLiteral("25783"), QStringLiteral("RANITIDINE (CHLORHYDRATE DE)")}));
}

TEST_CASE("drug substances: imported once, found by any word's start, one line per substance")
{
    PatientDesk desk;
    DrugSubstances catalogue(*desk.vault);
    CHECK(catalogue.count() == 0);
    CHECK(catalogue.origin().file.isEmpty());

    auto imported = catalogue.importFrom(Physician, BdpmFolder);
    REQUIRE(imported.has_value());
    CHECK(imported->substances == 3352);
    CHECK(imported->names == 3994);
    CHECK(catalogue.count() == 3352);
    CHECK(catalogue.origin().file.endsWith(QStringLiteral("CIS_COMPO_bdpm.txt")));
    CHECK(catalogue.origin().when.isValid());
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import' AND "
                                    "entity = 'drug_substance'")) == 1);

    auto found = catalogue.search(Assistant, QStringLiteral("amox"));
    REQUIRE(found.has_value());
    REQUIRE_FALSE(found->isEmpty());
    // One line per substance, under its shortest name; shorter names first.
    CHECK(found->first() == DrugSubstance{QStringLiteral("00877"), QStringLiteral("AMOXAPINE")});
    CHECK(found->contains(DrugSubstance{QStringLiteral("05248"), QStringLiteral("AMOXICILLINE")}));
    QStringList codes;
    for (const DrugSubstance &s : *found)
        codes.append(s.code);
    CHECK(codes.removeDuplicates() == 0);
    CHECK(codes.contains(QStringLiteral("00872"))); // AMOXICILLINE SODIQUE

    // A word inside the name, accents and case ignored.
    auto byWord = catalogue.search(Assistant, QStringLiteral("chlorhydraté de"));
    REQUIRE(byWord.has_value());
    CHECK_FALSE(byWord->isEmpty());
    auto nothing = catalogue.search(Assistant, QStringLiteral("zzzz"));
    REQUIRE(nothing.has_value());
    CHECK(nothing->isEmpty());

    // Importing again replaces, never doubles.
    REQUIRE(catalogue.importFrom(Physician, BdpmFolder + QStringLiteral("/CIS_COMPO_bdpm.txt"))
                .has_value());
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM drug_substance")) == 3994);
}

TEST_CASE("drug substances: an assistant cannot replace the database, a wrong file changes nothing")
{
    PatientDesk desk;
    DrugSubstances catalogue(*desk.vault);
    REQUIRE(catalogue.importFrom(Physician, BdpmFolder).has_value());

    auto denied = catalogue.importFrom(Assistant, BdpmFolder);
    REQUIRE_FALSE(denied.has_value());
    CHECK(denied.error().code == ErrorCode::Denied);

    // The specialties file has 12 columns: read as a composition file it holds no substance.
    auto wrong = catalogue.importFrom(Physician, BdpmFolder + QStringLiteral("/CIS_bdpm.txt"));
    REQUIRE_FALSE(wrong.has_value());
    CHECK(catalogue.count() == 3352);

    auto missing = catalogue.importFrom(Physician, desk.dir.path());
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().code == ErrorCode::NotFound);
    CHECK(catalogue.count() == 3352);
}

TEST_CASE("drug substances: allergies typed before the first import are linked by it")
{
    PatientDesk desk;
    auto patient = desk.registry().create(Assistant, relais::test::helene());
    REQUIRE(patient.has_value());
    PatientAllergies allergies(*desk.vault);
    Allergy typed;
    typed.patientId = *patient;
    typed.substance = QStringLiteral("Codéine");
    REQUIRE(allergies.add(Assistant, typed).has_value());
    typed.substance = QStringLiteral("Arachide");
    REQUIRE(allergies.add(Assistant, typed).has_value());
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM patient_allergy WHERE substance_code "
                                    "<> ''")) == 0);
    auto imported = DrugSubstances(*desk.vault).importFrom(Physician, BdpmFolder);
    REQUIRE(imported.has_value());
    CHECK(imported->allergiesLinked == 1);
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM patient_allergy WHERE substance_code "
                                    "= '00467' AND substance = 'Codéine'")) == 1);
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM change_journal WHERE entity = "
                                    "'patient_allergy'")) == 3);
}

TEST_CASE(
    "allergies: a substance typed in full is linked to the database, anything else stays text")
{
    PatientDesk desk;
    REQUIRE(DrugSubstances(*desk.vault).importFrom(Physician, BdpmFolder).has_value());
    auto patient = desk.registry().create(Assistant, relais::test::helene());
    REQUIRE(patient.has_value());
    PatientAllergies allergies(*desk.vault);
    Allergy typed;
    typed.patientId = *patient;
    typed.substance = QStringLiteral("amoxicilline");
    REQUIRE(allergies.add(Assistant, typed).has_value());
    typed.substance = QStringLiteral("Latex");
    REQUIRE(allergies.add(Assistant, typed).has_value());
    Allergy picked = typed;
    picked.substance = QStringLiteral("Codéine");
    picked.substanceCode = QStringLiteral("00467");
    REQUIRE(allergies.add(Assistant, picked).has_value());

    auto list = allergies.list(Assistant, *patient);
    REQUIRE(list.has_value());
    QMap<QString, QString> codes;
    for (const Allergy &a : *list)
        codes.insert(a.substance, a.substanceCode);
    CHECK(codes.value(QStringLiteral("amoxicilline")) == QStringLiteral("05248"));
    CHECK(codes.value(QStringLiteral("Latex")).isEmpty());
    CHECK(codes.value(QStringLiteral("Codéine")) == QStringLiteral("00467"));
}
