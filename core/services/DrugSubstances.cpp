#include "DrugSubstances.h"

#include "security/AccessPolicy.h"
#include "storage/Connection.h"
#include "storage/Vault.h"
#include "util/EditDistance.h"
#include "util/SearchKey.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>

namespace relais {

Q_LOGGING_CATEGORY(lcSubstances, "relais.services.substances")

namespace {

constexpr auto SourceSetting = "drug_substances_source";
constexpr auto ImportedAtSetting = "drug_substances_imported_at";

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
    auto read = BdpmSubstances::read(file);
    if (!read)
        return std::unexpected(read.error());
    if (read->substances.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    tr("%1 holds no substance: is it the BDPM composition file (%2)?")
                        .arg(file, QLatin1String(BdpmSubstances::FileName)));
    if (mode == Import::Checked) {
        const int inUse = count();
        if (auto plausible = BdpmSubstances::plausible(*read, inUse); !plausible)
            return fail(
                ErrorCode::Implausible,
                inUse > 0
                    ? tr("%1 The drug database in use was kept.").arg(plausible.error().message)
                    : plausible.error().message);
    }

    ImportSummary summary;
    summary.skipped = read->skipped;
    summary.names = static_cast<int>(read->substances.size());
    QSet<QString> codes;
    const Status written = m_vault.write(session.actor(), [&](RecordWriter &writer) -> Status {
        QSqlDatabase db = m_vault.database();
        QSqlQuery clear(db);
        if (!clear.exec(QStringLiteral("DELETE FROM drug_substance")))
            return std::unexpected(
                sqlError(tr("Replacing the substances failed"), clear.lastError()));
        QSqlQuery insert(db);
        insert.prepare(
            QStringLiteral("INSERT INTO drug_substance (code, name, search_key) VALUES (?, ?, ?)"));
        for (const DrugSubstance &s : std::as_const(read->substances)) {
            insert.addBindValue(s.code);
            insert.addBindValue(s.name);
            insert.addBindValue(searchKey(s.name));
            if (!insert.exec())
                return std::unexpected(
                    sqlError(tr("Saving the substances failed"), insert.lastError()));
            codes.insert(s.code);
        }
        writer.touched(QStringLiteral("drug_substance"));
        if (auto kept = m_vault.setLocalSetting(QLatin1String(SourceSetting),
                                                QFileInfo(file).absoluteFilePath());
            !kept)
            return kept;
        if (auto kept = m_vault.setLocalSetting(QLatin1String(ImportedAtSetting),
                                                m_vault.clock().now().toString(Qt::ISODate));
            !kept)
            return kept;
        // Allergies typed before the database was here get their link now, as if typed today.
        auto unlinked = runQuery(db,
                                 QStringLiteral("SELECT id, substance FROM patient_allergy WHERE "
                                                "substance_code = '' AND deleted = 0"),
                                 {}, tr("Reading the allergies failed"));
        if (!unlinked)
            return std::unexpected(unlinked.error());
        QList<std::pair<QString, QString>> toLink;
        while (unlinked->next()) {
            const QString code = codeFor(unlinked->value(1).toString());
            if (!code.isEmpty())
                toLink.append({unlinked->value(0).toString(), code});
        }
        for (const auto &[allergy, code] : std::as_const(toLink)) {
            if (auto linked = writer.update(QStringLiteral("patient_allergy"), allergy,
                                            {{QStringLiteral("substance_code"), code}});
                !linked)
                return linked;
        }
        summary.allergiesLinked = static_cast<int>(toLink.size());
        return writer.logEvent(mode == Import::Forced ? QStringLiteral("import-forced")
                                                      : QStringLiteral("import"),
                               QStringLiteral("drug_substance"), {});
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
    // LIKE's own wildcards cannot come from a search key: it holds letters, digits and spaces.
    auto query = runQuery(m_vault.database(),
                          QStringLiteral("SELECT code, name, search_key LIKE ? AS starts "
                                         "FROM drug_substance "
                                         "WHERE search_key LIKE ? OR search_key LIKE ? "
                                         "ORDER BY starts DESC, length(name), name"),
                          {QString(key + QLatin1Char('%')), QString(key + QLatin1Char('%')),
                           QString(QStringLiteral("% ") + key + QLatin1Char('%'))},
                          tr("Searching the substances failed"));
    if (!query)
        return std::unexpected(query.error());
    QList<DrugSubstance> found;
    QSet<QString> codes;
    while (query->next() && found.size() < limit) {
        const QString code = query->value(0).toString();
        if (codes.contains(code))
            continue;
        codes.insert(code);
        found.append(DrugSubstance{code, query->value(1).toString()});
    }
    return found;
}

QString DrugSubstances::codeFor(const QString &name) const
{
    const QString key = searchKey(name);
    if (key.isEmpty())
        return {};
    auto query =
        runQuery(m_vault.database(),
                 QStringLiteral("SELECT min(code) FROM drug_substance WHERE search_key = ?"), {key},
                 tr("Searching the substances failed"));
    return query && query->next() ? query->value(0).toString() : QString();
}

std::optional<DrugSubstance> DrugSubstances::nearTo(const QString &typed) const
{
    const QString key = searchKey(typed);
    if (key.size() < 4 || !codeFor(typed).isEmpty())
        return std::nullopt;
    const int limit = key.size() <= 6 ? 1 : 2;
    auto query =
        runQuery(m_vault.database(),
                 QStringLiteral("SELECT code, name, search_key FROM drug_substance "
                                "WHERE length(search_key) BETWEEN ? AND ?"),
                 {key.size() - limit, key.size() + limit}, tr("Searching the substances failed"));
    std::optional<DrugSubstance> best;
    int bestDistance = limit + 1;
    while (query && query->next()) {
        const int distance =
            editDistance(key, query->value(QStringLiteral("search_key")).toString(), limit);
        // The shorter name wins a tie: the base substance before its salts.
        const QString name = query->value(QStringLiteral("name")).toString();
        if (distance < bestDistance ||
            (distance == bestDistance && best && name.size() < best->name.size())) {
            bestDistance = distance;
            best = DrugSubstance{query->value(QStringLiteral("code")).toString(), name};
        }
    }
    return best;
}

int DrugSubstances::count() const
{
    auto query = runQuery(m_vault.database(),
                          QStringLiteral("SELECT count(DISTINCT code) FROM drug_substance"), {},
                          tr("Counting the substances failed"));
    return query && query->next() ? query->value(0).toInt() : 0;
}

DrugSubstances::Origin DrugSubstances::origin() const
{
    return {
        m_vault.localSetting(QLatin1String(SourceSetting)),
        QDateTime::fromString(m_vault.localSetting(QLatin1String(ImportedAtSetting)), Qt::ISODate)};
}

} // namespace relais
