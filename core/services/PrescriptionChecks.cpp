#include "PrescriptionChecks.h"

#include "DrugInteractions.h"
#include "DrugSubstances.h"
#include "PracticeSettings.h"
#include "repositories/DrugRepository.h"
#include "repositories/InteractionRepository.h"
#include "repositories/PatientFileRepository.h"
#include "security/AccessPolicy.h"
#include "storage/Vault.h"
#include "util/SearchKey.h"

namespace relais {

PrescriptionChecks::PrescriptionChecks(Vault &vault)
    : m_vault(vault)
{}

QStringList PrescriptionChecks::substancesOf(const QString &cis, const QStringList &known,
                                             const QString &name) const
{
    if (!known.isEmpty())
        return known;
    const DrugRepository drugs(m_vault);
    QString specialty = cis;
    if (specialty.isEmpty())
        specialty = drugs.specialtyWithKey(searchKey(name)).value_or(QString());
    if (!specialty.isEmpty())
        if (auto codes = drugs.substancesOf({specialty}); codes && codes->contains(specialty))
            return codes->value(specialty);
    // "METFORMINE 1000 mg, comprimé", typed in a treatment: the longest run of leading words
    // that names a substance.
    const DrugSubstances substances(m_vault);
    QStringList words = searchKey(name).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    while (!words.isEmpty()) {
        if (const QString code = substances.codeFor(words.join(QLatin1Char(' '))); !code.isEmpty())
            return {code};
        words.removeLast();
    }
    return {};
}

Result<PrescriptionChecks::Outcome>
PrescriptionChecks::check(const Session &session, const Prescription &prescription) const
{
    const int maxAgeMonths = PracticeSettings(m_vault).drugDataMaxAgeMonths();
    if (auto allowed = AccessPolicy::require(session, Permission::DraftPrescription); !allowed)
        return std::unexpected(allowed.error());
    Outcome outcome;
    const QDateTime oldest = m_vault.clock().now().addMonths(-maxAgeMonths);
    const std::optional<DrugRelease> drugs = DrugSubstances(m_vault).release();
    if (!drugs)
        outcome.dataWarnings.append(tr("The drug database is not imported on this workstation: "
                                       "nothing was checked."));
    else if (drugs->importedAt < oldest)
        outcome.dataWarnings.append(
            tr("The drug database was imported on %1, more than %n month(s) ago: import the "
               "current one.",
               nullptr, maxAgeMonths)
                .arg(drugs->importedAt.date().toString(Qt::ISODate)));
    const std::optional<InteractionRelease> thesaurus = DrugInteractions(m_vault).release();
    if (!thesaurus)
        outcome.dataWarnings.append(tr("The interaction thesaurus is not imported on this "
                                       "workstation: interactions were not checked."));
    else if (thesaurus->importedAt < oldest)
        outcome.dataWarnings.append(
            tr("The interaction thesaurus was imported on %1, more than %n month(s) ago: "
               "import the current one.",
               nullptr, maxAgeMonths)
                .arg(thesaurus->importedAt.date().toString(Qt::ISODate)));

    QList<CheckedDrug> checked;
    for (qsizetype i = 0; i < prescription.lines.size(); ++i) {
        const PrescriptionLine &line = prescription.lines.at(i);
        const QString name = QString(line.dci + QLatin1Char(' ') + line.strength).trimmed();
        checked.append(
            {name, static_cast<int>(i), substancesOf(line.cis, line.substanceCodes, line.dci)});
    }
    const PatientFileRepository file(m_vault);
    auto treatments = file.treatments(prescription.patientId);
    if (!treatments)
        return std::unexpected(treatments.error());
    for (const Treatment &t : std::as_const(*treatments))
        if (t.isCurrent())
            checked.append({t.drug, -1, substancesOf(t.cis, {}, t.drug)});
    auto allergies = file.allergies(prescription.patientId);
    if (!allergies)
        return std::unexpected(allergies.error());

    QStringList codes;
    for (const CheckedDrug &d : std::as_const(checked)) {
        codes += d.substanceCodes;
        if (d.substanceCodes.isEmpty())
            outcome.unchecked.append(d.name);
    }
    for (const Allergy &a : std::as_const(*allergies))
        if (!a.substanceCode.isEmpty())
            codes.append(a.substanceCode);
    codes.removeDuplicates();
    const InteractionRepository thesaurusRows(m_vault);
    auto protagonists = thesaurusRows.protagonistsOf(codes);
    if (!protagonists)
        return std::unexpected(protagonists.error());
    QStringList keys;
    for (CheckedDrug &d : checked)
        for (const QString &code : std::as_const(d.substanceCodes))
            for (const QString &key : protagonists->value(code))
                if (!d.protagonists.contains(key)) {
                    d.protagonists.append(key);
                    keys.append(key);
                }
    QList<CheckedAllergy> known;
    for (const Allergy &a : std::as_const(*allergies)) {
        if (a.substanceCode.isEmpty())
            continue;
        // The allergy's molecule only (not its classes: they are interaction classes).
        const QStringList of = protagonists->value(a.substanceCode);
        known.append({a.substance, a.substanceCode, of.isEmpty() ? QStringList{} : of.mid(0, 1)});
    }
    keys.removeDuplicates();
    auto interactions = thesaurusRows.among(keys);
    if (!interactions)
        return std::unexpected(interactions.error());
    outcome.alerts = PrescriptionCheck::run(checked, known, *interactions);
    return outcome;
}

} // namespace relais
