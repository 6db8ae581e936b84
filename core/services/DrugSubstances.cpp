#include "DrugSubstances.h"

#include "interop/BdpmRelease.h"
#include "interop/BdpmText.h"
#include "repositories/DrugRepository.h"
#include "repositories/InteractionRepository.h"
#include "repositories/PatientFileRepository.h"
#include "security/AccessPolicy.h"
#include "storage/Vault.h"
#include "util/EditDistance.h"
#include "util/SearchKey.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSet>

namespace relais {

Q_LOGGING_CATEGORY(lcSubstances, "relais.services.substances")

namespace {

constexpr auto SourceSetting = "drug_substances_source";
constexpr auto ImportedAtSetting = "drug_substances_imported_at";

// A folder holding the specialties file is a whole release; any other source is read for its
// substances only, as before there was more than the substances to import.
bool isRelease(const QString &source)
{
    return QFileInfo(source).isDir() && QFileInfo::exists(QDir(source).filePath(
                                            QLatin1String(BdpmReleaseReader::SpecialtiesFile)));
}

QString compositionFile(const QString &source)
{
    const QFileInfo info(source);
    if (info.isDir())
        return QDir(source).filePath(QLatin1String(BdpmSubstances::FileName));
    return source;
}

} // namespace

DrugSubstances::DrugSubstances(Vault &vault)
    : m_vault(vault)
{}

Result<DrugSubstances::ImportSummary> DrugSubstances::importFrom(const Session &session,
                                                                 const QString &source, Import mode)
{
    if (auto allowed = AccessPolicy::require(session, Permission::UpdateDrugDatabase); !allowed)
        return std::unexpected(allowed.error());
    const QString file = compositionFile(source);
    std::optional<BdpmRelease> whole;
    if (isRelease(source)) {
        auto release = BdpmReleaseReader::read(source);
        if (!release)
            return std::unexpected(release.error());
        whole = std::move(*release);
    }
    auto read = BdpmSubstances::read(file);
    if (!read)
        return std::unexpected(read.error());
    if (read->substances.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    tr("%1 holds no substance: is it the BDPM composition file (%2)?")
                        .arg(file, QLatin1String(BdpmSubstances::FileName)));
    if (mode == Import::Checked) {
        const int inUse = count();
        // A release cut short or full of unreadable lines is named first: it says why the
        // substances may also look few.
        Status plausible =
            whole ? BdpmText::readWhole(whole->cutShort, whole->skipped, whole->lines) : Status();
        if (plausible)
            plausible = BdpmSubstances::plausible(*read, inUse);
        if (!plausible)
            return fail(
                ErrorCode::Implausible,
                inUse > 0
                    ? tr("%1 The drug database in use was kept.").arg(plausible.error().message)
                    : plausible.error().message);
    }

    ImportSummary summary;
    summary.skipped = whole ? whole->skipped : read->skipped;
    summary.names = static_cast<int>(read->substances.size());
    QSet<QString> codes;
    const Status written = m_vault.write(session.actor(), [&](RecordWriter &writer) -> Status {
        if (Status replaced = DrugRepository(m_vault).replaceSubstances(read->substances);
            !replaced)
            return replaced;
        for (const DrugSubstance &s : std::as_const(read->substances))
            codes.insert(s.code);
        // The new names are matched to the thesaurus in use, if there is one yet.
        auto matched = InteractionRepository(m_vault).relinkSubstances();
        if (!matched)
            return std::unexpected(matched.error());
        summary.moleculesMatched = *matched;
        if (whole) {
            DrugRelease noted;
            noted.source = QFileInfo(source).absoluteFilePath();
            noted.importedAt = m_vault.clock().now();
            noted.forced = mode == Import::Forced;
            noted.specialties = static_cast<int>(whole->specialties.size());
            noted.presentations = static_cast<int>(whole->presentations.size());
            noted.compositions = static_cast<int>(whole->compositions.size());
            noted.generics = static_cast<int>(whole->generics.size());
            noted.conditions = static_cast<int>(whole->conditions.size());
            noted.substances = static_cast<int>(codes.size());
            noted.skipped = static_cast<int>(whole->skipped.size());
            if (Status replaced = DrugRepository(m_vault).replaceRelease(
                    whole->specialties, whole->presentations, whole->compositions, whole->generics,
                    whole->conditions, noted);
                !replaced)
                return replaced;
            writer.touched(QString::fromLatin1(DrugRepository::Specialties));
            summary.release = noted;
        }
        writer.touched(QString::fromLatin1(DrugRepository::Substances));
        if (auto kept = m_vault.setLocalSetting(QLatin1String(SourceSetting),
                                                QFileInfo(file).absoluteFilePath());
            !kept)
            return kept;
        if (auto kept = m_vault.setLocalSetting(QLatin1String(ImportedAtSetting),
                                                m_vault.clock().now().toString(Qt::ISODate));
            !kept)
            return kept;
        // Allergies typed before the database was here get their link now, as if typed today.
        auto unlinked = PatientFileRepository(m_vault).allergiesWithoutCode();
        if (!unlinked)
            return std::unexpected(unlinked.error());
        QList<std::pair<QString, QString>> toLink;
        for (const auto &[allergy, substance] : std::as_const(*unlinked)) {
            const QString code = codeFor(substance);
            if (!code.isEmpty())
                toLink.append({allergy, code});
        }
        for (const auto &[allergy, code] : std::as_const(toLink)) {
            if (auto linked =
                    writer.update(QString::fromLatin1(PatientFileRepository::Allergies), allergy,
                                  PatientFileRepository::substanceCodeColumns(code));
                !linked)
                return linked;
        }
        summary.allergiesLinked = static_cast<int>(toLink.size());
        return writer.logEvent(mode == Import::Forced ? QStringLiteral("import-forced")
                                                      : QStringLiteral("import"),
                               QString::fromLatin1(DrugRepository::Substances), {});
    });
    if (!written)
        return std::unexpected(written.error());
    summary.substances = static_cast<int>(codes.size());
    qCInfo(lcSubstances) << "imported" << summary.substances << "substances," << summary.names
                         << "names," << summary.skipped.size() << "lines skipped";
    return summary;
}

Result<QList<DrugSubstance>> DrugSubstances::search(const Session &session, const QString &typed,
                                                    int limit) const
{
    if (auto allowed = AccessPolicy::require(session, Permission::ReadPatients); !allowed)
        return std::unexpected(allowed.error());
    const QString key = searchKey(typed);
    if (key.isEmpty())
        return QList<DrugSubstance>{};
    auto named = DrugRepository(m_vault).startingWith(key);
    if (!named)
        return std::unexpected(named.error());
    QList<DrugSubstance> found;
    QSet<QString> codes;
    for (const DrugSubstance &substance : std::as_const(*named)) {
        if (found.size() >= limit)
            break;
        if (codes.contains(substance.code))
            continue;
        codes.insert(substance.code);
        found.append(substance);
    }
    return found;
}

QString DrugSubstances::codeFor(const QString &name) const
{
    const QString key = searchKey(name);
    if (key.isEmpty())
        return {};
    return DrugRepository(m_vault).codeWithKey(key).value_or(QString());
}

std::optional<DrugSubstance> DrugSubstances::nearTo(const QString &typed) const
{
    const QString key = searchKey(typed);
    if (key.size() < 4 || !codeFor(typed).isEmpty())
        return std::nullopt;
    const int limit = key.size() <= 6 ? 1 : 2;
    auto candidates = DrugRepository(m_vault).withKeyLength(key.size() - limit, key.size() + limit);
    if (!candidates)
        return std::nullopt;
    std::optional<DrugSubstance> best;
    int bestDistance = limit + 1;
    for (const DrugRepository::Keyed &candidate : std::as_const(*candidates)) {
        const int distance = editDistance(key, candidate.key, limit);
        // The shorter name wins a tie: the base substance before its salts.
        const QString &name = candidate.substance.name;
        if (distance < bestDistance ||
            (distance == bestDistance && best && name.size() < best->name.size())) {
            bestDistance = distance;
            best = candidate.substance;
        }
    }
    return best;
}

int DrugSubstances::count() const
{
    return DrugRepository(m_vault).distinctCodes().value_or(0);
}

std::optional<DrugRelease> DrugSubstances::release() const
{
    auto found = DrugRepository(m_vault).release();
    return found ? *found : std::nullopt;
}

DrugSubstances::Origin DrugSubstances::origin() const
{
    return {
        m_vault.localSetting(QLatin1String(SourceSetting)),
        QDateTime::fromString(m_vault.localSetting(QLatin1String(ImportedAtSetting)), Qt::ISODate)};
}

} // namespace relais
