#include "interop/BdpmRelease.h"
#include "support/TempDir.h"
#include "support/TestData.h"

#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

using namespace relais;

namespace {

// The fixture release copied to `dir`, so that a test may change one of its files.
void copyFixture(const QString &dir)
{
    const QDir from(relais::test::fixture(QStringLiteral("bdpm")));
    const auto names = from.entryList(QDir::Files);
    for (const QString &name : names)
        REQUIRE(QFile::copy(from.filePath(name), QDir(dir).filePath(name)));
}

qsizetype linesOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll().trimmed().count('\n') + 1;
}

} // namespace

TEST_CASE("bdpm fields: dates, reimbursement rates and prices as releases write them")
{
    CHECK(BdpmReleaseReader::date(QStringLiteral("12/03/1998")) == QDate(1998, 3, 12));
    CHECK(BdpmReleaseReader::date(QStringLiteral(" 29/02/2016 ")) == QDate(2016, 2, 29));
    CHECK_FALSE(BdpmReleaseReader::date(QStringLiteral("31/02/2016")).isValid());
    CHECK_FALSE(BdpmReleaseReader::date(QStringLiteral("1998-03-12")).isValid());
    CHECK_FALSE(BdpmReleaseReader::date(QString()).isValid());

    CHECK(BdpmReleaseReader::rate(QStringLiteral("65%")) == 65);
    CHECK(BdpmReleaseReader::rate(QStringLiteral("100 %")) == 100);
    CHECK(BdpmReleaseReader::rate(QStringLiteral(" 15% ")) == 15);
    CHECK_FALSE(BdpmReleaseReader::rate(QString()).has_value());
    CHECK_FALSE(BdpmReleaseReader::rate(QStringLiteral("65")).has_value());
    CHECK_FALSE(BdpmReleaseReader::rate(QStringLiteral("150%")).has_value());

    CHECK(BdpmReleaseReader::priceCents(QStringLiteral("44,38")) == 4438);
    CHECK(BdpmReleaseReader::priceCents(QStringLiteral("7,5")) == 750);
    CHECK(BdpmReleaseReader::priceCents(QStringLiteral("1 017,02")) == 101702);
    CHECK(BdpmReleaseReader::priceCents(QStringLiteral("1\u00a0017,02")) == 101702);
    CHECK(BdpmReleaseReader::priceCents(QStringLiteral("1.017,02")) == 101702);
    CHECK(BdpmReleaseReader::priceCents(QStringLiteral("1017.02")) == 101702);
    CHECK(BdpmReleaseReader::priceCents(QStringLiteral("12")) == 1200);
    CHECK_FALSE(BdpmReleaseReader::priceCents(QString()).has_value());
    CHECK_FALSE(BdpmReleaseReader::priceCents(QStringLiteral("12,345")).has_value());
    CHECK_FALSE(BdpmReleaseReader::priceCents(QStringLiteral("-3,00")).has_value());
    CHECK_FALSE(BdpmReleaseReader::priceCents(QStringLiteral("gratuit")).has_value());
}

TEST_CASE("bdpm release: the fixture folder reads whole, every row of every file")
{
    const QString dir = relais::test::fixture(QStringLiteral("bdpm"));
    auto release = BdpmReleaseReader::read(dir);
    REQUIRE(release.has_value());
    CHECK(release->skipped.isEmpty());
    CHECK(release->cutShort.isEmpty());
    const auto lines = [&](const char *name) {
        return linesOf(QDir(dir).filePath(QLatin1String(name)));
    };
    CHECK(release->specialties.size() == lines(BdpmReleaseReader::SpecialtiesFile));
    CHECK(release->presentations.size() == lines(BdpmReleaseReader::PresentationsFile));
    CHECK(release->compositions.size() == lines(BdpmReleaseReader::CompositionsFile));
    CHECK(release->generics.size() == lines(BdpmReleaseReader::GenericsFile));
    CHECK(release->conditions.size() == lines(BdpmReleaseReader::ConditionsFile));
    CHECK(release->rowsRead() == release->lines);
}

TEST_CASE("bdpm release: the 2017 release, counted and read field by field")
{
    RELAIS_NEEDS_REFERENCE_DATA();
    auto release = BdpmReleaseReader::read(relais::test::reference(QStringLiteral("bdpm")));
    REQUIRE(release.has_value());
    CHECK(release->skipped.isEmpty());
    CHECK(release->specialties.size() == 14442);
    CHECK(release->presentations.size() == 20083);
    CHECK(release->compositions.size() == 27023);
    CHECK(release->generics.size() == 8516);
    CHECK(release->conditions.size() == 19106);

    // ABASAGLAR: centralised, enhanced monitoring, holder without its leading space.
    const auto abasaglar =
        std::find_if(release->specialties.cbegin(), release->specialties.cend(),
                     [](const DrugSpecialty &s) { return s.cis == QLatin1String("66513085"); });
    REQUIRE(abasaglar != release->specialties.cend());
    CHECK(abasaglar->form == QStringLiteral("solution injectable"));
    CHECK(abasaglar->routes == QStringList{QStringLiteral("sous-cutanée")});
    CHECK(abasaglar->marketed);
    CHECK(abasaglar->enhancedMonitoring);
    CHECK(abasaglar->authorisedOn == QDate(2014, 9, 9));
    CHECK(abasaglar->holder == QStringLiteral("ELI LILLY REGIONAL OPERATIONS (AUTRICHE)"));

    const auto box = std::find_if(
        release->presentations.cbegin(), release->presentations.cend(),
        [](const DrugPresentation &p) { return p.cip13 == QLatin1String("3400949497294"); });
    REQUIRE(box != release->presentations.cend());
    CHECK(box->cis == QStringLiteral("60002283"));
    CHECK(box->active);
    CHECK(box->marketed);
    CHECK(box->collectivities);
    CHECK(box->reimbursementRate == 100);
    CHECK(box->priceCents == 4438);
    CHECK(box->declaredOn == QDate(2011, 3, 16));
}

TEST_CASE("bdpm release: today's columns, an older file's, mixed encodings, a broken line")
{
    relais::test::TempDir dir;
    copyFixture(dir.path());
    // A presentation as published since 2018 (reimbursement indications, a thousands
    // separator), one with no price, one in UTF-8 among windows-1252, and one broken line.
    REQUIRE(relais::test::writeAll(
        dir.file(QLatin1String(BdpmReleaseReader::PresentationsFile)),
        "60002283\t4949729\tplaquette(s) de 30 comprim\xe9(s)\tPr\xe9sentation active\t"
        "D\xe9"
        "claration de commercialisation\t16/03/2011\t3400949497294\toui\t65 %\t"
        "1 017,02\t1 018,04\t1,02\tSelon la proc\xe9"
        "dure\r\n"
        "60002504\t3320863\ttube(s) de 30 comprim\xc3\xa9(s)\tPr\xc3\xa9sentation active\t"
        "D\xc3\xa9"
        "claration d'arr\xc3\xaat de commercialisation\t03/12/2003\t"
        "3400933208639\tnon\t\t\t\t\t\n"
        "60002504\t3320864\tune ligne coup\xe9"
        "e\r\n"
        "6000250\t3320865\tbo\xeete\tPr\xe9sentation active\tD\xe9"
        "claration de "
        "commercialisation\t03/12/2003\t3400933208646\tnon\t\t\t\t\t\r\n"));
    auto release = BdpmReleaseReader::read(dir.path());
    REQUIRE(release.has_value());
    REQUIRE(release->presentations.size() == 2);
    const DrugPresentation &today = release->presentations.at(0);
    CHECK(today.reimbursementRate == 65);
    CHECK(today.priceCents == 101702);
    CHECK(today.marketed);
    CHECK(today.reimbursementIndications == QStringLiteral("Selon la procédure"));
    const DrugPresentation &stopped = release->presentations.at(1);
    CHECK(stopped.label == QStringLiteral("tube(s) de 30 comprimé(s)"));
    CHECK_FALSE(stopped.marketed);
    CHECK_FALSE(stopped.collectivities);
    CHECK_FALSE(stopped.reimbursementRate.has_value());
    CHECK_FALSE(stopped.priceCents.has_value());
    REQUIRE(release->skipped.size() == 2);
    CHECK(release->skipped.at(0).startsWith(QStringLiteral("CIS_CIP_bdpm.txt, line 3:")));
    CHECK(release->skipped.at(1).contains(QStringLiteral("line 4: the CIS code")));
}

TEST_CASE("bdpm release: a folder without the release's files is refused, naming them")
{
    relais::test::TempDir dir;
    copyFixture(dir.path());
    REQUIRE(QFile::remove(dir.file(QLatin1String(BdpmReleaseReader::GenericsFile))));
    REQUIRE(QFile::remove(dir.file(QLatin1String(BdpmReleaseReader::ConditionsFile))));
    auto partial = BdpmReleaseReader::read(dir.path());
    REQUIRE_FALSE(partial.has_value());
    CHECK(partial.error().code == ErrorCode::NotFound);
    CHECK(partial.error().message.contains(QStringLiteral("CIS_GENER_bdpm.txt, CIS_CPD_bdpm.txt")));

    auto file =
        BdpmReleaseReader::read(dir.file(QLatin1String(BdpmReleaseReader::SpecialtiesFile)));
    REQUIRE_FALSE(file.has_value());
    CHECK(file.error().message.contains(QStringLiteral("not a folder")));

    // A file cut short is named, for the import to refuse.
    QFile specialties(dir.file(QLatin1String(BdpmReleaseReader::CompositionsFile)));
    REQUIRE(specialties.open(QIODevice::Append));
    specialties.write("60002283\tcomprim\xe9\t05248\tAMOXI");
    specialties.close();
    REQUIRE(relais::test::writeAll(dir.file(QLatin1String(BdpmReleaseReader::GenericsFile)), ""));
    REQUIRE(relais::test::writeAll(dir.file(QLatin1String(BdpmReleaseReader::ConditionsFile)), ""));
    auto cut = BdpmReleaseReader::read(dir.path());
    REQUIRE(cut.has_value());
    CHECK(cut->cutShort == QStringList{QStringLiteral("CIS_COMPO_bdpm.txt")});
}
