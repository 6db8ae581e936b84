#include "DemoPractice.h"

#include "domain/Nir.h"
#include "domain/PracticeTime.h"
#include "domain/VitalAlertRules.h"
#include "geo/PlaceDirectory.h"
#include "services/Agenda.h"
#include "services/DrugSearch.h"
#include "services/DrugSubstances.h"
#include "services/PatientAllergies.h"
#include "services/PatientDetails.h"
#include "services/PatientHistory.h"
#include "services/PatientVitals.h"
#include "services/PracticeSettings.h"
#include "services/PreparedConsultations.h"
#include "services/PrescriptionChecks.h"
#include "services/Prescriptions.h"
#include "services/Schedules.h"
#include "services/UserAccounts.h"
#include "services/WaitingRoom.h"
#include "storage/Vault.h"
#include "util/SearchKey.h"

#include <QDate>
#include <QLoggingCategory>

namespace relais {

Q_LOGGING_CATEGORY(lcDemo, "relais.demo")

namespace {

// Common French surnames, with their accents and compound forms, as people write them.
const char *const Surnames[] = {
    "Martin",    "Bernard",   "Thomas",       "Petit",       "Robert",         "Richard",
    "Durand",    "Dubois",    "Moreau",       "Laurent",     "Simon",          "Michel",
    "Lefèvre",   "Leroy",     "Roux",         "David",       "Bertrand",       "Morel",
    "Fournier",  "Girard",    "Bonnet",       "Dupont",      "Lambert",        "Fontaine",
    "Rousseau",  "Vincent",   "Müller",       "Lefebvre",    "Faure",          "André",
    "Mercier",   "Blanc",     "Guérin",       "Boyer",       "Garnier",        "Chevalier",
    "François",  "Legrand",   "Gauthier",     "Garcia",      "Perrin",         "Robin",
    "Clément",   "Morin",     "Nicolas",      "Henry",       "Roussel",        "Mathieu",
    "Gautier",   "Masson",    "Marchand",     "Duval",       "Denis",          "Dumont",
    "Marie",     "Lemaire",   "Noël",         "Meyer",       "Dufour",         "Meunier",
    "Brun",      "Blanchard", "Giraud",       "Joly",        "Rivière",        "Lucas",
    "Brunet",    "Gaillard",  "Barbier",      "Arnaud",      "Martinez",       "Gérard",
    "Roche",     "Renard",    "Schmitt",      "Roy",         "Leroux",         "Colin",
    "Vidal",     "Caron",     "Picard",       "Roger",       "Fabre",          "Aubert",
    "Lemoine",   "Renaud",    "Dumas",        "Lacroix",     "Olivier",        "Philippe",
    "Bourgeois", "Pierre",    "Benoît",       "Rey",         "Leclerc",        "Payet",
    "Rolland",   "Leclercq",  "Guillaume",    "Lecomte",     "Lopez",          "Jean",
    "Dupuy",     "Guillot",   "Hubert",       "Berger",      "Carpentier",     "Sanchez",
    "Dupuis",    "Moulin",    "Louis",        "Deschamps",   "Huet",           "Vasseur",
    "Perez",     "Boucher",   "Fleury",       "Royer",       "Klein",          "Jacquet",
    "Adam",      "Paris",     "Poirier",      "Marty",       "Aubry",          "Guyot",
    "Carré",     "Charles",   "Renault",      "Charpentier", "Ménard",         "Maillard",
    "Baron",     "Bertin",    "Bailly",       "Hervé",       "Schneider",      "Fernandez",
    "Le Gall",   "Collet",    "Léger",        "Bouvier",     "Julien",         "Prévost",
    "Millet",    "Perrot",    "Daniel",       "Le Roux",     "Cousin",         "Germain",
    "Breton",    "Besson",    "Langlois",     "Rémy",        "Le Goff",        "Pelletier",
    "Lévêque",   "Perrier",   "Leblanc",      "Barré",       "Lebrun",         "Marchal",
    "Weber",     "Mallet",    "Hamon",        "Boulanger",   "Jacob",          "Monnier",
    "Michaud",   "Rodriguez", "Guichard",     "Gillet",      "Étienne",        "Grondin",
    "Poulain",   "Tessier",   "Chevallier",   "Collin",      "Chauvin",        "Da Silva",
    "Bouchet",   "Gay",       "Lemaître",     "Bénard",      "Maréchal",       "Humbert",
    "Reynaud",   "Antoine",   "Hoarau",       "Perret",      "Barthélemy",     "Cordier",
    "Pichon",    "Lejeune",   "Gilbert",      "Lamy",        "Delaunay",       "Pasquier",
    "Carlier",   "Laporte",   "Saint-Martin", "D'Almeida",   "Lefèvre-Durand", "N'Diaye",
    "Nguyen",
};

const char *const WomenNames[] = {
    "Marie",       "Jeanne",       "Françoise", "Monique", "Catherine", "Nathalie", "Isabelle",
    "Sylvie",      "Anne",         "Christine", "Martine", "Valérie",   "Sandrine", "Stéphanie",
    "Céline",      "Julie",        "Camille",   "Léa",     "Manon",     "Chloé",    "Emma",
    "Inès",        "Jade",         "Louise",    "Alice",   "Lina",      "Hélène",   "Élise",
    "Agnès",       "Béatrice",     "Geneviève", "Solène",  "Maëlys",    "Zoé",      "Océane",
    "Anne-Sophie", "Marie-Claire", "Thérèse",   "Noémie",  "Aurélie",
};

const char *const MenNames[] = {
    "Jean",        "Pierre",    "Michel",       "André",    "Philippe", "Alain",   "Jacques",
    "Bernard",     "Daniel",    "Christophe",   "Stéphane", "Laurent",  "Nicolas", "Julien",
    "Thomas",      "Sébastien", "Maxime",       "Lucas",    "Hugo",     "Louis",   "Gabriel",
    "Arthur",      "Raphaël",   "Jules",        "Adam",     "Léo",      "Noé",     "François",
    "Gérard",      "Hervé",     "Jérôme",       "Benoît",   "Loïc",     "Mathéo",  "Théo",
    "Jean-Pierre", "Jean-Luc",  "Marc-Antoine", "Éric",     "Rémi",
};

template<std::size_t N>
QString pick(const char *const (&list)[N], quint32 &state)
{
    // xorshift32: small, fast and reproducible across platforms, unlike std:: distributions.
    state ^= state << 13;
    state ^= state >> 17;
    state ^= state << 5;
    return QString::fromUtf8(list[state % N]);
}

quint32 next(quint32 &state, quint32 bound)
{
    state ^= state << 13;
    state ^= state >> 17;
    state ^= state << 5;
    return state % bound;
}

} // namespace

PatientIdentity DemoPractice::makePatient(quint32 &state)
{
    // Départements of the practice's area weigh more, as in a real rural practice.
    static const char *const Departements[] = {"24", "24", "24", "46", "19", "33",  "47",
                                               "87", "75", "69", "13", "2A", "974", "99"};
    PatientIdentity patient;
    const bool woman = next(state, 2) == 0;
    patient.sex = woman ? QLatin1Char('F') : QLatin1Char('M');
    patient.birthName = pick(Surnames, state);
    QString first = woman ? pick(WomenNames, state) : pick(MenNames, state);
    // As the person writes it, accents and all; the strict trait keeps none.
    patient.usedFirstName = first;
    if (next(state, 3) == 0)
        first += QLatin1Char(' ') + (woman ? pick(WomenNames, state) : pick(MenNames, state));
    patient.firstNames = first;
    patient.birthDate = QDate(1930, 1, 1).addDays(next(state, 94 * 365));
    if (woman && patient.birthDate.year() < 1995 && next(state, 3) == 0)
        patient.usedName = pick(Surnames, state);

    const QString dep = QString::fromLatin1(
        Departements[next(state, static_cast<quint32>(std::size(Departements)))]);
    // Overseas communes have 2 digits; abroad, INSEE country codes run from 101.
    const QString commune =
        dep.size() == 3 ? QStringLiteral("%1").arg(next(state, 24) + 1, 2, 10, QLatin1Char('0'))
        : dep == QLatin1String("99")
            ? QString::number(101 + next(state, 300))
            : QStringLiteral("%1").arg(next(state, 400) + 1, 3, 10, QLatin1Char('0'));
    patient.birthPlace = dep + commune;
    // A place that exists: the first of the table at or after the code drawn, in the same
    // département (or abroad), so that the demo's birth places have names. No draw is added:
    // the rest of the demo stays the same.
    if (const Result<PlaceDirectory> &places = PlaceDirectory::shipped(); places) {
        const auto &all = places->all();
        const auto found =
            std::lower_bound(all.begin(), all.end(), patient.birthPlace,
                             [](const Place &p, const QString &code) { return p.code < code; });
        const auto sameArea = [&dep](const Place &p) {
            return dep == QLatin1String("99") ? p.isAbroad() : p.departement == dep;
        };
        if (found != all.end() && sameArea(*found))
            patient.birthPlace = found->code;
        else if (found != all.begin() && sameArea(*std::prev(found)))
            patient.birthPlace = std::prev(found)->code;
    }
    const QString placeCode = patient.birthPlace.mid(dep.size());
    const QString body =
        QString(woman ? QLatin1Char('2') : QLatin1Char('1')) +
        QStringLiteral("%1").arg(patient.birthDate.year() % 100, 2, 10, QLatin1Char('0')) +
        QStringLiteral("%1").arg(patient.birthDate.month(), 2, 10, QLatin1Char('0')) + dep +
        placeCode + QStringLiteral("%1").arg(next(state, 998) + 1, 3, 10, QLatin1Char('0'));
    patient.nir = body + QStringLiteral("%1").arg(Nir::computeKey(body), 2, 10, QLatin1Char('0'));
    patient.phone = QStringLiteral("0%1%2")
                        .arg(6 + next(state, 2))
                        .arg(next(state, 100'000'000), 8, 10, QLatin1Char('0'));
    // Where the practice's patients live: towns around Sarlat, and a few further away.
    static const std::pair<const char *, const char *> Towns[] = {{"24200", "Sarlat-la-Canéda"},
                                                                  {"24200", "Sarlat-la-Canéda"},
                                                                  {"24250", "Domme"},
                                                                  {"24590", "Salignac-Eyvigues"},
                                                                  {"24290", "Montignac"},
                                                                  {"24620", "Les Eyzies"},
                                                                  {"24220", "Saint-Cyprien"},
                                                                  {"46200", "Souillac"},
                                                                  {"46300", "Gourdon"},
                                                                  {"24000", "Périgueux"},
                                                                  {"24100", "Bergerac"},
                                                                  {"19100", "Brive-la-Gaillarde"}};
    static const char *const Streets[] = {
        "rue des Écoles",  "avenue de la République", "chemin des Vignes", "place du Marché",
        "route de Sarlat", "impasse des Tilleuls",    "rue du Lac",        "allée des Noyers"};
    const auto &[postcode, city] = Towns[next(state, static_cast<quint32>(std::size(Towns)))];
    patient.address =
        next(state, 8) == 0
            ? QStringLiteral("Lieu-dit Le Bourg")
            : QStringLiteral("%1 %2").arg(next(state, 120) + 1).arg(pick(Streets, state));
    patient.postcode = QString::fromLatin1(postcode);
    patient.city = QString::fromUtf8(city);
    return patient;
}

QVariantMap DemoPractice::fields(const PatientIdentity &patient)
{
    return {{QStringLiteral("birth_name"), patient.birthName.toUpper()},
            {QStringLiteral("first_names"), patient.firstNames.toUpper()},
            {QStringLiteral("used_name"), patient.usedName},
            {QStringLiteral("sex"), QString(patient.sex)},
            {QStringLiteral("birth_date"), patient.birthDate.toString(Qt::ISODate)},
            {QStringLiteral("search_key"),
             searchKey(patient.birthName + QLatin1Char(' ') + patient.usedName + QLatin1Char(' ') +
                       patient.firstNames)}};
}

Status DemoPractice::fillFile(Vault &vault, const Session &session, const QString &id,
                              const PatientIdentity &patient, quint32 &state)
{
    struct Chronic
    {
        const char *label;
        const char *icd10;
        bool ald;
        const char *drug;
        const char *dosage;
    };
    // Common in a French GP's list, with the treatment each usually brings.
    static const Chronic Conditions[] = {
        {"Hypertension artérielle", "I10", false, "AMLODIPINE 5 mg, comprimé", "1 le matin"},
        {"Diabète de type 2", "E11.9", true, "METFORMINE 1000 mg, comprimé", "1 matin et soir"},
        {"Hypothyroïdie", "E03.9", false, "LÉVOTHYROXINE 75 µg, comprimé", "1 le matin à jeun"},
        {"Fibrillation auriculaire", "I48.9", true, "APIXABAN 5 mg, comprimé", "1 matin et soir"},
        {"Asthme", "J45.9", false, "SALBUTAMOL 100 µg/dose, suspension pour inhalation",
         "2 bouffées si besoin"},
        {"BPCO", "J44.9", true, "TIOTROPIUM 2,5 µg/dose, solution pour inhalation",
         "2 bouffées le matin"},
    };
    static const char *const Operations[] = {"Appendicectomie", "Cholécystectomie",
                                             "Prothèse totale de hanche", "Amygdalectomie"};
    struct Reaction
    {
        const char *substance;
        const char *reaction;
        bool intolerance;
    };
    static const Reaction Allergies[] = {{"Amoxicilline", "urticaire", false},
                                         {"Acide acétylsalicylique", "œdème de Quincke", false},
                                         {"Latex", "eczéma de contact", false},
                                         {"Arachide", "", false},
                                         {"Lactose", "troubles digestifs", true},
                                         {"Codéine", "nausées", true}};

    const int age = vault.clock().today().year() - patient.birthDate.year();
    PatientHistory history(vault);
    // Chronic conditions grow with age, as in any practice's list.
    const quint32 chances = age > 60 ? 3 : age > 40 ? 2 : 1;
    for (quint32 i = 0; i < chances; ++i) {
        if (next(state, 3) != 0)
            continue;
        const Chronic &c = Conditions[next(state, static_cast<quint32>(std::size(Conditions)))];
        Condition condition;
        condition.patientId = id;
        condition.label = QString::fromUtf8(c.label);
        condition.icd10 = QString::fromLatin1(c.icd10);
        condition.since = QString::number(
            std::max(patient.birthDate.year() + 18,
                     vault.clock().today().year() - 1 - static_cast<int>(next(state, 15))));
        condition.ald = c.ald;
        if (condition.since.toInt() > vault.clock().today().year())
            continue;
        if (auto saved = history.saveCondition(session, condition); !saved)
            return std::unexpected(saved.error());
        Treatment treatment;
        treatment.patientId = id;
        treatment.drug = QString::fromUtf8(c.drug);
        treatment.dosage = QString::fromUtf8(c.dosage);
        treatment.since = condition.since;
        if (auto saved = history.saveTreatment(session, treatment); !saved)
            return std::unexpected(saved.error());
    }
    if (age > 20 && next(state, 5) == 0) {
        Condition operation;
        operation.patientId = id;
        operation.category = Condition::Category::Surgical;
        operation.label = pick(Operations, state);
        operation.since = QString::number(
            patient.birthDate.year() + 10 +
            static_cast<int>(next(state, static_cast<quint32>(std::max(1, age - 10)))));
        if (auto saved = history.saveCondition(session, operation); !saved)
            return std::unexpected(saved.error());
    }
    if (next(state, 6) == 0) {
        const Reaction &r = Allergies[next(state, static_cast<quint32>(std::size(Allergies)))];
        Allergy allergy;
        allergy.patientId = id;
        allergy.kind = r.intolerance ? Allergy::Kind::Intolerance : Allergy::Kind::Allergy;
        allergy.substance = QString::fromUtf8(r.substance);
        allergy.reaction = QString::fromUtf8(r.reaction);
        if (auto saved = PatientAllergies(vault).add(session, allergy); !saved)
            return std::unexpected(saved.error());
    } else if (age % 3 != 0) {
        // Most files were asked; the others show the question still to ask.
        if (auto saved = PatientAllergies(vault).recordNoneKnown(session, id); !saved)
            return std::unexpected(saved.error());
    }
    // Vital signs from earlier visits: one to four, months apart, weight drifting a little.
    {
        const int visits = 1 + static_cast<int>(next(state, 4));
        const double adultHeight =
            patient.sex == QLatin1Char('F') ? 158 + next(state, 16) : 168 + next(state, 18);
        const double spread = static_cast<double>(next(state, 25));
        const int pressureSpread = static_cast<int>(next(state, 30));
        // Children get a child's size and blood pressure (roughly the growth charts' middle and
        // the paediatric tables' usual values), never an adult's.
        const double height = age >= 18   ? adultHeight
                              : age >= 13 ? std::min(adultHeight, 153.0 + 4 * (age - 13))
                              : age >= 1  ? 75.0 + 6.5 * (age - 1)
                                          : 65.0;
        const double weight = age >= 18   ? height - 100 + spread - 8
                              : age >= 10 ? 29 + 4.5 * (age - 10) + spread / 5
                              : age >= 1  ? 9 + 2 * age + spread / 8
                                          : 7 + spread / 10;
        const int systolic = age >= 18 ? 115 + pressureSpread + std::max(0, age - 40) / 2
                                       : 90 + 2 * age + pressureSpread / 3;
        const QDateTime now = vault.clock().now();
        const Status written = vault.write(session.actor(), [&](RecordWriter &w) -> Status {
            for (int v = visits; v >= 1; --v) {
                VitalRecord r;
                r.patientId = id;
                r.measuredBy = session.userId;
                r.measuredAt = now.addDays(-v * 120 - static_cast<int>(next(state, 30)))
                                   .addSecs(-static_cast<int>(next(state, 36000)));
                r.lateReason = QStringLiteral("reprise du dossier papier");
                r.kind = VitalKind::Weight;
                r.value = std::round((weight + v * 0.7) * 10) / 10;
                if (auto saved = PatientVitals::insertImported(w, r); !saved)
                    return std::unexpected(saved.error());
                if (v == visits && age >= 18) {
                    r.kind = VitalKind::Height;
                    r.value = height;
                    if (auto saved = PatientVitals::insertImported(w, r); !saved)
                        return std::unexpected(saved.error());
                }
                r.kind = VitalKind::BloodPressure;
                r.value = systolic - v;
                r.value2 = std::round(r.value * 0.6);
                r.arm = BloodPressure::Arm::Left;
                r.measuredAt = r.measuredAt.addSecs(60);
                if (auto saved = PatientVitals::insertImported(w, r); !saved)
                    return std::unexpected(saved.error());
            }
            return {};
        });
        if (!written)
            return written;
    }
    if (next(state, 2) == 0) {
        PatientDetails details(vault);
        auto record = details.load(session, id);
        if (!record)
            return std::unexpected(record.error());
        if (session.roles.testFlag(Role::Physician))
            record->referring.userId = session.userId;
        const bool farmer = next(state, 5) == 0;
        record->coverage = {farmer ? QStringLiteral("02") : QStringLiteral("01"),
                            farmer ? QStringLiteral("MSA Dordogne-Lot-et-Garonne")
                                   : QStringLiteral("CPAM de la Dordogne"),
                            next(state, 4) == 0 ? QStringLiteral("CSS")
                                                : QStringLiteral("Harmonie Mutuelle"),
                            {}};
        record->dataSharing = Consent::Given;
        if (auto saved = details.update(session, *record); !saved)
            return saved;
    }
    return {};
}

// Today's morning at the desk: a few consultations prepared and ready for the GP, one with a
// blood pressure that needs to be seen today, so that "To review" has something to show.
Status DemoPractice::prepareToday(Vault &vault, const Session &session, quint32 &state)
{
    PatientRegistry registry(vault);
    auto hits = registry.search(session, QStringLiteral("b"), 6);
    if (!hits)
        return std::unexpected(hits.error());
    static const char *const Reasons[] = {"Renouvellement traitement", "Fièvre depuis hier",
                                          "Certificat de sport",       "Suivi tension",
                                          "Douleur lombaire",          "Vaccin grippe"};
    PreparedConsultations consultations(vault);
    PatientVitals vitals(vault);
    const QDate today = vault.clock().today();
    const auto isAdult = [&](qsizetype i) {
        return VitalAlertRules::ageInMonths(hits->at(i).birthDate, today) >= 18 * 12;
    };
    // The blood pressure to see today is an adult's: a child's is never read on adult thresholds.
    qsizetype severe = -1;
    for (qsizetype i = 0; i < hits->size() && severe < 3; ++i) {
        if (isAdult(i))
            severe = i;
    }
    for (qsizetype i = 0; i < hits->size(); ++i) {
        auto id = consultations.start(
            session, hits->at(i).id, session.userId,
            QString::fromUtf8(Reasons[static_cast<std::size_t>(i) % std::size(Reasons)]));
        if (!id)
            return std::unexpected(id.error());
        VitalEntry entry;
        entry.patientId = hits->at(i).id;
        entry.consultationId = *id;
        const int years = VitalAlertRules::ageInMonths(hits->at(i).birthDate, today) / 12;
        const int drawn = static_cast<int>(next(state, 25));
        const int systolic = i == severe  ? 186
                             : isAdult(i) ? 120 + drawn
                                          : 90 + 2 * years + drawn / 3;
        entry.pressures = {{QString::number(systolic + 6), QString::number(systolic / 2 + 20)},
                           {QString::number(systolic), QString::number(systolic / 2 + 18)}};
        const int pulse = static_cast<int>(next(state, 30));
        int childPulse = 0;
        for (const VitalAlertRules::ChildRange &band : VitalAlertRules::childRanges()) {
            if (years * 12 < band.untilMonths) {
                childPulse = (band.heartMin + band.heartMax) / 2 - 5 + pulse / 3;
                break;
            }
        }
        entry.typed.insert(VitalKind::HeartRate,
                           QString::number(isAdult(i) ? 62 + pulse : childPulse));
        if (i == 1)
            entry.typed.insert(VitalKind::Temperature, QStringLiteral("38,6"));
        if (auto saved = vitals.record(session, entry); !saved)
            return std::unexpected(saved.error());
        auto consultation = consultations.load(session, *id);
        if (!consultation)
            return std::unexpected(consultation.error());
        consultation->checklist = {{QStringLiteral("identity"), true},
                                   {QStringLiteral("allergies"), true},
                                   {QStringLiteral("vitals"), true}};
        if (auto saved = consultations.save(session, *consultation); !saved)
            return saved;
        // The last one is still being prepared, as at any time of the morning.
        if (i + 1 < hits->size()) {
            if (auto ready = consultations.markReady(session, *id); !ready)
                return ready;
        }
    }
    return {};
}

namespace {

// A line for the demo: from the drug database when it was imported (the first drug the search
// finds), else by its DCI alone, as a prescriber may write it.
PrescriptionLine demoLine(const DrugSearch &search, const Session &session, const char *dci,
                          const char *strength, const char *form)
{
    PrescriptionLine line;
    const QString typed = QString::fromUtf8(dci) + QLatin1Char(' ') + QString::fromUtf8(strength);
    if (auto found = search.find(session, typed, 1); found && !found->isEmpty()) {
        line = PrescriptionLine::fromChoice(found->first());
    } else {
        line.dci = QString::fromUtf8(dci);
        line.strength = QString::fromUtf8(strength);
        line.form = QString::fromUtf8(form);
        line.route = QStringLiteral("orale");
        line.posology.unit = Posology::unitFor(line.form);
    }
    return line;
}

} // namespace

Status DemoPractice::preparePrescriptions(Vault &vault, const Session &physician,
                                          const Session &assistant)
{
    Prescriptions prescriptions(vault);
    const DrugSearch search(vault);
    const auto daily = [](PrescriptionLine line, QList<Posology::Intake> intakes, int months) {
        line.posology.rhythm = Posology::Rhythm::AtMoments;
        line.posology.intakes = std::move(intakes);
        line.posology.duration = Posology::Duration{months, Posology::DurationUnit::Months};
        return line;
    };
    using M = Posology::Moment;
    const PrescriptionLine amlodipine =
        daily(demoLine(search, assistant, "AMLODIPINE", "5 mg", "gélule"), {{M::Morning, 1}}, 3);
    PrescriptionLine metformin =
        daily(demoLine(search, assistant, "METFORMINE", "1000 mg", "comprimé pelliculé"),
              {{M::Morning, 1}, {M::Evening, 1}}, 3);
    metformin.ald = true;
    metformin.posology.instructions = QStringLiteral("au cours du repas");
    PrescriptionLine paracetamol = demoLine(search, assistant, "PARACÉTAMOL", "1 g", "comprimé");
    paracetamol.posology.rhythm = Posology::Rhythm::AsNeeded;
    paracetamol.posology.dose = 1;
    paracetamol.posology.maxPerDay = 3;
    paracetamol.posology.duration = Posology::Duration{5, Posology::DurationUnit::Days};

    // Today's files: a renewal and a fever, drafted by the assistant for the GP to sign.
    auto today = PreparedConsultations(vault).reviewList(physician, vault.clock().today(), true);
    if (!today)
        return std::unexpected(today.error());
    for (const PreparedConsultation &c : std::as_const(*today)) {
        Prescription draft;
        draft.patientId = c.patientId;
        draft.consultationId = c.id;
        if (c.reason.startsWith(QStringLiteral("Renouvellement")))
            draft.lines = {amlodipine, metformin};
        else if (c.reason.startsWith(QStringLiteral("Fièvre")))
            draft.lines = {paracetamol};
        else
            continue;
        if (auto saved = prescriptions.saveDraft(assistant, draft); !saved)
            return std::unexpected(saved.error());
    }

    // Two files with a signed prescription, the first printed already.
    auto others = PatientRegistry(vault).search(physician, QStringLiteral("m"), 2);
    if (!others)
        return std::unexpected(others.error());
    for (qsizetype i = 0; i < others->size(); ++i) {
        Prescription p;
        p.patientId = others->at(i).id;
        p.lines = {i == 0 ? amlodipine : paracetamol};
        auto id = prescriptions.saveDraft(physician, p);
        if (!id)
            return std::unexpected(id.error());
        // The demo's own alerts (an allergy drawn at random) are acknowledged as a GP would.
        Prescriptions::SignOff signOff{QLatin1String(Password), {}, true};
        if (auto checked = PrescriptionChecks(vault).check(physician, p))
            for (const DrugAlert &alert : std::as_const(checked->alerts))
                signOff.reasons.insert(alert.key,
                                       QStringLiteral("Traitement ancien, bien toléré (démo)"));
        if (auto signedNow = prescriptions.sign(physician, *id, signOff); !signedNow)
            return signedNow;
        if (i == 0)
            if (auto printed = prescriptions.markPrinted(physician, *id); !printed)
                return printed;
    }
    return {};
}

Status DemoPractice::prepareAgenda(Vault &vault, const Session &admin, const Session &assistant,
                                   const QStringList &patients, quint32 &state)
{
    if (patients.isEmpty())
        return {};
    Schedules schedules(vault);
    struct TypeSeed
    {
        const char *code;
        const char *label;
        int minutes;
        const char *colour;
    };
    static const TypeSeed Types[] = {
        {"C", "Consultation", 15, "#4a90d9"},     {"L", "Consultation longue", 30, "#7b61c4"},
        {"NP", "Nouveau patient", 30, "#e08a2e"}, {"SNP", "Soins non programmés", 15, "#d9534f"},
        {"PS", "Pansement", 15, "#3aa67a"},
    };
    for (const TypeSeed &t : Types) {
        if (auto saved = schedules.saveType(admin, {QString(), QLatin1String(t.code),
                                                    QString::fromUtf8(t.label), t.minutes,
                                                    QLatin1String(t.colour)});
            !saved)
            return std::unexpected(saved.error());
    }
    UserAccount second;
    second.login = QStringLiteral("medecin2");
    second.displayName = QStringLiteral("Dr Julien Lefèvre");
    second.roles = Role::Physician;
    second.rpps = QStringLiteral("10003123469");
    second.specialty = QStringLiteral("Médecine générale");
    second.email = QStringLiteral("julien.lefevre@tilleuls-sante.example");
    auto secondId = UserAccounts(vault).create(admin, second, QLatin1String(Password));
    if (!secondId)
        return std::unexpected(secondId.error());

    // Dr Martin: weekdays 08:30–12:00 and 14:00–19:00, unscheduled care 08:30–09:30, new
    // patients on Thursday at 14:00, Wednesday afternoons off, Saturday mornings every other
    // week. Dr Lefèvre: four days, unscheduled care at the end of the afternoon.
    Schedule martin;
    martin.practitionerId = admin.userId;
    for (int day = 1; day <= 5; ++day) {
        martin.hours.append({day, QTime(8, 30), QTime(9, 30), Weeks::Every, {}, true});
        martin.hours.append({day, QTime(9, 30), QTime(12, 0)});
        if (day == 4) {
            martin.hours.append(
                {day, QTime(14, 0), QTime(15, 0), Weeks::Every, {QStringLiteral("NP")}});
            martin.hours.append({day, QTime(15, 0), QTime(19, 0)});
        } else if (day != 3) {
            martin.hours.append({day, QTime(14, 0), QTime(19, 0)});
        }
    }
    martin.hours.append({6, QTime(9, 0), QTime(12, 0), Weeks::Even});
    martin.breaks.append({2, QTime(16, 0), QTime(16, 30)});
    Schedule lefevre;
    lefevre.practitionerId = *secondId;
    for (int day : {1, 2, 4, 5}) {
        lefevre.hours.append({day, QTime(9, 0), QTime(12, 30)});
        lefevre.hours.append({day, QTime(15, 0), QTime(17, 30)});
        lefevre.hours.append({day, QTime(17, 30), QTime(19, 0), Weeks::Every, {}, true});
    }
    const Session lefevreSession{*secondId, second.login, second.displayName, second.roles};
    for (const auto &[week, owner] :
         {std::pair{martin, admin}, std::pair{lefevre, lefevreSession}}) {
        if (auto saved = schedules.save(owner, week); !saved)
            return saved;
    }

    Agenda agenda(vault);
    const QDateTime now = vault.clock().now();
    const QDate today = PracticeTime::toLocal(now).date();
    const auto patient = [&] {
        return patients.at(
            static_cast<qsizetype>(next(state, static_cast<quint32>(patients.size()))));
    };
    const auto book = [&](const QString &practitioner, const QDateTime &start, const char *type,
                          int minutes, const QString &overbook = QString()) {
        Appointment a;
        a.practitionerId = practitioner;
        a.patientId = patient();
        a.type = QLatin1String(type);
        a.start = start;
        a.end = start.addSecs(qint64(minutes) * 60);
        return agenda.book(assistant, a, overbook);
    };
    // A weekly dressing for four weeks, and a fortnightly follow-up: series first, so that
    // their times are theirs.
    for (const auto &[practitioner, day, hour, weeks, type] :
         {std::tuple{*secondId, 2, 9, 1, "PS"}, std::tuple{admin.userId, 5, 10, 2, "L"}}) {
        QDate first = today.addDays(1);
        while (first.dayOfWeek() != day)
            first = first.addDays(1);
        Appointment a;
        a.practitionerId = practitioner;
        a.patientId = patient();
        a.type = QLatin1String(type);
        a.start = *PracticeTime::toUtc(first, QTime(hour, 0));
        a.end = a.start.addSecs(qint64(QLatin1String(type) == QLatin1String("PS") ? 15 : 30) * 60);
        if (auto series = agenda.bookSeries(assistant, a, weeks, 4); !series)
            return std::unexpected(series.error());
    }
    // Three weeks around today, fuller near today; as many bookings as the patients allow.
    int budget = static_cast<int>(std::min<qsizetype>(patients.size() * 3, 900));
    QStringList past;
    for (int offset = -6; offset <= 14 && budget > 0; ++offset) {
        const QDate day = today.addDays(offset);
        const int fill = offset <= 2 ? 80 : std::max(25, 80 - 5 * offset);
        for (const Schedule &week : {martin, lefevre}) {
            for (const OpeningHours &range : week.hoursOn(day)) {
                if (PublicHolidays::isHoliday(day, PublicHolidays::Region::France))
                    continue;
                for (QTime at = range.start; at < range.end && budget > 0;) {
                    // Unscheduled care is booked on the day: past days and this morning.
                    const bool skip =
                        (range.unscheduledCare && offset > 0) || int(next(state, 100)) >= fill;
                    const quint32 draw = next(state, 100);
                    const char *type = range.unscheduledCare    ? "SNP"
                                       : !range.types.isEmpty() ? "NP"
                                       : draw < 80              ? "C"
                                                                : "L";
                    const int minutes = QLatin1String(type) == QLatin1String("L") ||
                                                QLatin1String(type) == QLatin1String("NP")
                                            ? 30
                                            : 15;
                    // Never into a break, nor past the end of the hours.
                    const bool fits =
                        at.addSecs(minutes * 60) <= range.end &&
                        ScheduleRules::availability(week, PublicHolidays::Region::France, day, at,
                                                    minutes) != Availability::Break;
                    if (!skip && fits) {
                        const auto start = PracticeTime::toUtc(day, at);
                        if (start && start->addSecs(qint64(minutes) * 60) <= now.addDays(30)) {
                            // A conflict (the patient already booked elsewhere then) is left.
                            if (auto id = book(week.practitionerId, *start, type, minutes)) {
                                --budget;
                                if (*start < now)
                                    past.append(*id);
                            }
                        }
                    }
                    at = at.addSecs((skip ? 15 : minutes) * 60);
                }
            }
        }
    }
    // A few not honoured, a few excused; one overbooked emergency tomorrow morning.
    for (qsizetype i = 0; i < past.size(); ++i) {
        const quint32 draw = next(state, 100);
        if (draw < 4) {
            if (auto missed = agenda.markNoShow(assistant, past.at(i)); !missed)
                return missed;
        } else if (draw < 8) {
            if (auto excused =
                    agenda.cancel(assistant, past.at(i), Appointment::CancelledBy::Patient,
                                  QStringLiteral("Malade, a prévenu la veille"));
                !excused)
                return excused;
        }
    }
    QDate tomorrow = today.addDays(1);
    while (tomorrow.dayOfWeek() > 5 ||
           PublicHolidays::isHoliday(tomorrow, PublicHolidays::Region::France))
        tomorrow = tomorrow.addDays(1);
    const QDateTime emergency = *PracticeTime::toUtc(tomorrow, QTime(10, 0));
    if (auto forced = book(admin.userId, emergency, "C", 15,
                           QStringLiteral("Urgence : douleur thoracique, vu entre deux"));
        !forced)
        return std::unexpected(forced.error());
    return prepareWaitingRoom(vault, assistant, state);
}

Status DemoPractice::prepareWaitingRoom(Vault &vault, const Session &assistant, quint32 &state)
{
    // This morning as the desk lived it: those whose time is past came (a few minutes early or
    // late), waited, went in and left; the last ones are still waiting or in consultation; one
    // did not come.
    WaitingRoom room(vault);
    auto rows = room.today(assistant);
    if (!rows)
        return std::unexpected(rows.error());
    const QDateTime now = vault.clock().now();
    QList<WaitingRoomRow> past;
    for (const WaitingRoomRow &row : std::as_const(*rows)) {
        if (row.status == WaitingRoomRow::Status::Expected && row.expectedAt < now)
            past.append(row);
    }
    for (qsizetype i = 0; i < past.size(); ++i) {
        const WaitingRoomRow &row = past.at(i);
        const qsizetype left = past.size() - i;
        if (left == 4)
            continue; // did not come (yet)
        const QDateTime arrived = std::min(
            now, row.expectedAt.addSecs(qint64{60} * (static_cast<int>(next(state, 15)) - 8)));
        auto visit = room.checkIn(assistant, row.appointmentId, arrived);
        if (!visit)
            return std::unexpected(visit.error());
        if (left <= 2)
            continue; // still in the waiting room
        const QDateTime seen =
            std::min(now, std::max(arrived, row.expectedAt).addSecs(qint64{60} * next(state, 20)));
        if (auto in = room.advance(assistant, *visit, Visit::State::InConsultation, seen); !in)
            return in;
        if (left == 3)
            continue; // with the doctor now
        const QDateTime done = std::min(now, seen.addSecs(qint64{60} * (12 + next(state, 10))));
        if (auto out = room.advance(assistant, *visit, Visit::State::Done, done); !out)
            return out;
    }
    return {};
}

bool DemoPractice::isDemo(const Vault &vault)
{
    return vault.localSetting(QStringLiteral("demo")) == QLatin1String("1");
}

Status DemoPractice::populate(Vault &vault, int patients, quint32 seed, const Progress &progress,
                              const QString &bdpmFolder)
{
    if (patients < 0)
        return fail(ErrorCode::InvalidInput, tr("The number of patients cannot be negative."));
    if (auto marked = vault.setLocalSetting(QStringLiteral("demo"), QStringLiteral("1")); !marked)
        return marked;

    // Data, not interface text: the demo practice is French whatever the interface language.
    PracticeDetails practice;
    practice.name = QStringLiteral("Maison de santé des Tilleuls (démo)");
    practice.address = QStringLiteral("12 rue des Écoles, 24200 Sarlat-la-Canéda");
    practice.phone = QStringLiteral("+33553000000");
    UserAccount doctor;
    doctor.login = QStringLiteral("medecin");
    doctor.displayName = QStringLiteral("Dr Claire Martin");
    doctor.roles = Role::Physician | Role::Admin;
    doctor.rpps = QStringLiteral("10003123451");
    doctor.specialty = QStringLiteral("Médecine générale");
    doctor.phone = practice.phone;
    doctor.email = QStringLiteral("claire.martin@tilleuls-sante.example");
    auto admin = PracticeSettings(vault).setUp(practice, doctor, QLatin1String(Password));
    if (!admin)
        return std::unexpected(admin.error());
    UserAccount assistant;
    assistant.login = QStringLiteral("assistante");
    assistant.displayName = QStringLiteral("Amel Benali");
    assistant.roles = Role::Assistant;
    auto assistantId = UserAccounts(vault).create(*admin, assistant, QLatin1String(Password));
    if (!assistantId)
        return std::unexpected(assistantId.error());
    const Session desk{*assistantId, assistant.login, assistant.displayName, assistant.roles};

    if (!bdpmFolder.isEmpty()) {
        if (auto imported = DrugSubstances(vault).importFrom(*admin, bdpmFolder); !imported)
            return std::unexpected(imported.error());
    }

    PatientRegistry registry(vault);
    quint32 state = seed == 0 ? 1 : seed;
    constexpr int Batch = 500;
    QStringList everyone;
    for (int done = 0; done < patients; done += Batch) {
        const int size = std::min(Batch, patients - done);
        QList<PatientIdentity> batch;
        batch.reserve(size);
        for (int i = 0; i < size; ++i)
            batch.append(makePatient(state));
        auto written = registry.createBatch(*admin, batch);
        if (!written)
            return std::unexpected(written.error());
        everyone.append(*written);
        for (qsizetype i = 0; i < written->size(); ++i) {
            if (auto filled = fillFile(vault, *admin, written->at(i), batch.at(i), state); !filled)
                return filled;
        }
        if (progress)
            progress(done + size, patients);
    }
    if (auto prepared = prepareToday(vault, *admin, state); !prepared)
        return prepared;
    if (auto prescribed = preparePrescriptions(vault, *admin, desk); !prescribed)
        return prescribed;
    if (auto booked = prepareAgenda(vault, *admin, desk, everyone, state); !booked)
        return booked;
    qCInfo(lcDemo) << "demo practice written:" << patients << "patients";
    return {};
}

} // namespace relais
