#include "security/KeyStore.h"
#include "security/RecoveryCode.h"
#include "security/VaultKeys.h"
#include "security/WrappedKeyFile.h"
#include "services/VaultAccess.h"
#include "storage/SqlCipherPages.h"
#include "storage/Vault.h"
#include "support/MemoryKeyStore.h"
#include "support/TempDir.h"
#include "util/LogFile.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace relais;
using relais::test::MemoryKeyStore;
using relais::test::TempDir;

namespace {

SecureBytes bytesOf(const char *text)
{
    return SecureBytes(reinterpret_cast<const unsigned char *>(text), std::strlen(text));
}

QString textOf(const SecureBytes &bytes)
{
    return QString::fromLatin1(bytes.chars(), static_cast<qsizetype>(bytes.size()));
}

// A prompt that answers from a script and counts what it was asked.
struct ScriptedPrompt
{
    QStringList answers;
    QList<VaultKeys::Ask> asked;

    VaultKeys::PassphrasePrompt function()
    {
        return [this](VaultKeys::Ask ask) -> Result<SecureBytes> {
            asked.append(ask);
            if (answers.isEmpty())
                return fail(ErrorCode::Cancelled, QStringLiteral("cancelled"));
            const QByteArray utf8 = answers.takeFirst().toUtf8();
            return SecureBytes(reinterpret_cast<const unsigned char *>(utf8.constData()),
                               static_cast<std::size_t>(utf8.size()));
        };
    }
};

} // namespace

TEST_CASE("a recovery code gives back the key it was made from")
{
    for (int i = 0; i < 200; ++i) {
        const SecureBytes key = SecureBytes::random(32);
        const SecureBytes code = RecoveryCode::format(key);
        const QString text = textOf(code);
        REQUIRE(text.size() == 65);
        REQUIRE(text.count(QLatin1Char('-')) == 10);
        auto back = RecoveryCode::parse(text);
        REQUIRE(back.has_value());
        CHECK(back->equals(key));
        // As a person may type it: lower case, spaces instead of dashes.
        auto typed =
            RecoveryCode::parse(text.toLower().replace(QLatin1Char('-'), QLatin1Char(' ')));
        REQUIRE(typed.has_value());
        CHECK(typed->equals(key));
    }
}

TEST_CASE("a recovery code with a typo is reported as a typo")
{
    const SecureBytes key = SecureBytes::random(32);
    const QString code = textOf(RecoveryCode::format(key));

    SECTION("one character changed")
    {
        int caught = 0;
        for (int position : {0, 7, 20, 33, 50, 60}) {
            if (code.at(position) == QLatin1Char('-'))
                continue;
            QString typo = code;
            typo[position] =
                code.at(position) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
            auto parsed = RecoveryCode::parse(typo);
            REQUIRE_FALSE(parsed.has_value());
            CHECK(parsed.error().message.contains(QStringLiteral("mistake")));
            ++caught;
        }
        CHECK(caught >= 5);
    }
    SECTION("a group left out")
    {
        auto parsed = RecoveryCode::parse(code.left(59));
        REQUIRE_FALSE(parsed.has_value());
        CHECK(parsed.error().message.contains(QStringLiteral("55")));
    }
    SECTION("a character that is not in the alphabet")
    {
        auto parsed = RecoveryCode::parse(QStringLiteral("U") + code.mid(1));
        REQUIRE_FALSE(parsed.has_value());
        CHECK(parsed.error().message.contains(QStringLiteral("U")));
    }
    SECTION("look-alikes are read as what was meant")
    {
        QString lookalike = code;
        lookalike.replace(QLatin1Char('0'), QLatin1Char('O'))
            .replace(QLatin1Char('1'), QLatin1Char('l'));
        auto parsed = RecoveryCode::parse(lookalike);
        REQUIRE(parsed.has_value());
        CHECK(parsed->equals(key));
    }
}

TEST_CASE("a passphrase-wrapped key file opens only with its passphrase")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("practice.relais.key"));
    const SecureBytes key = SecureBytes::random(32);
    REQUIRE(WrappedKeyFile::write(path, key, bytesOf("correct horse battery"),
                                  WrappedKeyFile::Cost::quick()));
    CHECK((QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);

    auto back = WrappedKeyFile::read(path, bytesOf("correct horse battery"));
    REQUIRE(back.has_value());
    CHECK(back->equals(key));

    auto wrong = WrappedKeyFile::read(path, bytesOf("correct horse battery!"));
    REQUIRE_FALSE(wrong.has_value());
    CHECK(wrong.error().code == ErrorCode::WrongKey);

    SECTION("an altered header is caught")
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        // Flip a byte inside the salt: writing a fixed value left it unchanged one time in 256.
        REQUIRE(file.seek(30));
        char byte = 0;
        REQUIRE(file.getChar(&byte));
        REQUIRE(file.seek(30));
        REQUIRE(file.putChar(char(byte ^ 0x01)));
        file.close();
        CHECK_FALSE(WrappedKeyFile::read(path, bytesOf("correct horse battery")).has_value());
    }
    SECTION("a cut file is reported as damaged")
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.resize(40));
        file.close();
        auto cut = WrappedKeyFile::read(path, bytesOf("correct horse battery"));
        REQUIRE_FALSE(cut.has_value());
        CHECK(cut.error().code == ErrorCode::Corrupt);
    }
    SECTION("a weak passphrase is refused with the reason")
    {
        const Status weak = WrappedKeyFile::write(dir.file(QStringLiteral("weak.key")), key,
                                                  bytesOf("short"), WrappedKeyFile::Cost::quick());
        REQUIRE_FALSE(weak.has_value());
        CHECK(weak.error().code == ErrorCode::InvalidInput);
        CHECK_FALSE(QFile::exists(dir.file(QStringLiteral("weak.key"))));
    }
}

TEST_CASE("the vault key goes to the keychain, or to a key file when no keychain answers")
{
    TempDir dir;
    const QString vaultPath = dir.file(QStringLiteral("practice.relais"));
    const SecureBytes key = SecureBytes::random(32);
    MemoryKeyStore keychain;
    ScriptedPrompt prompt;
    VaultKeys keys(keychain, prompt.function(), WrappedKeyFile::Cost::quick());

    SECTION("keychain available")
    {
        auto keeper = keys.keep(vaultPath, key);
        REQUIRE(keeper.has_value());
        CHECK(*keeper == VaultKeys::Keeper::Keychain);
        CHECK(prompt.asked.isEmpty());
        CHECK_FALSE(QFile::exists(VaultKeys::keyFilePath(vaultPath)));
        auto found = keys.find(vaultPath);
        REQUIRE(found.has_value());
        CHECK(found->equals(key));
    }
    SECTION("no keychain: a passphrase is chosen, a weak one asked again")
    {
        keychain.behaviour = MemoryKeyStore::Behaviour::Unavailable;
        prompt.answers = {QStringLiteral("court"), QStringLiteral("une phrase de passe sûre")};
        auto keeper = keys.keep(vaultPath, key);
        REQUIRE(keeper.has_value());
        CHECK(*keeper == VaultKeys::Keeper::KeyFile);
        CHECK(prompt.asked.size() == 2);
        CHECK(QFile::exists(VaultKeys::keyFilePath(vaultPath)));

        prompt.asked.clear();
        prompt.answers = {QStringLiteral("mauvaise phrase"),
                          QStringLiteral("une phrase de passe sûre")};
        auto found = keys.find(vaultPath);
        REQUIRE(found.has_value());
        CHECK(found->equals(key));
        CHECK(prompt.asked ==
              QList{VaultKeys::Ask::Passphrase, VaultKeys::Ask::PassphraseAfterWrongOne});

        SECTION("three wrong passphrases end with a pointer to the recovery code")
        {
            prompt.answers = {QStringLiteral("faux faux 1"), QStringLiteral("faux faux 2"),
                              QStringLiteral("faux faux 3"),
                              QStringLiteral("une phrase de passe sûre")};
            auto refused = keys.find(vaultPath);
            REQUIRE_FALSE(refused.has_value());
            CHECK(refused.error().code == ErrorCode::WrongKey);
            CHECK(refused.error().message.contains(QStringLiteral("recovery code")));
        }
        SECTION("the person cancels")
        {
            prompt.answers.clear();
            auto cancelled = keys.find(vaultPath);
            REQUIRE_FALSE(cancelled.has_value());
            CHECK(cancelled.error().code == ErrorCode::Cancelled);
        }
    }
    SECTION("a keychain that refuses is reported, not bypassed")
    {
        keychain.behaviour = MemoryKeyStore::Behaviour::Denies;
        auto keeper = keys.keep(vaultPath, key);
        REQUIRE_FALSE(keeper.has_value());
        CHECK(keeper.error().code == ErrorCode::KeychainDenied);
        CHECK_FALSE(QFile::exists(VaultKeys::keyFilePath(vaultPath)));
    }
    SECTION("nothing holds the key")
    {
        auto found = keys.find(vaultPath);
        REQUIRE_FALSE(found.has_value());
        CHECK(found.error().code == ErrorCode::NotFound);
        CHECK(found.error().message.contains(QStringLiteral("recovery code")));
    }
}

TEST_CASE("the recovery code opens a vault on a workstation that lost its keychain entry")
{
    TempDir dir;
    const QString vaultPath = dir.file(QStringLiteral("practice.relais"));
    MemoryKeyStore keychain;
    ScriptedPrompt prompt;
    VaultKeys keys(keychain, prompt.function(), WrappedKeyFile::Cost::quick());

    QString shownOnce;
    {
        const SecureBytes key = SecureBytes::random(32);
        REQUIRE(Vault::create(vaultPath, key).has_value());
        REQUIRE(keys.keep(vaultPath, key).has_value());
        shownOnce = textOf(RecoveryCode::format(key));
    }
    REQUIRE(keychain.remove(VaultKeys::keychainAccount(vaultPath)));
    REQUIRE(keys.find(vaultPath).error().code == ErrorCode::NotFound);

    auto key = RecoveryCode::parse(shownOnce);
    REQUIRE(key.has_value());
    REQUIRE(Vault::open(vaultPath, *key).has_value());
    REQUIRE(keys.keep(vaultPath, *key).has_value());
    auto found = keys.find(vaultPath);
    REQUIRE(found.has_value());
    CHECK(found->equals(*key));
}

TEST_CASE("the system keychain keeps, returns and forgets a key")
{
    KeychainKeyStore keychain(QStringLiteral("Relais tests"));
    const QString account =
        QStringLiteral("vault:/tmp/test-%1").arg(QCoreApplication::applicationPid());
    const SecureBytes key = SecureBytes::random(32);
    const Status stored = keychain.store(account, key);
    if (!stored && qEnvironmentVariableIsEmpty("RELAIS_EXPECT_KEYCHAIN")) {
        WARN("no keychain on this machine (CI runs one): " << stored.error().message.toStdString());
        CHECK(stored.error().code == ErrorCode::KeychainUnavailable);
        return;
    }
    REQUIRE(stored.has_value());
    auto loaded = keychain.load(account);
    REQUIRE(loaded.has_value());
    CHECK(loaded->equals(key));
    REQUIRE(keychain.remove(account));
    auto gone = keychain.load(account);
    REQUIRE_FALSE(gone.has_value());
    CHECK(gone.error().code == ErrorCode::NotFound);
}

TEST_CASE("the raw key is found in no file of the vault's folder, backup or log")
{
    TempDir dir;
    const QString vaultPath = dir.file(QStringLiteral("practice.relais"));
    const QString logPath = dir.file(QStringLiteral("relais.log"));
    REQUIRE(LogFile::install(logPath));
    QLoggingCategory::setFilterRules(QStringLiteral("relais.*=true"));
    const SecureBytes key = SecureBytes::random(32);
    {
        MemoryKeyStore unavailable;
        unavailable.behaviour = MemoryKeyStore::Behaviour::Unavailable;
        ScriptedPrompt prompt{{QStringLiteral("une phrase de passe sûre")}, {}};
        VaultKeys keys(unavailable, prompt.function(), WrappedKeyFile::Cost::quick());
        REQUIRE(keys.keep(vaultPath, key).has_value());

        auto vault = Vault::create(vaultPath, key);
        REQUIRE(vault.has_value());
        REQUIRE((*vault)->write(Actor::system(), [](RecordWriter &w) {
            return toStatus(w.create(QStringLiteral("practice"),
                                     {{QStringLiteral("name"), QStringLiteral("Cabinet")}}));
        }));
        REQUIRE(
            (*vault)->backupTo(dir.file(QStringLiteral("backup.relais-backup")), Actor::system()));
        CHECK_FALSE(Vault::open(vaultPath, SecureBytes::random(32)).has_value()); // logs a failure
    }
    REQUIRE(Vault::restore(dir.file(QStringLiteral("backup.relais-backup")), vaultPath, key)
                .has_value());
    QLoggingCategory::setFilterRules(QString());
    LogFile::uninstall();

    const QByteArray raw(key.chars(), 32);
    const QByteArray hex = raw.toHex();
    const SecureBytes code = RecoveryCode::format(key);
    const QByteArray recovery(code.chars(), static_cast<qsizetype>(code.size()));
    const auto files = relais::test::allFilesBelow(dir.path());
    REQUIRE(files.size() >= 5); // vault, key file, backup, set-aside vault, log
    REQUIRE(relais::test::readAll(logPath).contains("relais.storage"));
    for (const auto &[name, content] : files) {
        INFO(name.toStdString());
        CHECK_FALSE(content.contains(raw));
        CHECK_FALSE(content.contains(hex));
        CHECK_FALSE(content.contains(hex.toUpper()));
        CHECK_FALSE(content.contains(recovery));
    }
}

namespace {

// A vault of a few hundred audited records, closed, whose bytes a test then damages.
void writeSomeRecords(const QString &path, const SecureBytes &key)
{
    auto vault = Vault::create(path, key);
    REQUIRE(vault.has_value());
    for (int i = 0; i < 300; ++i) {
        REQUIRE((*vault)->write(Actor::system(), [&](RecordWriter &w) -> Status {
            return toStatus(
                w.create(QStringLiteral("practice"),
                         {{QStringLiteral("name"), QStringLiteral("Cabinet %1").arg(i)}}));
        }));
    }
}

void damage(const QString &path, qint64 offset, int bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek(offset));
    QByteArray chunk = file.read(bytes);
    for (char &c : chunk)
        c = static_cast<char>(~c);
    REQUIRE(file.seek(offset));
    REQUIRE(file.write(chunk) == bytes);
}

} // namespace

TEST_CASE("a vault whose first page is damaged is reported as damaged, never as a wrong key")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("practice.relais"));
    const SecureBytes key = SecureBytes::random(32);
    writeSomeRecords(path, key);
    REQUIRE(SqlCipherPages::keyOpensLaterPages(path, key) == true);
    CHECK(SqlCipherPages::keyOpensLaterPages(path, SecureBytes::random(32)) == false);

    damage(path, 200, 64); // inside the first page, after its salt
    const QByteArray before = relais::test::readAll(path);
    auto opened = Vault::open(path, key);
    REQUIRE_FALSE(opened.has_value());
    CHECK(opened.error().code == ErrorCode::Corrupt);
    CHECK(opened.error().message.contains(QStringLiteral("damaged")));
    CHECK(opened.error().message.contains(QStringLiteral("Restore the last backup")));
    auto wrong = Vault::open(path, SecureBytes::random(32));
    REQUIRE_FALSE(wrong.has_value());
    CHECK(wrong.error().code == ErrorCode::WrongKey);

    // Through the keychain, as the window and the command line open it: no recovery code asked.
    MemoryKeyStore keychain;
    REQUIRE(keychain.store(VaultKeys::keychainAccount(path), key));
    int codesAsked = 0;
    VaultAccess access(keychain,
                       {ScriptedPrompt().function(),
                        [&](const QString &) -> Result<QString> {
                            ++codesAsked;
                            return fail(ErrorCode::Cancelled, QStringLiteral("cancelled"));
                        }},
                       WrappedKeyFile::Cost::quick());
    auto throughAccess = access.open(path);
    REQUIRE_FALSE(throughAccess.has_value());
    CHECK(throughAccess.error().code == ErrorCode::Corrupt);
    CHECK(codesAsked == 0);
    CHECK(relais::test::readAll(path) == before);
}

TEST_CASE("a damaged page anywhere is found by the integrity check and stops the trail's walk")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("practice.relais"));
    const SecureBytes key = SecureBytes::random(32);
    writeSomeRecords(path, key);
    {
        auto vault = Vault::open(path, key);
        REQUIRE(vault.has_value());
        auto sound = (*vault)->checkIntegrity();
        REQUIRE(sound.has_value());
        CHECK(sound->isEmpty());
        REQUIRE((*vault)->verifyAuditTrail()->intact());
    }
    qint64 trailRoot = 0;
    {
        auto vault = Vault::open(path, key);
        REQUIRE(vault.has_value());
        QSqlQuery root((*vault)->database());
        REQUIRE(root.exec(
            QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'audit_log'")));
        REQUIRE(root.next());
        trailRoot = root.value(0).toLongLong();
    }
    SECTION("one bit in the last page")
    {
        damage(path, QFileInfo(path).size() - 2000, 1);
        auto vault = Vault::open(path, key);
        REQUIRE(vault.has_value());
        auto problems = (*vault)->checkIntegrity();
        REQUIRE(problems.has_value());
        REQUIRE_FALSE(problems->isEmpty());
        CHECK(problems->join(QLatin1Char(' ')).contains(QStringLiteral("page")));
    }
    SECTION("one bit in a page of the trail: its walk is an error, never a shorter trail")
    {
        damage(path, (trailRoot - 1) * 4096 + 1000, 1);
        auto vault = Vault::open(path, key);
        REQUIRE(vault.has_value());
        auto trail = (*vault)->verifyAuditTrail();
        REQUIRE_FALSE(trail.has_value());
        CHECK(trail.error().code == ErrorCode::Corrupt);
        CHECK(trail.error().message.contains(QStringLiteral("damaged")));
        CHECK_FALSE((*vault)->checkIntegrity()->isEmpty());
    }
}
