#pragma once

#include "services/PatientRegistry.h"
#include "storage/Vault.h"
#include "support/TempDir.h"
#include "util/Clock.h"

#include <memory>

namespace relais::test {

// The one practice every suite stands on: a fresh vault in a folder of its own, on a fixed day
// (24/11/2026, 10:00 UTC) that tests move with the clock. Bare by default; withDemo() adds the
// demo's accounts and patients and logs its physician and assistant in.
struct TestPractice
{
    TestPractice();

    static QDate today() { return QDate(2026, 11, 24); }
    // The demo's accounts (DemoPractice::Password) and `patients` invented patients.
    void withDemo(int patients);
    // A second physician, Dr Paul Roux ("dr-roux", the demo's password), created by the demo's
    // physician (withDemo first) and logged in.
    Session addColleague();

    PatientRegistry registry() { return PatientRegistry(*vault); }
    // The one number a query of the form "SELECT count(*) …" gives.
    qint64 count(const QString &sql);
    qint64 patients() { return count(QStringLiteral("SELECT count(*) FROM patient")); }

    // First: the vault reads the clock until it goes, and lives in the folder.
    ManualClock clock{QDateTime(today(), QTime(10, 0), Qt::UTC)};
    TempDir dir;
    // The vault's key, for a test that opens its file again (in another process too).
    SecureBytes key = SecureBytes::random(32);
    std::unique_ptr<Vault> vault;
    // Logged in by withDemo().
    Session doctor;
    Session assistant;
};

// What sync would bring: the journal rows of `entity` written at `from`, applied at `to`.
void receiveJournal(TestPractice &from, TestPractice &to, const QString &entity);

// Sessions of no account, for the services that check only the role.
extern const Session DeskAssistant;
extern const Session DeskPhysician;

// Hélène Marie DUPONT, married MARTIN, born 17/04/1962 in Caen.
PatientIdentity helene();
// Two desks that each created Hélène's file, the second spelt DUPOND, before they synced: the
// second's file received at the first. `here` holds both; the ids are those of each desk.
struct TwinFiles
{
    TestPractice here;
    TestPractice there;
    QString mine;
    QString theirs;
    TwinFiles();
};

} // namespace relais::test
