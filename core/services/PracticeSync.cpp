#include "PracticeSync.h"

#include "security/AccessPolicy.h"
#include "services/PatientMerger.h"
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

Status PracticeSync::join(Vault &vault, const QString &hub, const QString &password,
                          const QString &code, const Invitation::Waiting &waiting)
{
    return Synchronizer(vault, Actor::system()).join(hub, password, code, waiting);
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
