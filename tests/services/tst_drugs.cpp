#include "interop/BdpmRelease.h"
#include "interop/BdpmSubstances.h"
#include "interop/BdpmText.h"
#include "services/DrugSubstances.h"
#include "services/PatientAllergies.h"
#include "support/TestData.h"
#include "support/TestPractice.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>

#include <catch2/catch.hpp>

#include <string_view>
#include <sys/stat.h>

using namespace relais;
using relais::test::TestPractice;

namespace {

// 453 lines of CIS_COMPO cut from the 2017 release: 75 substances under 84 names.
const QString BdpmFolder = relais::test::fixture(QStringLiteral("bdpm"));
constexpr int FixtureSubstances = 75;
constexpr int FixtureNames = 84;
constexpr auto Forced = DrugSubstances::Import::Forced;
const Session &Assistant = relais::test::DeskAssistant;
const Session &Physician = relais::test::DeskPhysician;

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
    REQUIRE(relais::test::writeAll(
        path, "1\tcomprim\xe9\t05248\tAMOXICILLINE\t500 mg\tun comprim\xe9\tSA\t1\t\r\n"
              "\r\n"
              "2\tg\xe9lule\t05248\r\n"
              "3\tg\xc3\xa9lule\t00872\tAMOXICILLINE SODIQUE\t1 g\tune g\xc3\xa9lule\tSA\t1\n"));
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
    RELAIS_NEEDS_REFERENCE_DATA();
    auto list =
        BdpmSubstances::read(relais::test::reference(QStringLiteral("bdpm/CIS_COMPO_bdpm.txt")));
    REQUIRE(list.has_value());
    CHECK(list->linesRead == 27023);
    CHECK(list->skipped.isEmpty());
    CHECK(list->substances.size() == 3994);
    CHECK(list->substances.contains(
        DrugSubstance{QStringLiteral("28165"), QStringLiteral("AMOXICILLINE TRIHYDRATÉE")}));
    CHECK(list->substances.contains(
        DrugSubstance{QStringLiteral("25783"), QStringLiteral("RANITIDINE (CHLORHYDRATE DE)")}));
}

TEST_CASE("bdpm substances: the fixture cut from the release reads whole, in both encodings")
{
    auto list = BdpmSubstances::read(BdpmFolder + QStringLiteral("/CIS_COMPO_bdpm.txt"));
    REQUIRE(list.has_value());
    CHECK(list->linesRead == 453);
    CHECK(list->lines == 453);
    CHECK(list->skipped.isEmpty());
    CHECK_FALSE(list->endsMidLine);
    CHECK(list->substances.size() == FixtureNames);
    CHECK(list->codes() == FixtureSubstances);
    CHECK(list->substances.contains(
        DrugSubstance{QStringLiteral("28165"), QStringLiteral("AMOXICILLINE TRIHYDRATÉE")}));
    CHECK(list->substances.contains(
        DrugSubstance{QStringLiteral("25783"), QStringLiteral("RANITIDINE (CHLORHYDRATE DE)")}));
}

TEST_CASE("drug substances: imported once, found by any word's start, one line per substance")
{
    TestPractice desk;
    DrugSubstances catalogue(*desk.vault);
    CHECK(catalogue.count() == 0);
    CHECK(catalogue.origin().file.isEmpty());

    // A cut of a release is far below what a release holds: refused unless forced.
    auto refused = catalogue.importFrom(Physician, BdpmFolder);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::Implausible);
    CHECK(refused.error().message.contains(QStringLiteral("holds only 75 substances")));
    CHECK(catalogue.count() == 0);

    auto imported = catalogue.importFrom(Physician, BdpmFolder, Forced);
    REQUIRE(imported.has_value());
    CHECK(imported->substances == FixtureSubstances);
    CHECK(imported->names == FixtureNames);
    CHECK(catalogue.count() == FixtureSubstances);
    CHECK(catalogue.origin().file.endsWith(QStringLiteral("CIS_COMPO_bdpm.txt")));
    CHECK(catalogue.origin().when.isValid());
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                    "'import-forced' AND entity = 'drug_substance'")) == 1);

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

    // A typo finds the substance it was meant for; an exact name or another word does not.
    const auto near = [&](const char *typed) {
        const auto s = catalogue.nearTo(QString::fromUtf8(typed));
        return s ? s->name : QString();
    };
    CHECK(near("amoxicilinne") == QStringLiteral("AMOXICILLINE"));
    CHECK(near("Amoxiciline") == QStringLiteral("AMOXICILLINE"));
    CHECK(near("codiene") == QStringLiteral("CODÉINE"));
    CHECK(near("amoxicilline").isEmpty()); // exact: linked, nothing to ask
    CHECK(near("latex").isEmpty());
    CHECK(near("amx").isEmpty()); // too short to guess

    // Importing again replaces, never doubles, and says so to the screens that list them.
    QSignalSpy notices(desk.vault->changes(), &ChangeNotifier::changed);
    REQUIRE(
        catalogue.importFrom(Physician, BdpmFolder + QStringLiteral("/CIS_COMPO_bdpm.txt"), Forced)
            .has_value());
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM drug_substance")) == FixtureNames);
    REQUIRE(notices.count() == 1);
    CHECK(notices.at(0).at(0).value<VaultChanges>().touches(QStringLiteral("drug_substance")));
}

TEST_CASE("drug substances: an assistant cannot replace the database, a wrong file changes nothing")
{
    TestPractice desk;
    DrugSubstances catalogue(*desk.vault);
    REQUIRE(catalogue.importFrom(Physician, BdpmFolder, Forced).has_value());

    auto denied = catalogue.importFrom(Assistant, BdpmFolder, Forced);
    REQUIRE_FALSE(denied.has_value());
    CHECK(denied.error().code == ErrorCode::Denied);

    // The specialties file has 12 columns: read as a composition file it holds no substance,
    // forced or not.
    auto wrong =
        catalogue.importFrom(Physician, BdpmFolder + QStringLiteral("/CIS_bdpm.txt"), Forced);
    REQUIRE_FALSE(wrong.has_value());
    CHECK(catalogue.count() == FixtureSubstances);

    auto missing = catalogue.importFrom(Physician, desk.dir.path(), Forced);
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().code == ErrorCode::NotFound);
    CHECK(catalogue.count() == FixtureSubstances);
}

TEST_CASE("drug substances: allergies typed before the first import are linked by it")
{
    TestPractice desk;
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
    auto imported = DrugSubstances(*desk.vault).importFrom(Physician, BdpmFolder, Forced);
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
    TestPractice desk;
    REQUIRE(DrugSubstances(*desk.vault).importFrom(Physician, BdpmFolder, Forced).has_value());
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

namespace {

QByteArray fixtureComposition()
{
    return relais::test::readAll(BdpmFolder + QStringLiteral("/CIS_COMPO_bdpm.txt"));
}

// A BDPM folder in `dir` whose composition file holds `bytes`.
QString folderWith(const relais::test::TempDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString folder = dir.file(name);
    REQUIRE(QDir().mkpath(folder));
    REQUIRE(relais::test::writeAll(folder + QStringLiteral("/CIS_COMPO_bdpm.txt"), bytes));
    return folder;
}

} // namespace

TEST_CASE("bdpm text: old-Mac line ends (CR alone) are read like CRLF and LF")
{
    relais::test::TempDir dir;
    QByteArray crOnly = fixtureComposition();
    crOnly.replace("\r\n", "\r");
    REQUIRE_FALSE(crOnly.contains('\n'));
    auto list = BdpmSubstances::read(folderWith(dir, QStringLiteral("cr"), crOnly) +
                                     QStringLiteral("/CIS_COMPO_bdpm.txt"));
    REQUIRE(list.has_value());
    CHECK(list->linesRead == 453);
    CHECK(list->skipped.isEmpty());
    CHECK(list->substances.size() == FixtureNames);
    CHECK_FALSE(list->endsMidLine);
}

TEST_CASE("bdpm text: a line with more columns, a control character or no end is not data")
{
    relais::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("CIS_COMPO_bdpm.txt"));
    const QByteArray longName(BdpmText::MaxLineBytes, 'A');
    // Built from sized views: the NUL of line 3 must not end the literal.
    const auto bytes = [](std::string_view text) {
        return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
    };
    using namespace std::string_view_literals;
    REQUIRE(relais::test::writeAll(
        path, bytes("1\tcomprim\xe9\t05248\tAMOXICILLINE\t500 mg\tun comprim\xe9\tSA\t1\t\r\n"sv) +
                  bytes("2\tcomprim\xe9\t05248\tAMOXICILLINE\t500 mg\t\tSA\t1\textra\n"sv) +
                  bytes("3\tcomprim\xe9\t05248\tAMOX\x00ICILLINE\t500 mg\t\tSA\t1\n"sv) +
                  bytes("4\tcomprim\xe9\t05248\tAMOXI\x0c"
                        "CILLINE\t500 mg\t\tSA\t1\n"sv) +
                  bytes("5\tcomprim\xc3\xa9\t05248\tAMOXI\xc2\x85"
                        "CILLINE\t500 mg\t\tSA\t1\n"sv) +
                  bytes("6\tcomprim\xe9\t05248\t"sv) + longName + bytes("\t500 mg\t\tSA\t1\n"sv) +
                  bytes("7\tcomprim\xe9\t00872\tAMOXICILLINE SODIQUE\t1 g\t\tSA\t1"sv)));
    auto table = BdpmText::read(path, 8);
    REQUIRE(table.has_value());
    CHECK(table->lines == 7);
    REQUIRE(table->rows.size() == 2);
    CHECK(table->rows.at(0).line == 1);
    CHECK(table->rows.at(1).line == 7);
    CHECK(table->endsMidLine);
    REQUIRE(table->skipped.size() == 5);
    CHECK(table->skipped.at(0).contains(QStringLiteral("line 2: 9 columns where 8")));
    CHECK(table->skipped.at(1).contains(QStringLiteral("line 3: holds a control character")));
    CHECK(table->skipped.at(2).contains(QStringLiteral("line 4: holds a control character")));
    CHECK(table->skipped.at(3).contains(QStringLiteral("line 5: holds a control character")));
    CHECK(table->skipped.at(4).contains(QStringLiteral("line 6: longer than")));
}

TEST_CASE("bdpm text: a pipe, a device or a file too large is refused before it is read")
{
    relais::test::TempDir dir;
    const QString pipe = dir.file(QStringLiteral("CIS_COMPO_bdpm.txt"));
    REQUIRE(::mkfifo(QFile::encodeName(pipe).constData(), 0600) == 0);
    // Opening a pipe nobody writes to would wait for ever: refused without opening it.
    auto fromPipe = BdpmText::read(pipe, 8);
    REQUIRE_FALSE(fromPipe.has_value());
    CHECK(fromPipe.error().message.contains(QStringLiteral("not a regular file")));

    auto fromDevice = BdpmText::read(QStringLiteral("/dev/zero"), 8);
    REQUIRE_FALSE(fromDevice.has_value());
    CHECK(fromDevice.error().code == ErrorCode::InvalidInput);

    // A sparse file: large to the file system, nothing on the disk.
    const QString huge = dir.file(QStringLiteral("huge.txt"));
    {
        QFile file(huge);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.resize(BdpmText::MaxFileBytes + 1));
    }
    auto fromHuge = BdpmText::read(huge, 8);
    REQUIRE_FALSE(fromHuge.has_value());
    CHECK(fromHuge.error().message.contains(QStringLiteral("larger than any file of its kind")));
}

TEST_CASE("drug substances: a damaged release never replaces the one in use")
{
    TestPractice desk;
    DrugSubstances catalogue(*desk.vault);
    REQUIRE(catalogue.importFrom(Physician, BdpmFolder, Forced).has_value());
    const QByteArray whole = fixtureComposition();

    SECTION("a file cut in the middle of a line")
    {
        const QString cut =
            folderWith(desk.dir, QStringLiteral("cut"), whole.left(whole.size() / 2));
        auto refused = catalogue.importFrom(Physician, cut);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().code == ErrorCode::Implausible);
        CHECK(refused.error().message.contains(QStringLiteral("cut short")));
        CHECK(refused.error().message.contains(QStringLiteral("was kept")));
    }
    SECTION("a file with many lines that cannot be read")
    {
        QByteArray damaged = whole;
        damaged.replace("\tSA\t", "\tSA\t\t\t");
        auto refused = catalogue.importFrom(
            Physician, folderWith(desk.dir, QStringLiteral("columns"), damaged));
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().code == ErrorCode::Implausible);
        CHECK(refused.error().message.contains(QStringLiteral("cannot be read")));
    }
    SECTION("one valid row")
    {
        const QString oneRow =
            folderWith(desk.dir, QStringLiteral("one"), whole.left(whole.indexOf('\n') + 1));
        auto refused = catalogue.importFrom(Physician, oneRow);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().message.contains(QStringLiteral("holds only 1 substances")));
    }
    CHECK(catalogue.count() == FixtureSubstances);
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM drug_substance")) == FixtureNames);
}

TEST_CASE("drug substances: the real release, damaged the ways files are, is refused whole")
{
    RELAIS_NEEDS_REFERENCE_DATA();
    TestPractice desk;
    DrugSubstances catalogue(*desk.vault);
    const QString release = relais::test::reference(QStringLiteral("bdpm"));
    REQUIRE(catalogue.importFrom(Physician, release).has_value());
    REQUIRE(catalogue.count() == 3352);
    const QByteArray whole = relais::test::readAll(release + QStringLiteral("/CIS_COMPO_bdpm.txt"));

    QByteArray crOnly = whole;
    crOnly.replace("\r\n", "\r");
    auto fromMac =
        catalogue.importFrom(Physician, folderWith(desk.dir, QStringLiteral("cr"), crOnly));
    REQUIRE(fromMac.has_value());
    CHECK(fromMac->names == 3994);

    // Cut at 10 %, and cut at 10 % on a line end: the second is whole lines, but too few.
    const QByteArray tenth = whole.left(whole.size() / 10);
    for (const QByteArray &cut : {tenth, tenth.left(tenth.lastIndexOf('\n') + 1)}) {
        auto refused =
            catalogue.importFrom(Physician, folderWith(desk.dir, QStringLiteral("cut"), cut));
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().code == ErrorCode::Implausible);
    }
    // A release that lost half its substances against the one in use.
    QByteArray half;
    for (const QByteArray &line : whole.split('\n')) {
        if (!line.isEmpty() && line.split('\t').value(2).toInt() % 2 == 0)
            half += line + '\n';
    }
    auto halved =
        catalogue.importFrom(Physician, folderWith(desk.dir, QStringLiteral("half"), half));
    REQUIRE_FALSE(halved.has_value());
    CHECK(halved.error().message.contains(QStringLiteral("the release in use holds 3352")));
    CHECK(catalogue.count() == 3352);
    // Forced by a person who knows.
    REQUIRE(
        catalogue.importFrom(Physician, folderWith(desk.dir, QStringLiteral("half"), half), Forced)
            .has_value());
    CHECK(catalogue.count() < 3352);
}

TEST_CASE("drug database: a release folder brings its specialties, boxes, generics, conditions")
{
    TestPractice desk;
    DrugSubstances catalogue(*desk.vault);
    CHECK_FALSE(catalogue.release().has_value());
    auto imported = catalogue.importFrom(Physician, BdpmFolder, Forced);
    REQUIRE(imported.has_value());
    REQUIRE(imported->release.has_value());
    const DrugRelease &release = *imported->release;
    auto read = BdpmReleaseReader::read(BdpmFolder);
    REQUIRE(read.has_value());
    CHECK(release.specialties == read->specialties.size());
    CHECK(release.presentations == read->presentations.size());
    CHECK(release.compositions == read->compositions.size());
    CHECK(release.generics == read->generics.size());
    CHECK(release.conditions == read->conditions.size());
    CHECK(release.substances == FixtureSubstances);
    CHECK(release.forced);
    CHECK(release.skipped == 0);
    const auto rows = [&](const char *table) {
        return desk.count(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
    };
    CHECK(rows("drug_specialty") == release.specialties);
    CHECK(rows("drug_presentation") == release.presentations);
    CHECK(rows("drug_composition") == release.compositions);
    CHECK(rows("drug_generic") == release.generics);
    CHECK(rows("drug_condition") == release.conditions);

    // Kept as imported, with where and when.
    const std::optional<DrugRelease> kept = catalogue.release();
    REQUIRE(kept.has_value());
    CHECK(kept->presentations == release.presentations);
    CHECK(kept->importedAt == desk.clock.now());
    CHECK(kept->source == QFileInfo(BdpmFolder).absoluteFilePath());

    // Imported again: replaced, not added to.
    REQUIRE(catalogue.importFrom(Physician, BdpmFolder, Forced).has_value());
    CHECK(rows("drug_presentation") == release.presentations);
    CHECK(rows("drug_release") == 1);

    // A release whose boxes file was cut short is refused, and the one in use kept whole.
    relais::test::TempDir cut;
    const QDir from(BdpmFolder);
    const auto names = from.entryList(QDir::Files);
    for (const QString &name : names)
        REQUIRE(QFile::copy(from.filePath(name), cut.file(name)));
    QFile boxes(cut.file(QLatin1String(BdpmReleaseReader::PresentationsFile)));
    REQUIRE(boxes.open(QIODevice::Append));
    boxes.write("60002283\t4949729\tplaquette");
    boxes.close();
    auto refused = catalogue.importFrom(Physician, cut.path());
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::Implausible);
    CHECK(refused.error().message.contains(QStringLiteral("CIS_CIP_bdpm.txt ends in the middle")));
    CHECK(rows("drug_presentation") == release.presentations);

    // A folder with some of a release's files is not one, whatever the import mode.
    REQUIRE(QFile::remove(cut.file(QLatin1String(BdpmReleaseReader::ConditionsFile))));
    auto partial = catalogue.importFrom(Physician, cut.path(), Forced);
    REQUIRE_FALSE(partial.has_value());
    CHECK(partial.error().message.contains(QStringLiteral("CIS_CPD_bdpm.txt missing")));
    CHECK(rows("drug_condition") == release.conditions);
}

TEST_CASE("drug database: the 2017 release imported whole")
{
    RELAIS_NEEDS_REFERENCE_DATA();
    TestPractice desk;
    auto imported = DrugSubstances(*desk.vault)
                        .importFrom(Physician, relais::test::reference(QStringLiteral("bdpm")));
    REQUIRE(imported.has_value());
    REQUIRE(imported->release.has_value());
    CHECK(imported->release->specialties == 14442);
    CHECK(imported->release->presentations == 20083);
    CHECK_FALSE(imported->release->forced);
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM drug_condition")) == 19106);
}
