#include "storage/Vault.h"
#include "support/TempDir.h"

#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QThread>

#include <catch2/catch.hpp>

#include <random>

using namespace relais;
using relais::test::TempDir;

TEST_CASE("a vault killed in the middle of writes opens whole, with every acknowledged write")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("crash.relais"));
    const SecureBytes key = SecureBytes::random(32);
    REQUIRE(Vault::create(path, key).has_value());
    const SecureBytes hex = key.toHex();
    const QByteArray keyLine = QByteArray(hex.chars(), static_cast<qsizetype>(hex.size())) + '\n';

    std::mt19937 random(20261124);
    QSet<QString> acknowledged;
    constexpr int Kills = 20;
    for (int round = 0; round < Kills; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(RELAIS_TEST_WRITER), {path});
        REQUIRE(writer.waitForStarted(10000));
        writer.write(keyLine);
        writer.closeWriteChannel();

        // Let it acknowledge a few writes, then kill it at a moment nobody chose.
        const int wanted = 3 + static_cast<int>(random() % 20);
        QByteArray output;
        while (output.count('\n') < wanted && writer.state() == QProcess::Running) {
            writer.waitForReadyRead(2000);
            output += writer.readAllStandardOutput();
        }
        REQUIRE(writer.state() == QProcess::Running);
        QThread::usleep(random() % 3000);
        writer.kill(); // SIGKILL: no destructor, no checkpoint, no flush
        REQUIRE(writer.waitForFinished(10000));
        output += writer.readAllStandardOutput();
        CHECK(writer.exitStatus() == QProcess::CrashExit);

        // Only whole lines are acknowledgements; a cut last line was not printed in full.
        const auto lines = output.split('\n');
        for (qsizetype i = 0; i + 1 < lines.size(); ++i)
            acknowledged.insert(QString::fromLatin1(lines.at(i)));

        auto vault = Vault::open(path, key);
        REQUIRE(vault.has_value());
        QSqlQuery check((*vault)->database());
        REQUIRE(check.exec(QStringLiteral("PRAGMA integrity_check")));
        REQUIRE(check.next());
        CHECK(check.value(0).toString() == QStringLiteral("ok"));

        QSet<QString> kept;
        QSqlQuery ids((*vault)->database());
        ids.setForwardOnly(true);
        REQUIRE(ids.exec(QStringLiteral("SELECT id FROM patient")));
        while (ids.next())
            kept.insert(ids.value(0).toString());
        INFO("round " << round);
        CHECK(kept.contains(acknowledged));
        // A record and its journal row are kept together or not at all.
        QSqlQuery orphans((*vault)->database());
        REQUIRE(orphans.exec(
            QStringLiteral("SELECT count(*) FROM patient p WHERE NOT EXISTS "
                           "(SELECT 1 FROM change_journal j WHERE j.entity_id = p.id)")));
        REQUIRE(orphans.next());
        CHECK(orphans.value(0).toInt() == 0);
    }
    CHECK(acknowledged.size() >= Kills * 3);
}
