#include "DrugInteractions.h"

#include "domain/MoleculeMatcher.h"
#include "interop/BdpmText.h"
#include "interop/InteractionThesaurus.h"
#include "repositories/InteractionRepository.h"
#include "security/AccessPolicy.h"
#include "storage/Vault.h"

#include <QFileInfo>
#include <QLoggingCategory>

namespace relais {

Q_LOGGING_CATEGORY(lcInteractions, "relais.services.interactions")

DrugInteractions::DrugInteractions(Vault &vault)
    : m_vault(vault)
{}

Status DrugInteractions::plausible(const InteractionThesaurus &thesaurus)
{
    if (Status whole = BdpmText::readWhole(thesaurus.cutShort, thesaurus.skipped, thesaurus.lines);
        !whole)
        return whole;
    if (thesaurus.interactions.size() < MinimumInteractions)
        return fail(ErrorCode::Implausible,
                    tr("%1 holds %2 interactions where every edition holds over %3: it is not "
                       "the whole thesaurus.")
                        .arg(thesaurus.interactionsFile)
                        .arg(thesaurus.interactions.size())
                        .arg(MinimumInteractions));
    if (thesaurus.memberships.isEmpty())
        return fail(ErrorCode::Implausible,
                    tr("No molecule → class table was found next to %1: without it, a drug "
                       "cannot be checked against the interactions of its class.")
                        .arg(thesaurus.interactionsFile));
    return {};
}

Result<DrugInteractions::ImportSummary>
DrugInteractions::importFrom(const Session &session, const QString &source, Import mode)
{
    if (auto allowed = AccessPolicy::require(session, Permission::UpdateDrugDatabase); !allowed)
        return std::unexpected(allowed.error());
    auto read = ThesaurusReader::read(source);
    if (!read)
        return std::unexpected(read.error());
    if (mode == Import::Checked) {
        if (Status ok = plausible(*read); !ok)
            return fail(ErrorCode::Implausible,
                        release() ? tr("%1 The thesaurus in use was kept.").arg(ok.error().message)
                                  : ok.error().message);
    }
    ImportSummary summary;
    summary.skipped = read->skipped;
    InteractionRelease &noted = summary.release;
    noted.source = QFileInfo(source).absoluteFilePath();
    noted.version = read->version;
    noted.importedAt = m_vault.clock().now();
    noted.forced = mode == Import::Forced;
    noted.interactions = static_cast<int>(read->interactions.size());
    noted.memberships = static_cast<int>(read->memberships.size());
    noted.molecules = static_cast<int>(read->molecules.size());
    noted.classes = static_cast<int>(read->classes.size());
    noted.skipped = static_cast<int>(read->skipped.size());
    const Status written = m_vault.write(session.actor(), [&](RecordWriter &writer) -> Status {
        const InteractionRepository repository(m_vault);
        if (Status replaced = repository.replaceThesaurus(read->interactions, read->memberships,
                                                          read->molecules, read->classes, noted);
            !replaced)
            return replaced;
        auto matched = repository.relinkSubstances();
        if (!matched)
            return std::unexpected(matched.error());
        summary.substancesMatched = *matched;
        writer.touched(QString::fromLatin1(InteractionRepository::Interactions));
        return writer.logEvent(mode == Import::Forced ? QStringLiteral("import-forced")
                                                      : QStringLiteral("import"),
                               QString::fromLatin1(InteractionRepository::Interactions), {});
    });
    if (!written)
        return std::unexpected(written.error());
    qCInfo(lcInteractions) << "imported" << noted.interactions << "interactions,"
                           << noted.memberships << "class lines," << summary.substancesMatched
                           << "substances matched," << noted.skipped << "lines skipped";
    return summary;
}

std::optional<InteractionRelease> DrugInteractions::release() const
{
    auto found = InteractionRepository(m_vault).release();
    return found ? *found : std::nullopt;
}

double DrugInteractions::Coverage::share() const
{
    return substances.isEmpty()
               ? 0.0
               : static_cast<double>(matched) / static_cast<double>(substances.size());
}

double DrugInteractions::Coverage::shareWithoutHomeopathy() const
{
    const qsizetype counted = substances.size() - homeopathic;
    return counted <= 0 ? 0.0 : static_cast<double>(matched) / static_cast<double>(counted);
}

Result<DrugInteractions::Coverage> DrugInteractions::coverage(const Session &session) const
{
    if (auto allowed = AccessPolicy::require(session, Permission::ReadPatients); !allowed)
        return std::unexpected(allowed.error());
    auto found = InteractionRepository(m_vault).prescribedSubstances();
    if (!found)
        return std::unexpected(found.error());
    Coverage coverage;
    coverage.substances.reserve(found->size());
    for (const InteractionRepository::SubstanceMatch &s : std::as_const(*found)) {
        SubstanceMatch match{s.code, s.name, s.specialties, s.molecule,
                             MoleculeMatcher::forms(s.name, false).isEmpty()};
        if (!match.molecule.isEmpty())
            ++coverage.matched;
        if (match.homeopathic)
            ++coverage.homeopathic;
        coverage.substances.append(std::move(match));
    }
    return coverage;
}

} // namespace relais
