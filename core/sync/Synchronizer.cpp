#include "Synchronizer.h"

#include "AuditRows.h"
#include "PracticeSnapshot.h"
#include "storage/JournalChange.h"
#include "storage/RecordWriter.h"
#include "storage/Rows.h"
#include "storage/Vault.h"
#include "sync/SyncState.h"
#include "util/SodiumBytes.h"
#include "util/Uuid7.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

namespace relais {

Q_LOGGING_CATEGORY(lcSync, "relais.sync")

namespace {

// The first byte of an envelope's message says what it holds.
constexpr char ChangeKind = 'c';
constexpr char AuditKind = 'a';
constexpr int AuditRowsPerEnvelope = 1000;

QString minutes(qint64 ms)
{
    return QString::number(static_cast<double>(std::abs(ms)) / 60000.0, 'f', 0);
}

} // namespace

QStringList SyncReport::warnings() const
{
    QStringList said;
    const bool ahead = clockOffsetMs < 0; // the hub's clock minus this one's
    if (pushRefusedForClock)
        said << (ahead ? tr("This workstation's clock is %1 minutes ahead of the hub's: the "
                            "changes made here stay here until it is set right (set the date "
                            "and time to be kept automatically). Nothing is lost.")
                       : tr("This workstation's clock is %1 minutes behind the hub's: the "
                            "changes made here stay here until it is set right (set the date "
                            "and time to be kept automatically). Nothing is lost."))
                    .arg(minutes(clockOffsetMs));
    else if (std::abs(clockOffsetMs) > Synchronizer::WarnOffsetMs)
        said << (ahead ? tr("This workstation's clock is %1 minutes ahead of the hub's: set the "
                            "date and time to be kept automatically.")
                       : tr("This workstation's clock is %1 minutes behind the hub's: set the "
                            "date and time to be kept automatically."))
                    .arg(minutes(clockOffsetMs));
    if (revokedOnSharedLogin)
        said << tr("The revoked workstation used the hub's host's login, not one of its own: it "
                   "can reach the hub until the host changes that login's password (it can no "
                   "longer read what is sealed with the new key). Tell the host now.");
    if (keptAside > 0)
        said << tr("%n change(s) kept aside, to be looked at in Synchronisation.", nullptr,
                   keptAside);
    if (refused > 0)
        said << tr("%n envelope(s) refused: they did not open or their signature did not match.",
                   nullptr, refused);
    if (held > 0)
        said << tr("%n change(s) from a workstation not enrolled yet, kept until it is.", nullptr,
                   held);
    if (!stoppedBecause.isEmpty())
        said << stoppedBecause;
    return said;
}

QString SyncReport::summary() const
{
    QString said = tr("%n change(s) sent", nullptr, pushed) + QStringLiteral(", ") +
                   tr("%n received", nullptr, applied) + QLatin1Char('.');
    if (pending > 0)
        said += QLatin1Char(' ') + tr("%n change(s) still waiting.", nullptr, pending);
    return said;
}

Synchronizer::Synchronizer(Vault &vault, const Actor &actor)
    : m_vault(vault)
    , m_actor(actor)
    , m_state(std::make_unique<SyncState>(vault))
{}

Synchronizer::~Synchronizer() = default;

namespace {

// The hub at `uri`, as its host (the password in the URI, or `password`).
Result<std::unique_ptr<Hub>> hostSession(const QString &uri, const QString &password)
{
    auto address = HubAddress::parse(uri);
    if (!address)
        return std::unexpected(address.error());
    return Hub::connect(*address, address->password.isEmpty() ? password : address->password);
}

} // namespace

Result<QStringList> Synchronizer::initHub(const QString &uri, const QString &password)
{
    auto hub = hostSession(uri, password);
    if (!hub)
        return std::unexpected(hub.error());
    return (*hub)->init();
}

Result<Hub::NewLogin> Synchronizer::addPractice(const QString &uri, const QString &password,
                                                const QString &practiceId)
{
    auto hub = hostSession(uri, password);
    if (!hub)
        return std::unexpected(hub.error());
    return (*hub)->addPractice(practiceId);
}

EnvelopeHeader Synchronizer::headerFor(const QString &envelopeId) const
{
    return EnvelopeHeader{envelopeId, m_practiceId, m_vault.deviceId(), m_epoch};
}

Result<SyncReport> Synchronizer::run(const QString &hub, const QString &password,
                                     const Progress &progress)
{
    SyncReport report;
    if (auto ok = connect(hub, password, report); !ok)
        return std::unexpected(ok.error());
    if (auto ok = measureClock(report); !ok)
        return std::unexpected(ok.error());
    if (auto ok = checkHubHistory(); !ok)
        return std::unexpected(ok.error());
    if (auto ok = m_hub->touchDevice(m_practiceId, m_vault.deviceId(), m_state->cursor()); !ok)
        return std::unexpected(ok.error());
    report.pushRefusedForClock = std::abs(report.clockOffsetMs) > RefuseOffsetMs;
    if (auto ok = push(report, progress); !ok)
        return std::unexpected(ok.error());
    // A key granted here (by this workstation's own revocation, now sent, or received before):
    // what is sent from now on is sealed with it.
    if (auto ok = adoptKeys(); !ok)
        return std::unexpected(ok.error());
    if (auto ok = pull(report, progress); !ok)
        return std::unexpected(ok.error());
    if (auto ok = letIn(report, progress); !ok)
        return std::unexpected(ok.error());
    auto pending = m_state->pendingChanges();
    report.pending = pending ? *pending : 0;
    QString result = report.summary();
    if (const QStringList said = report.warnings(); !said.isEmpty())
        result += QLatin1Char(' ') + said.join(QLatin1Char(' '));
    (void)m_state->setSetting(SyncState::LastSyncKey,
                              m_vault.clock().now().toString(Qt::ISODateWithMs));
    (void)m_state->setSetting(SyncState::LastResultKey, result);
    qCInfo(lcSync) << "sync done: pushed" << report.pushed << "received" << report.received
                   << "applied" << report.applied << "kept aside" << report.keptAside << "refused"
                   << report.refused;
    return report;
}

Status Synchronizer::connectStored()
{
    if (!m_state->isSetUp())
        return fail(ErrorCode::InvalidInput,
                    tr("This workstation does not sync yet: synchronise it with the hub once "
                       "first."));
    SyncReport unused;
    return connect({}, {}, unused);
}

Result<Invitation::Made> Synchronizer::invite()
{
    if (auto ok = connectStored(); !ok)
        return std::unexpected(ok.error());
    return Invitation::make(m_vault, *m_hub);
}

Result<int> Synchronizer::grantAnswered()
{
    if (auto ok = connectStored(); !ok)
        return std::unexpected(ok.error());
    SyncReport report;
    if (auto ok = measureClock(report); !ok)
        return std::unexpected(ok.error());
    report.pushRefusedForClock = std::abs(report.clockOffsetMs) > RefuseOffsetMs;
    if (auto ok = letIn(report, {}); !ok)
        return std::unexpected(ok.error());
    return report.enrolled;
}

Status Synchronizer::join(const QString &hub, const QString &typed,
                          const Invitation::Waiting &waiting)
{
    if (m_state->isSetUp())
        return fail(ErrorCode::AlreadyExists,
                    tr("This vault already belongs to a practice that syncs."));
    auto address = HubAddress::parse(hub);
    if (!address)
        return std::unexpected(address.error());
    auto code = Invitation::checkCode(typed);
    if (!code)
        return std::unexpected(code.error());
    // The invitation's own login, whatever user the address names: it exists only while the
    // invitation is open, so a login refused means no such invitation, or no longer.
    HubLogin login = Invitation::hubLogin(*code);
    address->user = login.role;
    auto connected =
        Hub::connect(*address, QString::fromUtf8(login.password.chars(),
                                                 static_cast<qsizetype>(login.password.size())));
    if (!connected) {
        if (connected.error().field == QLatin1String("password"))
            return invalid(QStringLiteral("code"),
                           tr("The hub has no open invitation with this code: check the code, "
                              "as shown on the inviting workstation. An invitation is valid 15 "
                              "minutes and lets one workstation in."));
        return std::unexpected(connected.error());
    }
    m_hub = std::move(*connected);
    if (auto ok = m_hub->checkSchema(); !ok)
        return ok;
    return Invitation::join(m_vault, *m_hub, *code, waiting);
}

Status Synchronizer::openHub(const HubAddress &address, const QString &password)
{
    auto connected = Hub::connect(address, password);
    if (!connected)
        return std::unexpected(connected.error());
    m_hub = std::move(*connected);
    return m_hub->checkSchema();
}

Status Synchronizer::connect(const QString &hub, const QString &password, SyncReport &report)
{
    const QString stored = m_state->hubAddress();
    const QString uri = hub.isEmpty() ? stored : hub;
    if (uri.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    tr("This workstation has no hub yet: give the hub's address "
                       "(postgresql://user@host/database)."));
    auto address = HubAddress::parse(uri);
    if (!address)
        return std::unexpected(address.error());
    QString secret = !address->password.isEmpty() ? address->password : password;
    if (secret.isEmpty() && m_state->isSetUp()) {
        if (auto kept = m_state->secret(SyncState::HubPasswordSecret); kept)
            secret = QString::fromUtf8(kept->chars(), static_cast<qsizetype>(kept->size()));
    }
    if (auto ok = openHub(*address, secret); !ok)
        return ok;
    auto login = m_hub->whoAmI();
    if (!login)
        return std::unexpected(login.error());
    if (!login->host && login->practiceId.isEmpty())
        return fail(ErrorCode::Denied,
                    tr("The hub's login %1 is no practice's, or no longer: it may have been "
                       "revoked. Ask the hub's host for a login (relais hub add-practice).")
                        .arg(address->user));
    if (m_state->isSetUp() && !login->host && login->practiceId != m_state->practiceId())
        return fail(ErrorCode::Denied,
                    tr("The hub's login %1 is another practice's: nothing was sent or received.")
                        .arg(address->user));
    if (!m_state->isSetUp()) {
        if (auto ok = setUpPractice(login->host ? QString() : login->practiceId, report); !ok)
            return ok;
    } else if (!hub.isEmpty() && address->toString() != stored) {
        if (auto ok = m_state->setSetting(SyncState::HubKey, address->toString()); !ok)
            return ok;
    }
    if (!login->host && login->deviceId != m_vault.deviceId()) {
        if (auto ok = m_hub->claimDevice(m_vault.deviceId()); !ok)
            return ok;
    }
    if (!hub.isEmpty() && !secret.isEmpty()) {
        // A password someone typed, or read off the host's sheet, is replaced at once by one
        // that only this workstation knows (a workstation's own login only: the host's stays).
        SecureBytes kept;
        if (login->host) {
            const QByteArray bytes = secret.toUtf8();
            kept = SecureBytes(inBytes(bytes), static_cast<std::size_t>(bytes.size()));
        } else {
            kept = HubLogin::newPassword();
            if (auto ok = m_hub->changeOwnPassword(kept); !ok)
                return ok;
        }
        if (auto ok = m_state->setSecret(SyncState::HubPasswordSecret, kept); !ok)
            return ok;
    }
    return loadKeys();
}

// The first sync of the practice's first workstation: the practice gets its id (the one its
// login on the hub is for; a new one when the host's login is used) and its first key, this
// workstation its key pairs and its place in the practice's list of workstations.
Status Synchronizer::setUpPractice(const QString &onHub, SyncReport &report)
{
    const QString practiceId = onHub.isEmpty() ? Uuid7::generateAt(m_vault.clock().nowMs()) : onHub;
    const DeviceKeys keys = DeviceKeys::generate();
    const SecureBytes practiceKey = Envelope::newSyncKey();
    if (onHub.isEmpty()) {
        if (auto ok = m_hub->registerPractice(practiceId); !ok)
            return ok;
    } else {
        // A practice that has workstations already holds keys this one would not have.
        auto last = m_hub->lastSeq(practiceId);
        if (!last)
            return std::unexpected(last.error());
        if (*last > 0)
            return fail(ErrorCode::AlreadyExists,
                        tr("The practice of this login already has workstations: join it with "
                           "an invitation made on one of them."));
    }
    auto written = m_vault.write(m_actor, [&](RecordWriter &w) -> Status {
        if (auto ok = m_state->setDeviceKeys(keys); !ok)
            return ok;
        if (auto ok = m_state->setPracticeKey(1, practiceKey); !ok)
            return ok;
        auto enrolled = w.create(
            QStringLiteral("sync_device"),
            {{QStringLiteral("device"), m_vault.deviceId()},
             {QStringLiteral("name"), QString()},
             {QStringLiteral("sign_key"), QString::fromLatin1(keys.publicKeys().sign.toBase64())},
             {QStringLiteral("box_key"), QString::fromLatin1(keys.publicKeys().box.toBase64())},
             {QStringLiteral("enrolled_by"), m_actor.userId}});
        if (!enrolled)
            return std::unexpected(enrolled.error());
        for (const auto &[key, value] :
             {std::pair{SyncState::PracticeKey, practiceId},
              std::pair{SyncState::HubKey, m_hub->address().toString()},
              std::pair{SyncState::EpochKey, QStringLiteral("1")},
              std::pair{SyncState::CursorKey, QStringLiteral("0")},
              std::pair{SyncState::AuditPushedKey, QStringLiteral("0")}}) {
            if (auto ok = m_state->setSetting(key, value); !ok)
                return ok;
        }
        return {};
    });
    if (!written)
        return written;
    report.practiceCreated = true;
    qCInfo(lcSync) << "practice set up on the hub";
    return {};
}

Status Synchronizer::loadKeys()
{
    m_practiceId = m_state->practiceId();
    m_epoch = m_state->epoch();
    auto keys = m_state->deviceKeys();
    if (!keys)
        return std::unexpected(keys.error());
    m_keys.emplace(std::move(*keys));
    m_practiceKeys.clear();
    for (int epoch = 1; epoch <= m_epoch; ++epoch) {
        if (auto key = m_state->practiceKey(epoch); key)
            m_practiceKeys.emplace(epoch, std::move(*key));
    }
    if (!m_practiceKeys.contains(m_epoch))
        return fail(ErrorCode::Corrupt,
                    tr("This workstation has lost the practice's key: join the practice again."));
    return loadDevices();
}

Status Synchronizer::loadDevices()
{
    auto devices = m_state->enrolledDevices();
    if (!devices)
        return std::unexpected(devices.error());
    auto revoked = m_state->revokedDevices();
    if (!revoked)
        return std::unexpected(revoked.error());
    m_devices = *devices;
    m_revoked = *revoked;
    // Its own envelopes always open here, enrolled record received or not.
    m_devices.insert(m_vault.deviceId(), m_keys->publicKeys());
    return {};
}

Status Synchronizer::adoptKeys()
{
    m_grantsArrived = false;
    QSqlQuery grants(m_vault.database());
    grants.setForwardOnly(true);
    grants.prepare(QStringLiteral("SELECT epoch, sealed FROM sync_key_grant WHERE deleted = 0 "
                                  "AND device = ? AND epoch > ? ORDER BY epoch"));
    grants.addBindValue(m_vault.deviceId());
    grants.addBindValue(m_epoch);
    if (!grants.exec())
        return std::unexpected(
            sqlError(tr("Reading the practice's new keys failed"), grants.lastError()));
    std::vector<std::pair<int, SecureBytes>> opened;
    while (grants.next()) {
        auto key =
            m_keys->openSealed(QByteArray::fromBase64(grants.value(1).toString().toLatin1()));
        if (!key) {
            qCWarning(lcSync) << "a key grant of epoch" << grants.value(0).toInt()
                              << "did not open";
            continue;
        }
        opened.emplace_back(grants.value(0).toInt(), std::move(*key));
    }
    grants.finish();
    if (opened.empty())
        return {};
    auto kept = m_vault.write(Actor::system(), [&](RecordWriter &) -> Status {
        for (const auto &[epoch, key] : opened) {
            if (auto ok = m_state->setPracticeKey(epoch, key); !ok)
                return ok;
        }
        return m_state->setSetting(SyncState::EpochKey, QString::number(opened.back().first));
    });
    if (!kept)
        return kept;
    qCInfo(lcSync) << "the practice's key is now of epoch" << opened.back().first;
    return loadKeys();
}

Result<int> Synchronizer::revoke(const QString &deviceId)
{
    if (auto ok = connectStored(); !ok)
        return std::unexpected(ok.error());
    if (deviceId == m_vault.deviceId())
        return invalid(QStringLiteral("device"),
                       tr("A workstation cannot revoke itself: do it from another workstation "
                          "of the practice."));
    QSqlQuery record(m_vault.database());
    record.prepare(QStringLiteral(
        "SELECT id FROM sync_device WHERE device = ? AND deleted = 0 AND revoked = 0"));
    record.addBindValue(deviceId);
    if (!record.exec())
        return std::unexpected(
            sqlError(tr("Reading the practice's workstations failed"), record.lastError()));
    if (!record.next())
        return fail(ErrorCode::NotFound,
                    tr("The practice has no workstation %1, or it was revoked already: “relais "
                       "sync status” lists them.")
                        .arg(deviceId));
    const QString recordId = record.value(0).toString();
    record.finish();
    // The hub first: from this instant the lost workstation can neither send nor receive.
    auto logins = m_hub->revokeDevice(m_practiceId, deviceId);
    if (!logins)
        return std::unexpected(logins.error());
    // What it sent before stays the practice's: received here before it is refused here.
    SyncReport before;
    if (auto ok = pull(before, {}); !ok)
        return std::unexpected(ok.error());
    // Sent sealed with the current key (everyone can open the records), each new key sealed
    // to one remaining workstation; this one seals with the new key once they are sent.
    const SecureBytes key = Envelope::newSyncKey();
    const int epoch = m_epoch + 1;
    auto written = m_vault.write(m_actor, [&](RecordWriter &w) -> Status {
        if (auto ok =
                w.update(QStringLiteral("sync_device"), recordId, {{QStringLiteral("revoked"), 1}});
            !ok)
            return ok;
        for (auto it = m_devices.cbegin(); it != m_devices.cend(); ++it) {
            if (it.key() == deviceId)
                continue;
            auto granted =
                w.create(QStringLiteral("sync_key_grant"),
                         {{QStringLiteral("epoch"), epoch},
                          {QStringLiteral("device"), it.key()},
                          {QStringLiteral("sealed"),
                           QString::fromLatin1(DeviceKeys::sealTo(it.value().box, key).toBase64())},
                          {QStringLiteral("revoking"), deviceId}});
            if (!granted)
                return std::unexpected(granted.error());
        }
        return {};
    });
    if (!written)
        return std::unexpected(written.error());
    qCInfo(lcSync) << "revoked workstation" << deviceId << "; new key epoch" << epoch;
    if (auto ok = loadDevices(); !ok)
        return std::unexpected(ok.error());
    return *logins;
}

Status Synchronizer::measureClock(SyncReport &report)
{
    const qint64 before = m_vault.clock().nowMs();
    auto hubNow = m_hub->nowMs();
    if (!hubNow)
        return std::unexpected(hubNow.error());
    const qint64 after = m_vault.clock().nowMs();
    report.clockOffsetMs = *hubNow - (before + after) / 2;
    return m_state->setSetting(SyncState::OffsetKey, QString::number(report.clockOffsetMs));
}

// A hub restored from an older backup has forgotten changes this workstation already received,
// and would number new ones below its cursor, where no pull would ever look: nothing is sent
// or received until it is put right.
Status Synchronizer::checkHubHistory()
{
    auto last = m_hub->lastSeq(m_practiceId);
    if (!last)
        return std::unexpected(last.error());
    const qint64 cursor = m_state->cursor();
    if (*last >= cursor)
        return checkPruning(cursor);
    qCWarning(lcSync) << "the hub's last sequence" << *last << "is behind this workstation's"
                      << cursor;
    return fail(ErrorCode::Corrupt,
                tr("The hub holds fewer changes than this workstation has already received "
                   "(%1, against %2): it was probably restored from an older backup. Nothing "
                   "was sent or received. Tell whoever runs the hub; work goes on here "
                   "meanwhile.")
                    .arg(*last)
                    .arg(cursor));
}

Status Synchronizer::checkPruning(qint64 cursor)
{
    auto pruned = m_hub->prunedThrough(m_practiceId);
    if (!pruned)
        return std::unexpected(pruned.error());
    if (*pruned <= cursor)
        return {};
    // A workstation that has received nothing starts from the snapshot, which pruning keeps.
    if (cursor == 0) {
        if (!m_state->snapshotLoading().first.isEmpty())
            return {};
        auto snapshot = m_hub->latestSnapshot(m_practiceId);
        if (!snapshot)
            return std::unexpected(snapshot.error());
        if (*snapshot && (*snapshot)->baseSeq >= *pruned)
            return {};
    }
    qCWarning(lcSync) << "the hub pruned through" << *pruned << "past this workstation's" << cursor;
    return fail(ErrorCode::Corrupt,
                tr("The hub no longer holds changes this workstation has not received: they "
                   "were pruned (through %1; this workstation is at %2), probably because it "
                   "was put back from an old backup. Nothing was sent or received. Set this "
                   "workstation up again by joining the practice from another one.")
                    .arg(*pruned)
                    .arg(cursor));
}

Status Synchronizer::push(SyncReport &report, const Progress &progress)
{
    if (report.pushRefusedForClock)
        return {};
    const int before = report.pushed;
    if (auto ok = pushChanges(report, progress); !ok)
        return ok;
    // The hub keeps the history now: a journal pushed whole leaves the file mostly free.
    if (report.pushed > before) {
        if (auto reclaimed = m_vault.reclaimSpace(); !reclaimed)
            qCWarning(lcSync) << "reclaiming the vault's space failed:"
                              << reclaimed.error().message;
    }
    return pushAudit(report);
}

// The workstations that answered an invitation of this one get the practice's keys, once it
// has left a recent snapshot on the hub for them to start from; their enrolment follows at once.
Status Synchronizer::letIn(SyncReport &report, const Progress &progress)
{
    auto granted = Invitation::grantAnswered(m_vault, *m_hub, m_actor,
                                             [&] { return publishSnapshot(report, progress); });
    if (!granted)
        return std::unexpected(granted.error());
    report.enrolled = *granted;
    return *granted > 0 ? push(report, progress) : Status{};
}

Status Synchronizer::publishSnapshot(SyncReport &report, const Progress &progress)
{
    // Only a whole state makes a snapshot: everything made here on the hub, nothing held.
    auto pending = m_state->pendingChanges();
    if (!pending)
        return std::unexpected(pending.error());
    QSqlQuery held(m_vault.database());
    if (*pending > 0 || !held.exec(QStringLiteral("SELECT count(*) FROM sync_held")) ||
        !held.next() || held.value(0).toLongLong() > 0)
        return {};
    held.finish();
    auto latest = m_hub->latestSnapshot(m_practiceId);
    if (!latest)
        return std::unexpected(latest.error());
    const qint64 base = m_state->cursor();
    if (base - (*latest ? (*latest)->baseSeq : 0) <= SnapshotAfter)
        return {};
    if (progress)
        progress(tr("Preparing the practice's records for the new workstation"), 0, 0);
    auto published = PracticeSnapshot::publish(
        m_vault, *m_hub,
        PracticeSnapshot::Seal{m_practiceId, m_epoch, &m_practiceKeys.at(m_epoch), &*m_keys}, base);
    if (!published)
        return std::unexpected(published.error());
    report.snapshotChunks = *published;
    return {};
}

// A workstation that has pulled nothing yet starts from the practice's snapshot, when there is
// one; one whose load was cut off goes on where it stopped (or starts on a newer snapshot when
// its own was replaced meanwhile).
Status Synchronizer::loadSnapshot(SyncReport &report, const Progress &progress)
{
    const auto [loading, next] = m_state->snapshotLoading();
    if (loading.isEmpty() && m_state->cursor() > 0)
        return {};
    auto latest = m_hub->latestSnapshot(m_practiceId);
    if (!latest)
        return std::unexpected(latest.error());
    const auto signer = *latest ? m_devices.constFind((*latest)->deviceId) : m_devices.cend();
    if (!*latest || signer == m_devices.cend()) {
        // Nothing to start from (or from a workstation not known yet): envelopes, then.
        return loading.isEmpty() ? Status{} : m_state->setSetting(SyncState::SnapshotKey, {});
    }
    const Hub::Snapshot &snapshot = **latest;
    const auto key = m_practiceKeys.find(snapshot.epoch);
    if (key == m_practiceKeys.end())
        return fail(ErrorCode::Corrupt,
                    tr("The practice's snapshot on the hub is sealed with a key this workstation "
                       "does not hold (epoch %1): join the practice again.")
                        .arg(snapshot.epoch));
    const int from = snapshot.id == loading ? next : 0;
    if (progress)
        progress(tr("Receiving the practice's records"), from, snapshot.chunks);
    auto loaded = PracticeSnapshot::load(
        m_vault, *m_hub, snapshot, from,
        PracticeSnapshot::Opening{m_practiceId, snapshot.epoch, &key->second, *signer},
        [&](int done) -> Status {
            if (done < snapshot.chunks)
                return m_state->setSetting(SyncState::SnapshotKey,
                                           QStringLiteral("%1 %2").arg(snapshot.id).arg(done));
            // The last chunk: the envelopes after the snapshot's sequence come next.
            if (auto ok = m_state->setSetting(SyncState::SnapshotKey, {}); !ok)
                return ok;
            return m_state->setSetting(
                SyncState::CursorKey,
                QString::number(std::max(m_state->cursor(), snapshot.baseSeq)));
        },
        [&](qint64 done, qint64 total) {
            if (progress)
                progress(tr("Receiving the practice's records"), done, total);
        });
    if (!loaded)
        return std::unexpected(loaded.error());
    report.applied += static_cast<int>(std::min<qint64>(*loaded, INT_MAX));
    report.snapshotChunks = snapshot.chunks - from;
    return {};
}

Status Synchronizer::pushChanges(SyncReport &report, const Progress &progress)
{
    auto pending = m_state->pendingChanges();
    if (!pending)
        return std::unexpected(pending.error());
    const int total = *pending;
    // Said before the first page too: a long first page is not a silent one.
    if (progress && total > 0)
        progress(tr("Sending"), 0, total);
    for (;;) {
        QSqlQuery rows(m_vault.database());
        rows.setForwardOnly(true);
        rows.prepare(QStringLiteral("SELECT seq, change_id, payload FROM change_journal "
                                    "WHERE pushed = 0 ORDER BY seq LIMIT ?"));
        rows.addBindValue(PageSize);
        if (!rows.exec())
            return std::unexpected(
                sqlError(tr("Reading the change journal failed"), rows.lastError()));
        QList<SealedEnvelope> envelopes;
        QList<qint64> seqs;
        while (rows.next()) {
            const Row row(rows);
            const QByteArray message = ChangeKind + row.text("payload").toUtf8();
            const SecureBytes &key = m_practiceKeys.at(m_epoch);
            envelopes.append(Envelope::seal(headerFor(Envelope::idFor(row.text("change_id"), key)),
                                            message, key, *m_keys));
            seqs.append(row.integer("seq"));
        }
        rows.finish();
        if (envelopes.isEmpty())
            return {};
        auto stored = m_hub->push(m_practiceId, envelopes);
        if (!stored)
            return std::unexpected(stored.error());
        // On the hub now: the hub keeps the history, so the journal rows go.
        auto marked = m_vault.write(Actor::system(), [&](RecordWriter &w) -> Status {
            if (auto ok = skipOwn(*stored); !ok)
                return ok;
            QSqlQuery drop(m_vault.database());
            drop.prepare(
                QStringLiteral("DELETE FROM change_journal WHERE seq <= ? AND pushed = 0"));
            drop.addBindValue(seqs.constLast());
            if (!drop.exec())
                return std::unexpected(
                    sqlError(tr("Updating the change journal failed"), drop.lastError()));
            w.touched(QStringLiteral("change_journal"));
            return {};
        });
        if (!marked)
            return marked;
        report.pushed += static_cast<int>(envelopes.size());
        report.alreadyOnHub += static_cast<int>(envelopes.size()) - stored->inserted;
        if (progress)
            progress(tr("Sending"), report.pushed, total);
    }
}

Status Synchronizer::pushAudit(SyncReport &report)
{
    for (;;) {
        const qint64 from = m_state->auditPushed();
        qint64 last = from;
        auto read = AuditRows::read(m_vault.database(), {}, from, AuditRowsPerEnvelope, &last);
        if (!read)
            return std::unexpected(read.error());
        const QJsonArray &batch = *read;
        if (batch.isEmpty())
            return {};
        const QByteArray message = AuditKind + QJsonDocument(batch).toJson(QJsonDocument::Compact);
        const SealedEnvelope envelope = Envelope::seal(headerFor(Envelope::randomId()), message,
                                                       m_practiceKeys.at(m_epoch), *m_keys);
        auto stored = m_hub->push(m_practiceId, {envelope});
        if (!stored)
            return std::unexpected(stored.error());
        auto kept = m_vault.write(Actor::system(), [&](RecordWriter &) -> Status {
            if (auto ok = skipOwn(*stored); !ok)
                return ok;
            return m_state->setSetting(SyncState::AuditPushedKey, QString::number(last));
        });
        if (!kept)
            return kept;
        report.auditRowsPushed += static_cast<int>(batch.size());
    }
}

// What this workstation just pushed need not come back to it: when nothing else reached the
// hub since its cursor, the cursor moves past its own envelopes (in the caller's transaction).
Status Synchronizer::skipOwn(const Hub::Pushed &pushed)
{
    if (pushed.before != m_state->cursor() || pushed.last <= pushed.before)
        return {};
    return m_state->setSetting(SyncState::CursorKey, QString::number(pushed.last));
}

Status Synchronizer::pull(SyncReport &report, const Progress &progress)
{
    if (auto ok = loadSnapshot(report, progress); !ok)
        return ok;
    if (auto ok = retryHeld(report); !ok)
        return ok;
    auto last = m_hub->lastSeq(m_practiceId);
    if (!last)
        return std::unexpected(last.error());
    const qint64 start = m_state->cursor();
    if (progress && *last > start)
        progress(tr("Receiving"), 0, *last - start);
    auto page = m_hub->pull(m_practiceId, start, PageSize);
    if (!page)
        return std::unexpected(page.error());
    if (page->isEmpty())
        return {};
    auto opening = openPage(*page);
    for (;;) {
        const qint64 cursor = m_state->cursor();
        const Opened opened = opening.get();
        // The next page is fetched, and opened on another core, while this one is applied:
        // checking signatures is a third of a pull's time.
        auto next = m_hub->pull(m_practiceId, page->constLast().seq, PageSize);
        if (next && !next->isEmpty())
            opening = openPage(*next);
        bool stopped = false;
        SyncReport counted = report;
        auto written = m_vault.write(Actor::system(), [&](RecordWriter &w) -> Status {
            counted = report;
            qint64 reached = cursor;
            for (qsizetype i = 0; i < page->size(); ++i) {
                const SealedEnvelope &envelope = page->at(i);
                const auto &message = opened.at(static_cast<std::size_t>(i));
                auto outcome = receive(w, envelope, counted, message ? &*message : nullptr);
                if (!outcome)
                    return std::unexpected(outcome.error());
                if (*outcome == Outcome::StopTooNew) {
                    stopped = true;
                    break;
                }
                reached = envelope.seq;
            }
            return m_state->setSetting(SyncState::CursorKey, QString::number(reached));
        });
        if (!written) {
            // Nothing of this page was kept: the devices it enrolled are forgotten too (once
            // the next page's opening, which reads the keys, is over).
            if (opening.valid())
                opening.wait();
            (void)loadKeys();
            return written;
        }
        report = counted;
        if (m_grantsArrived) {
            // The next page was opened without the new key: opened again, with it.
            if (opening.valid())
                opening.wait();
            if (auto ok = adoptKeys(); !ok)
                return ok;
            if (next && !next->isEmpty())
                opening = openPage(*next);
        }
        if (progress)
            progress(tr("Receiving"), m_state->cursor() - start, *last - start);
        if (stopped)
            return {};
        if (auto ok = retryHeld(report); !ok)
            return ok;
        if (!next)
            return std::unexpected(next.error());
        if (next->isEmpty())
            return {};
        page = std::move(next);
    }
}

namespace {

// Opens an envelope with the practice's key of its epoch (none known: it does not open).
Result<QByteArray> openWith(const std::map<int, SecureBytes> &keys, const SealedEnvelope &envelope,
                            const DeviceKeys::Public &signer)
{
    static const SecureBytes noKey;
    const auto key = keys.find(envelope.header.epoch);
    return Envelope::open(envelope, key == keys.end() ? noKey : key->second, signer.sign);
}

} // namespace

std::future<Synchronizer::Opened> Synchronizer::openPage(const QList<SealedEnvelope> &page) const
{
    // What the worker reads is copied, but the keys: they do not change while a page is applied
    // (loadKeys() runs only after a page failed, once this future is done).
    std::vector<std::optional<DeviceKeys::Public>> signers;
    signers.reserve(static_cast<std::size_t>(page.size()));
    for (const SealedEnvelope &envelope : page) {
        const auto signer = m_devices.constFind(envelope.header.deviceId);
        signers.push_back(signer == m_devices.cend() ? std::nullopt
                                                     : std::optional(signer.value()));
    }
    return std::async(
        std::launch::async, [page, signers = std::move(signers), keys = &m_practiceKeys]() {
            Opened opened;
            opened.reserve(signers.size());
            for (qsizetype i = 0; i < page.size(); ++i) {
                const auto &signer = signers.at(static_cast<std::size_t>(i));
                opened.emplace_back(signer ? std::optional(openWith(*keys, page.at(i), *signer))
                                           : std::nullopt);
            }
            return opened;
        });
}

Result<Synchronizer::Outcome> Synchronizer::receive(RecordWriter &writer,
                                                    const SealedEnvelope &envelope,
                                                    SyncReport &report,
                                                    const Result<QByteArray> *opened)
{
    ++report.received;
    // Counted, kept aside with why, and left unapplied; the pull goes on.
    const auto setAside = [&](int &counter, const QString &kind, const QString &entity,
                              const QString &entityId, const QString &reason,
                              const QByteArray &payload) -> Result<Outcome> {
        ++counter;
        if (auto ok = keepAside(kind, envelope, entity, entityId, reason, payload); !ok)
            return std::unexpected(ok.error());
        return Outcome::Done;
    };
    const QString Refused = QStringLiteral("refused");
    // After its revocation (in the hub's order), a workstation's signature is worth nothing.
    if (m_revoked.contains(envelope.header.deviceId))
        return setAside(report.refused, Refused, {}, {},
                        tr("Signed by a workstation of the practice after it was revoked."), {});
    const auto signer = m_devices.constFind(envelope.header.deviceId);
    // Its enrolment, or the key of its epoch, may come later (or be on its way): kept, and
    // tried again at each sync.
    if (signer == m_devices.cend() || !m_practiceKeys.contains(envelope.header.epoch)) {
        if (auto ok = hold(envelope, report); !ok)
            return std::unexpected(ok.error());
        return Outcome::Done;
    }
    // Opened here when its page was opened before its signer was known.
    std::optional<Result<QByteArray>> openedHere;
    if (!opened)
        opened = &openedHere.emplace(openWith(m_practiceKeys, envelope, *signer));
    if (!*opened) {
        qCWarning(lcSync) << "refused envelope" << envelope.header.envelopeId << "from"
                          << envelope.header.deviceId << "seq" << envelope.seq << ":"
                          << opened->error().message;
        return setAside(report.refused, Refused, {}, {}, opened->error().message, {});
    }
    const QByteArray &message = **opened;
    if (message.startsWith(AuditKind)) {
        // Its own trail comes back too: this vault holds it already, sealed.
        if (envelope.header.deviceId == m_vault.deviceId())
            return Outcome::Done;
        if (auto kept = AuditRows::keep(m_vault.database(), envelope.header.deviceId,
                                        QJsonDocument::fromJson(message.mid(1)).array());
            !kept)
            return std::unexpected(kept.error());
        writer.touched(QStringLiteral("audit_peer"));
        return Outcome::Done;
    }
    if (!message.startsWith(ChangeKind)) {
        return setAside(report.refused, Refused, {}, {},
                        tr("An envelope of a kind this version of Relais does not know."), {});
    }
    auto change = JournalChange::fromPayload(message.mid(1));
    if (!change) {
        return setAside(report.refused, Refused, {}, {}, change.error().message, {});
    }
    if (change->clock.deviceId != envelope.header.deviceId) {
        return setAside(report.refused, Refused, change->table, change->id,
                        tr("A change stamped by another workstation than the one that signed it."),
                        {});
    }
    if (change->schemaVersion > m_vault.schemaVersion()) {
        report.stoppedBecause =
            tr("Changes made with a newer version of Relais are waiting on the hub: update "
               "Relais on this workstation to receive them.");
        return Outcome::StopTooNew;
    }
    if (change->clock.wallMs - m_vault.clock().nowMs() > QuarantineLeadMs) {
        return setAside(
            report.keptAside, QStringLiteral("clock"), change->table, change->id,
            tr("Dated %1, far ahead of this workstation's clock: the clock of the workstation "
               "that made it is probably wrong.")
                .arg(QDateTime::fromMSecsSinceEpoch(change->clock.wallMs, Qt::UTC)
                         .toString(Qt::ISODate)),
            message.mid(1));
    }
    JournalChange aside;
    auto applied = writer.apply(*change, &aside);
    if (!applied) {
        if (applied.error().code == ErrorCode::Sql || applied.error().code == ErrorCode::Io ||
            applied.error().code == ErrorCode::DiskFull ||
            applied.error().code == ErrorCode::Corrupt)
            return std::unexpected(applied.error());
        return setAside(report.refused, Refused, change->table, change->id, applied.error().message,
                        message.mid(1));
    }
    if (change->table == QLatin1String("patient") && (*applied == RecordWriter::Applied::Written ||
                                                      *applied == RecordWriter::Applied::Displaced))
        report.patientsChanged.append(change->id);
    switch (*applied) {
    case RecordWriter::Applied::Written: ++report.applied; break;
    case RecordWriter::Applied::Superseded: ++report.superseded; break;
    case RecordWriter::Applied::KeptAside:
    case RecordWriter::Applied::Displaced:
        if (*applied == RecordWriter::Applied::Displaced)
            ++report.applied;
        ++report.keptAside;
        if (auto ok = keepAside(QStringLiteral("frozen"), envelope, aside.table, aside.id,
                                tr("It would have overwritten a signed or reviewed record."),
                                aside.toPayload());
            !ok)
            return std::unexpected(ok.error());
        break;
    }
    if (change->table == QLatin1String("sync_device") &&
        *applied != RecordWriter::Applied::Superseded) {
        if (auto ok = loadDevices(); !ok)
            return std::unexpected(ok.error());
    }
    if (change->table == QLatin1String("sync_key_grant") &&
        *applied == RecordWriter::Applied::Written)
        m_grantsArrived = true;
    return Outcome::Done;
}

Status Synchronizer::hold(const SealedEnvelope &envelope, SyncReport &report)
{
    QSqlQuery hold(m_vault.database());
    hold.prepare(QStringLiteral("INSERT OR IGNORE INTO sync_held (envelope_id, seq, device, "
                                "epoch, sealed) VALUES (?, ?, ?, ?, ?)"));
    hold.addBindValue(envelope.header.envelopeId);
    hold.addBindValue(envelope.seq);
    hold.addBindValue(envelope.header.deviceId);
    hold.addBindValue(envelope.header.epoch);
    hold.addBindValue(envelope.sealed);
    if (!hold.exec())
        return std::unexpected(sqlError(tr("Keeping an envelope failed"), hold.lastError()));
    ++report.held;
    return {};
}

Status Synchronizer::keepAside(const QString &kind, const SealedEnvelope &envelope,
                               const QString &entity, const QString &entityId,
                               const QString &reason, const QByteArray &payload)
{
    QSqlQuery insert(m_vault.database());
    insert.prepare(QStringLiteral("INSERT INTO sync_kept_aside (received_at, kind, envelope_id, "
                                  "device, entity, entity_id, reason, payload) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(m_vault.clock().now().toString(Qt::ISODateWithMs));
    insert.addBindValue(kind);
    insert.addBindValue(envelope.header.envelopeId);
    insert.addBindValue(envelope.header.deviceId);
    insert.addBindValue(entity);
    insert.addBindValue(entityId);
    insert.addBindValue(reason);
    insert.addBindValue(QString::fromUtf8(payload));
    if (!insert.exec())
        return std::unexpected(sqlError(tr("Keeping a change aside failed"), insert.lastError()));
    return {};
}

Status Synchronizer::retryHeld(SyncReport &report)
{
    QSqlQuery held(m_vault.database());
    held.setForwardOnly(true);
    if (!held.exec(QStringLiteral(
            "SELECT envelope_id, seq, device, epoch, sealed FROM sync_held ORDER BY seq")))
        return std::unexpected(sqlError(tr("Reading the kept envelopes failed"), held.lastError()));
    QList<SealedEnvelope> ready;
    while (held.next()) {
        SealedEnvelope e;
        e.header = {held.value(0).toString(), m_practiceId, held.value(2).toString(),
                    held.value(3).toInt()};
        e.seq = held.value(1).toLongLong();
        e.sealed = held.value(4).toByteArray();
        if ((m_devices.contains(e.header.deviceId) && m_practiceKeys.contains(e.header.epoch)) ||
            m_revoked.contains(e.header.deviceId))
            ready.append(e);
    }
    held.finish();
    if (ready.isEmpty())
        return {};
    SyncReport counted = report;
    auto written = m_vault.write(Actor::system(), [&](RecordWriter &w) -> Status {
        counted = report;
        for (const SealedEnvelope &envelope : std::as_const(ready)) {
            auto outcome = receive(w, envelope, counted);
            if (!outcome)
                return std::unexpected(outcome.error());
            if (*outcome == Outcome::StopTooNew)
                break;
            QSqlQuery drop(m_vault.database());
            drop.prepare(QStringLiteral("DELETE FROM sync_held WHERE envelope_id = ?"));
            drop.addBindValue(envelope.header.envelopeId);
            if (!drop.exec())
                return std::unexpected(
                    sqlError(tr("Reading the kept envelopes failed"), drop.lastError()));
            --counted.received; // counted once, when it first came
        }
        return {};
    });
    if (!written) {
        (void)loadKeys();
        return written;
    }
    report = counted;
    return {};
}

} // namespace relais
