#include "demo/DemoPractice.h"
#include "services/Authenticator.h"
#include "services/PatientRegistry.h"
#include "services/PracticeSync.h"
#include "support/TestHub.h"
#include "sync/Envelope.h"
#include "sync/Hub.h"
#include "sync/HubAddress.h"
#include "sync/HubLogin.h"
#include "sync/SyncFixtures.h"
#include "sync/SyncState.h"
#include "sync/Synchronizer.h"

#include <catch2/catch.hpp>

using namespace relais;
using namespace relais::test;

namespace {

SecureBytes bytesOf(const char *text)
{
    return SecureBytes(reinterpret_cast<const unsigned char *>(text), std::strlen(text));
}

QString hexOf(const SecureBytes &bytes)
{
    return QString::fromLatin1(
        QByteArray(bytes.chars(), static_cast<qsizetype>(bytes.size())).toHex());
}

// A workstation's login, as it keeps it: its role (in the hub's address) and its password.
struct KeptLogin
{
    QString role;
    QString password;
};

KeptLogin keptLogin(Vault &vault)
{
    SyncState state(vault);
    auto address = HubAddress::parse(state.hubAddress());
    REQUIRE(address.has_value());
    auto secret = state.secret(SyncState::HubPasswordSecret);
    REQUIRE(secret.has_value());
    return {address->user,
            QString::fromUtf8(secret->chars(), static_cast<qsizetype>(secret->size()))};
}

TestHub::Answer as(const TestHub &hub, const KeptLogin &login, const QString &sql)
{
    return hub.runAs(login.role, login.password, sql);
}

} // namespace

TEST_CASE("a login's verifier is PBKDF2-HMAC-SHA-256 as RFC 7914 and PostgreSQL compute it")
{
    // RFC 7914, section 11 (the same vectors as Python's hashlib.pbkdf2_hmac).
    CHECK(hexOf(HubLogin::pbkdf2Sha256(bytesOf("passwd"), QByteArrayLiteral("salt"), 1, 64)) ==
          QStringLiteral("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                         "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783"));
    CHECK(hexOf(HubLogin::pbkdf2Sha256(bytesOf("Password"), QByteArrayLiteral("NaCl"), 4096, 40)) ==
          QStringLiteral(
              "438b6f1df76520b1c9989ddf976545b40f1ab4d9da723a81aa5083108b0da61fe1a2be306bc4e962"));

    const QString verifier = HubLogin::scramVerifier(bytesOf("pencil"));
    CHECK(verifier.startsWith(QStringLiteral("SCRAM-SHA-256$4096:")));
    CHECK(verifier != HubLogin::scramVerifier(bytesOf("pencil"))); // a fresh salt each time
    const SecureBytes password = HubLogin::newPassword();
    CHECK(password.size() == 32);
    CHECK_FALSE(password.equals(HubLogin::newPassword()));

    // PostgreSQL lets in the password of a verifier made here, and no other.
    TestHub hub;
    if (!hub.available())
        return;
    const QString role = QStringLiteral("relais_test_scram_") + hub.uri().right(8).toLower();
    hub.query(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(role, verifier));
    hub.query(QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2")
                  .arg(HubAddress::parse(hub.uri())->database, role));
    CHECK(hub.runAs(role, QStringLiteral("pencil"), QStringLiteral("SELECT current_user")).value ==
          role);
    CHECK(hub.runAs(role, QStringLiteral("pencil2"), QStringLiteral("SELECT 1")).state ==
          QStringLiteral("login refused"));
    hub.query(QStringLiteral("REVOKE CONNECT ON DATABASE %1 FROM %2")
                  .arg(HubAddress::parse(hub.uri())->database, role));
    hub.query(QStringLiteral("DROP ROLE %1").arg(role));
}

TEST_CASE("a workstation's login may sync its own practice, and PostgreSQL refuses it the rest")
{
    PracticeOfTwo two(3);
    if (!two.hub.available())
        return;
    TestHub &hub = two.hub;
    const KeptLogin a = keptLogin(two.a.vault());
    const KeptLogin b = keptLogin(two.b.vault());
    CHECK(a.role.startsWith(QStringLiteral("relais_login_")));
    CHECK(b.role.startsWith(QStringLiteral("relais_inv_")));
    const QString practice = SyncState(two.a.vault()).practiceId();

    // Another practice on the same hub, with its own workstation.
    Workstation other;
    other.loginForNewPractice(hub);
    other.practice.withDemo(2);
    other.sync(hub, Actor{other.practice.doctor.userId});
    const QString otherPractice = SyncState(other.vault()).practiceId();
    REQUIRE(otherPractice != practice);
    const QString otherDevice = other.vault().deviceId();

    // The passwords given by the host, and derived from the invitation code, were replaced.
    CHECK(a.password != two.a.hubPassword);
    CHECK(hub.runAs(a.role, two.a.hubPassword, QStringLiteral("SELECT 1")).state ==
          QStringLiteral("login refused"));

    const auto as = [&](const KeptLogin &login, const QString &sql) {
        return hub.runAs(login.role, login.password, sql);
    };
    // What syncing needs: its practice's rows, all of them.
    CHECK(as(a, QStringLiteral("SELECT relais.my_practice()")).value == practice);
    const QString own =
        hub.query(QStringLiteral("SELECT count(*) FROM relais.envelope WHERE practice_id = '%1'")
                      .arg(practice));
    CHECK(own.toInt() > 0);
    CHECK(as(a, QStringLiteral("SELECT count(*) FROM relais.envelope")).value == own);
    CHECK(as(b, QStringLiteral("SELECT count(*) FROM relais.envelope")).value == own);

    // Another practice's rows, even sealed, are not there for it.
    for (const char *table : {"envelope", "device", "snapshot", "invitation"}) {
        INFO(table);
        CHECK(as(a, QStringLiteral("SELECT count(*) FROM relais.%1 WHERE practice_id = '%2'")
                        .arg(QLatin1String(table), otherPractice))
                  .value == QStringLiteral("0"));
    }
    CHECK(as(a, QStringLiteral("SELECT count(*) FROM relais.practice")).value ==
          QStringLiteral("1"));
    CHECK(as(a, QStringLiteral("SELECT count(*) FROM relais.snapshot_chunk c JOIN "
                               "relais.snapshot s ON s.id = c.snapshot_id WHERE s.practice_id "
                               "<> '%1'")
                    .arg(practice))
              .value == QStringLiteral("0"));

    // Everything else is refused by PostgreSQL itself (42501: insufficient privilege, or a
    // row-level security policy), whatever Relais would or would not send.
    const QString envelope = QStringLiteral(
        "INSERT INTO relais.envelope (practice_id, device_id, envelope_id, epoch, padded_size, "
        "sealed) VALUES ('%1', '%2', gen_random_uuid(), 1, 512, '\\x00')");
    const QStringList refused = {
        QStringLiteral("UPDATE relais.envelope SET sealed = '\\x00'"),
        QStringLiteral("DELETE FROM relais.envelope"),
        QStringLiteral("TRUNCATE relais.envelope"),
        QStringLiteral("DROP TABLE relais.envelope"),
        QStringLiteral("ALTER TABLE relais.envelope DISABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE TABLE relais.mine (a int)"),
        QStringLiteral("CREATE TABLE public.mine (a int)"),
        QStringLiteral("CREATE TEMP TABLE mine (a int)"),
        QStringLiteral("UPDATE relais.practice SET pruned_through = 0"),
        QStringLiteral("DELETE FROM relais.snapshot"),
        QStringLiteral("UPDATE relais.invitation SET granted = NULL"),
        QStringLiteral("SELECT count(*) FROM relais.member"),
        QStringLiteral("UPDATE relais.member SET practice_id = '%1'").arg(otherPractice),
        // pushing into another practice, or as another workstation of its own
        envelope.arg(otherPractice, otherDevice),
        envelope.arg(practice, two.b.vault().deviceId()),
        QStringLiteral("SELECT relais.touch_device('%1', '%2', 0)").arg(otherPractice, otherDevice),
        QStringLiteral("SELECT relais.lock_practice('%1')").arg(otherPractice),
        QStringLiteral("SELECT relais.claim_device('%1')").arg(two.b.vault().deviceId()),
        QStringLiteral("SELECT relais.add_login('%1', 'relais_evil', 'x')").arg(otherPractice),
        QStringLiteral("CREATE ROLE relais_evil LOGIN"),
        QStringLiteral("ALTER ROLE %1 PASSWORD 'known'").arg(b.role),
        QStringLiteral("GRANT SELECT ON relais.member TO %1").arg(a.role),
    };
    for (const QString &sql : refused) {
        INFO(sql.toStdString());
        CHECK(as(a, sql).state == QStringLiteral("42501"));
    }
    // Its own practice's push, as itself, is let in (the same statement as above).
    CHECK(as(a, envelope.arg(practice, two.a.vault().deviceId())).state.isEmpty());
}

TEST_CASE("a revoked workstation is shut out at once, and what it signs after is refused")
{
    PracticeOfTwo two(3);
    if (!two.hub.available())
        return;
    TestHub &hub = two.hub;
    Workstation &a = two.a;
    Workstation &b = two.b;
    Workstation c;
    join(a, two.admin, c, hub);
    c.sync(hub, Actor::system());
    const QString lost = c.vault().deviceId();
    const KeptLogin cLogin = keptLogin(c.vault());
    auto cSession = Authenticator(c.vault()).logIn(QStringLiteral("medecin"),
                                                   QLatin1String(DemoPractice::Password));
    REQUIRE(cSession.has_value());
    // What it wrote before it was lost stays the practice's.
    PatientIdentity before = helene();
    before.birthName = QStringLiteral("AVANT");
    REQUIRE(PatientRegistry(c.vault()).create(*cSession, before).has_value());
    c.sync(hub, Actor::system());
    const QString practice = SyncState(a.vault()).practiceId();
    // A sealed envelope of c's, as it was pushed: replayed later under a new id, it is c's still.
    auto owner = Hub::connect(*HubAddress::parse(hub.uri()), hub.password());
    REQUIRE(owner.has_value());
    auto itsEnvelopes = (*owner)->pull(practice, 0, 100000);
    REQUIRE(itsEnvelopes.has_value());
    QList<SealedEnvelope> fromC;
    for (const SealedEnvelope &e : std::as_const(*itsEnvelopes))
        if (e.header.deviceId == lost)
            fromC.append(e);
    REQUIRE_FALSE(fromC.isEmpty());

    const Session &doctor = a.practice.doctor;
    SECTION("only an administrator revokes, and never its own workstation")
    {
        auto byAssistant = PracticeSync(a.vault()).revoke(a.practice.assistant, lost);
        REQUIRE_FALSE(byAssistant.has_value());
        CHECK(byAssistant.error().code == ErrorCode::Denied);
        auto itself = PracticeSync(a.vault()).revoke(doctor, a.vault().deviceId());
        REQUIRE_FALSE(itself.has_value());
        CHECK(itself.error().message.contains(QStringLiteral("cannot revoke itself")));
        auto unknown = PracticeSync(a.vault()).revoke(doctor, QStringLiteral("nobody"));
        REQUIRE_FALSE(unknown.has_value());
        CHECK(unknown.error().code == ErrorCode::NotFound);
        CHECK(as(hub, cLogin, QStringLiteral("SELECT relais.my_practice()")).value == practice);
    }
    SECTION("revoked: shut out of the hub, a new key that it cannot read, its signature refused")
    {
        auto revoked = PracticeSync(a.vault()).revoke(doctor, lost);
        INFO((revoked ? QString() : revoked.error().message).toStdString());
        REQUIRE(revoked.has_value());
        CHECK_FALSE(revoked->revokedOnSharedLogin);
        CHECK(SyncState(a.vault()).epoch() == 2);
        // At once: its login no longer logs in.
        CHECK(hub.runAs(cLogin.role, cLogin.password, QStringLiteral("SELECT 1")).state ==
              QStringLiteral("login refused"));
        auto shut = Synchronizer(c.vault(), Actor::system()).run();
        REQUIRE_FALSE(shut.has_value());
        CHECK(shut.error().message.contains(QStringLiteral("refused the login")));

        // b learns it at its next sync, and takes the new key; a and b now seal with it.
        const SyncReport bSync = b.sync(hub, Actor::system());
        CHECK(bSync.refused == 0);
        CHECK(SyncState(b.vault()).epoch() == 2);
        PatientIdentity later = helene();
        later.birthName = QStringLiteral("APRES");
        later.firstNames = QStringLiteral("Louise");
        later.birthDate = later.birthDate.addYears(-30);
        auto made = a.practice.registry().create(a.practice.assistant, later);
        INFO((made ? QString() : made.error().message).toStdString());
        REQUIRE(made.has_value());
        a.sync(hub, two.admin);
        b.sync(hub, Actor::system());
        CHECK(digestOf(b.vault()) == digestOf(a.vault()));
        CHECK(b.practice.count(QStringLiteral("SELECT count(*) FROM patient WHERE birth_name = "
                                              "'AVANT'")) == 1);
        auto latest = (*owner)->pull(practice, 0, 100000);
        REQUIRE(latest.has_value());
        const SealedEnvelope newest = latest->constLast();
        CHECK(newest.header.epoch == 2);
        // c, its disk in other hands, holds the keys of epoch 1 only.
        CHECK(SyncState(c.vault()).epoch() == 1);
        CHECK_FALSE(SyncState(c.vault()).practiceKey(2).has_value());

        // Its envelopes put back on the hub after the revocation (by anyone who holds them)
        // are refused by every workstation, and kept aside with why.
        for (SealedEnvelope &e : fromC)
            e.header.envelopeId = Envelope::randomId();
        REQUIRE((*owner)->push(practice, fromC).has_value());
        const SyncReport after = b.sync(hub, Actor::system());
        CHECK(after.refused == fromC.size());
        CHECK(after.applied == 0);
        CHECK(b.practice.count(QStringLiteral("SELECT count(*) FROM sync_kept_aside WHERE reason "
                                              "LIKE '%revoked%'")) == fromC.size());
        CHECK(digestOf(b.vault()) == digestOf(a.vault()));
    }
}

TEST_CASE("a workstation let in after a revocation starts from a snapshot of the older key")
{
    PracticeWithSnapshot practice;
    if (!practice.hub.available())
        return;
    TestHub &hub = practice.hub;
    practice.b.sync(hub, Actor::system());
    // The snapshot left when b was let in is of epoch 1; b is then lost.
    auto revoked = PracticeSync(practice.a.vault())
                       .revoke(practice.a.practice.doctor, practice.b.vault().deviceId());
    INFO((revoked ? QString() : revoked.error().message).toStdString());
    REQUIRE(revoked.has_value());
    REQUIRE(SyncState(practice.a.vault()).epoch() == 2);
    Workstation c;
    join(practice.a, practice.admin, c, hub);
    const SyncReport first = c.sync(hub, Actor::system());
    CHECK(first.snapshotChunks > 0);
    CHECK(first.refused == 0);
    CHECK(SyncState(c.vault()).epoch() == 2);
    practice.a.sync(hub, practice.admin);
    c.sync(hub, Actor::system());
    CHECK(digestOf(c.vault()) == digestOf(practice.a.vault()));
}

TEST_CASE("revoking a workstation still on the host's login says it can still reach the hub")
{
    TestHub hub;
    if (!hub.available())
        return;
    REQUIRE(Synchronizer::initHub(hub.uri(), hub.password()).has_value());
    // Set up before hub schema 4: the host's login (hubUri empty), kept since.
    Workstation old;
    old.practice.withDemo(2);
    const Actor admin{old.practice.doctor.userId};
    old.sync(hub, admin);
    Workstation b;
    join(old, admin, b, hub);
    b.sync(hub, Actor::system());
    auto session = Authenticator(b.vault()).logIn(QStringLiteral("medecin"),
                                                  QLatin1String(DemoPractice::Password));
    REQUIRE(session.has_value());
    auto revoked = PracticeSync(b.vault()).revoke(*session, old.vault().deviceId());
    INFO((revoked ? QString() : revoked.error().message).toStdString());
    REQUIRE(revoked.has_value());
    CHECK(revoked->revokedOnSharedLogin);
    CHECK(revoked->warnings().join(QLatin1Char(' ')).contains(QStringLiteral("host's login")));
    CHECK(SyncState(b.vault()).epoch() == 2);
}
