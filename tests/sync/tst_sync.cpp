#include "demo/DemoPractice.h"
#include "services/Agenda.h"
#include "services/Authenticator.h"
#include "services/PatientDetails.h"
#include "services/PatientMerger.h"
#include "services/PatientRegistry.h"
#include "services/PracticeSync.h"
#include "services/UserAccounts.h"
#include "storage/JournalChange.h"
#include "storage/RecordWriter.h"
#include "storage/Vault.h"
#include "support/TempDir.h"
#include "support/TestHub.h"
#include "support/TestPractice.h"
#include "sync/Envelope.h"
#include "sync/Hub.h"
#include "sync/HubAddress.h"
#include "sync/Invitation.h"
#include "sync/PracticeSnapshot.h"
#include "sync/RecordDigest.h"
#include "sync/SyncFixtures.h"
#include "sync/SyncState.h"
#include "sync/Synchronizer.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUrl>

#include <catch2/catch.hpp>

using namespace relais;
using namespace relais::test;

namespace {

EnvelopeHeader header()
{
    return {QStringLiteral("0192f0c1-0000-7000-8000-000000000001"), QStringLiteral("practice-1"),
            QStringLiteral("device-a"), 1};
}

} // namespace

TEST_CASE("an envelope opens only with its key, its signer and the header it was sealed with")
{
    const SecureBytes key = Envelope::newSyncKey();
    const DeviceKeys signer = DeviceKeys::generate();
    const QByteArray message = QByteArrayLiteral("cDUPONT Hélène 1 84 12 76 451 089 46");
    const SealedEnvelope sealed = Envelope::seal(header(), message, key, signer);

    SECTION("as sealed, it opens to the message")
    {
        auto opened = Envelope::open(sealed, key, signer.publicKeys().sign);
        REQUIRE(opened.has_value());
        CHECK(*opened == message);
        CHECK_FALSE(sealed.sealed.contains(QByteArrayLiteral("DUPONT")));
    }
    SECTION("each part of the header is bound to it")
    {
        for (int part = 0; part < 4; ++part) {
            SealedEnvelope moved = sealed;
            if (part == 0)
                moved.header.envelopeId = QStringLiteral("0192f0c1-0000-7000-8000-000000000002");
            if (part == 1)
                moved.header.practiceId = QStringLiteral("practice-2");
            if (part == 2)
                moved.header.deviceId = QStringLiteral("device-b");
            if (part == 3)
                moved.header.epoch = 2;
            CHECK_FALSE(Envelope::open(moved, key, signer.publicKeys().sign).has_value());
        }
    }
    SECTION("a byte changed, a cut, another signer or another key: refused")
    {
        for (qsizetype at :
             {qsizetype(0), qsizetype(10), sealed.sealed.size() / 2, sealed.sealed.size() - 1}) {
            SealedEnvelope altered = sealed;
            altered.sealed[at] = static_cast<char>(altered.sealed.at(at) ^ 0x01);
            CHECK_FALSE(Envelope::open(altered, key, signer.publicKeys().sign).has_value());
        }
        SealedEnvelope cut = sealed;
        cut.sealed.chop(100);
        CHECK_FALSE(Envelope::open(cut, key, signer.publicKeys().sign).has_value());
        CHECK_FALSE(
            Envelope::open(sealed, key, DeviceKeys::generate().publicKeys().sign).has_value());
        const auto wrongKey =
            Envelope::open(sealed, Envelope::newSyncKey(), signer.publicKeys().sign);
        REQUIRE_FALSE(wrongKey.has_value());
        CHECK(wrongKey.error().code == ErrorCode::WrongKey);
    }
    SECTION("a member of the practice cannot sign as another workstation")
    {
        const DeviceKeys other = DeviceKeys::generate();
        const SealedEnvelope forged = Envelope::seal(header(), message, key, other);
        CHECK_FALSE(Envelope::open(forged, key, signer.publicKeys().sign).has_value());
    }
}

TEST_CASE("an envelope's id tells the hub no clock, and is the same for the same change")
{
    const SecureBytes key = Envelope::newSyncKey();
    // A change's own id is time-ordered (UUID version 7): its first 48 bits are milliseconds.
    const QString change = QStringLiteral("0192f0c1-2b3c-7000-8000-000000000002");
    const QString id = Envelope::idFor(change, key);
    CHECK(id == Envelope::idFor(change, key));
    CHECK(id != Envelope::idFor(QStringLiteral("0192f0c1-2b3c-7000-8000-000000000003"), key));
    CHECK(id != Envelope::idFor(change, Envelope::newSyncKey()));
    CHECK_FALSE(id.startsWith(QStringLiteral("0192f0c1")));
    const QRegularExpression version4(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    CHECK(version4.match(id).hasMatch());
    CHECK(version4.match(Envelope::randomId()).hasMatch());
    CHECK(Envelope::randomId() != Envelope::randomId());
}

TEST_CASE("envelope sizes fall in a few buckets")
{
    CHECK(Envelope::bucketFor(0) == 256);
    CHECK(Envelope::bucketFor(255) == 256);
    CHECK(Envelope::bucketFor(256) == 512);
    CHECK(Envelope::bucketFor(3000) == 4096);
    CHECK(Envelope::bucketFor(65535) == 65536);
    CHECK(Envelope::bucketFor(65536) == 131072);
    const SecureBytes key = Envelope::newSyncKey();
    const DeviceKeys signer = DeviceKeys::generate();
    const auto a = Envelope::seal(header(), QByteArray(10, 'x'), key, signer);
    const auto b = Envelope::seal(header(), QByteArray(200, 'x'), key, signer);
    CHECK(a.sealed.size() == b.sealed.size());
    CHECK(a.paddedSize == 256);
}

TEST_CASE("a hub address is a PostgreSQL URI, shown without its password")
{
    auto address =
        HubAddress::parse(QStringLiteral("postgresql://relais:s3cret@hub.local:5433/"
                                         "cabinet?sslrootcert=/etc/relais/ca%20cabinet.crt"));
    REQUIRE(address.has_value());
    CHECK(address->host == QStringLiteral("hub.local"));
    CHECK(address->port == 5433);
    CHECK(address->database == QStringLiteral("cabinet"));
    CHECK(address->password == QStringLiteral("s3cret"));
    CHECK(address->caFile == QStringLiteral("/etc/relais/ca cabinet.crt"));
    CHECK(address->toString() ==
          QStringLiteral("postgresql://relais@hub.local:5433/cabinet?sslrootcert=/etc/relais/"
                         "ca%20cabinet.crt"));
    CHECK(HubAddress::parse(address->toString())->caFile == address->caFile);
    CHECK_FALSE(address->isLoopback());
    CHECK(address->tlsOptions() ==
          QStringLiteral("sslmode=verify-full;sslrootcert='/etc/relais/ca cabinet.crt'"));
    auto loopback = HubAddress::parse(QStringLiteral("postgres://u@127.0.0.1/db"));
    REQUIRE(loopback.has_value());
    CHECK(loopback->isLoopback());
    CHECK(loopback->tlsOptions() == QStringLiteral("sslmode=prefer"));
    CHECK(HubAddress::parse(QStringLiteral("postgresql://u@localhost/db?sslmode=verify-full&"
                                           "sslrootcert=/ca.crt"))
              ->tlsOptions()
              .startsWith(QStringLiteral("sslmode=verify-full;")));
    for (const char *bad :
         {"", "hub.local", "http://u@hub/db", "postgresql://hub/db", "postgresql://u@hub",
          "postgresql://u@localhost/db?sslmode=disable",
          "postgresql://u@localhost/db?sslmode=require&sslrootcert=/ca.crt",
          "postgresql://u@localhost/db?options=-csearch_path%3Dx",
          "postgresql://u@localhost/db?sslrootcert=/a;b.crt", "postgresql://u@localhost/db#x"}) {
        INFO(bad);
        auto parsed = HubAddress::parse(QString::fromUtf8(bad));
        REQUIRE_FALSE(parsed.has_value());
        CHECK(parsed.error().field == QStringLiteral("hub"));
    }
    // Beyond this computer, never without the CA: the sentence says how to give it.
    auto far = HubAddress::parse(QStringLiteral("postgresql://relais@hub.cabinet.fr/relais"));
    REQUIRE_FALSE(far.has_value());
    CHECK(far.error().message.contains(QStringLiteral("TLS")));
    CHECK(far.error().message.contains(QStringLiteral("?sslrootcert=")));
}

TEST_CASE("the hub is reached over TLS with its certificate checked, or not at all")
{
    TestHub hub;
    if (!hub.available())
        return;
    TempDir folder;
    const TestHub::Certificates certificates = TestHub::makeCertificates(folder.path());
    // The server's TLS is the whole cluster's: turned off again however this test ends.
    struct Serving
    {
        const TestHub &hub;
        ~Serving()
        {
            try {
                hub.stopTls();
            } catch (...) {
                std::fprintf(stderr, "turning TLS off again failed\n");
            }
        }
    };
    hub.serveTls(certificates.cert, certificates.key);
    const Serving serving{hub};

    const QUrl base(hub.uri());
    const auto addressWith = [&](const QString &host, const QString &ca) {
        QUrl url = base;
        url.setHost(host);
        if (!ca.isEmpty())
            url.setQuery(QStringLiteral("sslrootcert=") + ca);
        auto parsed = HubAddress::parse(url.toString());
        REQUIRE(parsed.has_value());
        return *parsed;
    };
    const auto refusal = [&](const HubAddress &address) {
        auto connected = Hub::connect(address, hub.password(), 5);
        REQUIRE_FALSE(connected.has_value());
        return connected.error().message;
    };

    SECTION("signed by the practice's CA, for the name in the address: connected over TLS")
    {
        auto connected =
            Hub::connect(addressWith(QStringLiteral("localhost"), certificates.ca), hub.password());
        REQUIRE(connected.has_value());
        REQUIRE((*connected)->init().has_value());
        CHECK(hub.relaisSessionsOverTls() == 1);
    }
    SECTION("signed by another CA")
    {
        const QString said =
            refusal(addressWith(QStringLiteral("localhost"), certificates.otherCa));
        CHECK(said.contains(QStringLiteral("did not sign")));
        CHECK(said.contains(certificates.otherCa));
    }
    SECTION("made for another name than the one in the address")
    {
        CHECK(refusal(addressWith(QStringLiteral("127.0.0.1"), certificates.ca))
                  .contains(QStringLiteral("another name")));
    }
    SECTION("expired")
    {
        hub.serveTls(certificates.expiredCert, certificates.key);
        CHECK(refusal(addressWith(QStringLiteral("localhost"), certificates.ca))
                  .contains(QStringLiteral("expired")));
    }
    SECTION("a CA file that is not there")
    {
        CHECK(refusal(addressWith(QStringLiteral("localhost"), folder.file(QStringLiteral("none"))))
                  .contains(QStringLiteral("cannot be read")));
    }
    SECTION("a hub that offers no TLS")
    {
        hub.stopTls();
        CHECK(refusal(addressWith(QStringLiteral("localhost"), certificates.ca))
                  .contains(QStringLiteral("offers no TLS")));
    }
}

TEST_CASE("an invitation code is read as people type it")
{
    CHECK(Invitation::normalise(QStringLiteral("abcd-efgh jkmn-pqrs")) ==
          QStringLiteral("ABCDEFGHJKMNPQRS"));
    CHECK(Invitation::normalise(QStringLiteral("O0Il-")) == QStringLiteral("0011"));
}

TEST_CASE("two files of one person met through sync are proposed for merge, never merged")
{
    TwinFiles twins;
    TestPractice &here = twins.here;
    const QString &mine = twins.mine;
    const QString &theirs = twins.theirs;

    PracticeSync sync(*here.vault);
    auto found = sync.findDuplicates({theirs});
    REQUIRE(found.has_value());
    CHECK(*found == 1);
    CHECK(sync.findDuplicates({theirs, mine}).value() == 0); // the same pair, once
    auto listed = sync.duplicates(here.assistant);
    REQUIRE(listed.has_value());
    REQUIRE(listed->size() == 1);
    CHECK(listed->first().score >= PatientRegistry::BlockingScore);
    CHECK(QStringList{listed->first().first.id, listed->first().second.id}.contains(mine));
    CHECK(here.patients() == 2); // proposed, not merged

    SECTION("said to be two people: no longer proposed")
    {
        REQUIRE(sync.dismissDuplicate(here.assistant, theirs, mine));
        CHECK(sync.duplicates(here.assistant)->isEmpty());
    }
    SECTION("merged: no longer proposed")
    {
        REQUIRE(PatientMerger(*here.vault)
                    .merge(here.doctor, mine, theirs, QStringLiteral("doublon"))
                    .has_value());
        CHECK(sync.duplicates(here.assistant)->isEmpty());
    }
}

TEST_CASE("the hub is set up once, and says what it did")
{
    TestHub hub;
    if (!hub.available())
        return;
    auto first = Synchronizer::initHub(hub.uri(), hub.password());
    REQUIRE(first.has_value());
    CHECK(first->join(QLatin1Char('\n')).contains(QStringLiteral("Created envelope")));
    auto again = Synchronizer::initHub(hub.uri(), hub.password());
    REQUIRE(again.has_value());
    CHECK(again->join(QLatin1Char('\n')).contains(QStringLiteral("nothing to do")));

    // A hub set up by the first version (no cursors, no pruning) is brought up to date.
    hub.query(QStringLiteral("ALTER TABLE relais.device DROP COLUMN received_seq"));
    hub.query(QStringLiteral("ALTER TABLE relais.practice DROP COLUMN pruned_through"));
    hub.query(QStringLiteral("UPDATE relais.meta SET value = '1' WHERE key = 'schema_version'"));
    auto upgraded = Synchronizer::initHub(hub.uri(), hub.password());
    REQUIRE(upgraded.has_value());
    CHECK(upgraded->join(QLatin1Char('\n')).contains(QStringLiteral("from schema version 1 to 4")));
    CHECK(hub.query(QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE "
                                   "table_schema = 'relais' AND column_name IN ('received_seq', "
                                   "'pruned_through')")) == QStringLiteral("2"));

    hub.query(QStringLiteral("UPDATE relais.meta SET value = '99' WHERE key = 'schema_version'"));
    auto newer = Synchronizer::initHub(hub.uri(), hub.password());
    REQUIRE_FALSE(newer.has_value());
    CHECK(newer.error().code == ErrorCode::TooNew);

    auto refused = Synchronizer::initHub(hub.uri(), QStringLiteral("not the password"));
    REQUIRE_FALSE(refused.has_value());
}

TEST_CASE("the hub's own limits hold, whatever a workstation sends")
{
    TestHub hub;
    if (!hub.available())
        return;
    REQUIRE(Synchronizer::initHub(hub.uri(), hub.password()).has_value());
    hub.query(QStringLiteral("INSERT INTO relais.practice (id) VALUES ('p')"));
    const auto insert = [&](int rows, int bytes) {
        return hub.refusalOf(
            QStringLiteral("INSERT INTO relais.envelope (practice_id, device_id, envelope_id, "
                           "epoch, padded_size, sealed) SELECT 'p', 'd', gen_random_uuid(), 1, "
                           "256, convert_to(repeat('x', %2), 'UTF8') FROM generate_series(1, %1)")
                .arg(rows)
                .arg(bytes));
    };
    // Refused by PostgreSQL itself: too many envelopes in one statement, one too large.
    CHECK(insert(Hub::MaxEnvelopesPerStatement, 300).isEmpty());
    CHECK(insert(Hub::MaxEnvelopesPerStatement + 1, 300) == QStringLiteral("54000"));
    CHECK(insert(1, static_cast<int>(Hub::MaxEnvelopeBytes) + 1) == QStringLiteral("23514"));
    hub.query(QStringLiteral("INSERT INTO relais.snapshot (id, practice_id, device_id, base_seq) "
                             "VALUES (gen_random_uuid(), 'p', 'd', 0)"));
    CHECK(hub.refusalOf(QStringLiteral("INSERT INTO relais.snapshot_chunk SELECT id, 0, "
                                       "convert_to(repeat('x', %1), 'UTF8') FROM "
                                       "relais.snapshot")
                            .arg(Hub::MaxChunkBytes + 1)) == QStringLiteral("23514"));
    // Every session's statements and idle transactions end on their own.
    CHECK(hub.query(QStringLiteral("SHOW statement_timeout")) == QStringLiteral("1min"));
    CHECK(hub.query(QStringLiteral("SHOW idle_in_transaction_session_timeout")) ==
          QStringLiteral("5min"));

    // Relais says it before sending, and keeps the change.
    auto address = HubAddress::parse(hub.uri());
    auto connected = Hub::connect(*address, hub.password());
    REQUIRE(connected.has_value());
    SealedEnvelope huge;
    huge.header = {Envelope::randomId(), QStringLiteral("p"), QStringLiteral("d"), 1};
    huge.sealed = QByteArray(Hub::MaxEnvelopeBytes + 1, 'x');
    huge.paddedSize = 256;
    const QString before = hub.query(QStringLiteral("SELECT count(*) FROM relais.envelope"));
    auto refused = (*connected)->push(QStringLiteral("p"), {huge});
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().message.contains(QStringLiteral("too large")));
    CHECK(hub.query(QStringLiteral("SELECT count(*) FROM relais.envelope")) == before);
}

TEST_CASE("a workstation that has no hub, or a hub with no schema, is told so")
{
    TestHub hub;
    if (!hub.available())
        return;
    Workstation a;
    a.practice.withDemo(3);
    Synchronizer sync(a.vault(), Actor{a.practice.doctor.userId});
    auto none = sync.run();
    REQUIRE_FALSE(none.has_value());
    CHECK(none.error().message.contains(QStringLiteral("no hub")));
    auto bare = sync.run(hub.uri(), hub.password());
    REQUIRE_FALSE(bare.has_value());
    CHECK(bare.error().message.contains(QStringLiteral("relais hub init")));
    auto away = sync.run(QStringLiteral("postgresql://relais@127.0.0.1:1/relais"), QString());
    REQUIRE_FALSE(away.has_value());
    CHECK(away.error().message.contains(QStringLiteral("does not answer")));
    CHECK_FALSE(SyncState(a.vault()).isSetUp());
}

TEST_CASE("two workstations hold the same records after syncing through the hub")
{
    PracticeOnHub onHub(30);
    if (!onHub.hub.available())
        return;
    auto &[hub, a, admin, first] = onHub;
    CHECK(first.practiceCreated);
    CHECK(first.pushed > 30);
    CHECK(first.pending == 0);
    CHECK(a.practice.count(QStringLiteral("SELECT count(*) FROM change_journal")) == 0);

    Workstation b;
    join(a, admin, b, hub);
    const SyncReport pushedEnrolment = a.sync(hub, admin);
    CHECK(pushedEnrolment.pushed == 0); // b's enrolment went with the grant
    const SyncReport received = b.sync(hub, Actor::system());
    CHECK(received.refused == 0);
    CHECK(received.held == 0);
    CHECK(received.applied == first.pushed + 1);
    CHECK(digestOf(b.vault()).toStdString() == digestOf(a.vault()).toStdString());
    CHECK(b.practice.patients() == 30);

    // Qt's QSQLITE would bring a second SQLite that ignores the vault's key: the hub's driver
    // must come alone.
    QFile maps(QStringLiteral("/proc/self/maps"));
    REQUIRE(maps.open(QIODevice::ReadOnly));
    const QByteArray mapped = maps.readAll();
    CHECK(mapped.contains("libqsqlpsql"));
    CHECK_FALSE(mapped.contains("libqsqlite"));

    SECTION("the practice's people log in on the new workstation with their own password")
    {
        auto session = Authenticator(b.vault()).logIn(QStringLiteral("assistante"),
                                                      QLatin1String(DemoPractice::Password));
        REQUIRE(session.has_value());
        CHECK(session->roles == Role::Assistant);
    }
    SECTION("changes on both sides meet, and both end the same")
    {
        auto bSession = Authenticator(b.vault()).logIn(QStringLiteral("medecin"),
                                                       QLatin1String(DemoPractice::Password));
        REQUIRE(bSession.has_value());
        REQUIRE(a.practice.registry().create(a.practice.assistant, helene()).has_value());
        PatientIdentity other = helene();
        other.birthName = QStringLiteral("DURAND");
        REQUIRE(PatientRegistry(b.vault()).create(*bSession, other).has_value());
        a.sync(hub, admin);
        const SyncReport bSync = b.sync(hub, Actor::system());
        CHECK(bSync.applied >= 1);
        a.sync(hub, admin);
        CHECK(a.practice.patients() == 32);
        CHECK(digestOf(b.vault()) == digestOf(a.vault()));

        SECTION("a sync with nothing to do changes nothing")
        {
            const QString before = digestOf(a.vault());
            const SyncReport idle = a.sync(hub, admin);
            CHECK(idle.pushed == 0);
            CHECK(idle.applied == 0);
            CHECK(digestOf(a.vault()) == before);
        }
    }
    SECTION("a user disabled on one workstation can no longer log in on the other once synced")
    {
        auto accounts = UserAccounts(a.vault(), Passwords::Cost::quick());
        REQUIRE(accounts.setDisabled(a.practice.doctor, a.practice.assistant.userId, true));
        a.sync(hub, admin);
        b.sync(hub, Actor::system());
        auto refused = Authenticator(b.vault()).logIn(QStringLiteral("assistante"),
                                                      QLatin1String(DemoPractice::Password));
        REQUIRE_FALSE(refused.has_value());
        CHECK(digestOf(b.vault()).toStdString() == digestOf(a.vault()).toStdString());
    }
    SECTION("a record made on a file merged elsewhere follows it to the kept file")
    {
        auto kept = a.practice.registry().create(a.practice.assistant, helene());
        REQUIRE(kept.has_value());
        PatientIdentity twin = helene();
        twin.birthName = QStringLiteral("Dupond");
        auto merged = a.practice.registry().create(a.practice.assistant, twin, true);
        REQUIRE(merged.has_value());
        a.sync(hub, admin);
        b.sync(hub, Actor::system());
        // On b, before the merge reaches it: a condition noted on the file about to be merged.
        auto noted = b.vault().write(Actor::system(), [&](RecordWriter &w) {
            return w.create(QStringLiteral("patient_condition"),
                            {{QStringLiteral("patient_id"), *merged},
                             {QStringLiteral("category"), QStringLiteral("medical")},
                             {QStringLiteral("label"), QStringLiteral("Asthme")}});
        });
        REQUIRE(noted.has_value());
        REQUIRE(PatientMerger(a.vault())
                    .merge(a.practice.doctor, *kept, *merged, QStringLiteral("doublon"))
                    .has_value());
        const auto syncBoth = [&] {
            REQUIRE(PracticeSync(a.vault()).sync(a.practice.doctor).has_value());
            REQUIRE(PracticeSync(b.vault()).sync(std::nullopt).has_value());
        };
        syncBoth();
        syncBoth();
        for (Workstation *w : {&a, &b}) {
            QSqlQuery q(w->vault().database());
            REQUIRE(
                q.exec(QStringLiteral("SELECT patient_id FROM patient_condition WHERE id = '%1'")
                           .arg(*noted)));
            REQUIRE(q.next());
            CHECK(q.value(0).toString() == *kept);
        }
        CHECK(digestOf(b.vault()).toStdString() == digestOf(a.vault()).toStdString());
    }
    SECTION("the audit trails travel, each chain whole")
    {
        b.sync(hub, Actor::system());
        const qint64 peerRows =
            b.practice.count(QStringLiteral("SELECT count(*) FROM audit_peer WHERE device = '%1'")
                                 .arg(a.vault().deviceId()));
        CHECK(peerRows == a.practice.count(QStringLiteral("SELECT max(seq) FROM audit_log")));
        auto verdicts = b.vault().verifyPeerTrails();
        REQUIRE(verdicts.has_value());
        REQUIRE(verdicts->size() == 1);
        CHECK(verdicts->first().first == a.vault().deviceId());
        CHECK_FALSE(verdicts->first().second.firstBrokenSeq.has_value());
        CHECK(verdicts->first().second.rowsChecked == peerRows);
        QSqlQuery tamper(b.vault().database());
        REQUIRE(
            tamper.exec(QStringLiteral("UPDATE audit_peer SET user_id = 'someone' WHERE seq = 3")));
        auto broken = b.vault().verifyPeerTrails();
        REQUIRE(broken.has_value());
        CHECK(broken->first().second.firstBrokenSeq == 3);
    }
}

TEST_CASE("a dump of the hub holds no name, NIR or note of the practice")
{
    PracticeOnHub onHub(30);
    if (!onHub.hub.available())
        return;
    auto &[hub, a, admin, first] = onHub;
    // Notes the practice wrote, each with a word found nowhere else.
    PatientDetails details(a.vault());
    QStringList notes;
    QSqlQuery files(a.vault().database());
    REQUIRE(files.exec(QStringLiteral("SELECT id FROM patient ORDER BY id LIMIT 5")));
    while (files.next()) {
        auto file = details.load(a.practice.assistant, files.value(0).toString());
        REQUIRE(file.has_value());
        file->notes =
            QStringLiteral("Vient avec sa fille, malentendant, note%1secrete").arg(notes.size());
        REQUIRE(details.update(a.practice.assistant, *file));
        notes.append(file->notes.section(QLatin1Char(' '), -1));
    }
    a.sync(hub, admin);
    Workstation b;
    join(a, admin, b, hub);
    a.sync(hub, admin);
    b.sync(hub, Actor::system());
    REQUIRE(digestOf(b.vault()) == digestOf(a.vault()));

    checkWhatTheHubHolds(hub, a.vault(), notes);
}

TEST_CASE("an invitation code mistyped, unknown or used twice is refused with a reason")
{
    PracticeOnHub onHub(2);
    if (!onHub.hub.available())
        return;
    auto &[hub, a, admin, first] = onHub;
    auto made = Synchronizer(a.vault(), admin).invite();
    REQUIRE(made.has_value());

    Workstation b;
    auto badShape =
        Synchronizer(b.vault(), Actor::system()).join(hub.uri(), QStringLiteral("ABC"), {});
    REQUIRE_FALSE(badShape.has_value());
    CHECK(badShape.error().field == QStringLiteral("code"));
    auto unknown = Synchronizer(b.vault(), Actor::system())
                       .join(hub.uri(), QStringLiteral("ZZZZ-ZZZZ-ZZZZ-ZZZZ"), {});
    REQUIRE_FALSE(unknown.has_value());
    INFO(unknown.error().message.toStdString());
    CHECK(unknown.error().message.contains(QStringLiteral("no open invitation")));

    // The last part mistyped: the login it gives is not the invitation's, and the hub refuses
    // it before anything is sent.
    QString typo = made->code;
    typo[typo.size() - 1] =
        typo.at(typo.size() - 1) == QLatin1Char('2') ? QLatin1Char('3') : QLatin1Char('2');
    auto mistyped = Synchronizer(b.vault(), Actor::system()).join(hub.uri(), typo, {});
    REQUIRE_FALSE(mistyped.has_value());
    CHECK(mistyped.error().message.contains(QStringLiteral("no open invitation")));
    CHECK_FALSE(SyncState(b.vault()).isSetUp());
    CHECK(hub.query(QStringLiteral("SELECT count(*) FROM relais.invitation WHERE response IS "
                                   "NOT NULL")) == QStringLiteral("0"));

    // Used once, an invitation's login has a password only that workstation knows.
    int polls = 0;
    auto joined = Synchronizer(b.vault(), Actor::system()).join(hub.uri(), made->code, [&](qint64) {
        REQUIRE(Synchronizer(a.vault(), admin).grantAnswered().has_value());
        return ++polls < 5;
    });
    INFO((joined ? QString() : joined.error().message).toStdString());
    REQUIRE(joined.has_value());
    Workstation c;
    auto again = Synchronizer(c.vault(), Actor::system()).join(hub.uri(), made->code, {});
    REQUIRE_FALSE(again.has_value());
    CHECK(again.error().message.contains(QStringLiteral("no open invitation")));
    CHECK_FALSE(SyncState(c.vault()).isSetUp());
}

TEST_CASE("a workstation whose clock is wrong is told, and keeps its changes until it is fixed")
{
    PracticeOnHub onHub(2);
    if (!onHub.hub.available())
        return;
    auto &[hub, a, admin, first] = onHub;

    a.practice.clock.set(QDateTime::currentDateTimeUtc().addSecs(15 * 60));
    REQUIRE(a.practice.registry().create(a.practice.assistant, helene()).has_value());
    const SyncReport refused = a.sync(hub, admin);
    CHECK(refused.pushRefusedForClock);
    CHECK(refused.pushed == 0);
    CHECK(refused.pending > 0);
    CHECK(refused.warnings().join(QLatin1Char(' ')).contains(QStringLiteral("ahead")));

    a.practice.clock.set(QDateTime::currentDateTimeUtc().addSecs(5 * 60));
    const SyncReport warned = a.sync(hub, admin);
    CHECK_FALSE(warned.pushRefusedForClock);
    CHECK(warned.pushed == refused.pending);
    CHECK(warned.pending == 0);
    CHECK(warned.warnings().join(QLatin1Char(' ')).contains(QStringLiteral("set the date")));
}

TEST_CASE("a change stamped far ahead, or altered on the hub, is kept aside and the rest applied")
{
    PracticeOnHub onHub(3);
    if (!onHub.hub.available())
        return;
    auto &[hub, a, admin, first] = onHub;
    Workstation b;
    join(a, admin, b, hub);
    a.sync(hub, admin);
    b.sync(hub, Actor::system());
    REQUIRE(digestOf(b.vault()).toStdString() == digestOf(a.vault()).toStdString());

    SECTION("stamped two hours ahead by a broken clock: quarantined")
    {
        // Written while the clock was two hours ahead, pushed once it was set back: the
        // stamps stay ahead (a clock never goes back).
        a.practice.clock.set(QDateTime::currentDateTimeUtc().addSecs(2 * 3600));
        REQUIRE(a.practice.registry().create(a.practice.assistant, helene()).has_value());
        a.practice.clock.set(QDateTime::currentDateTimeUtc());
        const SyncReport pushed = a.sync(hub, admin);
        REQUIRE(pushed.pushed > 0);
        const SyncReport received = b.sync(hub, Actor::system());
        CHECK(received.keptAside == pushed.pushed);
        CHECK(received.applied == 0);
        CHECK(b.practice.patients() == 3);
        auto aside = PracticeSync(b.vault()).keptAside();
        REQUIRE(aside.has_value());
        REQUIRE_FALSE(aside->isEmpty());
        CHECK(aside->first().kind == QStringLiteral("clock"));
        CHECK(aside->first().reason.contains(QStringLiteral("ahead")));
    }
    SECTION("altered on the hub: refused with a reason, the envelopes around it applied")
    {
        REQUIRE(a.practice.registry().create(a.practice.assistant, helene()).has_value());
        PatientIdentity other = helene();
        other.birthName = QStringLiteral("Durand");
        other.usedName.clear();
        other.firstNames = QStringLiteral("Lucie");
        other.birthDate = QDate(1990, 2, 3);
        REQUIRE(a.practice.registry().create(a.practice.assistant, other).has_value());
        const SyncReport pushed = a.sync(hub, admin);
        REQUIRE(pushed.pushed >= 2);
        hub.query(QStringLiteral("UPDATE relais.envelope SET sealed = overlay(sealed placing "
                                 "'\\x00'::bytea from 40 for 1) WHERE seq = (SELECT max(seq) - 1 "
                                 "FROM relais.envelope)"));
        const SyncReport received = b.sync(hub, Actor::system());
        CHECK(received.refused == 1);
        CHECK(received.applied >= 1);
        auto aside = PracticeSync(b.vault()).keptAside();
        REQUIRE(aside.has_value());
        REQUIRE(aside->size() == 1);
        CHECK(aside->first().kind == QStringLiteral("refused"));
        CHECK(aside->first().device == a.vault().deviceId());
        // The next sync does not stumble on it again.
        const SyncReport next = b.sync(hub, Actor::system());
        CHECK(next.refused == 0);
        CHECK(next.applied == 0);
    }
}

TEST_CASE("a pull cut off by the hub leaves nothing half-applied, and the next sync goes on")
{
    PracticeOfTwo onHub(3);
    if (!onHub.hub.available())
        return;
    auto &[hub, a, admin, first] = static_cast<PracticeOnHub &>(onHub);
    Workstation &b = onHub.b;
    // Pages of changes made after b joined: b receives them as envelopes (one page is being
    // applied while the next is fetched).
    QList<PatientIdentity> drafts;
    quint32 state = 7;
    for (int i = 0; i < 4 * Synchronizer::PageSize; ++i)
        drafts.append(DemoPractice::makePatient(state));
    REQUIRE(a.practice.registry().createBatch(a.practice.doctor, drafts).has_value());
    const SyncReport pushed = a.sync(hub, admin);
    REQUIRE(pushed.pushed > 3 * Synchronizer::PageSize);

    bool cut = false;
    auto interrupted = Synchronizer(b.vault(), Actor::system())
                           .run({}, {}, [&](const QString &step, qint64 done, qint64) {
                               // After the first page: it stays applied.
                               if (step == QStringLiteral("Receiving") && done > 0 && !cut) {
                                   cut = true;
                                   hub.query(QStringLiteral(
                                       "SELECT count(pg_terminate_backend(pid)) FROM "
                                       "pg_stat_activity WHERE application_name = 'relais' AND "
                                       "datname = current_database()"));
                               }
                           });
    REQUIRE(cut);
    REQUIRE_FALSE(interrupted.has_value());
    CHECK(interrupted.error().message.contains(QStringLiteral("connection to the hub was lost")));
    CHECK(SyncState(b.vault()).cursor() > 0);
    const SyncReport resumed = b.sync(hub, Actor::system());
    CHECK(resumed.received > 0);
    CHECK(resumed.received < pushed.pushed);
    CHECK(digestOf(b.vault()).toStdString() == digestOf(a.vault()).toStdString());
}

TEST_CASE("one time booked on two workstations is kept twice and shown as a conflict to resolve")
{
    PracticeOfTwo onHub(4);
    if (!onHub.hub.available())
        return;
    auto &[hub, a, admin, pushed] = static_cast<PracticeOnHub &>(onHub);
    Workstation &b = onHub.b;
    QStringList patients;
    QSqlQuery ids(a.vault().database());
    REQUIRE(ids.exec(QStringLiteral("SELECT id FROM patient ORDER BY id LIMIT 2")));
    while (ids.next())
        patients.append(ids.value(0).toString());
    REQUIRE(patients.size() == 2);

    // Both desks give tomorrow's 10:00 with the GP, each to a patient of its own, offline.
    const Session &desk = a.practice.assistant;
    const QDateTime tomorrow =
        QDateTime(QDate::currentDate().addDays(1), QTime(10, 0), Qt::LocalTime).toUTC();
    const auto draft = [&](const QString &patient) {
        Appointment x;
        x.practitionerId = a.practice.doctor.userId;
        x.patientId = patient;
        x.type = QStringLiteral("C");
        x.start = tomorrow;
        x.end = tomorrow.addSecs(15 * 60);
        return x;
    };
    auto here = Agenda(a.vault()).book(desk, draft(patients.at(0)));
    auto there = Agenda(b.vault()).book(desk, draft(patients.at(1)));
    REQUIRE(here.has_value());
    REQUIRE(there.has_value());
    b.sync(hub, Actor::system());
    a.sync(hub, admin);
    b.sync(hub, Actor::system());

    for (Workstation *w : {&a, &b}) {
        auto conflicts = Agenda(w->vault()).doubleBookings(desk);
        REQUIRE(conflicts.has_value());
        REQUIRE(conflicts->size() == 1); // both kept, one pair
        const QStringList pair{conflicts->first().first.appointment.id,
                               conflicts->first().second.appointment.id};
        CHECK(pair.contains(*here));
        CHECK(pair.contains(*there));
        CHECK(conflicts->first().first.inConflict);
        CHECK_FALSE(conflicts->first().first.patientName.isEmpty());
    }
    CHECK_FALSE(Agenda(a.vault()).doubleBookings(Session{}).has_value()); // no one logged in

    SECTION("kept both on one workstation: resolved on the other too")
    {
        REQUIRE(Agenda(b.vault()).keepBoth(desk, *here));
        b.sync(hub, Actor::system());
        a.sync(hub, admin);
        CHECK(Agenda(a.vault()).doubleBookings(desk)->isEmpty());
        CHECK(Agenda(a.vault()).entry(desk, *here)->appointment.overbooked);
    }
    SECTION("one cancelled: resolved")
    {
        REQUIRE(Agenda(a.vault()).cancel(desk, *there, Appointment::CancelledBy::Practice,
                                         QStringLiteral("Réservé deux fois")));
        CHECK(Agenda(a.vault()).doubleBookings(desk)->isEmpty());
    }
}

TEST_CASE("a new workstation starts from the practice's snapshot, and a load cut off goes on")
{
    PracticeWithSnapshot onHub;
    if (!onHub.hub.available())
        return;
    auto &[hub, a, admin, first] = static_cast<PracticeOnHub &>(onHub);
    Workstation &b = onHub.b;
    CHECK(hub.query(QStringLiteral("SELECT count(*) FROM relais.snapshot WHERE complete")) ==
          QStringLiteral("1"));

    SECTION("received whole: the same records, the users, the audit trail, few envelopes")
    {
        const SyncReport received = b.sync(hub, Actor::system());
        CHECK(received.snapshotChunks == 1);
        CHECK(received.received < 20); // what came after the snapshot: the enrolment, the trail
        CHECK(digestOf(b.vault()) == digestOf(a.vault()));
        CHECK(Authenticator(b.vault())
                  .logIn(QStringLiteral("assistante"), QLatin1String(DemoPractice::Password))
                  .has_value());
        auto trails = b.vault().verifyPeerTrails();
        REQUIRE(trails.has_value());
        REQUIRE(trails->size() == 1);
        CHECK(trails->first().second.intact());
        CHECK(trails->first().second.rowsChecked > 100);
        // Then it works as any other: what it writes reaches the first one.
        REQUIRE(b.practice.registry().create(DeskAssistant, helene()).has_value());
        b.sync(hub, Actor::system());
        a.sync(hub, admin);
        CHECK(digestOf(b.vault()) == digestOf(a.vault()));
    }
    SECTION("cut off after a part: the next sync goes on from the next part")
    {
        // A snapshot in small parts, made as the first workstation makes one.
        SyncState state(a.vault());
        auto key = state.practiceKey(state.epoch());
        auto keys = state.deviceKeys();
        REQUIRE(key.has_value());
        REQUIRE(keys.has_value());
        auto address = HubAddress::parse(hub.uri());
        auto connected = Hub::connect(*address, hub.password());
        REQUIRE(connected.has_value());
        auto parts = PracticeSnapshot::publish(
            a.vault(), **connected,
            PracticeSnapshot::Seal{state.practiceId(), state.epoch(), &*key, &*keys},
            state.cursor(), 64 * 1024);
        REQUIRE(parts.has_value());
        REQUIRE(*parts > 3);
        CHECK(hub.query(QStringLiteral("SELECT count(*) FROM relais.snapshot")) ==
              QStringLiteral("1")); // the older one went

        bool cut = false;
        auto interrupted =
            Synchronizer(b.vault(), Actor::system())
                .run({}, {}, [&](const QString &step, qint64 done, qint64) {
                    if (step == QStringLiteral("Receiving the practice's records") && done == 2 &&
                        !cut) {
                        cut = true;
                        hub.query(QStringLiteral(
                            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE "
                            "application_name = 'relais' AND datname = current_database()"));
                    }
                });
        REQUIRE(cut);
        REQUIRE_FALSE(interrupted.has_value());
        CHECK(SyncState(b.vault()).snapshotLoading().second == 2);
        CHECK(SyncState(b.vault()).cursor() == 0);
        const SyncReport resumed = b.sync(hub, Actor::system());
        CHECK(resumed.snapshotChunks == *parts - 2);
        CHECK(SyncState(b.vault()).snapshotLoading().first.isEmpty());
        CHECK(digestOf(b.vault()) == digestOf(a.vault()));
    }
}

TEST_CASE("pruning keeps what every workstation, and a new one, still needs")
{
    PracticeWithSnapshot onHub;
    if (!onHub.hub.available())
        return;
    auto &[hub, a, admin, first] = static_cast<PracticeOnHub &>(onHub);
    Workstation &b = onHub.b;
    auto address = HubAddress::parse(hub.uri());
    auto connected = Hub::connect(*address, hub.password());
    REQUIRE(connected.has_value());
    Hub &host = **connected;
    const QString practice = SyncState(a.vault()).practiceId();
    const auto envelopes = [&] {
        return hub.query(QStringLiteral("SELECT count(*) FROM relais.envelope")).toLongLong();
    };
    const qint64 all = envelopes();

    // The new workstation has not said what it received: nothing goes.
    b.sync(hub, Actor::system());
    auto pruned = host.prune();
    REQUIRE(pruned.has_value());
    REQUIRE(pruned->size() == 1);
    CHECK(pruned->first().envelopes == 0);
    CHECK(envelopes() == all);

    // Both have received everything: what the snapshot holds goes, what came after stays.
    a.sync(hub, admin);
    b.sync(hub, Actor::system());
    auto snapshot = host.latestSnapshot(practice);
    REQUIRE(snapshot.has_value());
    REQUIRE(snapshot->has_value());
    const qint64 before = envelopes();
    pruned = host.prune();
    REQUIRE(pruned.has_value());
    CHECK(pruned->first().through == (*snapshot)->baseSeq);
    CHECK(pruned->first().envelopes > Synchronizer::SnapshotAfter);
    CHECK(pruned->first().bytes > pruned->first().envelopes * 256);
    CHECK(envelopes() == before - pruned->first().envelopes);
    CHECK(hub.query(QStringLiteral("SELECT min(seq) FROM relais.envelope")).toLongLong() >
          (*snapshot)->baseSeq);
    CHECK(*host.prunedThrough(practice) == (*snapshot)->baseSeq);
    auto again = host.prune();
    REQUIRE(again.has_value());
    CHECK(again->first().envelopes == 0);

    SECTION("a workstation let in afterwards starts from the snapshot, and has it all")
    {
        Workstation c;
        join(a, admin, c, hub);
        const SyncReport received = c.sync(hub, Actor::system());
        CHECK(received.snapshotChunks >= 1);
        CHECK(digestOf(c.vault()) == digestOf(a.vault()));
    }
    SECTION("a workstation put back behind what was pruned is refused, and says why")
    {
        REQUIRE(b.vault().setLocalSetting(SyncState::CursorKey, QStringLiteral("5")));
        REQUIRE(b.practice.registry().create(DeskAssistant, helene()).has_value());
        auto refused = Synchronizer(b.vault(), Actor::system()).run();
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().message.contains(QStringLiteral("pruned")));
        CHECK(b.practice.count(QStringLiteral("SELECT count(*) FROM change_journal")) == 1);
    }
}

TEST_CASE("a hub restored from an older backup is refused before anything moves")
{
    PracticeOfTwo onHub(2);
    if (!onHub.hub.available())
        return;
    auto &[hub, a, admin, first] = static_cast<PracticeOnHub &>(onHub);
    Workstation &b = onHub.b;
    const qint64 cursor = SyncState(b.vault()).cursor();
    REQUIRE(cursor > 10);
    // The hub as its backup of an hour ago left it: its last changes gone.
    hub.query(QStringLiteral("DELETE FROM relais.envelope WHERE seq > %1").arg(cursor - 10));
    REQUIRE(b.practice.registry().create(DeskAssistant, helene()).has_value());

    auto refused = Synchronizer(b.vault(), Actor::system()).run();
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().message.contains(QStringLiteral("older backup")));
    CHECK(SyncState(b.vault()).cursor() == cursor);
    CHECK(b.practice.count(QStringLiteral("SELECT count(*) FROM change_journal")) == 1);
    CHECK(hub.query(QStringLiteral("SELECT max(seq) FROM relais.envelope")).toLongLong() ==
          cursor - 10);
}
