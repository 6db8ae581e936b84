#include "services/AuditBrowser.h"
#include "services/Authenticator.h"
#include "services/PracticeSettings.h"
#include "services/UserAccounts.h"
#include "services/VaultBackups.h"
#include "storage/AuditTrail.h"
#include "storage/Vault.h"
#include "support/TempDir.h"
#include "support/TestPractice.h"

#include <QBuffer>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace relais;
using relais::test::TempDir;

namespace {

const QString AdminPassword = QStringLiteral("Tilleul-vert-42");

UserAccount person(const QString &login, const QString &name, Roles roles)
{
    UserAccount account;
    account.login = login;
    account.displayName = name;
    account.roles = roles;
    if (roles.testFlag(Role::Physician)) {
        account.rpps = QStringLiteral("10003123451");
        account.specialty = QStringLiteral("Médecine générale");
    }
    return account;
}

// A practice set up by its first run: its administrator, a physician, logged in.
struct Practice : relais::test::TestPractice
{
    Session admin;

    Practice()
    {
        PracticeDetails details;
        details.name = QStringLiteral("Cabinet des Tilleuls");
        auto session = PracticeSettings(*vault).setUp(details,
                                                      person(QStringLiteral("cdupont"),
                                                             QStringLiteral("Claire Dupont"),
                                                             Role::Admin | Role::Physician),
                                                      AdminPassword, Passwords::Cost::quick());
        REQUIRE(session.has_value());
        admin = *session;
    }

    UserAccounts accounts() { return UserAccounts(*vault, Passwords::Cost::quick()); }
};

} // namespace

TEST_CASE("first run creates the practice and its first administrator together")
{
    Practice p;
    CHECK(p.admin.roles == (Role::Admin | Role::Physician));
    CHECK(p.count(QStringLiteral("SELECT count(*) FROM practice")) == 1);
    CHECK(p.count(QStringLiteral("SELECT count(*) FROM app_user")) == 1);

    SECTION("a second first run is refused and adds nothing")
    {
        auto again = PracticeSettings(*p.vault).setUp(
            PracticeDetails{{}, QStringLiteral("Autre"), {}, {}, {}},
            person(QStringLiteral("x"), QStringLiteral("X"), Role::Admin), AdminPassword,
            Passwords::Cost::quick());
        REQUIRE_FALSE(again.has_value());
        CHECK(p.count(QStringLiteral("SELECT count(*) FROM practice")) == 1);
    }
}

TEST_CASE("a first run refused half-way saves nothing")
{
    TempDir dir;
    auto vault = Vault::create(dir.file(QStringLiteral("p.relais")), SecureBytes::random(32));
    REQUIRE(vault.has_value());
    PracticeSettings settings(**vault);
    PracticeDetails details{{}, QStringLiteral("Cabinet"), {}, {}, {}};

    SECTION("weak password")
    {
        auto result = settings.setUp(
            details, person(QStringLiteral("admin"), QStringLiteral("A"), Role::Admin),
            QStringLiteral("court"), Passwords::Cost::quick());
        REQUIRE_FALSE(result.has_value());
        CHECK(result.error().field == QLatin1String(UserAccounts::FieldPassword));
    }
    SECTION("first account without the administrator role")
    {
        auto result = settings.setUp(
            details, person(QStringLiteral("amel"), QStringLiteral("Amel"), Role::Assistant),
            AdminPassword, Passwords::Cost::quick());
        REQUIRE_FALSE(result.has_value());
        CHECK(result.error().field == QLatin1String(UserAccounts::FieldRoles));
    }
    SECTION("bad FINESS")
    {
        details.finess = QStringLiteral("12345");
        auto result = settings.setUp(
            details, person(QStringLiteral("admin"), QStringLiteral("A"), Role::Admin),
            AdminPassword, Passwords::Cost::quick());
        REQUIRE_FALSE(result.has_value());
        CHECK(result.error().field == QLatin1String(PracticeSettings::FieldFiness));
    }
    QSqlQuery q((*vault)->database());
    REQUIRE(q.exec(QStringLiteral(
        "SELECT (SELECT count(*) FROM practice) + (SELECT count(*) FROM app_user)")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
}

TEST_CASE("administrators manage users, and the service itself refuses other roles")
{
    Practice p;
    auto accounts = p.accounts();
    auto amel = accounts.create(
        p.admin, person(QStringLiteral("amel"), QStringLiteral("Amel Benali"), Role::Assistant),
        QStringLiteral("Cafe-au-lait-7"));
    REQUIRE(amel.has_value());
    Authenticator auth(*p.vault);
    auto assistant =
        auth.logIn(QStringLiteral("AMEL"), QStringLiteral("Cafe-au-lait-7")); // login ignores case
    REQUIRE(assistant.has_value());
    CHECK(assistant->roles == Roles(Role::Assistant));

    const auto denied = [](const auto &result) {
        REQUIRE_FALSE(result.has_value());
        CHECK(result.error().code == ErrorCode::Denied);
    };
    denied(accounts.create(
        *assistant, person(QStringLiteral("x2"), QStringLiteral("X"), Role::Admin), AdminPassword));
    denied(accounts.list(*assistant));
    denied(accounts.setDisabled(*assistant, p.admin.userId, true));
    denied(accounts.resetPassword(*assistant, p.admin.userId, QStringLiteral("Nouveau-mot-9")));
    denied(PracticeSettings(*p.vault).update(
        *assistant, PracticeDetails{{}, QStringLiteral("Pirate"), {}, {}, {}}));
    denied(AuditBrowser(*p.vault).entries(*assistant, {}));

    SECTION("everyone changes their own password")
    {
        REQUIRE(accounts.changeOwnPassword(*assistant, QStringLiteral("Cafe-au-lait-7"),
                                           QStringLiteral("Thé-à-la-menthe-3")));
        CHECK(auth.logIn(QStringLiteral("amel"), QStringLiteral("Thé-à-la-menthe-3")).has_value());
        const Status wrongCurrent = accounts.changeOwnPassword(*assistant, QStringLiteral("nope"),
                                                               QStringLiteral("Autre-chose-55"));
        REQUIRE_FALSE(wrongCurrent.has_value());
        CHECK(wrongCurrent.error().field == QStringLiteral("current"));
    }
    SECTION("an administrator resets a password")
    {
        REQUIRE(accounts.resetPassword(p.admin, *amel, QStringLiteral("Provisoire-2026")));
        CHECK(auth.logIn(QStringLiteral("amel"), QStringLiteral("Provisoire-2026")).has_value());
    }
    SECTION("the list shows everyone, in login order")
    {
        auto all = accounts.list(p.admin);
        REQUIRE(all.has_value());
        REQUIRE(all->size() == 2);
        CHECK(all->at(0).login == QStringLiteral("amel"));
        CHECK(all->at(1).rpps == QStringLiteral("10003123451"));
    }
}

TEST_CASE("bad user input is refused with the reason and the field, nothing saved")
{
    Practice p;
    auto accounts = p.accounts();
    struct Case
    {
        UserAccount draft;
        QString password;
        const char *field;
    };
    UserAccount noRpps =
        person(QStringLiteral("drmartin"), QStringLiteral("Paul Martin"), Role::Physician);
    noRpps.rpps.clear();
    UserAccount badRpps = noRpps;
    badRpps.rpps = QStringLiteral("10003123452");
    UserAccount noSpecialty =
        person(QStringLiteral("drmartin"), QStringLiteral("Paul Martin"), Role::Physician);
    noSpecialty.specialty.clear();
    UserAccount badEmail = noSpecialty;
    badEmail.specialty = QStringLiteral("Médecine générale");
    badEmail.email = QStringLiteral("paul.martin@cabinet");
    UserAccount badPhone = badEmail;
    badPhone.email = QStringLiteral("paul.martin@cabinet.example");
    badPhone.phone = QStringLiteral("05 53 00");
    const Case cases[] = {
        {person(QString(), QStringLiteral("Sans Login"), Role::Assistant),
         QStringLiteral("Cafe-au-lait-7"), UserAccounts::FieldLogin},
        {person(QStringLiteral("Élodie"), QStringLiteral("Élodie"), Role::Assistant),
         QStringLiteral("Cafe-au-lait-7"), UserAccounts::FieldLogin},
        {person(QStringLiteral("CDupont"), QStringLiteral("Homonyme"), Role::Assistant),
         QStringLiteral("Cafe-au-lait-7"), UserAccounts::FieldLogin},
        {person(QStringLiteral("amel"), QStringLiteral("  "), Role::Assistant),
         QStringLiteral("Cafe-au-lait-7"), UserAccounts::FieldDisplayName},
        {person(QStringLiteral("amel"), QStringLiteral("Amel"), Roles()),
         QStringLiteral("Cafe-au-lait-7"), UserAccounts::FieldRoles},
        {person(QStringLiteral("amel"), QStringLiteral("Amel"), Role::Assistant),
         QStringLiteral("court"), UserAccounts::FieldPassword},
        {noRpps, QStringLiteral("Cafe-au-lait-7"), UserAccounts::FieldRpps},
        {badRpps, QStringLiteral("Cafe-au-lait-7"), UserAccounts::FieldRpps},
        {noSpecialty, QStringLiteral("Cafe-au-lait-7"), UserAccounts::FieldSpecialty},
        {badEmail, QStringLiteral("Cafe-au-lait-7"), UserAccounts::FieldEmail},
        {badPhone, QStringLiteral("Cafe-au-lait-7"), UserAccounts::FieldPhone},
    };
    for (const Case &c : cases) {
        INFO("login '" << c.draft.login.toStdString() << "' expects " << c.field);
        auto created = accounts.create(p.admin, c.draft, c.password);
        REQUIRE_FALSE(created.has_value());
        CHECK(created.error().code == ErrorCode::InvalidInput);
        CHECK(created.error().field == QLatin1String(c.field));
        CHECK_FALSE(created.error().message.isEmpty());
    }
    CHECK(p.count(QStringLiteral("SELECT count(*) FROM app_user")) == 1);
}

TEST_CASE("the practice always keeps an enabled administrator")
{
    Practice p;
    auto accounts = p.accounts();
    auto self = accounts.find(p.admin.userId);
    REQUIRE(self.has_value());
    UserAccount demoted = *self;
    demoted.roles = Role::Physician;
    const Status refused = accounts.update(p.admin, demoted);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().message.contains(QStringLiteral("last administrator")));
    CHECK_FALSE(accounts.setDisabled(p.admin, p.admin.userId, true).has_value());

    auto second = accounts.create(
        p.admin, person(QStringLiteral("admin2"), QStringLiteral("Bruno Admin"), Role::Admin),
        QStringLiteral("Cafe-au-lait-7"));
    REQUIRE(second.has_value());
    REQUIRE(accounts.update(p.admin, demoted)); // now allowed: Bruno is still an administrator
    auto reread = accounts.find(p.admin.userId);
    CHECK(reread->roles == Roles(Role::Physician));
}

TEST_CASE("disabled accounts cannot log in, and accounts are never deleted")
{
    Practice p;
    auto accounts = p.accounts();
    auto amel = accounts.create(
        p.admin, person(QStringLiteral("amel"), QStringLiteral("Amel"), Role::Assistant),
        QStringLiteral("Cafe-au-lait-7"));
    REQUIRE(amel.has_value());
    REQUIRE(accounts.setDisabled(p.admin, *amel, true));
    Authenticator auth(*p.vault);
    auto refused = auth.logIn(QStringLiteral("amel"), QStringLiteral("Cafe-au-lait-7"));
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().message.contains(QStringLiteral("disabled")));
    CHECK(p.count(QStringLiteral("SELECT count(*) FROM app_user WHERE deleted = 0")) == 2);
    REQUIRE(accounts.setDisabled(p.admin, *amel, false));
    CHECK(auth.logIn(QStringLiteral("amel"), QStringLiteral("Cafe-au-lait-7")).has_value());
}

TEST_CASE("five wrong passwords in a row for a login delay its further tries, in every process")
{
    Practice p;
    Authenticator auth(*p.vault);
    const QString login = QStringLiteral("cdupont");
    for (int i = 0; i < Authenticator::FreeAttempts; ++i) {
        auto wrong = auth.logIn(login, QStringLiteral("pas le bon"));
        REQUIRE_FALSE(wrong.has_value());
        CHECK(wrong.error().message == QStringLiteral("Wrong login or password."));
    }
    CHECK(auth.waitMs(login) == Authenticator::FirstDelayMs);
    CHECK(auth.waitMs(QStringLiteral(" CDupont ")) == Authenticator::FirstDelayMs);
    auto blocked = auth.logIn(login, AdminPassword); // even the right one waits
    REQUIRE_FALSE(blocked.has_value());
    CHECK(blocked.error().message.contains(QStringLiteral("30 seconds")));
    // Another process (the next `relais --user`) sees the same count: it is in the vault.
    Authenticator another(*p.vault);
    CHECK(another.failuresInARow(login) == Authenticator::FreeAttempts);
    CHECK_FALSE(another.logIn(login, AdminPassword).has_value());
    // Someone else at the desk is not kept waiting.
    CHECK(auth.waitMs(QStringLiteral("amel")) == 0);

    p.clock.advanceMs(Authenticator::FirstDelayMs);
    CHECK_FALSE(another.logIn(login, QStringLiteral("encore faux")).has_value());
    CHECK(auth.waitMs(login) == 2 * Authenticator::FirstDelayMs);
    p.clock.advanceMs(2 * Authenticator::FirstDelayMs);
    REQUIRE(auth.logIn(login, AdminPassword).has_value());
    CHECK(auth.failuresInARow(login) == 0);
    CHECK(auth.waitMs(login) == 0);

    QSqlQuery q(p.vault->database());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'login-failed'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 6);
}

TEST_CASE("an unknown login is counted and slowed like a known one")
{
    Practice p;
    Authenticator auth(*p.vault);
    for (int i = 0; i < Authenticator::FreeAttempts; ++i) {
        auto wrong = auth.logIn(QStringLiteral("nobody"), QStringLiteral("x-y-z-w-v"));
        REQUIRE_FALSE(wrong.has_value());
        CHECK(wrong.error().message == QStringLiteral("Wrong login or password."));
    }
    CHECK(auth.waitMs(QStringLiteral("nobody")) == Authenticator::FirstDelayMs);
    CHECK(auth.waitMs(QStringLiteral("cdupont")) == 0);
    REQUIRE(auth.logIn(QStringLiteral("cdupont"), AdminPassword).has_value());
}

TEST_CASE("a password longer than the limit is refused, never cut")
{
    Practice p;
    Authenticator auth(*p.vault);
    const QString tooLong(Passwords::MaximumBytes + 1, QLatin1Char('a'));
    auto refused = auth.logIn(QStringLiteral("cdupont"), tooLong);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().message.contains(QStringLiteral("longer than any Relais accepts")));
    CHECK(auth.failuresInARow(QStringLiteral("cdupont")) == 0);
    // Accented letters count in bytes, as they are hashed.
    CHECK_FALSE(Passwords::weakness(QString(Passwords::MaximumBytes / 2 + 1, QChar(0xE9)) +
                                    QStringLiteral("Az9-"))
                    .isEmpty());
    CHECK(Passwords::weakness(QStringLiteral("Cafe-au-lait-7")).isEmpty());
}

TEST_CASE("a backup is checked and audited in core, as the person who made it")
{
    Practice p;
    const QString file = p.dir.file(QStringLiteral("b.relais-backup"));
    const Session nobody{QStringLiteral("u-x"), QStringLiteral("x"), QStringLiteral("X"), {}};
    const Status denied = VaultBackups(*p.vault).backUp(nobody, file);
    REQUIRE_FALSE(denied.has_value());
    CHECK(denied.error().code == ErrorCode::Denied);
    CHECK_FALSE(QFile::exists(file));
    REQUIRE(VaultBackups(*p.vault).backUp(p.admin, file));
    CHECK(QFile::exists(file));
    CHECK(p.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'backup' AND "
                                 "user_id = '%1'")
                      .arg(p.admin.userId)) == 1);
}

TEST_CASE("administrators browse, filter and export the audit trail")
{
    Practice p;
    auto accounts = p.accounts();
    auto amel = accounts.create(
        p.admin,
        person(QStringLiteral("amel"), QStringLiteral("Amel, \"l'assistante\""), Role::Assistant),
        QStringLiteral("Cafe-au-lait-7"));
    REQUIRE(amel.has_value());
    REQUIRE(Authenticator(*p.vault)
                .logIn(QStringLiteral("amel"), QStringLiteral("Cafe-au-lait-7"))
                .has_value());

    AuditBrowser browser(*p.vault);
    auto all = browser.entries(p.admin, {});
    REQUIRE(all.has_value());
    REQUIRE(all->size() >= 4);
    CHECK(all->first().action == QStringLiteral("login")); // newest first
    CHECK(all->first().userName == QStringLiteral("Amel, \"l'assistante\""));

    AuditFilter byUser;
    byUser.userId = *amel;
    auto mine = browser.entries(p.admin, byUser);
    REQUIRE(mine.has_value());
    CHECK(mine->size() == 1);

    AuditFilter byRecord;
    byRecord.entityId = *amel;
    auto aboutAmel = browser.entries(p.admin, byRecord);
    REQUIRE(aboutAmel.has_value());
    CHECK(aboutAmel->size() == 2); // created, logged in

    AuditFilter tomorrow;
    tomorrow.from = p.clock.today().addDays(1);
    CHECK(browser.entries(p.admin, tomorrow)->isEmpty());
    AuditFilter today;
    today.from = p.clock.today();
    today.to = p.clock.today();
    CHECK(browser.entries(p.admin, today)->size() == all->size());

    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    REQUIRE(browser.exportCsv(p.admin, *mine, csv));
    const QList<QByteArray> lines = csv.data().split('\n');
    CHECK(lines.at(0).startsWith("seq,time,user_id,user,action,entity,entity_id"));
    CHECK(lines.at(1).contains("\"Amel, \"\"l'assistante\"\"\""));
    CHECK(p.vault->verifyAuditTrail()->firstBrokenSeq == std::nullopt);
}
