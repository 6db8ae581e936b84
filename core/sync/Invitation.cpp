#include "Invitation.h"

#include "storage/RecordWriter.h"
#include "storage/Rows.h"
#include "storage/Vault.h"
#include "sync/DeviceKeys.h"
#include "sync/Hub.h"
#include "sync/SyncState.h"
#include "util/SodiumBytes.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <sodium.h>

namespace relais {

Q_LOGGING_CATEGORY(lcInvitation, "relais.sync.invitation")

namespace {

// Crockford's base 32: no I, L, O or U to misread.
constexpr char Alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int CodeLength = 16;
constexpr int IdLength = 6; // what the hub is told; the other ten (50 bits) it never sees
const QString SecretPrefix = QStringLiteral("invitation:");

QString makeCode()
{
    QString code;
    for (int i = 0; i < CodeLength; ++i)
        code += QLatin1Char(Alphabet[randombytes_uniform(32)]);
    return code;
}

QString shown(const QString &code)
{
    QStringList groups;
    for (int i = 0; i < CodeLength; i += 4)
        groups << code.mid(i, 4);
    return groups.join(QLatin1Char('-'));
}

// The key both workstations derive from the code's secret part, slow to guess (Argon2id): the
// hub holds what it seals and cannot try every code.
SecureBytes codeKey(const QString &code)
{
    const QByteArray id = code.left(IdLength).toLatin1();
    QByteArray secret = code.mid(IdLength).toLatin1();
    unsigned char salt[crypto_pwhash_SALTBYTES];
    const QByteArray context = QByteArrayLiteral("relais-invitation\x1f") + id;
    crypto_generichash(salt, sizeof salt, reinterpret_cast<const unsigned char *>(context.data()),
                       static_cast<unsigned long long>(context.size()), nullptr, 0);
    SecureBytes key(crypto_secretbox_KEYBYTES);
    if (crypto_pwhash(key.data(), key.size(), secret.constData(),
                      static_cast<unsigned long long>(secret.size()), salt,
                      crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        key = SecureBytes();
    wipe(secret);
    return key;
}

QByteArray lock(const QByteArray &message, const SecureBytes &key)
{
    QByteArray out(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + message.size(),
                   Qt::Uninitialized);
    auto *nonce = outBytes(out);
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES, inBytes(message),
                          static_cast<unsigned long long>(message.size()), nonce, key.data());
    return out;
}

std::optional<QByteArray> unlock(const QByteArray &locked, const SecureBytes &key)
{
    constexpr qsizetype Overhead = crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES;
    if (key.isEmpty() || locked.size() < Overhead)
        return std::nullopt;
    QByteArray message(locked.size() - Overhead, Qt::Uninitialized);
    const auto *nonce = inBytes(locked);
    if (crypto_secretbox_open_easy(outBytes(message), nonce + crypto_secretbox_NONCEBYTES,
                                   static_cast<unsigned long long>(locked.size()) -
                                       crypto_secretbox_NONCEBYTES,
                                   nonce, key.data()) != 0)
        return std::nullopt;
    return message;
}

// The new workstation's login: its password, derived from the code's key (slow to guess, as
// the key is), the hub told only its verifier.
SecureBytes loginPassword(const SecureBytes &key)
{
    static constexpr char Symbols[] = "abcdefghijkmnpqrstuvwxyz23456789";
    static constexpr std::size_t Length = 32; // 160 bits
    if (key.isEmpty())
        return {};
    unsigned char derived[Length];
    static const QByteArray context = QByteArrayLiteral("relais-hub-login");
    crypto_generichash(derived, Length, inBytes(context),
                       static_cast<unsigned long long>(context.size()), key.data(), key.size());
    SecureBytes password(Length);
    for (std::size_t i = 0; i < Length; ++i)
        password.data()[i] = static_cast<unsigned char>(Symbols[derived[i] % 32]);
    sodium_memzero(derived, sizeof derived);
    return password;
}

// What a failed grant says: the inviting workstation could not open the answer.
const QByteArray RefusedGrant = QByteArrayLiteral("refused");

} // namespace

HubLogin Invitation::hubLogin(const QString &code)
{
    return HubLogin{Hub::invitationRole(code.left(IdLength)), loginPassword(codeKey(code))};
}

QString Invitation::normalise(const QString &typed)
{
    QString code;
    for (QChar c : typed.toUpper()) {
        if (c == QLatin1Char('-') || c.isSpace())
            continue;
        if (c == QLatin1Char('O'))
            c = QLatin1Char('0');
        else if (c == QLatin1Char('I') || c == QLatin1Char('L'))
            c = QLatin1Char('1');
        code += c;
    }
    return code;
}

Result<QString> Invitation::checkCode(const QString &typed)
{
    QString code = normalise(typed);
    static const QRegularExpression valid(QStringLiteral("^[0-9A-HJKMNP-TV-Z]{16}$"));
    if (!valid.match(code).hasMatch())
        return invalid(QStringLiteral("code"),
                       tr("An invitation code is 16 letters and digits, such as "
                          "ABCD-EFGH-JKMN-PQRS: check what was typed."));
    return code;
}

Result<Invitation::Made> Invitation::make(Vault &vault, Hub &hub)
{
    SyncState state(vault);
    if (!state.isSetUp())
        return fail(ErrorCode::InvalidInput,
                    tr("This workstation does not sync yet: synchronise it with the hub once "
                       "before inviting another."));
    auto hubNow = hub.nowMs();
    if (!hubNow)
        return std::unexpected(hubNow.error());
    const QString code = makeCode();
    const QDateTime expires = QDateTime::fromMSecsSinceEpoch(*hubNow + ValidityMs, Qt::UTC);
    const QByteArray secret = code.toLatin1();
    if (auto ok =
            state.setSecret(SecretPrefix + code.left(IdLength),
                            SecureBytes(inBytes(secret), static_cast<std::size_t>(secret.size())));
        !ok)
        return std::unexpected(ok.error());
    const HubLogin login = hubLogin(code);
    if (login.password.isEmpty())
        return fail(ErrorCode::Io, tr("Making the invitation failed: out of memory."));
    if (auto ok = hub.offerInvitation(code.left(IdLength), state.practiceId(), expires,
                                      HubLogin::scramVerifier(login.password));
        !ok)
        return std::unexpected(ok.error());
    return Made{shown(code), expires};
}

Result<int> Invitation::grantAnswered(Vault &vault, Hub &hub, const Actor &actor,
                                      const std::function<Status()> &beforeGranting)
{
    bool prepared = !beforeGranting;
    SyncState state(vault);
    auto answered = hub.answeredInvitations(state.practiceId());
    if (!answered)
        return std::unexpected(answered.error());
    int granted = 0;
    for (const Hub::Invitation &invitation : std::as_const(*answered)) {
        auto secret = state.secret(SecretPrefix + invitation.id);
        if (!secret)
            continue; // another workstation's invitation
        if (!prepared) {
            prepared = true;
            if (auto ok = beforeGranting(); !ok)
                return std::unexpected(ok.error());
        }
        const QString code =
            QString::fromLatin1(secret->chars(), static_cast<qsizetype>(secret->size()));
        const SecureBytes key = codeKey(code);
        const auto response = unlock(invitation.response, key);
        const QJsonObject answer =
            response ? QJsonDocument::fromJson(*response).object() : QJsonObject();
        const QByteArray signKey =
            QByteArray::fromBase64(answer.value(QStringLiteral("sign")).toString().toLatin1());
        const QByteArray boxKey =
            QByteArray::fromBase64(answer.value(QStringLiteral("box")).toString().toLatin1());
        const QString device = answer.value(QStringLiteral("device")).toString();
        if (!response || answer.value(QStringLiteral("invitation")).toString() != invitation.id ||
            signKey.size() != crypto_sign_PUBLICKEYBYTES ||
            boxKey.size() != crypto_box_PUBLICKEYBYTES || device.isEmpty()) {
            // Typed wrong on the new workstation (or forged): the invitation is spent.
            qCWarning(lcInvitation)
                << "an answer to invitation" << invitation.id << "did not open with its code";
            if (auto ok = hub.grantInvitation(invitation.id, RefusedGrant); !ok)
                return std::unexpected(ok.error());
            continue;
        }
        // The practice's keys of every epoch, sealed to the new workstation alone.
        QByteArray keys;
        for (int epoch = 1; epoch <= state.epoch(); ++epoch) {
            auto practiceKey = state.practiceKey(epoch);
            if (!practiceKey)
                return std::unexpected(practiceKey.error());
            keys += QByteArray::number(epoch) + ':' +
                    QByteArray(practiceKey->chars(), static_cast<qsizetype>(practiceKey->size()))
                        .toBase64() +
                    '\n';
        }
        const QByteArray sealedKeys = DeviceKeys::sealTo(
            boxKey, SecureBytes(inBytes(keys), static_cast<std::size_t>(keys.size())));
        wipe(keys);
        auto enrolled = vault.write(actor, [&](RecordWriter &w) -> Status {
            auto made =
                w.create(QStringLiteral("sync_device"),
                         {{QStringLiteral("device"), device},
                          {QStringLiteral("name"), answer.value(QStringLiteral("name")).toString()},
                          {QStringLiteral("sign_key"), QString::fromLatin1(signKey.toBase64())},
                          {QStringLiteral("box_key"), QString::fromLatin1(boxKey.toBase64())},
                          {QStringLiteral("enrolled_by"), actor.userId}});
            if (!made)
                return std::unexpected(made.error());
            QSqlQuery drop(vault.database());
            drop.prepare(QStringLiteral("DELETE FROM sync_secret WHERE name = ?"));
            drop.addBindValue(QString(SecretPrefix + invitation.id));
            if (!drop.exec())
                return std::unexpected(
                    sqlError(tr("Closing the invitation failed"), drop.lastError()));
            return {};
        });
        if (!enrolled)
            return std::unexpected(enrolled.error());
        auto ownKeys = state.deviceKeys();
        if (!ownKeys)
            return std::unexpected(ownKeys.error());
        // Who invites, under the code's key: the new workstation trusts these keys first, and
        // every other workstation through the enrolments they sign.
        const QJsonObject grant{
            {QStringLiteral("invitation"), invitation.id},
            {QStringLiteral("practice"), state.practiceId()},
            {QStringLiteral("device"), vault.deviceId()},
            {QStringLiteral("sign"), QString::fromLatin1(ownKeys->publicKeys().sign.toBase64())},
            {QStringLiteral("box"), QString::fromLatin1(ownKeys->publicKeys().box.toBase64())},
            {QStringLiteral("epoch"), state.epoch()},
            {QStringLiteral("keys"), QString::fromLatin1(sealedKeys.toBase64())}};
        if (auto ok = hub.grantInvitation(
                invitation.id, lock(QJsonDocument(grant).toJson(QJsonDocument::Compact), key));
            !ok)
            return std::unexpected(ok.error());
        ++granted;
        qCInfo(lcInvitation) << "enrolled workstation" << device;
    }
    return granted;
}

Status Invitation::join(Vault &vault, Hub &hub, const QString &typed, const Waiting &waiting)
{
    SyncState state(vault);
    if (state.isSetUp())
        return fail(ErrorCode::AlreadyExists,
                    tr("This vault already belongs to a practice that syncs."));
    auto checked = checkCode(typed);
    if (!checked)
        return std::unexpected(checked.error());
    const QString code = *checked;
    const QString id = code.left(IdLength);
    auto offered = hub.invitation(id);
    if (!offered) {
        if (offered.error().code == ErrorCode::NotFound)
            return invalid(QStringLiteral("code"),
                           tr("The hub has no invitation with this code: check the code, as "
                              "shown on the inviting workstation."));
        return std::unexpected(offered.error());
    }
    auto hubNow = hub.nowMs();
    if (!hubNow)
        return std::unexpected(hubNow.error());
    if (offered->used || !offered->response.isEmpty())
        return invalid(QStringLiteral("code"),
                       tr("This invitation was already used: make a new one on an enrolled "
                          "workstation."));
    if (offered->expiresAt.toMSecsSinceEpoch() <= *hubNow)
        return invalid(QStringLiteral("code"),
                       tr("This invitation has expired (an invitation is valid 15 minutes): "
                          "make a new one on an enrolled workstation."));

    const SecureBytes key = codeKey(code);
    const DeviceKeys keys = DeviceKeys::generate();
    const QJsonObject answer{
        {QStringLiteral("invitation"), id},
        {QStringLiteral("device"), vault.deviceId()},
        {QStringLiteral("sign"), QString::fromLatin1(keys.publicKeys().sign.toBase64())},
        {QStringLiteral("box"), QString::fromLatin1(keys.publicKeys().box.toBase64())}};
    if (auto ok = hub.answerInvitation(
            id, lock(QJsonDocument(answer).toJson(QJsonDocument::Compact), key));
        !ok)
        return ok;

    for (;;) {
        auto current = hub.invitation(id);
        if (!current)
            return std::unexpected(current.error());
        if (!current->granted.isEmpty()) {
            const auto opened = unlock(current->granted, key);
            if (!opened)
                return invalid(QStringLiteral("code"),
                               tr("The inviting workstation could not read this workstation's "
                                  "answer: the code was probably mistyped. Make a new "
                                  "invitation."));
            const QJsonObject grant = QJsonDocument::fromJson(*opened).object();
            auto sealedKeys = keys.openSealed(
                QByteArray::fromBase64(grant.value(QStringLiteral("keys")).toString().toLatin1()));
            if (!sealedKeys || grant.value(QStringLiteral("invitation")).toString() != id)
                return fail(ErrorCode::Corrupt, tr("The practice's keys received are damaged: "
                                                   "make a new invitation."));
            const int epoch = grant.value(QStringLiteral("epoch")).toInt();
            const QString practice = grant.value(QStringLiteral("practice")).toString();
            // The login becomes this workstation's for good, under a password of its own: the
            // one derived from the code is known to whoever saw the code.
            if (auto ok = hub.claimDevice(vault.deviceId()); !ok)
                return ok;
            const SecureBytes password = HubLogin::newPassword();
            if (auto ok = hub.changeOwnPassword(password); !ok)
                return ok;
            auto kept = vault.write(Actor::system(), [&](RecordWriter &) -> Status {
                const QList<QByteArray> lines =
                    QByteArray(sealedKeys->chars(), static_cast<qsizetype>(sealedKeys->size()))
                        .split('\n');
                for (const QByteArray &line : lines) {
                    const qsizetype colon = line.indexOf(':');
                    if (colon < 0)
                        continue;
                    QByteArray raw = QByteArray::fromBase64(line.mid(colon + 1));
                    if (auto ok = state.setPracticeKey(line.left(colon).toInt(),
                                                       SecureBytes::takeFrom(raw));
                        !ok)
                        return ok;
                }
                if (auto ok = state.setDeviceKeys(keys); !ok)
                    return ok;
                if (auto ok = state.setSecret(SyncState::HubPasswordSecret, password); !ok)
                    return ok;
                const QString inviter =
                    grant.value(QStringLiteral("device")).toString() + QLatin1Char(':') +
                    grant.value(QStringLiteral("sign")).toString() + QLatin1Char(':') +
                    grant.value(QStringLiteral("box")).toString();
                for (const auto &[name, value] :
                     {std::pair{SyncState::PracticeKey, practice},
                      std::pair{SyncState::InviterKey, inviter},
                      std::pair{SyncState::HubKey, hub.address().toString()},
                      std::pair{SyncState::EpochKey, QString::number(epoch)},
                      std::pair{SyncState::CursorKey, QStringLiteral("0")},
                      std::pair{SyncState::AuditPushedKey, QStringLiteral("0")}}) {
                    if (auto ok = state.setSetting(name, value); !ok)
                        return ok;
                }
                return {};
            });
            return kept;
        }
        const qint64 remaining = offered->expiresAt.toMSecsSinceEpoch() - *hubNow;
        if (remaining <= 0)
            return fail(ErrorCode::Cancelled,
                        tr("The invitation expired before the inviting workstation answered: "
                           "make a new one, and synchronise the inviting workstation."));
        if (waiting && !waiting(remaining))
            return fail(ErrorCode::Cancelled, tr("Joining the practice was stopped."));
        QThread::msleep(1000);
        auto now = hub.nowMs();
        if (!now)
            return std::unexpected(now.error());
        hubNow = now;
    }
}

} // namespace relais
