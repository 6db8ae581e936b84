#include "interop/InteractionThesaurus.h"
#include "services/DrugInteractions.h"
#include "services/DrugSubstances.h"
#include "support/TestData.h"
#include "support/TestPractice.h"

#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

#include <iostream>

using namespace relais;
using relais::test::TestPractice;

namespace {

// A hand-written sample in the thesaurus' form (tests/data/interactions/README.md): 14
// interactions around the substances of the BDPM fixture, and both forms of class table.
const QString ThesaurusFolder = relais::test::fixture(QStringLiteral("interactions"));
const QString BdpmFolder = relais::test::fixture(QStringLiteral("bdpm"));
constexpr auto Forced = DrugInteractions::Import::Forced;
const Session &Assistant = relais::test::DeskAssistant;
const Session &Physician = relais::test::DeskPhysician;

QByteArray fixtureFile(const QString &name)
{
    QFile file(QDir(ThesaurusFolder).filePath(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("thesaurus: the level is read from the description's head, in every spelling")
{
    struct Case
    {
        const char *description;
        InteractionLevels levels;
        const char *conduct;
    };
    const Case cases[] = {
        {"CONTRE-INDICATION Risque de torsades.", InteractionLevel::Contraindicated,
         "Risque de torsades."},
        {"Association DECONSEILLEE Majoration de l'immunodepression.",
         InteractionLevel::Inadvisable, "Majoration de l'immunodepression."},
        {"Precaution d'emploi Surveillance clinique. ", InteractionLevel::Precaution,
         "Surveillance clinique."},
        {"A prendre en compte Diminution de l'absorption.", InteractionLevel::ToConsider,
         "Diminution de l'absorption."},
        // Later editions write the accents.
        {"Précaution d’emploi : surveiller l’INR.", InteractionLevel::Precaution,
         "surveiller l’INR."},
        {"À prendre en compte Risque majoré.", InteractionLevel::ToConsider, "Risque majoré."},
        {"Association déconseillée Risque.", InteractionLevel::Inadvisable, "Risque."},
        // Several levels, each for its own conditions.
        {"CI - ASDEC - APEC Contre-indication avec : - des doses anti-inflammatoires",
         InteractionLevel::Contraindicated | InteractionLevel::Inadvisable |
             InteractionLevel::ToConsider,
         "Contre-indication avec : - des doses anti-inflammatoires"},
        {"ASDEC - PE Association deconseillee : - en dehors des indications",
         InteractionLevel::Inadvisable | InteractionLevel::Precaution,
         "Association deconseillee : - en dehors des indications"},
        {"Majoration du risque.", {}, "Majoration du risque."},
    };
    for (const Case &c : cases) {
        INFO(c.description);
        QString conduct;
        CHECK(ThesaurusReader::levelsOf(QString::fromUtf8(c.description), &conduct) == c.levels);
        CHECK(conduct == QString::fromUtf8(c.conduct));
    }
    CHECK(ThesaurusReader::versionOf(QStringLiteral("thesaurus_2016-08.tsv")) ==
          QLatin1String("2016-08"));
    CHECK(ThesaurusReader::versionOf(QStringLiteral("Thesaurus_IAM_202301.tsv")) ==
          QLatin1String("2023-01"));
    CHECK(ThesaurusReader::versionOf(QStringLiteral("thesaurus.tsv")).isEmpty());
}

TEST_CASE("thesaurus: the fixture reads whole, with both class tables")
{
    auto read = ThesaurusReader::read(ThesaurusFolder);
    REQUIRE(read.has_value());
    CHECK(read->skipped.join(QLatin1Char('\n')).toStdString() == "");
    CHECK(read->cutShort.isEmpty());
    CHECK(read->interactionsFile == QLatin1String("thesaurus_2016-08.tsv"));
    CHECK(read->version == QLatin1String("2016-08"));
    CHECK(read->interactions.size() == 14);
    CHECK(read->classFiles.size() == 2);
    // The 2016 table spells AMOXICILLINE, the 2019 one "amoxicilline": one molecule.
    CHECK(read->molecules.count(QStringLiteral("AMOXICILLINE")) == 1);
    CHECK_FALSE(read->molecules.contains(QStringLiteral("amoxicilline")));
    CHECK(read->classes.contains(QStringLiteral("ANTIVITAMINES K")));
    const auto avk = std::find_if(read->interactions.cbegin(), read->interactions.cend(),
                                  [](const DrugInteraction &i) {
                                      return i.first == QLatin1String("ACIDE ACETYLSALICYLIQUE") &&
                                             i.second == QLatin1String("ANTICOAGULANTS ORAUX");
                                  });
    REQUIRE(avk != read->interactions.cend());
    CHECK(avk->levels.testFlag(InteractionLevel::Contraindicated));
    CHECK(avk->levels.testFlag(InteractionLevel::Inadvisable));
    CHECK_FALSE(avk->mechanism.isEmpty());
}

TEST_CASE("thesaurus: a file that is not one, a folder without one, a cut file are refused")
{
    relais::test::TempDir dir;
    const QString other = dir.file(QStringLiteral("notes.tsv"));
    REQUIRE(relais::test::writeAll(other, "nom\tpr\xc3\xa9nom\nDupont\tJean\n"));
    auto notOne = ThesaurusReader::read(other);
    REQUIRE_FALSE(notOne.has_value());
    CHECK(notOne.error().message.contains(QStringLiteral("is not the ANSM interaction thesaurus")));

    auto none = ThesaurusReader::read(dir.path());
    REQUIRE_FALSE(none.has_value());
    CHECK(none.error().message.contains(QStringLiteral("holds no interaction thesaurus")));

    auto missing = ThesaurusReader::read(dir.file(QStringLiteral("absent")));
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().code == ErrorCode::NotFound);

    // Cut in the middle of a line: read, and said.
    const QByteArray whole = fixtureFile(QStringLiteral("thesaurus_2016-08.tsv"));
    QDir(dir.path()).mkdir(QStringLiteral("cut"));
    REQUIRE(relais::test::writeAll(dir.file(QStringLiteral("cut/thesaurus_2016-08.tsv")),
                                   whole.left(whole.size() / 2)));
    REQUIRE(relais::test::writeAll(dir.file(QStringLiteral("cut/molecules_families_2016-08.tsv")),
                                   fixtureFile(QStringLiteral("molecules_families_2016-08.tsv"))));
    auto cut = ThesaurusReader::read(dir.file(QStringLiteral("cut")));
    REQUIRE(cut.has_value());
    CHECK(cut->cutShort == QStringList{QStringLiteral("thesaurus_2016-08.tsv")});
}

TEST_CASE("drug interactions: imported whole, checked, audited, kept when the next is bad")
{
    TestPractice desk;
    DrugInteractions thesaurus(*desk.vault);
    CHECK_FALSE(thesaurus.release().has_value());

    // A cut of the thesaurus is far below an edition: refused unless forced.
    auto refused = thesaurus.importFrom(Physician, ThesaurusFolder);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::Implausible);
    CHECK(refused.error().message.contains(QStringLiteral("14 interactions")));

    auto denied = thesaurus.importFrom(Assistant, ThesaurusFolder, Forced);
    REQUIRE_FALSE(denied.has_value());
    CHECK(denied.error().code == ErrorCode::Denied);

    auto imported = thesaurus.importFrom(Physician, ThesaurusFolder, Forced);
    REQUIRE(imported.has_value());
    CHECK(imported->release.interactions == 14);
    CHECK(imported->release.version == QLatin1String("2016-08"));
    CHECK(imported->release.forced);
    // No BDPM yet: nothing to match.
    CHECK(imported->substancesMatched == 0);
    const auto release = thesaurus.release();
    REQUIRE(release.has_value());
    CHECK(release->interactions == 14);
    CHECK(release->memberships == imported->release.memberships);
    CHECK(release->importedAt.isValid());
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM interaction")) == 14);
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                    "'import-forced' AND entity = 'interaction'")) == 1);

    // A file cut short is refused, and the thesaurus in use kept.
    relais::test::TempDir dir;
    const QByteArray whole = fixtureFile(QStringLiteral("thesaurus_2016-08.tsv"));
    REQUIRE(relais::test::writeAll(dir.file(QStringLiteral("thesaurus_2016-08.tsv")),
                                   whole.left(whole.size() - 40)));
    REQUIRE(relais::test::writeAll(dir.file(QStringLiteral("molecules_families_2016-08.tsv")),
                                   fixtureFile(QStringLiteral("molecules_families_2016-08.tsv"))));
    auto cut = thesaurus.importFrom(Physician, dir.path());
    REQUIRE_FALSE(cut.has_value());
    CHECK(cut.error().message.contains(QStringLiteral("cut short")));
    CHECK(cut.error().message.contains(QStringLiteral("The thesaurus in use was kept.")));
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM interaction")) == 14);
}

TEST_CASE("drug interactions: substances are matched whichever is imported first")
{
    const auto links = [](TestPractice &desk) {
        return desk.count(QStringLiteral("SELECT count(*) FROM substance_molecule"));
    };
    TestPractice first;
    REQUIRE(DrugSubstances(*first.vault)
                .importFrom(Physician, BdpmFolder, DrugSubstances::Import::Forced)
                .has_value());
    auto matched = DrugInteractions(*first.vault).importFrom(Physician, ThesaurusFolder, Forced);
    REQUIRE(matched.has_value());
    CHECK(matched->substancesMatched > 0);
    CHECK(links(first) == matched->substancesMatched);
    // Amoxicillin's code is the thesaurus' AMOXICILLINE; warfarin sodium is WARFARINE.
    CHECK(first.count(QStringLiteral("SELECT count(*) FROM substance_molecule WHERE "
                                     "substance_code = '05248' AND molecule_key = "
                                     "'AMOXICILLINE'")) == 1);

    TestPractice second;
    REQUIRE(DrugInteractions(*second.vault).importFrom(Physician, ThesaurusFolder, Forced));
    auto bdpm = DrugSubstances(*second.vault)
                    .importFrom(Physician, BdpmFolder, DrugSubstances::Import::Forced);
    REQUIRE(bdpm.has_value());
    CHECK(bdpm->moleculesMatched == matched->substancesMatched);
    CHECK(links(second) == links(first));

    auto coverage = DrugInteractions(*second.vault).coverage(Assistant);
    REQUIRE(coverage.has_value());
    REQUIRE_FALSE(coverage->substances.isEmpty());
    CHECK(coverage->matched > 0);
    CHECK(coverage->matched <= coverage->substances.size());
    const auto warfarin = std::find_if(
        coverage->substances.cbegin(), coverage->substances.cend(),
        [](const DrugInteractions::SubstanceMatch &s) { return s.name.startsWith(u"WARFARINE"); });
    REQUIRE(warfarin != coverage->substances.cend());
    CHECK(warfarin->molecule == QLatin1String("WARFARINE"));
}

TEST_CASE("drug interactions: the whole thesaurus, and the share of prescribed substances matched")
{
    RELAIS_NEEDS_REFERENCE_DATA();
    TestPractice desk;
    REQUIRE(DrugSubstances(*desk.vault)
                .importFrom(Physician, relais::test::reference(QStringLiteral("bdpm")))
                .has_value());
    DrugInteractions thesaurus(*desk.vault);
    auto imported =
        thesaurus.importFrom(Physician, relais::test::reference(QStringLiteral("interactions")));
    REQUIRE(imported.has_value());
    CHECK(imported->release.interactions == 1463);
    CHECK(imported->skipped.isEmpty());
    auto coverage = thesaurus.coverage(Physician);
    REQUIRE(coverage.has_value());
    // Many substances have no interaction at all (amino acids, vitamins, most antihistamines):
    // the thesaurus names only those that do. The figure is for the closing note; the floor
    // catches a normalisation that stopped working.
    std::cout << "matched " << coverage->matched << " of " << coverage->substances.size()
              << " substances (" << coverage->share() * 100 << " %), "
              << coverage->shareWithoutHomeopathy() * 100 << " % without " << coverage->homeopathic
              << " homeopathic stocks\n";
    CHECK(coverage->share() > 0.45);
}
