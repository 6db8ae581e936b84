#include "domain/Role.h"
#include "domain/Rpps.h"
#include "security/AccessPolicy.h"
#include "security/IdleMonitor.h"
#include "security/Passwords.h"

#include <QCoreApplication>
#include <QEvent>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace relais;

TEST_CASE("RPPS numbers: 11 digits with a Luhn check digit")
{
    struct Case
    {
        const char *typed;
        bool valid;
        const char *why;
    };
    const Case cases[] = {
        {"10003123451", true, "check digit matches"},
        {"10102030409", true, "check digit matches"},
        {"10000000009", true, "check digit matches"},
        {"100 031 234 51", true, "spaces between groups are allowed"},
        {"10003123452", false, "last digit changed"},
        {"10003213451", false, "two digits swapped"},
        {"1000312345", false, "10 digits"},
        {"100031234511", false, "12 digits"},
        {"1000312345A", false, "a letter"},
        {"", false, "empty"},
        {"١٠٠٠٣١٢٣٤٥١", false, "non-ASCII digits"},
    };
    for (const Case &c : cases) {
        INFO(c.typed << ": " << c.why);
        const auto parsed = Rpps::parse(QString::fromUtf8(c.typed));
        CHECK(parsed.has_value() == c.valid);
        if (parsed)
            CHECK(parsed->nationalId() == QLatin1Char('8') + parsed->digits());
        else
            CHECK_FALSE(parsed.error().message.isEmpty());
    }
}

TEST_CASE("roles are stored in a stable form and shown translated")
{
    const Roles roles = Role::Physician | Role::Admin;
    CHECK(RoleNames::toStorage(roles) == QStringLiteral("admin,physician"));
    CHECK(RoleNames::fromStorage(QStringLiteral("physician,admin")) == roles);
    CHECK(RoleNames::fromStorage(QStringLiteral("pirate")) == Roles());
    CHECK(RoleNames::display(roles) == QStringLiteral("Physician, Administrator"));
}

TEST_CASE("the access table: only physicians sign, only admins manage users")
{
    CHECK_FALSE(AccessPolicy::allows(Role::Assistant, Permission::SignPrescription));
    CHECK(AccessPolicy::allows(Role::Physician, Permission::SignPrescription));
    CHECK_FALSE(AccessPolicy::allows(Role::Admin, Permission::SignPrescription));
    CHECK(AccessPolicy::allows(Role::Assistant, Permission::DraftPrescription));
    CHECK(AccessPolicy::allows(Role::Admin, Permission::ManageUsers));
    CHECK_FALSE(AccessPolicy::allows(Role::Physician, Permission::ManageUsers));
    CHECK_FALSE(AccessPolicy::allows(Role::Assistant, Permission::ViewAudit));
    CHECK(AccessPolicy::allows(Role::Assistant | Role::Admin, Permission::ManageUsers));

    const Session assistant{QStringLiteral("u1"), QStringLiteral("amel"), QStringLiteral("Amel"),
                            Role::Assistant};
    const Status refused = AccessPolicy::require(assistant, Permission::SignPrescription);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::Denied);
    CHECK(refused.error().message.contains(QStringLiteral("Physician")));
    CHECK_FALSE(AccessPolicy::require(Session{}, Permission::ReadPatients).has_value());
}

TEST_CASE("passwords: weak ones refused with the reason, strong ones hashed with Argon2id")
{
    CHECK(Passwords::weakness(QStringLiteral("court")).contains(QStringLiteral("10")));
    CHECK_FALSE(Passwords::weakness(QStringLiteral("aaaaaaaaaaaa")).isEmpty());
    CHECK_FALSE(Passwords::weakness(QStringLiteral("azertyuiop")).isEmpty());
    CHECK_FALSE(Passwords::weakness(QStringLiteral("Motdepasse1")).isEmpty());
    CHECK(Passwords::weakness(QStringLiteral("amel.benali2024"), QStringLiteral("amel"))
              .contains(QStringLiteral("login")));
    CHECK(Passwords::weakness(QStringLiteral("dupont-cabinet-7"), QStringLiteral("cd"),
                              QStringLiteral("Claire Dupont"))
              .contains(QStringLiteral("name")));
    CHECK(Passwords::weakness(QStringLiteral("Tilleul-vert-42")).isEmpty());

    auto hash = Passwords::hash(QStringLiteral("Tilleul-vert-42"), Passwords::Cost::quick());
    REQUIRE(hash.has_value());
    CHECK(hash->startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(hash->contains(QStringLiteral("Tilleul")));
    CHECK(Passwords::verify(*hash, QStringLiteral("Tilleul-vert-42")));
    CHECK_FALSE(Passwords::verify(*hash, QStringLiteral("tilleul-vert-42")));
    CHECK_FALSE(Passwords::verify(QStringLiteral("garbage"), QStringLiteral("Tilleul-vert-42")));
}

TEST_CASE("the idle monitor fires once after the delay, and any input postpones it")
{
    ManualClock now(QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC));
    IdleMonitor monitor(now);
    monitor.setTimeoutMs(5 * 60 * 1000);
    QSignalSpy idle(&monitor, &IdleMonitor::idle);

    now.advanceMs(4 * 60 * 1000);
    monitor.poll();
    CHECK(idle.count() == 0);

    QObject target;
    QEvent key(QEvent::KeyPress);
    QCoreApplication::sendEvent(&target, &key); // through the app-wide filter
    now.advanceMs(4 * 60 * 1000);
    monitor.poll();
    CHECK(idle.count() == 0);

    QEvent paint(QEvent::Paint); // not input: does not count
    QCoreApplication::sendEvent(&target, &paint);
    now.advanceMs(61 * 1000);
    monitor.poll();
    CHECK(idle.count() == 1);
    now.advanceMs(10 * 60 * 1000);
    monitor.poll();
    CHECK(idle.count() == 1); // once, until reactivated
    CHECK_FALSE(monitor.isActive());

    monitor.setActive(true);
    now.advanceMs(5 * 60 * 1000);
    monitor.poll();
    CHECK(idle.count() == 2);
}
