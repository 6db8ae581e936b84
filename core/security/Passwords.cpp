#include "Passwords.h"

#include <QSet>

#include <sodium.h>

namespace relais {

namespace {

// The passwords tried first by anyone guessing, in French practices and elsewhere.
const char *const Common[] = {
    "motdepasse",  "motdepasse1", "azertyuiop",  "azerty1234",     "1234567890",  "0123456789",
    "password123", "qwertyuiop",  "soleil1234",  "bonjour123",     "doctolib123", "medecin123",
    "cabinet123",  "secretaire",  "changeme123", "administrateur", "jetaime1234",
};

SecureBytes utf8(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    return SecureBytes::takeFrom(bytes);
}

} // namespace

Passwords::Cost Passwords::Cost::standard()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

Passwords::Cost Passwords::Cost::quick()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

QString Passwords::weakness(const QString &password, const QString &login,
                            const QString &displayName)
{
    if (password.size() < MinimumLength)
        return tr("The password needs at least %n characters.", nullptr, MinimumLength);
    if (password.toUtf8().size() > MaximumBytes)
        return tr("The password is longer than %1 characters, the most Relais accepts.")
            .arg(MaximumBytes);
    const QString lower = password.toLower();
    if (QSet<QChar>(password.cbegin(), password.cend()).size() < 5)
        return tr("The password repeats too few different characters.");
    for (const char *common : Common) {
        if (lower == QLatin1String(common))
            return tr("This password is among the first ones anyone would try.");
    }
    if (!login.isEmpty() && login.size() >= 3 && lower.contains(login.toLower()))
        return tr("The password must not contain the login.");
    const auto words = displayName.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (word.size() >= 4 && lower.contains(word))
            return tr("The password must not contain the person's name.");
    }
    return {};
}

Result<QString> Passwords::hash(const QString &password, Cost cost)
{
    const SecureBytes bytes = utf8(password);
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, bytes.chars(), bytes.size(), cost.opsLimit,
                          static_cast<std::size_t>(cost.memLimit)) != 0)
        return fail(ErrorCode::Io, tr("Not enough memory to protect the password."));
    return QString::fromLatin1(out);
}

bool Passwords::verify(const QString &storedHash, const QString &password)
{
    const QByteArray stored = storedHash.toLatin1();
    const SecureBytes bytes = utf8(password);
    return crypto_pwhash_str_verify(stored.constData(), bytes.chars(), bytes.size()) == 0;
}

} // namespace relais
