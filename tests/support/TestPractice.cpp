#include "TestPractice.h"

#include "demo/DemoPractice.h"
#include "services/Authenticator.h"
#include "services/UserAccounts.h"
#include "storage/JournalChange.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace relais::test {

const Session DeskAssistant{QStringLiteral("u-amel"), QStringLiteral("amel"),
                            QStringLiteral("Amel"), Role::Assistant};
const Session DeskPhysician{QStringLiteral("u-leroy"), QStringLiteral("leroy"),
                            QStringLiteral("Dr Leroy"), Role::Physician};

TestPractice::TestPractice()
{
    Vault::Options options;
    options.clock = &clock;
    auto created = Vault::create(dir.file(QStringLiteral("p.relais")), key, options);
    REQUIRE(created.has_value());
    vault = std::move(*created);
}

void TestPractice::withDemo(int patients)
{
    REQUIRE(DemoPractice::populate(*vault, patients));
    Authenticator auth(*vault);
    const QString password = QLatin1String(DemoPractice::Password);
    // The physician last: the newest entry of the trail is theirs, as after a morning login.
    auto desk = auth.logIn(QStringLiteral("assistante"), password);
    auto physician = auth.logIn(QStringLiteral("medecin"), password);
    REQUIRE(physician.has_value());
    REQUIRE(desk.has_value());
    doctor = *physician;
    assistant = *desk;
}

Session TestPractice::addColleague()
{
    UserAccount roux;
    roux.login = QStringLiteral("dr-roux");
    roux.displayName = QStringLiteral("Dr Paul Roux");
    roux.roles = Role::Physician;
    roux.rpps = QStringLiteral("10003123444");
    roux.specialty = QStringLiteral("Médecine générale");
    const QString password = QLatin1String(DemoPractice::Password);
    REQUIRE(UserAccounts(*vault, Passwords::Cost::quick()).create(doctor, roux, password));
    auto session = Authenticator(*vault).logIn(roux.login, password);
    REQUIRE(session.has_value());
    return *session;
}

qint64 TestPractice::count(const QString &sql)
{
    QSqlQuery q(vault->database());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

void receiveJournal(TestPractice &from, TestPractice &to, const QString &entity)
{
    QSqlQuery journal(from.vault->database());
    journal.prepare(
        QStringLiteral("SELECT payload FROM change_journal WHERE entity = ? ORDER BY seq"));
    journal.addBindValue(entity);
    REQUIRE(journal.exec());
    QList<JournalChange> changes;
    while (journal.next()) {
        auto change = JournalChange::fromPayload(journal.value(0).toString().toUtf8());
        REQUIRE(change.has_value());
        changes.append(*change);
    }
    REQUIRE(to.vault->apply(changes).has_value());
}

PatientIdentity helene()
{
    PatientIdentity p;
    p.birthName = QStringLiteral("Dupont");
    p.usedName = QStringLiteral("Martin");
    p.firstNames = QStringLiteral("Hélène Marie");
    p.sex = QLatin1Char('F');
    p.birthDate = QDate(1962, 4, 17);
    p.birthPlace = QStringLiteral("14168");
    p.phone = QStringLiteral("06 12 34 56 78");
    return p;
}

} // namespace relais::test

namespace relais::test {

TwinFiles::TwinFiles()
{
    here.withDemo(0);
    there.withDemo(0);
    PatientIdentity twin = helene();
    twin.birthName = QStringLiteral("Dupond");
    mine = here.registry().create(here.assistant, helene()).value_or(QString());
    theirs = there.registry().create(there.assistant, twin).value_or(QString());
    REQUIRE_FALSE(mine.isEmpty());
    REQUIRE_FALSE(theirs.isEmpty());
    receiveJournal(there, here, QStringLiteral("patient"));
}

} // namespace relais::test
