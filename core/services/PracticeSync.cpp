#include "PracticeSync.h"

#include "security/AccessPolicy.h"
#include "services/PatientMerger.h"
#include "services/PatientRegistry.h"
#include "storage/Rows.h"
#include "storage/Vault.h"
#include "sync/SyncState.h"

#include <QSqlError>
#include <QSqlQuery>

namespace relais {

PracticeSync::PracticeSync(Vault &vault)
    : m_vault(vault)
{}

Result<SyncReport> PracticeSync::sync(const std::optional<Session> &session, const QString &hub,
                                      const QString &password,
                                      const Synchronizer::Progress &progress)
{
    const bool setUp = SyncState(m_vault).isSetUp();
    if (!setUp) {
        if (!session)
            return fail(ErrorCode::Denied,
                        tr("The practice's first sync is an administrator's: give --user LOGIN."));
        if (auto allowed = AccessPolicy::require(*session, Permission::SetUpSync); !allowed)
            return std::unexpected(allowed.error());
    } else if (session) {
        if (auto allowed = AccessPolicy::require(*session, Permission::Synchronise); !allowed)
            return std::unexpected(allowed.error());
    }
    const Actor actor = session ? session->actor() : Actor::system();
    auto report = Synchronizer(m_vault, actor).run(hub, password, progress);
    if (!report || report->applied == 0)
        return report;
    if (auto found = findDuplicates(report->patientsChanged); !found)
        return std::unexpected(found.error());
    // A record made elsewhere on a file merged here (or the other way) follows the merge; the
    // move is a change of its own, sent at once.
    auto followed = PatientMerger(m_vault).followMerges(actor);
    if (!followed)
        return std::unexpected(followed.error());
    if (*followed == 0)
        return report;
    auto sent = Synchronizer(m_vault, actor).run({}, {}, progress);
    if (!sent)
        return std::unexpected(sent.error());
    report->pushed += sent->pushed;
    report->applied += sent->applied;
    report->pending = sent->pending;
    return report;
}

Result<Invitation::Made> PracticeSync::invite(const Session &session)
{
    if (auto allowed = AccessPolicy::require(session, Permission::SetUpSync); !allowed)
        return std::unexpected(allowed.error());
    return Synchronizer(m_vault, session.actor()).invite();
}

Result<int> PracticeSync::grantAnswered(const Session &session)
{
    if (auto allowed = AccessPolicy::require(session, Permission::SetUpSync); !allowed)
        return std::unexpected(allowed.error());
    return Synchronizer(m_vault, session.actor()).grantAnswered();
}

Result<SyncReport> PracticeSync::revoke(const Session &session, const QString &deviceId,
                                        const Synchronizer::Progress &progress)
{
    if (auto allowed = AccessPolicy::require(session, Permission::SetUpSync); !allowed)
        return std::unexpected(allowed.error());
    auto logins = Synchronizer(m_vault, session.actor()).revoke(deviceId);
    if (!logins)
        return std::unexpected(logins.error());
    auto report = sync(session, {}, {}, progress);
    if (report)
        report->revokedOnSharedLogin = *logins == 0;
    return report;
}

Status PracticeSync::join(Vault &vault, const QString &hub, const QString &code,
                          const Invitation::Waiting &waiting)
{
    return Synchronizer(vault, Actor::system()).join(hub, code, waiting);
}

Result<PracticeSync::State> PracticeSync::state() const
{
    SyncState sync(m_vault);
    State state;
    state.setUp = sync.isSetUp();
    state.hub = sync.hubAddress();
    state.practiceId = sync.practiceId();
    state.deviceId = m_vault.deviceId();
    state.lastSync = sync.lastSync();
    state.lastResult = sync.lastResult();
    state.clockOffsetMs = sync.clockOffsetMs();
    auto pending = sync.pendingChanges();
    if (!pending)
        return std::unexpected(pending.error());
    state.pending = *pending;
    QSqlQuery query(m_vault.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sync_kept_aside WHERE resolved = 0")) ||
        !query.next())
        return std::unexpected(sqlError(tr("Reading the sync state failed"), query.lastError()));
    state.keptAside = static_cast<int>(query.value(0).toLongLong());
    query.finish();
    if (!query.exec(QStringLiteral("SELECT device, name, revoked, updated_at FROM sync_device "
                                   "WHERE deleted = 0 ORDER BY id")))
        return std::unexpected(sqlError(tr("Reading the sync state failed"), query.lastError()));
    while (query.next()) {
        const Row row(query);
        Workstation w;
        w.deviceId = row.text("device");
        w.name = row.text("name");
        w.revoked = row.flag("revoked");
        w.thisOne = w.deviceId == m_vault.deviceId();
        if (const auto clock = HlcTimestamp::parse(row.text("updated_at")))
            w.enrolledAt = QDateTime::fromMSecsSinceEpoch(clock->wallMs, Qt::UTC);
        state.workstations.append(w);
    }
    return state;
}

Result<int> PracticeSync::findDuplicates(const QStringList &patientIds)
{
    // The registry's own rules, as at the desk; the system looks, on no one's behalf.
    static const Session Looking{QStringLiteral("system"), QString(), QString(),
                                 Role::Assistant | Role::Physician};
    const PatientRegistry registry(m_vault);
    int found = 0;
    for (const QString &id : patientIds) {
        auto identity = registry.refresh(Looking, id);
        if (!identity || !identity->mergedInto.isEmpty())
            continue;
        auto candidates = registry.duplicatesOf(*identity);
        if (!candidates)
            return std::unexpected(candidates.error());
        for (const DuplicateCandidate &c : std::as_const(*candidates)) {
            if (c.patient.id == id || c.match.score < PatientRegistry::BlockingScore)
                continue;
            QSqlQuery insert(m_vault.database());
            insert.prepare(QStringLiteral("INSERT OR IGNORE INTO sync_duplicate (first_id, "
                                          "second_id, score, found_at) VALUES (?, ?, ?, ?)"));
            insert.addBindValue(std::min(id, c.patient.id));
            insert.addBindValue(std::max(id, c.patient.id));
            insert.addBindValue(c.match.score);
            insert.addBindValue(m_vault.clock().now().toString(Qt::ISODateWithMs));
            if (!insert.exec())
                return std::unexpected(
                    sqlError(tr("Keeping a possible duplicate failed"), insert.lastError()));
            found += insert.numRowsAffected() > 0 ? 1 : 0;
        }
    }
    return found;
}

Result<QList<PracticeSync::Duplicate>> PracticeSync::duplicates(const Session &session) const
{
    if (auto allowed = AccessPolicy::require(session, Permission::ReadPatients); !allowed)
        return std::unexpected(allowed.error());
    QSqlQuery query(m_vault.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT first_id, second_id, score FROM sync_duplicate "
                                   "WHERE dismissed = 0 ORDER BY found_at")))
        return std::unexpected(
            sqlError(tr("Reading the possible duplicates failed"), query.lastError()));
    QList<std::tuple<QString, QString, int>> pairs;
    while (query.next())
        pairs.append(
            {query.value(0).toString(), query.value(1).toString(), query.value(2).toInt()});
    query.finish();
    const PatientRegistry registry(m_vault);
    QList<Duplicate> found;
    for (const auto &[first, second, score] : std::as_const(pairs)) {
        auto a = registry.refresh(session, first);
        auto b = registry.refresh(session, second);
        // Merged since, on this workstation or another: nothing left to propose.
        if (!a || !b || !a->mergedInto.isEmpty() || !b->mergedInto.isEmpty())
            continue;
        found.append({PatientHit{a->id, a->displayName(), a->birthDate, a->sex, a->status},
                      PatientHit{b->id, b->displayName(), b->birthDate, b->sex, b->status}, score});
    }
    return found;
}

Status PracticeSync::dismissDuplicate(const Session &session, const QString &firstId,
                                      const QString &secondId)
{
    if (auto allowed = AccessPolicy::require(session, Permission::MergePatients); !allowed)
        return allowed;
    QSqlQuery query(m_vault.database());
    query.prepare(QStringLiteral("UPDATE sync_duplicate SET dismissed = 1 WHERE first_id = ? AND "
                                 "second_id = ?"));
    query.addBindValue(std::min(firstId, secondId));
    query.addBindValue(std::max(firstId, secondId));
    if (!query.exec())
        return std::unexpected(
            sqlError(tr("Setting the possible duplicate aside failed"), query.lastError()));
    return {};
}

namespace {
const QString AutoSyncKey = QStringLiteral("sync.every_minutes");
} // namespace

int PracticeSync::autoSyncMinutes() const
{
    return m_vault.localSetting(AutoSyncKey).toInt();
}

Status PracticeSync::setAutoSyncMinutes(int minutes)
{
    if (minutes < 0 || minutes > 24 * 60)
        return invalid(QStringLiteral("minutes"),
                       tr("Sync every 1 to 1440 minutes, or only when asked."));
    return m_vault.setLocalSetting(AutoSyncKey, QString::number(minutes));
}

Result<QList<PracticeSync::KeptAside>> PracticeSync::keptAside() const
{
    QSqlQuery query(m_vault.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, received_at, kind, device, entity, entity_id, "
                                   "reason FROM sync_kept_aside WHERE resolved = 0 ORDER BY id")))
        return std::unexpected(
            sqlError(tr("Reading the changes kept aside failed"), query.lastError()));
    QList<KeptAside> found;
    while (query.next()) {
        const Row row(query);
        found.append({row.integer("id"),
                      QDateTime::fromString(row.text("received_at"), Qt::ISODateWithMs),
                      row.text("kind"), row.text("device"), row.text("entity"),
                      row.text("entity_id"), row.text("reason")});
    }
    return found;
}

} // namespace relais
