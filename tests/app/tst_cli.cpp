#include "demo/DemoPractice.h"
#include "security/RecoveryCode.h"
#include "security/VaultKeys.h"
#include "storage/Vault.h"
#include "support/TempDir.h"
#include "support/TestData.h"
#include "support/TestHub.h"

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace relais;
using relais::test::TempDir;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs relais with its data folder and log inside `home`, answering prompts from `input`.
Run runRelais(const TempDir &home, const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.file(QStringLiteral("data")));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.remove(QStringLiteral("RELAIS_LOG_STDERR"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(RELAIS_EXE), arguments);
    REQUIRE(process.waitForStarted(10000));
    process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(120000));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

const QByteArray Passphrases = "une phrase de passe sure\nune phrase de passe sure\n"
                               "une phrase de passe sure\nune phrase de passe sure\n";

// One line answers every prompt: the key file's passphrase where no keychain answers, then the
// demo account's password.
QByteArray demoAnswers()
{
    return QByteArray(DemoPractice::Password).append('\n').repeated(6);
}

// A demo practice with its accounts and no patient, for the verbs that act as a person.
QString emptyDemoPractice(const TempDir &home)
{
    const QString vault = home.file(QStringLiteral("cabinet.relais"));
    REQUIRE(runRelais(home,
                      {QStringLiteral("demo"), QStringLiteral("--vault"), vault,
                       QStringLiteral("--patients"), QStringLiteral("0")},
                      demoAnswers())
                .exitCode == 0);
    return vault;
}

} // namespace

TEST_CASE("relais --help and --version answer and exit 0")
{
    TempDir home;
    const Run help = runRelais(home, {QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("backup --out FILE")));
    const Run version = runRelais(home, {QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("relais ") + QStringLiteral(RELAIS_VERSION)));
}

TEST_CASE("bad arguments get a one-line reason and exit status 2")
{
    TempDir home;
    const QList<QStringList> bad = {
        {QStringLiteral("--frobnicate")},
        {QStringLiteral("backup")},
        {QStringLiteral("restore")},
        {QStringLiteral("dance")},
        {QStringLiteral("demo"), QStringLiteral("--patients"), QStringLiteral("many")},
        {QStringLiteral("--vault")},
        {QStringLiteral("demo"), QStringLiteral("--out"), QStringLiteral("x")},
        {QStringLiteral("restore"), QStringLiteral("a"), QStringLiteral("b")},
        {QStringLiteral("backup"), QStringLiteral("--out"), QStringLiteral("x"),
         QStringLiteral("--patients=5")},
    };
    for (const QStringList &arguments : bad) {
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        const Run run = runRelais(home, arguments);
        CHECK(run.exitCode == 2);
        CHECK(run.err.startsWith(QStringLiteral("relais: ")));
        CHECK(run.err.trimmed().count(QLatin1Char('\n')) == 0);
    }
}

TEST_CASE("failures exit 1 with a sentence a person understands")
{
    TempDir home;
    const Run missing = runRelais(home, {QStringLiteral("backup"), QStringLiteral("--vault"),
                                         home.file(QStringLiteral("none.relais")),
                                         QStringLiteral("--out"), home.file(QStringLiteral("b"))});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("There is no vault at")));

    // Without --vault: the vault of the user's data folder (a bug once put it one level up).
    const Run byDefault = runRelais(
        home, {QStringLiteral("backup"), QStringLiteral("--out"), home.file(QStringLiteral("b"))});
    CHECK(byDefault.exitCode == 1);
    CHECK(byDefault.err.contains(home.file(QStringLiteral("data/relais/practice.relais"))));

    // A document of whole pages, as a vault is: only its contents show it is none. (The test
    // once restored the relais executable, whose size and first page change with each build.)
    const QString document = home.file(QStringLiteral("letter.txt"));
    {
        QFile file(document);
        REQUIRE(file.open(QIODevice::WriteOnly));
        const QByteArray line = "Compte rendu de consultation, page suivante.\n";
        QByteArray text;
        while (text.size() < 8192)
            text += line;
        file.write(text.left(8192));
    }
    const Run foreign = runRelais(home, {QStringLiteral("restore"), document});
    CHECK(foreign.exitCode == 1);
    CHECK(foreign.err.contains(QStringLiteral("not a Relais backup")));
}

TEST_CASE("demo, backup and restore work end to end, and no file or log holds the key")
{
    TempDir home;
    const QString vault = home.file(QStringLiteral("practice/cabinet.relais"));
    const Run demo = runRelais(home,
                               {QStringLiteral("demo"), QStringLiteral("--vault"), vault,
                                QStringLiteral("--patients"), QStringLiteral("50")},
                               Passphrases);
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    CHECK(demo.out.contains(QStringLiteral("50 invented patients")));
    const auto match =
        QRegularExpression(QStringLiteral("([0-9A-Z]{5}(-[0-9A-Z]{5}){10})")).match(demo.out);
    REQUIRE(match.hasMatch());
    auto key = RecoveryCode::parse(match.captured(1));
    REQUIRE(key.has_value());

    const QString backup = home.file(QStringLiteral("sauvegarde.relais-backup"));
    const Run saved = runRelais(home,
                                {QStringLiteral("backup"), QStringLiteral("--vault"), vault,
                                 QStringLiteral("--out"), backup},
                                Passphrases);
    INFO(saved.err.toStdString());
    REQUIRE(saved.exitCode == 0);
    CHECK(saved.out.contains(QStringLiteral("Backup written")));

    SECTION("demo again refreshes the demo practice")
    {
        const Run again = runRelais(home,
                                    {QStringLiteral("demo"), QStringLiteral("--vault"), vault,
                                     QStringLiteral("--patients"), QStringLiteral("5")},
                                    Passphrases);
        CHECK(again.exitCode == 0);
        CHECK(again.out.contains(QStringLiteral("Refreshing")));
    }
    SECTION("a new workstation restores with the recovery code")
    {
        const QString other = home.file(QStringLiteral("other/cabinet.relais"));
        const Run restored =
            runRelais(home, {QStringLiteral("restore"), backup, QStringLiteral("--vault"), other},
                      match.captured(1).toUtf8() + '\n' + Passphrases);
        INFO(restored.err.toStdString());
        CHECK(restored.exitCode == 0);
        CHECK(restored.out.contains(QStringLiteral("was restored")));
        // and then opens without the code
        const Run reopened = runRelais(home,
                                       {QStringLiteral("backup"), QStringLiteral("--vault"), other,
                                        QStringLiteral("--out"), home.file(QStringLiteral("b2"))},
                                       Passphrases);
        CHECK(reopened.exitCode == 0);
    }
    SECTION("a wrong recovery code is refused and nothing is restored")
    {
        const QString other = home.file(QStringLiteral("other/cabinet.relais"));
        const Run refused =
            runRelais(home, {QStringLiteral("restore"), backup, QStringLiteral("--vault"), other},
                      "AAAAA-AAAAA\nnope\n");
        CHECK(refused.exitCode == 1);
        CHECK_FALSE(QFile::exists(other));
    }

    const QByteArray raw(key->chars(), 32);
    const QByteArray hex = raw.toHex();
    const auto files = relais::test::allFilesBelow(home.path());
    bool sawLog = false;
    for (const auto &[name, content] : files) {
        INFO(name.toStdString());
        sawLog = sawLog || name.endsWith(QStringLiteral("relais.log"));
        CHECK_FALSE(content.contains(raw));
        CHECK_FALSE(content.contains(hex));
        CHECK_FALSE(content.contains(hex.toUpper()));
        CHECK_FALSE(content.contains(match.captured(1).toLatin1()));
    }
    CHECK(sawLog);
}

TEST_CASE("relais demo never overwrites a real practice")
{
    TempDir home;
    const QString vault = home.file(QStringLiteral("real.relais"));

    SECTION("a practice vault that is not a demo")
    {
        const SecureBytes key = SecureBytes::random(32);
        const QByteArray phrase = "une phrase de passe sure";
        REQUIRE(Vault::create(vault, key).has_value());
        REQUIRE(WrappedKeyFile::write(
            VaultKeys::keyFilePath(vault), key,
            SecureBytes(reinterpret_cast<const unsigned char *>(phrase.constData()),
                        static_cast<std::size_t>(phrase.size())),
            WrappedKeyFile::Cost::quick()));
        const QByteArray before = relais::test::readAll(vault);
        const Run run = runRelais(home, {QStringLiteral("demo"), QStringLiteral("--vault"), vault},
                                  Passphrases);
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("real practice")));
        CHECK(relais::test::readAll(vault) == before);
    }
    SECTION("a file that is not a vault at all")
    {
        QFile file(vault);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        const Run run = runRelais(home, {QStringLiteral("demo"), QStringLiteral("--vault"), vault},
                                  Passphrases);
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("Nothing was changed")));
        CHECK(relais::test::readAll(vault) == QByteArray(8192, 'x'));
    }
}

namespace {

// A demo practice of 20 patients and its key, read back from the recovery code it printed: what
// "someone with the key" holds in the tests that edit the vault behind Relais's back.
struct DemoWithKey
{
    QString vault;
    QString printed;
    SecureBytes key;
};

DemoWithKey demoWithKey(const TempDir &home)
{
    DemoWithKey demo;
    demo.vault = home.file(QStringLiteral("cabinet.relais"));
    const Run run = runRelais(home,
                              {QStringLiteral("demo"), QStringLiteral("--vault"), demo.vault,
                               QStringLiteral("--patients"), QStringLiteral("20")},
                              Passphrases);
    REQUIRE(run.exitCode == 0);
    demo.printed = run.out;
    const auto match =
        QRegularExpression(QStringLiteral("([0-9A-Z]{5}(-[0-9A-Z]{5}){10})")).match(run.out);
    REQUIRE(match.hasMatch());
    auto key = RecoveryCode::parse(match.captured(1));
    REQUIRE(key.has_value());
    demo.key = std::move(*key);
    return demo;
}

} // namespace

TEST_CASE("relais audit verify says whether the trail is intact, and where it is not")
{
    TempDir home;
    const DemoWithKey demo = demoWithKey(home);
    const QString &vault = demo.vault;
    CHECK(demo.printed.contains(QLatin1String(DemoPractice::Password)));
    const Run intact = runRelais(
        home, {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--vault"), vault},
        Passphrases);
    INFO(intact.err.toStdString());
    CHECK(intact.exitCode == 0);
    CHECK(intact.out.contains(QStringLiteral("intact")));

    // Someone with the key edits one entry behind Relais's back.
    {
        auto opened = Vault::open(vault, demo.key);
        REQUIRE(opened.has_value());
        QSqlQuery tamper((*opened)->database());
        REQUIRE(tamper.exec(QStringLiteral("UPDATE audit_log SET action = 'read' WHERE seq = 4")));
    }
    const Run broken = runRelais(
        home, {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--vault"), vault},
        Passphrases);
    CHECK(broken.exitCode == 1);
    CHECK(broken.err.contains(QStringLiteral("#4")));
    CHECK(runRelais(home, {QStringLiteral("audit")}).exitCode == 2);
}

TEST_CASE("relais audit verify sees the newest entries removed and a damaged page")
{
    TempDir home;
    const DemoWithKey demo = demoWithKey(home);
    const QString &vault = demo.vault;
    const QStringList verify = {QStringLiteral("audit"), QStringLiteral("verify"),
                                QStringLiteral("--vault"), vault};

    SECTION("the newest entries deleted with the key, behind Relais's back")
    {
        {
            auto opened = Vault::open(vault, demo.key);
            REQUIRE(opened.has_value());
            QSqlQuery cut((*opened)->database());
            REQUIRE(cut.exec(QStringLiteral(
                "DELETE FROM audit_log WHERE seq > (SELECT max(seq) - 4 FROM audit_log)")));
        }
        const Run run = runRelais(home, verify, Passphrases);
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("newest entries of the audit trail were removed")));
        CHECK_FALSE(run.out.contains(QStringLiteral("intact")));
    }
    SECTION("one bit flipped in the vault's last page")
    {
        QFile file(vault);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.seek(file.size() - 1500));
        char byte = 0;
        REQUIRE(file.getChar(&byte));
        REQUIRE(file.seek(file.size() - 1500));
        REQUIRE(file.putChar(static_cast<char>(byte ^ 0x10)));
        file.close();
        const Run run = runRelais(home, verify, Passphrases);
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("damaged")));
        CHECK(run.err.contains(QStringLiteral("relais restore")));
        CHECK_FALSE(run.out.contains(QStringLiteral("intact")));
    }
    SECTION("a damaged first page is damage, and no recovery code is asked")
    {
        QFile file(vault);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.seek(300));
        REQUIRE(file.write(QByteArray(32, '\x5a')) == 32);
        file.close();
        const Run run = runRelais(home, verify, Passphrases);
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("is damaged")));
        CHECK_FALSE(run.err.contains(QStringLiteral("does not open")));
        CHECK_FALSE(run.err.contains(QStringLiteral("Recovery code")));
    }
}

TEST_CASE("wrong passwords from successive relais processes are slowed like at the desk")
{
    TempDir home;
    const QString vault = emptyDemoPractice(home);
    const QStringList args = {QStringLiteral("export-fhir"),
                              QStringLiteral("--patient"),
                              QStringLiteral("x"),
                              QStringLiteral("--out"),
                              home.file(QStringLiteral("out.json")),
                              QStringLiteral("--user"),
                              QStringLiteral("medecin"),
                              QStringLiteral("--vault"),
                              vault};
    // Where no keychain answers, a first line opens the key file; then comes the guess.
    const QByteArray passphrase = QFile::exists(VaultKeys::keyFilePath(vault))
                                      ? QByteArray(DemoPractice::Password) + '\n'
                                      : QByteArray();
    const QByteArray guess = passphrase + "not-the-password\n";
    int wrong = 0;
    int slowed = 0;
    for (int i = 0; i < 8; ++i) {
        const Run run = runRelais(home, args, guess);
        CHECK(run.exitCode == 1);
        wrong += run.err.contains(QStringLiteral("Wrong login or password")) ? 1 : 0;
        slowed += run.err.contains(QStringLiteral("Too many wrong passwords")) ? 1 : 0;
    }
    CHECK(wrong == 5);
    CHECK(slowed == 3);
    // An unknown login is slowed the same way, so the delay tells no login apart.
    QStringList unknown = args;
    unknown[unknown.indexOf(QStringLiteral("medecin"))] = QStringLiteral("personne");
    int unknownSlowed = 0;
    for (int i = 0; i < 6; ++i)
        unknownSlowed +=
            runRelais(home, unknown, guess).err.contains(QStringLiteral("Too many wrong passwords"))
                ? 1
                : 0;
    CHECK(unknownSlowed == 1);
    // Too long a password is refused with a message, not cut.
    const Run tooLong = runRelais(home, args, passphrase + QByteArray(1500, 'p') + '\n');
    CHECK(tooLong.exitCode == 1);
    CHECK(tooLong.err.contains(QStringLiteral("longer than")));
}

TEST_CASE("import-bdpm replaces the drug substances as a logged-in physician, never anonymously")
{
    TempDir home;
    const QString vault = emptyDemoPractice(home);
    const QByteArray answers = demoAnswers();

    const Run anonymous = runRelais(home, {QStringLiteral("import-bdpm"), QStringLiteral("x")});
    CHECK(anonymous.exitCode == 2);
    CHECK(anonymous.err.contains(QStringLiteral("--user")));

    const QString bdpm = relais::test::fixture(QStringLiteral("bdpm"));
    const Run assistant =
        runRelais(home,
                  {QStringLiteral("import-bdpm"), bdpm, QStringLiteral("--user"),
                   QStringLiteral("assistante"), QStringLiteral("--vault"), vault},
                  answers);
    CHECK(assistant.exitCode == 1);
    CHECK(assistant.err.contains(QStringLiteral("does not allow")));

    const Run wrongFolder =
        runRelais(home,
                  {QStringLiteral("import-bdpm"), home.path(), QStringLiteral("--user"),
                   QStringLiteral("medecin"), QStringLiteral("--vault"), vault},
                  answers);
    CHECK(wrongFolder.exitCode == 1);
    CHECK(wrongFolder.err.contains(QStringLiteral("CIS_COMPO_bdpm.txt is missing")));

    // A cut of the release is not a release: refused, and --force is named as the way on.
    const Run refused = runRelais(home,
                                  {QStringLiteral("import-bdpm"), bdpm, QStringLiteral("--user"),
                                   QStringLiteral("medecin"), QStringLiteral("--vault"), vault},
                                  answers);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("holds only 75 substances")));
    CHECK(refused.err.contains(QStringLiteral("--force")));
    const Run forced = runRelais(home,
                                 {QStringLiteral("import-bdpm"), bdpm, QStringLiteral("--force"),
                                  QStringLiteral("--user"), QStringLiteral("medecin"),
                                  QStringLiteral("--vault"), vault},
                                 answers);
    INFO(forced.err.toStdString());
    CHECK(forced.exitCode == 0);
    CHECK(forced.out.contains(QStringLiteral("75 substances under 84 names")));
    CHECK(runRelais(home, {QStringLiteral("backup"), QStringLiteral("--force"),
                           QStringLiteral("--out"), home.file(QStringLiteral("b"))})
              .exitCode == 2);

    if (relais::test::haveReference()) {
        const Run imported = runRelais(
            home,
            {QStringLiteral("import-bdpm"), relais::test::reference(QStringLiteral("bdpm")),
             QStringLiteral("--user"), QStringLiteral("medecin"), QStringLiteral("--vault"), vault},
            answers);
        INFO(imported.err.toStdString());
        CHECK(imported.exitCode == 0);
        CHECK(imported.out.contains(QStringLiteral("3352 substances under 3994 names")));
        CHECK(imported.out.contains(QStringLiteral(
            "14442 specialties, 20083 boxes, 27023 composition lines, 8516 generic group lines "
            "and 19106 prescribing conditions; 0 lines skipped.")));
    }
}

TEST_CASE("import-thesaurus replaces the interaction thesaurus and says what it matched")
{
    TempDir home;
    const QString vault = emptyDemoPractice(home);
    const QByteArray answers = demoAnswers();
    const QString thesaurus = relais::test::fixture(QStringLiteral("interactions"));
    const auto import = [&](const QString &source, bool force) {
        QStringList args{QStringLiteral("import-thesaurus"), source,
                         QStringLiteral("--user"),           QStringLiteral("medecin"),
                         QStringLiteral("--vault"),          vault};
        if (force)
            args.append(QStringLiteral("--force"));
        return runRelais(home, args, answers);
    };
    const Run notOne = import(home.path(), false);
    CHECK(notOne.exitCode == 1);
    CHECK(notOne.err.contains(QStringLiteral("holds no interaction thesaurus")));

    const Run refused = import(thesaurus, false);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("14 interactions")));
    CHECK(refused.err.contains(QStringLiteral("--force")));

    const Run forced = import(thesaurus, true);
    INFO(forced.err.toStdString());
    CHECK(forced.exitCode == 0);
    CHECK(forced.out.contains(QStringLiteral("Interaction thesaurus 2016-08: 14 interactions")));
    CHECK(forced.out.contains(QStringLiteral("import-bdpm")));
}

TEST_CASE("import-fhir and export-fhir exchange patients and vital signs as a logged-in person")
{
    TempDir home;
    const QString vault = emptyDemoPractice(home);
    const QByteArray answers = demoAnswers();
    QDir synthea(relais::test::fixture(QStringLiteral("fhir")));
    const QStringList names =
        synthea.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    REQUIRE(names.size() >= 2);
    const QString first = synthea.filePath(names.at(0));
    const QString second = synthea.filePath(names.at(1));

    const Run imported =
        runRelais(home,
                  {QStringLiteral("import-fhir"), first, second, QStringLiteral("--user"),
                   QStringLiteral("assistante"), QStringLiteral("--vault"), vault},
                  answers);
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("Imported: 2 patients")));

    const Run broken = runRelais(home,
                                 {QStringLiteral("import-fhir"), QStringLiteral(RELAIS_EXE),
                                  QStringLiteral("--user"), QStringLiteral("assistante"),
                                  QStringLiteral("--vault"), vault},
                                 answers);
    CHECK(broken.exitCode == 1);
    CHECK(broken.err.contains(QStringLiteral("not UTF-8")));

    // A list that fails in the middle says which bundles went in and which did not.
    const Run partly = runRelais(home,
                                 {QStringLiteral("import-fhir"), first, QStringLiteral(RELAIS_EXE),
                                  second, QStringLiteral("--user"), QStringLiteral("assistante"),
                                  QStringLiteral("--vault"), vault},
                                 answers);
    CHECK(partly.exitCode == 1);
    CHECK(partly.err.contains(QStringLiteral("Imported: ") + first));
    CHECK(partly.err.contains(QStringLiteral("Not imported: ") + QStringLiteral(RELAIS_EXE) +
                              QStringLiteral(" (refused); ") + second +
                              QStringLiteral(" (not tried)")));

    // The patient of the first bundle, named by where it came from.
    QFile bundle(first);
    REQUIRE(bundle.open(QIODevice::ReadOnly));
    const QString patientId = QString::fromUtf8(bundle.readAll())
                                  .section(QStringLiteral("\"resourceType\": \"Patient\""), 1)
                                  .section(QStringLiteral("\"id\": \""), 1)
                                  .section(QLatin1Char('"'), 0, 0);
    const QString out = home.file(QStringLiteral("export.json"));
    const Run exported = runRelais(home,
                                   {QStringLiteral("export-fhir"), QStringLiteral("--patient"),
                                    QStringLiteral("Patient/") + patientId, QStringLiteral("--out"),
                                    out, QStringLiteral("--user"), QStringLiteral("medecin"),
                                    QStringLiteral("--vault"), vault},
                                   answers);
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    QFile written(out);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const QByteArray json = written.readAll();
    CHECK(json.contains("\"collection\""));
    CHECK(json.contains("\"85354-9\""));

    const Run noUser = runRelais(home, {QStringLiteral("export-fhir"), QStringLiteral("--patient"),
                                        QStringLiteral("x"), QStringLiteral("--out"), out});
    CHECK(noUser.exitCode == 2);
}

TEST_CASE("restoring over the vault in use takes an administrator of it, and both trails say who")
{
    TempDir home;
    const QString vault = emptyDemoPractice(home);
    const QByteArray answers = demoAnswers();
    const QString backup = home.file(QStringLiteral("b.relais-backup"));
    REQUIRE(runRelais(home,
                      {QStringLiteral("backup"), QStringLiteral("--vault"), vault,
                       QStringLiteral("--out"), backup},
                      answers)
                .exitCode == 0);
    const QStringList restore = {QStringLiteral("restore"), backup, QStringLiteral("--vault"),
                                 vault};

    const Run anonymous = runRelais(home, restore, answers);
    CHECK(anonymous.exitCode == 1);
    CHECK(anonymous.err.contains(QStringLiteral("administrator")));
    const Run assistant = runRelais(
        home, restore + QStringList{QStringLiteral("--user"), QStringLiteral("assistante")},
        answers);
    CHECK(assistant.exitCode == 1);
    CHECK(assistant.err.contains(QStringLiteral("does not allow")));
    const auto setAside = [&] {
        return QDir(home.path())
            .entryList({QStringLiteral("cabinet.relais.before-restore-*")}, QDir::Files);
    };
    CHECK(setAside().isEmpty()); // nothing was replaced

    const Run admin = runRelais(
        home, restore + QStringList{QStringLiteral("--user"), QStringLiteral("medecin")}, answers);
    INFO(admin.err.toStdString());
    REQUIRE(admin.exitCode == 0);
    CHECK(admin.out.contains(QStringLiteral("kept as")));
    REQUIRE(setAside().size() == 1);
}

TEST_CASE("day-list and export-ics write a practitioner's day and weeks, as that practitioner")
{
    TempDir home;
    const QString vault = home.file(QStringLiteral("cabinet.relais"));
    REQUIRE(runRelais(home,
                      {QStringLiteral("demo"), QStringLiteral("--vault"), vault,
                       QStringLiteral("--patients"), QStringLiteral("20")},
                      demoAnswers())
                .exitCode == 0);
    // The demo's week has appointments from a week ago to two weeks ahead.
    const QString from = QDate::currentDate().addDays(-6).toString(Qt::ISODate);
    const QString to = QDate::currentDate().addDays(14).toString(Qt::ISODate);
    const QString pdf = home.file(QStringLiteral("jour.pdf"));
    const Run listed = runRelais(home,
                                 {QStringLiteral("day-list"), QStringLiteral("--practitioner"),
                                  QStringLiteral("medecin"), QStringLiteral("--date"),
                                  QDate::currentDate().toString(QStringLiteral("dd/MM/yyyy")),
                                  QStringLiteral("--out"), pdf, QStringLiteral("--vault"), vault},
                                 demoAnswers());
    INFO(listed.err.toStdString());
    REQUIRE(listed.exitCode == 0);
    QFile written(pdf);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.read(5) == QByteArray("%PDF-"));

    const QString ics = home.file(QStringLiteral("agenda.ics"));
    const Run exported = runRelais(
        home,
        {QStringLiteral("export-ics"), QStringLiteral("--practitioner"), QStringLiteral("medecin2"),
         QStringLiteral("--from"), from, QStringLiteral("--to"), to, QStringLiteral("--out"), ics,
         QStringLiteral("--user"), QStringLiteral("assistante"), QStringLiteral("--vault"), vault},
        demoAnswers());
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    QFile calendar(ics);
    REQUIRE(calendar.open(QIODevice::ReadOnly));
    const QByteArray text = calendar.readAll();
    CHECK(text.startsWith("BEGIN:VCALENDAR"));
    CHECK(text.contains("BEGIN:VEVENT"));
    CHECK(text.contains("TZID=Europe/Paris"));

    // What is missing or wrong is said before anything is opened.
    const Run missing =
        runRelais(home, {QStringLiteral("day-list"), QStringLiteral("--practitioner"),
                         QStringLiteral("medecin"), QStringLiteral("--vault"), vault});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("--date")));
    const Run badDate =
        runRelais(home, {QStringLiteral("export-ics"), QStringLiteral("--practitioner"),
                         QStringLiteral("medecin"), QStringLiteral("--from"),
                         QStringLiteral("31/02/2026"), QStringLiteral("--vault"), vault});
    CHECK(badDate.exitCode == 2);
    CHECK(badDate.err.contains(QStringLiteral("31/02/2026")));
    const Run nobody = runRelais(home,
                                 {QStringLiteral("day-list"), QStringLiteral("--practitioner"),
                                  QStringLiteral("nobody"), QStringLiteral("--user"),
                                  QStringLiteral("medecin"), QStringLiteral("--date"), from,
                                  QStringLiteral("--out"), pdf, QStringLiteral("--vault"), vault},
                                 demoAnswers());
    CHECK(nobody.exitCode == 1);
    CHECK(nobody.err.contains(QStringLiteral("nobody")));
}

TEST_CASE("print-prescription names what is missing or wrong")
{
    TempDir home;
    const QString vault = emptyDemoPractice(home);
    const QString pdf = home.file(QStringLiteral("ordonnance.pdf"));
    const Run noOut = runRelais(home, {QStringLiteral("print-prescription"), QStringLiteral("x"),
                                       QStringLiteral("--user"), QStringLiteral("medecin"),
                                       QStringLiteral("--vault"), vault});
    CHECK(noOut.exitCode == 2);
    CHECK(noOut.err.contains(QStringLiteral("--out")));
    const Run noUser =
        runRelais(home, {QStringLiteral("print-prescription"), QStringLiteral("x"),
                         QStringLiteral("--out"), pdf, QStringLiteral("--vault"), vault});
    CHECK(noUser.exitCode == 2);
    CHECK(noUser.err.contains(QStringLiteral("--user")));
    const Run unknown = runRelais(home,
                                  {QStringLiteral("print-prescription"),
                                   QStringLiteral("019b0000-0000-7000-8000-000000000000"),
                                   QStringLiteral("--out"), pdf, QStringLiteral("--user"),
                                   QStringLiteral("medecin"), QStringLiteral("--vault"), vault},
                                  demoAnswers());
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("no longer exists")));
    CHECK_FALSE(QFile::exists(pdf));
}

TEST_CASE("hub init, sync, invite, join and digest work from the command line")
{
    relais::test::TestHub hub;
    if (!hub.available())
        return;
    TempDir home;
    const Run init = runRelais(
        home, {QStringLiteral("hub"), QStringLiteral("init"), QStringLiteral("--url"), hub.uri()});
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    CHECK(init.out.contains(QStringLiteral("Created envelope")));
    CHECK(runRelais(home, {QStringLiteral("hub"), QStringLiteral("init"), QStringLiteral("--url"),
                           hub.uri()})
              .out.contains(QStringLiteral("nothing to do")));

    // The host gives the practice a login of its own.
    const Run added = runRelais(home, {QStringLiteral("hub"), QStringLiteral("add-practice"),
                                       QStringLiteral("--url"), hub.uri()});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const auto login = QRegularExpression(QStringLiteral("address for its workstation: "
                                                         "postgresql://([a-z0-9_]+)@(\\S+)\n"
                                                         "Password: ([a-z0-9]+)\n"))
                           .match(added.out);
    REQUIRE(login.hasMatch());
    const QString practiceHub = QStringLiteral("postgresql://%1:%2@%3")
                                    .arg(login.captured(1), login.captured(3), login.captured(2));

    const QString first = home.file(QStringLiteral("accueil.relais"));
    REQUIRE(runRelais(home,
                      {QStringLiteral("demo"), QStringLiteral("--vault"), first,
                       QStringLiteral("--patients"), QStringLiteral("5")},
                      demoAnswers())
                .exitCode == 0);
    const QStringList onFirst{QStringLiteral("--vault"), first};
    const Run anonymous = runRelais(
        home, QStringList{QStringLiteral("sync"), QStringLiteral("--hub"), hub.uri()} + onFirst,
        demoAnswers());
    CHECK(anonymous.exitCode == 1);
    CHECK(anonymous.err.contains(QStringLiteral("administrator")));
    const Run setUp =
        runRelais(home,
                  QStringList{QStringLiteral("sync"), QStringLiteral("--hub"), practiceHub,
                              QStringLiteral("--user"), QStringLiteral("medecin")} +
                      onFirst,
                  demoAnswers());
    INFO(setUp.err.toStdString());
    REQUIRE(setUp.exitCode == 0);
    CHECK(setUp.out.contains(QStringLiteral("set up on the hub")));

    const Run invite = runRelais(home,
                                 QStringList{QStringLiteral("sync"), QStringLiteral("invite"),
                                             QStringLiteral("--user"), QStringLiteral("medecin"),
                                             QStringLiteral("--no-wait")} +
                                     onFirst,
                                 demoAnswers());
    INFO(invite.err.toStdString());
    REQUIRE(invite.exitCode == 0);
    const auto code =
        QRegularExpression(QStringLiteral("([0-9A-Z]{4}(-[0-9A-Z]{4}){3})")).match(invite.out);
    REQUIRE(code.hasMatch());

    // The new workstation waits for the first to let it in, at the first's next sync.
    TempDir elsewhere;
    const QString second = elsewhere.file(QStringLiteral("bureau.relais"));
    QProcess joining;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), elsewhere.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), elsewhere.file(QStringLiteral("data")));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    joining.setProcessEnvironment(env);
    joining.start(QStringLiteral(RELAIS_EXE),
                  {QStringLiteral("sync"), QStringLiteral("join"), QStringLiteral("--hub"),
                   hub.uri(), QStringLiteral("--code"), code.captured(1).toLower(),
                   QStringLiteral("--vault"), second});
    REQUIRE(joining.waitForStarted(10000));
    joining.write(Passphrases);
    joining.closeWriteChannel();
    for (int i = 0; i < 30 && !joining.waitForFinished(1000); ++i)
        REQUIRE(runRelais(home, QStringList{QStringLiteral("sync")} + onFirst, demoAnswers())
                    .exitCode == 0);
    REQUIRE(joining.state() == QProcess::NotRunning);
    const QString joinErr = QString::fromUtf8(joining.readAllStandardError());
    const QString joinOut = QString::fromUtf8(joining.readAllStandardOutput());
    INFO(joinErr.toStdString());
    REQUIRE(joining.exitCode() == 0);
    CHECK(joinOut.contains(QStringLiteral("now one of the practice's")));

    const Run firstDigest =
        runRelais(home, QStringList{QStringLiteral("digest")} + onFirst, demoAnswers());
    const Run secondDigest = runRelais(
        elsewhere, {QStringLiteral("digest"), QStringLiteral("--vault"), second}, Passphrases);
    REQUIRE(firstDigest.exitCode == 0);
    REQUIRE(secondDigest.exitCode == 0);
    CHECK(firstDigest.out.trimmed().size() == 64);
    CHECK(firstDigest.out == secondDigest.out);

    const Run status = runRelais(
        elsewhere,
        {QStringLiteral("sync"), QStringLiteral("status"), QStringLiteral("--vault"), second},
        Passphrases);
    CHECK(status.out.contains(QStringLiteral("(this one)")));
    CHECK(status.out.count(QStringLiteral("\n  ")) == 2);
    CHECK(status.out.contains(QStringLiteral("0 changes waiting")));

    // The host's view of the hub: counts, sizes and times, no record of the practice.
    const Run overview = runRelais(elsewhere, {QStringLiteral("hub"), QStringLiteral("status"),
                                               QStringLiteral("--url"), hub.uri()});
    INFO(overview.err.toStdString());
    REQUIRE(overview.exitCode == 0);
    CHECK(overview.out.contains(QStringLiteral("schema 4")));
    CHECK(overview.out.contains(QStringLiteral("received through sequence")));
    CHECK(overview.out.count(QStringLiteral("Practice ")) == 1);
    CHECK(overview.out.contains(QStringLiteral("envelopes")));
    CHECK(overview.out.count(QStringLiteral("  Workstation ")) == 2);
    CHECK_FALSE(overview.out.contains(QStringLiteral("medecin")));
    // Pruning, for the host: no snapshot yet, so nothing goes, and it says so.
    const Run prune = runRelais(elsewhere, {QStringLiteral("hub"), QStringLiteral("prune"),
                                            QStringLiteral("--url"), hub.uri()});
    INFO(prune.err.toStdString());
    REQUIRE(prune.exitCode == 0);
    CHECK(prune.out.contains(QStringLiteral("0 envelopes deleted")));
    const Run noUrl = runRelais(elsewhere, {QStringLiteral("hub"), QStringLiteral("status")});
    CHECK(noUrl.exitCode != 0);
    CHECK(noUrl.err.contains(QStringLiteral("--url")));

    // The second workstation lost: the first revokes it, and the second is shut out.
    const auto thisOne =
        QRegularExpression(QStringLiteral("  (\\S+) \\(this one\\)")).match(status.out);
    REQUIRE(thisOne.hasMatch());
    const Run revoke =
        runRelais(home,
                  QStringList{QStringLiteral("sync"), QStringLiteral("revoke"), thisOne.captured(1),
                              QStringLiteral("--user"), QStringLiteral("medecin")} +
                      onFirst,
                  demoAnswers());
    INFO(revoke.err.toStdString());
    REQUIRE(revoke.exitCode == 0);
    CHECK(revoke.out.contains(QStringLiteral("is revoked")));
    const Run listed =
        runRelais(home, QStringList{QStringLiteral("sync"), QStringLiteral("status")} + onFirst,
                  demoAnswers());
    CHECK(listed.out.contains(thisOne.captured(1) + QStringLiteral(" (revoked)")));
    const Run shut = runRelais(
        elsewhere, {QStringLiteral("sync"), QStringLiteral("--vault"), second}, Passphrases);
    CHECK(shut.exitCode == 1);
    CHECK(shut.err.contains(QStringLiteral("refused the login")));
}
