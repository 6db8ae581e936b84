#include "SyncFixtures.h"

#include "sync/Envelope.h"
#include "sync/RecordDigest.h"
#include "sync/SyncState.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace relais::test {

QString digestOf(const Vault &vault)
{
    auto digest = RecordDigest::of(vault);
    REQUIRE(digest.has_value());
    return digest->hex;
}

void checkWhatTheHubHolds(const TestHub &hub, Vault &vault, const QStringList &alsoSecret)
{
    // Every column the hub has, table by table: one more must be weighed (and documented).
    CHECK(hub.query(QStringLiteral(
              "SELECT string_agg(table_name || '.' || column_name, ' ' ORDER BY table_name, "
              "ordinal_position) FROM information_schema.columns WHERE table_schema = 'relais'")) ==
          QStringLiteral(
              "device.practice_id device.id device.first_seen device.last_seen "
              "device.received_seq "
              "envelope.seq envelope.practice_id envelope.device_id envelope.envelope_id "
              "envelope.epoch envelope.padded_size envelope.sealed "
              "invitation.id invitation.practice_id invitation.expires_at invitation.response "
              "invitation.granted invitation.used_at member.role member.practice_id "
              "member.device_id member.invitation_id member.enrolled member.created_at "
              "member.revoked_at meta.key meta.value practice.id "
              "practice.created_at practice.pruned_through snapshot.id snapshot.practice_id "
              "snapshot.device_id "
              "snapshot.base_seq snapshot.chunks snapshot.complete snapshot.created_at "
              "snapshot.epoch "
              "snapshot_chunk.snapshot_id snapshot_chunk.chunk snapshot_chunk.sealed"));
    // Sizes tell a bucket, no more: each padded size is a bucket, and the sealed bytes are
    // that plus the same overhead for all.
    const QString buckets = hub.query(
        QStringLiteral("SELECT string_agg(DISTINCT padded_size::text, ' ') FROM relais.envelope"));
    REQUIRE_FALSE(buckets.isEmpty());
    for (const QString &size : buckets.split(QLatin1Char(' '))) {
        INFO(size.toStdString());
        CHECK(Envelope::bucketFor(size.toInt() - 1) == size.toInt());
    }
    CHECK(hub.query(QStringLiteral("SELECT count(DISTINCT octet_length(sealed) - padded_size) "
                                   "FROM relais.envelope")) == QStringLiteral("1"));
    // Ids carry no clock: random UUIDs (version 4), not the time-ordered ones of the records.
    for (const char *ids : {"SELECT count(*) FROM relais.envelope WHERE "
                            "substr(envelope_id::text, 15, 1) <> '4'",
                            "SELECT count(*) FROM relais.snapshot WHERE substr(id::text, 15, 1) "
                            "<> '4'"}) {
        INFO(ids);
        CHECK(hub.query(QLatin1String(ids)) == QStringLiteral("0"));
    }

    // Every text column of every table, as a backup of the hub holds it; and every byte the
    // hub keeps (pg_dump writes them in hex, which would hide a name), raw.
    QByteArray held = hub.dump();
    REQUIRE(held.contains("relais.envelope"));
    // What the hub may know, it is found: the search would find the rest.
    REQUIRE(held.contains(SyncState(vault).practiceId().toUtf8()));
    for (const char *bytes :
         {"SELECT string_agg(encode(sealed, 'escape'), '') FROM relais.envelope",
          "SELECT string_agg(encode(sealed, 'escape'), '') FROM relais.snapshot_chunk",
          "SELECT string_agg(encode(coalesce(response, '') || coalesce(granted, ''), 'escape'), "
          "'') FROM relais.invitation"})
        held += hub.query(QLatin1String(bytes)).toUtf8();
    QStringList secrets = alsoSecret;
    QSqlQuery people(vault.database());
    REQUIRE(people.exec(QStringLiteral("SELECT birth_name, first_names, nir FROM patient")));
    while (people.next()) {
        secrets << people.value(0).toString()
                << people.value(1).toString().section(QLatin1Char(' '), 0, 0);
        if (!people.value(2).toString().isEmpty())
            secrets << people.value(2).toString();
    }
    QSqlQuery users(vault.database());
    REQUIRE(users.exec(QStringLiteral("SELECT login, display_name FROM app_user")));
    while (users.next())
        secrets << users.value(0).toString() << users.value(1).toString();
    CHECK(secrets.size() > 20);
    // The record types, as the vault names its tables (the hub's own words aside).
    const QStringList hubWords = {QStringLiteral("practice"), QStringLiteral("device"),
                                  QStringLiteral("snapshot")};
    for (const QString &table : vault.syncedTables()) {
        if (!hubWords.contains(table))
            secrets << table;
    }
    // As written (a name of three letters would turn up by chance in a megabyte of
    // ciphertext, one of five would not).
    for (const QString &secret : std::as_const(secrets)) {
        if (secret.toUtf8().size() < 5)
            continue;
        INFO(secret.toStdString());
        CHECK_FALSE(held.contains(secret.toUtf8()));
    }
}

Workstation::Workstation()
{
    practice.clock.set(QDateTime::currentDateTimeUtc());
}

SyncReport Workstation::sync(const TestHub &hub, const Actor &actor)
{
    Synchronizer sync(vault(), actor);
    auto report = SyncState(vault()).isSetUp() ? sync.run()
                  : hubUri.isEmpty()           ? sync.run(hub.uri(), hub.password())
                                               : sync.run(hubUri, hubPassword);
    INFO((report ? QString() : report.error().message).toStdString());
    REQUIRE(report.has_value());
    return *report;
}

void Workstation::loginForNewPractice(const TestHub &hub)
{
    auto made = Synchronizer::addPractice(hub.uri(), hub.password());
    INFO((made ? QString() : made.error().message).toStdString());
    REQUIRE(made.has_value());
    auto address = HubAddress::parse(hub.uri());
    REQUIRE(address.has_value());
    address->user = made->login.role;
    hubUri = address->toString();
    hubPassword = QString::fromUtf8(made->login.password.chars(),
                                    static_cast<qsizetype>(made->login.password.size()));
}

PracticeOnHub::PracticeOnHub(int patients)
{
    if (!hub.available())
        return;
    REQUIRE(Synchronizer::initHub(hub.uri(), hub.password()).has_value());
    a.loginForNewPractice(hub);
    a.practice.withDemo(patients);
    a.practice.clock.set(QDateTime::currentDateTimeUtc());
    admin = Actor{a.practice.doctor.userId};
    first = a.sync(hub, admin);
}

PracticeWithSnapshot::PracticeWithSnapshot()
    : PracticeOnHub(90)
{
    if (!hub.available())
        return;
    REQUIRE(first.pushed > Synchronizer::SnapshotAfter);
    join(a, admin, b, hub);
}

PracticeOfTwo::PracticeOfTwo(int patients)
    : PracticeOnHub(patients)
{
    if (!hub.available())
        return;
    join(a, admin, b, hub);
    b.sync(hub, Actor::system());
}

void join(Workstation &inviting, const Actor &admin, Workstation &joining, const TestHub &hub)
{
    Synchronizer inviter(inviting.vault(), admin);
    auto made = inviter.invite();
    REQUIRE(made.has_value());
    Synchronizer joiner(joining.vault(), Actor::system());
    int polls = 0;
    auto joined = joiner.join(hub.uri(), made->code, [&](qint64) {
        // The inviting workstation syncs while the new one waits.
        auto granted = Synchronizer(inviting.vault(), admin).grantAnswered();
        REQUIRE(granted.has_value());
        return ++polls < 5;
    });
    INFO((joined ? QString() : joined.error().message).toStdString());
    REQUIRE(joined.has_value());
}

} // namespace relais::test
