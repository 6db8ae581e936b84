#include "domain/DrugBarcode.h"
#include "domain/Posology.h"
#include "domain/Prescription.h"
#include "domain/PrescriptionCheck.h"

#include <catch2/catch.hpp>

using namespace relais;

TEST_CASE("drug barcode: the CIP13 of a box is read from its DataMatrix, however it is typed")
{
    // A box of the 2017 BDPM (CIS 60002504): CIP13 3400933208639.
    const QString cip = QStringLiteral("3400933208639");
    CHECK(DrugBarcode::validCip13(cip));
    CHECK_FALSE(DrugBarcode::validCip13(QStringLiteral("3400933208638")));
    CHECK_FALSE(DrugBarcode::validCip13(QStringLiteral("340093320863")));

    const QChar gs(0x1D);
    const QString scanned =
        QStringLiteral("]d201034009332086391728103110AB123") + gs + QStringLiteral("21XYZ987");
    const auto read = DrugBarcode::read(scanned);
    REQUIRE(read.has_value());
    CHECK(read->cip13 == cip);
    CHECK(read->expiry == QDate(2028, 10, 31));
    CHECK(read->batch == QLatin1String("AB123"));
    CHECK(read->serial == QLatin1String("XYZ987"));

    // A scanner set up without the prefix, fields in another order, a day of 00 (end of month).
    const auto other = DrugBarcode::read(QStringLiteral("01034009332086392112345") + gs +
                                         QStringLiteral("17290200"));
    REQUIRE(other.has_value());
    CHECK(other->cip13 == cip);
    CHECK(other->serial == QLatin1String("12345"));
    CHECK(other->expiry == QDate(2029, 2, 28));

    // The human-readable line under the code.
    const auto printed = DrugBarcode::read(QStringLiteral("(01)03400933208639(17)281031(10)L42"));
    REQUIRE(printed.has_value());
    CHECK(printed->cip13 == cip);
    CHECK(printed->batch == QLatin1String("L42"));

    // The CIP13 typed alone, or the old CIP7.
    CHECK(DrugBarcode::read(cip)->cip13 == cip);
    CHECK(DrugBarcode::read(QStringLiteral("3320863"))->cip7 == QLatin1String("3320863"));
}

TEST_CASE("drug barcode: what is not a drug's code is not read as one")
{
    CHECK_FALSE(DrugBarcode::read(QStringLiteral("amoxicilline")).has_value());
    CHECK_FALSE(DrugBarcode::read(QString()).has_value());
    // A wrong check digit: a misread, not another box.
    CHECK_FALSE(DrugBarcode::read(QStringLiteral("3400933208638")).has_value());
    CHECK_FALSE(DrugBarcode::read(QStringLiteral("0103400933208638")).has_value());
    // A GTIN that is not a CIP (a food product's EAN behind 01).
    CHECK_FALSE(DrugBarcode::read(QStringLiteral("0113012345678907")).has_value());
    // Too short to hold a GTIN.
    CHECK_FALSE(DrugBarcode::read(QStringLiteral("01034009332")).has_value());
}

namespace {

Posology atMoments(std::initializer_list<Posology::Intake> intakes, const char *unit = "comprimé")
{
    Posology p;
    p.unit = QString::fromUtf8(unit);
    p.intakes = intakes;
    return p;
}

using M = Posology::Moment;
using D = Posology::DurationUnit;

} // namespace

TEST_CASE("posology: written out as a French prescriber writes it")
{
    struct Case
    {
        Posology posology;
        const char *text;
    };
    Posology week = atMoments({{M::Morning, 1}, {M::Evening, 1}});
    week.duration = Posology::Duration{7, D::Days};
    Posology puffs;
    puffs.unit = QStringLiteral("bouffée");
    puffs.rhythm = Posology::Rhythm::AsNeeded;
    puffs.dose = 2;
    puffs.maxPerDay = 8;
    Posology threeTimes;
    threeTimes.unit = QStringLiteral("sachet");
    threeTimes.rhythm = Posology::Rhythm::TimesADay;
    threeTimes.timesADay = 3;
    threeTimes.duration = Posology::Duration{5, D::Days};
    Posology everySix;
    everySix.rhythm = Posology::Rhythm::EveryHours;
    everySix.everyHours = 6;
    everySix.maxPerDay = 4;
    everySix.instructions = QStringLiteral("si douleur ou fièvre");
    Posology syrup;
    syrup.unit = QStringLiteral("ml");
    syrup.rhythm = Posology::Rhythm::TimesADay;
    syrup.dose = 2.5;
    syrup.timesADay = 2;
    syrup.duration = Posology::Duration{1, D::Months};
    Posology chronic = atMoments({{M::Morning, 1}});
    chronic.duration = Posology::Duration{3, D::Months};
    chronic.instructions = QStringLiteral("au cours du petit déjeuner");
    Posology boxes = atMoments({{M::Evening, 1}});
    boxes.boxes = 3;
    Posology spoon;
    spoon.unit = QStringLiteral("cuillère-mesure");
    spoon.rhythm = Posology::Rhythm::TimesADay;
    spoon.dose = 2;
    spoon.timesADay = 1;
    spoon.duration = Posology::Duration{2, D::Weeks};

    const Case cases[] = {
        {week, "1 comprimé matin et soir pendant 7 jours"},
        {puffs, "2 bouffées si besoin, sans dépasser 8 par jour"},
        {atMoments({{M::Evening, 0.5}}), "½ comprimé le soir"},
        {atMoments({{M::Evening, 1}, {M::Morning, 1}, {M::Noon, 1}}),
         "1 comprimé matin, midi et soir"},
        {atMoments({{M::Morning, 1}, {M::Evening, 0.5}}),
         "1 comprimé le matin et ½ comprimé le soir"},
        {atMoments({{M::Bedtime, 1.5}}), "1 ½ comprimé au coucher"},
        {atMoments({{M::Morning, 2}, {M::Bedtime, 2}}, "gélule"), "2 gélules matin et au coucher"},
        {atMoments({{M::Noon, 0.25}}), "¼ comprimé le midi"},
        {atMoments({{M::Morning, 0.75}, {M::Evening, 0.75}}), "¾ comprimé matin et soir"},
        {threeTimes, "1 sachet 3 fois par jour pendant 5 jours"},
        {everySix,
         "1 comprimé toutes les 6 heures, sans dépasser 4 par jour, si douleur ou fièvre"},
        {syrup, "2,5 ml 2 fois par jour pendant 1 mois"},
        {chronic, "1 comprimé le matin, au cours du petit déjeuner, pendant 3 mois"},
        {boxes, "1 comprimé le soir, 3 boîtes"},
        {spoon, "2 cuillères-mesures 1 fois par jour pendant 2 semaines"},
    };
    for (const Case &c : cases) {
        INFO(c.text);
        CHECK(c.posology.text() == QString::fromUtf8(c.text));
        CHECK(c.posology.problems().isEmpty());
        // Stored and read back, it is the same.
        CHECK(Posology::fromJson(c.posology.toJson()) == c.posology);
    }
    CHECK_FALSE(Posology::fromJson(QStringLiteral("not json")).has_value());
    CHECK_FALSE(Posology::fromJson(QStringLiteral("{\"rhythm\": \"sometimes\"}")).has_value());
}

TEST_CASE("posology: what cannot be prescribed is refused, each reason under its field")
{
    const auto fields = [](const Posology &p) {
        QStringList names;
        for (const Error &e : p.problems())
            names.append(e.field);
        return names;
    };
    CHECK(fields(atMoments({{M::Morning, 0}})) == QStringList{QStringLiteral("dose")});
    CHECK(fields(atMoments({{M::Morning, -1}})) == QStringList{QStringLiteral("dose")});
    CHECK(fields(atMoments({{M::Morning, 30}})) == QStringList{QStringLiteral("dose")});
    CHECK(fields(atMoments({})) == QStringList{QStringLiteral("rhythm")});
    CHECK(fields(atMoments({{M::Morning, 1}, {M::Morning, 1}})) ==
          QStringList{QStringLiteral("rhythm")});
    Posology asNeeded;
    asNeeded.rhythm = Posology::Rhythm::AsNeeded;
    CHECK(fields(asNeeded) == QStringList{QStringLiteral("maxPerDay")});
    asNeeded.dose = 2;
    asNeeded.maxPerDay = 1;
    CHECK(fields(asNeeded) == QStringList{QStringLiteral("maxPerDay")});
    Posology times;
    times.rhythm = Posology::Rhythm::TimesADay;
    CHECK(fields(times) == QStringList{QStringLiteral("rhythm")});
    Posology hours;
    hours.rhythm = Posology::Rhythm::EveryHours;
    hours.everyHours = 0;
    CHECK(fields(hours) == QStringList{QStringLiteral("rhythm")});
    Posology long_ = atMoments({{M::Morning, 1}});
    long_.duration = Posology::Duration{13, D::Months};
    CHECK(fields(long_) == QStringList{QStringLiteral("duration")});
    long_.duration = Posology::Duration{0, D::Days};
    CHECK(fields(long_) == QStringList{QStringLiteral("duration")});
    Posology noBoxes = atMoments({{M::Morning, 1}});
    noBoxes.boxes = 0;
    CHECK(fields(noBoxes) == QStringList{QStringLiteral("boxes")});
    Posology noUnit = atMoments({{M::Morning, 1}});
    noUnit.unit.clear();
    CHECK(fields(noUnit) == QStringList{QStringLiteral("dose")});
}

TEST_CASE("posology: a dose finer than the form can be cut is said")
{
    const Posology half = atMoments({{M::Evening, 0.5}});
    CHECK(Posology::finestSplit(QStringLiteral("comprimé sécable"), half.unit) == 2);
    CHECK(Posology::finestSplit(QStringLiteral("comprimé quadrisécable"), half.unit) == 4);
    CHECK(Posology::finestSplit(QStringLiteral("comprimé pelliculé"), half.unit) == 1);
    CHECK(Posology::finestSplit(QStringLiteral("solution buvable"), QStringLiteral("ml")) == 0);
    CHECK(half.splitWarning(QStringLiteral("comprimé sécable")).isEmpty());
    CHECK(half.splitWarning(QStringLiteral("comprimé pelliculé")).contains(u"cannot be divided"));
    const Posology quarter = atMoments({{M::Noon, 0.25}});
    CHECK(quarter.splitWarning(QStringLiteral("comprimé sécable")).contains(u"halves only"));
    CHECK(quarter.splitWarning(QStringLiteral("comprimé quadrisécable")).isEmpty());
    CHECK(atMoments({{M::Morning, 0.5}}, "gélule").splitWarning(QStringLiteral("gélule")) !=
          QString());
    Posology syrup;
    syrup.unit = QStringLiteral("ml");
    syrup.rhythm = Posology::Rhythm::TimesADay;
    syrup.timesADay = 3;
    syrup.dose = 2.5;
    CHECK(syrup.splitWarning(QStringLiteral("sirop")).isEmpty());
}

TEST_CASE("posology: the boxes a duration needs, from the box's label")
{
    const QString comprime = QStringLiteral("comprimé");
    CHECK(Posology::unitsPerBox(
              QStringLiteral("plaquette(s) thermoformée(s) PVC-Aluminium de 30 comprimé(s)"),
              comprime) == 30);
    CHECK(Posology::unitsPerBox(QStringLiteral("2 plaquette(s) PVC aluminium de 14 comprimé(s)"),
                                comprime) == 28);
    CHECK(Posology::unitsPerBox(QStringLiteral("12 sachet(s) papier aluminium de 3 g"),
                                QStringLiteral("sachet")) == 12);
    CHECK(Posology::unitsPerBox(QStringLiteral("plaquette(s) de 1  ovule(s)"),
                                QStringLiteral("ovule")) == 1);
    CHECK_FALSE(Posology::unitsPerBox(QStringLiteral("1 flacon(s) en verre de 150 ml"), comprime)
                    .has_value());
    CHECK_FALSE(Posology::unitsPerBox(QStringLiteral("1 flacon(s) en verre de 150 ml"),
                                      QStringLiteral("ml"))
                    .has_value());

    Posology twice = atMoments({{M::Morning, 1}, {M::Evening, 1}});
    twice.duration = Posology::Duration{1, D::Months};
    CHECK(twice.unitsPerDay() == 2);
    CHECK(twice.unitsNeeded() == 60);
    CHECK(twice.boxesNeeded(QStringLiteral("plaquette(s) de 30 comprimé(s)")) == 2);
    CHECK(twice.boxesNeeded(QStringLiteral("plaquette(s) de 28 comprimé(s)")) == 3);
    Posology asNeeded;
    asNeeded.rhythm = Posology::Rhythm::AsNeeded;
    asNeeded.duration = Posology::Duration{10, D::Days};
    CHECK_FALSE(asNeeded.unitsNeeded().has_value());
    asNeeded.maxPerDay = 3;
    CHECK(asNeeded.unitsNeeded() == 30);
    Posology every8;
    every8.rhythm = Posology::Rhythm::EveryHours;
    every8.everyHours = 8;
    every8.dose = 2;
    CHECK(every8.unitsPerDay() == 6);
}

namespace {

PrescriptionLine lineOf(const char *dci, int days, QStringList conditions = {})
{
    PrescriptionLine line;
    line.dci = QString::fromUtf8(dci);
    line.strength = QStringLiteral("500 mg");
    line.form = QStringLiteral("gélule");
    line.posology = atMoments({{M::Morning, 1}, {M::Evening, 1}}, "gélule");
    line.posology.duration = Posology::Duration{days, D::Days};
    line.conditions = std::move(conditions);
    return line;
}

QStringList fieldsOf(const Prescription &p)
{
    QStringList names;
    for (const Error &e : PrescriptionRules::problems(p))
        names.append(e.field);
    return names;
}

} // namespace

TEST_CASE("prescription rules: a whole prescription passes, an empty one does not")
{
    Prescription p;
    CHECK(fieldsOf(p) == QStringList{QStringLiteral("lines")});
    p.lines = {lineOf("AMOXICILLINE", 7, {QStringLiteral("liste I")})};
    CHECK(fieldsOf(p).isEmpty());
    // A line's posology refusals show under that line.
    p.lines.append(lineOf("PARACÉTAMOL", 5));
    p.lines[1].posology.intakes = {{M::Morning, 0}};
    CHECK(fieldsOf(p) == QStringList{QStringLiteral("lines/1/dose")});
    p.lines[1].posology.intakes = {{M::Morning, 1}};
    p.lines[1].posology.duration.reset();
    CHECK(fieldsOf(p) == QStringList{QStringLiteral("lines/1/duration")});
    p.lines[1].posology.boxes = 1;
    CHECK(fieldsOf(p).isEmpty());
    p.lines[1].dci.clear();
    CHECK(fieldsOf(p) == QStringList{QStringLiteral("lines/1/dci")});
}

TEST_CASE("prescription rules: durations and renewals within what the drug's list allows")
{
    Prescription p;
    p.lines = {lineOf("AMOXICILLINE", 30, {QStringLiteral("liste I")})};
    p.lines[0].renewals = 11; // 12 × 30 days: 360
    CHECK(fieldsOf(p).isEmpty());
    p.lines[0].posology.duration = Posology::Duration{3, D::Months};
    p.lines[0].renewals = 4; // 5 × 90 days
    CHECK(fieldsOf(p) == QStringList{QStringLiteral("lines/0/renewals")});
    p.lines[0].renewals = -1;
    CHECK(fieldsOf(p) == QStringList{QStringLiteral("lines/0/renewals")});
    p.lines[0].renewals = 12;
    CHECK(fieldsOf(p) == QStringList{QStringLiteral("lines/0/renewals")});
    // A hypnotic limited to 4 weeks.
    p.lines = {
        lineOf("ZOLPIDEM", 14,
               {QStringLiteral("liste I"), QStringLiteral("prescription limitée à 4 semaines")})};
    CHECK(fieldsOf(p).isEmpty());
    p.lines[0].renewals = 1; // 28 days
    CHECK(fieldsOf(p).isEmpty());
    p.lines[0].renewals = 2; // 42 days
    const QList<Error> limited = PrescriptionRules::problems(p);
    REQUIRE(limited.size() == 1);
    CHECK(limited.first().message.contains(u"28"));
    // Stupéfiants and hospital-only drugs are refused with the reason.
    p.lines = {lineOf("MORPHINE", 7, {QStringLiteral("stupéfiants")})};
    const QList<Error> stup = PrescriptionRules::problems(p);
    REQUIRE(stup.size() == 1);
    CHECK(stup.first().message.contains(u"secured form"));
    p.lines = {lineOf("X", 7, {QStringLiteral("réservé à l'usage HOSPITALIER")})};
    CHECK(fieldsOf(p) == QStringList{QStringLiteral("lines/0/dci")});
    CHECK(PrescriptionRules::listOf(lineOf("A", 1, {QStringLiteral("liste II")})) ==
          QLatin1String("liste II"));
    CHECK(PrescriptionRules::listOf(lineOf("A", 1, {QStringLiteral("liste I")})) ==
          QLatin1String("liste I"));
    CHECK(PrescriptionRules::listOf(lineOf("A", 1)).isEmpty());
}

TEST_CASE("prescription rules: non substituable with its reason, MTE only for its substances")
{
    Prescription p;
    p.lines = {lineOf("LÉVOTHYROXINE SODIQUE", 90)};
    p.lines[0].nonSubstitutable = SubstitutionBan::Mte;
    CHECK(fieldsOf(p).isEmpty());
    p.lines[0].dci = QStringLiteral("AMOXICILLINE");
    CHECK(fieldsOf(p) == QStringList{QStringLiteral("lines/0/nonSubstitutable")});
    p.lines[0].nonSubstitutable = SubstitutionBan::Cif;
    CHECK(fieldsOf(p).isEmpty());
    for (const char *mte : {"VALPROATE DE SODIUM", "LAMOTRIGINE", "MYCOPHÉNOLATE MOFÉTIL",
                            "BUPRÉNORPHINE (CHLORHYDRATE DE)", "LACOSAMIDE", "OXCARBAZÉPINE"})
        CHECK(PrescriptionRules::onMteList(QString::fromUtf8(mte)));
    CHECK_FALSE(PrescriptionRules::onMteList(QStringLiteral("PARACÉTAMOL")));
    CHECK(PrescriptionRules::nonSubstitutableMention(SubstitutionBan::Efg) ==
          QLatin1String("non substituable (EFG)"));
    CHECK(PrescriptionRules::nonSubstitutableMention(SubstitutionBan::None).isEmpty());
    CHECK(Prescription::statusFromName(QStringLiteral("signed")) == Prescription::Status::Signed);
    CHECK_FALSE(Prescription::statusFromName(QStringLiteral("lost")).has_value());
}

namespace {

DrugInteraction interaction(const char *first, const char *second, InteractionLevels levels)
{
    return DrugInteraction{QString::fromUtf8(first), QString::fromUtf8(second), levels,
                           QStringLiteral("Conduite."), QStringLiteral("Mécanisme.")};
}

CheckedDrug drug(const char *name, int line, QStringList codes, QStringList protagonists)
{
    return CheckedDrug{QString::fromUtf8(name), line, std::move(codes), std::move(protagonists)};
}

const QList<DrugInteraction> Thesaurus{
    interaction("ACIDE ACETYLSALICYLIQUE", "ANTICOAGULANTS ORAUX",
                InteractionLevel::Contraindicated | InteractionLevel::Inadvisable |
                    InteractionLevel::ToConsider),
    interaction("ANTIVITAMINES K", "ANTI-INFLAMMATOIRES NON STEROIDIENS",
                InteractionLevel::Inadvisable),
    interaction("CLARITHROMYCINE", "SIMVASTATINE", InteractionLevel::Contraindicated),
};

const CheckedDrug Warfarin = drug("WARFARINE 5 mg", -1, {QStringLiteral("04393")},
                                  {QStringLiteral("WARFARINE"), QStringLiteral("ANTIVITAMINES K"),
                                   QStringLiteral("ANTICOAGULANTS ORAUX")});
const CheckedDrug Ibuprofen =
    drug("IBUPROFÈNE 400 mg", 0, {QStringLiteral("01234")},
         {QStringLiteral("IBUPROFENE"), QStringLiteral("ANTI INFLAMMATOIRES NON STEROIDIENS")});
const CheckedDrug Aspirin = drug("ACIDE ACÉTYLSALICYLIQUE 500 mg", 1, {QStringLiteral("00011")},
                                 {QStringLiteral("ACIDE ACETYLSALICYLIQUE")});

} // namespace

TEST_CASE(
    "prescription check: interactions with the current treatment, by class, most serious first")
{
    const QList<DrugAlert> alerts =
        PrescriptionCheck::run({Warfarin, Ibuprofen, Aspirin}, {}, Thesaurus);
    REQUIRE(alerts.size() == 2);
    // Aspirin with an oral anticoagulant: a contraindication (at some doses), acknowledged.
    CHECK(alerts.at(0).kind == DrugAlert::Kind::Interaction);
    CHECK(alerts.at(0).level == InteractionLevel::Contraindicated);
    CHECK(alerts.at(0).line == 1);
    CHECK(alerts.at(0).second == QLatin1String("WARFARINE 5 mg"));
    CHECK(alerts.at(0).between == QLatin1String("ACIDE ACETYLSALICYLIQUE + ANTICOAGULANTS ORAUX"));
    CHECK(alerts.at(0).needsAcknowledgement);
    CHECK(alerts.at(0).text == QStringLiteral("Mécanisme. Conduite."));
    // Ibuprofen with a vitamin K antagonist: advised against, by their classes.
    CHECK(alerts.at(1).level == InteractionLevel::Inadvisable);
    CHECK(alerts.at(1).line == 0);
    CHECK_FALSE(alerts.at(1).needsAcknowledgement);
    // The same check again gives the same alerts, under the same keys.
    const QList<DrugAlert> again =
        PrescriptionCheck::run({Warfarin, Ibuprofen, Aspirin}, {}, Thesaurus);
    REQUIRE(again.size() == 2);
    CHECK(again.at(0).key == alerts.at(0).key);
    CHECK(again.at(1).key == alerts.at(1).key);
}

TEST_CASE("prescription check: allergies, the same substance twice, and what is not checked")
{
    CheckedDrug amoxicillin =
        drug("AMOXICILLINE 1 g", 0, {QStringLiteral("05248")},
             {QStringLiteral("AMOXICILLINE"), QStringLiteral("PENICILLINES")});
    CheckedDrug twice =
        drug("CLAMOXYL 500 mg", 1, {QStringLiteral("05248")}, {QStringLiteral("AMOXICILLINE")});
    // By substance code, and by molecule when the allergy was typed as another salt.
    const QList<CheckedAllergy> allergies{
        {QStringLiteral("Amoxicilline"), QStringLiteral("05248"), {QStringLiteral("AMOXICILLINE")}},
        {QStringLiteral("Amoxicilline sodique"),
         QStringLiteral("00872"),
         {QStringLiteral("AMOXICILLINE")}}};
    const QList<DrugAlert> alerts =
        PrescriptionCheck::run({amoxicillin, twice}, allergies, Thesaurus);
    REQUIRE(alerts.size() == 5);
    for (int i = 0; i < 4; ++i) {
        CHECK(alerts.at(i).kind == DrugAlert::Kind::Allergy);
        CHECK(alerts.at(i).needsAcknowledgement);
    }
    CHECK(alerts.at(4).kind == DrugAlert::Kind::Duplicate);
    CHECK(alerts.at(4).line == 0);
    CHECK_FALSE(alerts.at(4).needsAcknowledgement);
    // Two current treatments that interact are not this prescription's to flag.
    CheckedDrug simvastatin = drug("SIMVASTATINE", -1, {}, {QStringLiteral("SIMVASTATINE")});
    CheckedDrug clarithromycin =
        drug("CLARITHROMYCINE", -1, {}, {QStringLiteral("CLARITHROMYCINE")});
    CHECK(PrescriptionCheck::run({simvastatin, clarithromycin}, {}, Thesaurus).isEmpty());
    clarithromycin.line = 0;
    CHECK(PrescriptionCheck::run({simvastatin, clarithromycin}, {}, Thesaurus).size() == 1);
    // Nothing known of a drug (no substance, no molecule): nothing found, nothing made up.
    CHECK(PrescriptionCheck::run({drug("PRÉPARATION MAGISTRALE", 0, {}, {})}, allergies, Thesaurus)
              .isEmpty());
}

TEST_CASE("prescription line: a drug picked from the search, named by its DCI")
{
    CHECK(PrescriptionLine::dciOf(QStringLiteral("AMOXICILLINE TRIHYDRATÉE")) ==
          QStringLiteral("AMOXICILLINE"));
    CHECK(PrescriptionLine::dciOf(QStringLiteral("AMOXICILLINE ANHYDRE")) ==
          QStringLiteral("AMOXICILLINE"));
    CHECK(PrescriptionLine::dciOf(QStringLiteral("RANITIDINE (CHLORHYDRATE DE)")) ==
          QStringLiteral("RANITIDINE"));
    CHECK(PrescriptionLine::dciOf(QStringLiteral("RANITIDINE BASE")) ==
          QStringLiteral("RANITIDINE"));
    CHECK(PrescriptionLine::dciOf(QStringLiteral("LÉVOTHYROXINE SODIQUE")) ==
          QStringLiteral("LÉVOTHYROXINE SODIQUE"));
    CHECK(PrescriptionLine::dciOf(QStringLiteral("BASE")) == QStringLiteral("BASE"));
    CHECK(PrescriptionLine::dciOf(QStringLiteral("CLAVULANIQUE (ACIDE)")) ==
          QStringLiteral("ACIDE CLAVULANIQUE"));

    DrugChoice choice;
    choice.specialty.cis = QStringLiteral("60000001");
    choice.specialty.name = QStringLiteral("AUGMENTIN 500 mg/62,5 mg, comprimé pelliculé");
    choice.specialty.form = QStringLiteral("comprimé pelliculé");
    choice.specialty.routes = {QStringLiteral("orale")};
    choice.conditions = {QStringLiteral("liste I")};
    DrugComposition amoxSalt{QStringLiteral("60000001"), QStringLiteral("comprimé"),
                             QStringLiteral("01"),       QStringLiteral("AMOXICILLINE TRIHYDRATÉE"),
                             QStringLiteral("574 mg"),   QStringLiteral("un comprimé")};
    amoxSalt.link = 1;
    DrugComposition amox = amoxSalt;
    amox.substanceCode = QStringLiteral("02");
    amox.substanceName = QStringLiteral("AMOXICILLINE ANHYDRE");
    amox.dosage = QStringLiteral("500 mg");
    amox.activeSubstance = false;
    DrugComposition clav = amoxSalt;
    clav.substanceCode = QStringLiteral("03");
    clav.substanceName = QStringLiteral("CLAVULANATE DE POTASSIUM");
    clav.dosage = QStringLiteral("62,5 mg");
    clav.link = 2;
    choice.composition = {amoxSalt, amox, clav};
    const PrescriptionLine line = PrescriptionLine::fromChoice(choice);
    CHECK(line.cis == choice.specialty.cis);
    CHECK(line.brand == choice.specialty.name);
    CHECK(line.dci == QStringLiteral("AMOXICILLINE + CLAVULANATE DE POTASSIUM"));
    CHECK(line.strength == QStringLiteral("500 mg + 62,5 mg"));
    CHECK(line.substanceCodes == QStringList{QStringLiteral("01"), QStringLiteral("03")});
    CHECK(line.conditions == choice.conditions);
    CHECK(line.route == QStringLiteral("orale"));
    CHECK(line.posology.unit == QStringLiteral("comprimé"));
    CHECK(line.posology.problems().isEmpty());
    CHECK(line.title() ==
          QStringLiteral("AMOXICILLINE + CLAVULANATE DE POTASSIUM 500 mg + 62,5 mg, comprimé "
                         "pelliculé"));
}

TEST_CASE("posology: the unit a form's dose is counted in")
{
    const struct
    {
        const char *form;
        const char *unit;
    } cases[] = {
        {"comprimé pelliculé sécable", "comprimé"},
        {"gélule", "gélule"},
        {"solution buvable", "ml"},
        {"suspension pour inhalation en flacon pressurisé", "bouffée"},
        {"collyre en solution", "goutte"},
        {"crème", "application"},
        {"poudre pour suspension buvable en sachet-dose", "ml"},
        {"granulés en sachet", "sachet"},
        {"dispositif transdermique", "dispositif"},
        {"solution injectable", "injection"},
        {"teinture mère", "unité"},
    };
    for (const auto &c : cases) {
        INFO(c.form);
        CHECK(Posology::unitFor(QString::fromUtf8(c.form)) == QString::fromUtf8(c.unit));
    }
}

TEST_CASE("posology: read from how a treatment was written down")
{
    const struct
    {
        const char *typed;
        const char *reads; // the text of the posology read
        bool instructionsKept;
    } cases[] = {
        {"1 comprimé matin et soir", "1 comprimé matin et soir", false},
        {"1 cp le soir", "1 comprimé le soir", false},
        {"½ comprimé le matin", "½ comprimé le matin", false},
        {"1/2 comprimé le matin", "½ comprimé le matin", false},
        {"2 comprimés 3 fois par jour", "2 comprimés 3 fois par jour", false},
        {"3 fois par jour", "1 comprimé 3 fois par jour", false},
        {"1 comprimé si besoin", "1 comprimé si besoin", false},
        {"1 comprimé toutes les 6 heures", "1 comprimé toutes les 6 heures", false},
        {"selon INR", "1 comprimé le matin, selon INR", true},
    };
    for (const auto &c : cases) {
        INFO(c.typed);
        const auto read =
            Posology::fromText(QString::fromUtf8(c.typed), QStringLiteral("comprimé"));
        REQUIRE(read.has_value());
        CHECK(read->instructions.isEmpty() == !c.instructionsKept);
        CHECK(read->text().startsWith(QString::fromUtf8(c.reads).section(QLatin1Char(','), 0, 0)));
    }
    CHECK_FALSE(Posology::fromText(QStringLiteral("  "), QStringLiteral("comprimé")).has_value());
}
