#include "KeyStore.h"

#include <QEventLoop>
#include <QLoggingCategory>
#include <qt6keychain/keychain.h>

namespace relais {

Q_LOGGING_CATEGORY(lcKeychain, "relais.security.keychain")

namespace {

// QtKeychain jobs are asynchronous; Relais asks for a key only at start-up or when a vault is
// created, where waiting for the answer is what the user expects.
void runToCompletion(QKeychain::Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

Error keychainError(const QKeychain::Job &job, const QString &what)
{
    // The job's own text can name the service but never the secret.
    qCWarning(lcKeychain).noquote()
        << what << "- keychain error" << job.error() << job.errorString();
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return Error{ErrorCode::NotFound,
                     KeychainKeyStore::tr("The system keychain holds no key for this vault.")};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error{ErrorCode::KeychainDenied,
                     KeychainKeyStore::tr("The system keychain refused access to the vault key.")};
    default:
        return Error{
            ErrorCode::KeychainUnavailable,
            KeychainKeyStore::tr("No system keychain answered (%1).").arg(job.errorString())};
    }
}

} // namespace

KeychainKeyStore::KeychainKeyStore(QString service)
    : m_service(std::move(service))
{}

Result<SecureBytes> KeychainKeyStore::load(const QString &account)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setKey(account);
    runToCompletion(job);
    if (job.error() != QKeychain::NoError)
        return std::unexpected(keychainError(job, QStringLiteral("load")));
    QByteArray data = job.binaryData();
    return SecureBytes::takeFrom(data);
}

Status KeychainKeyStore::store(const QString &account, const SecureBytes &key)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setKey(account);
    QByteArray data(key.chars(), static_cast<qsizetype>(key.size()));
    job.setBinaryData(data);
    wipe(data);
    runToCompletion(job);
    if (job.error() != QKeychain::NoError)
        return std::unexpected(keychainError(job, QStringLiteral("store")));
    return {};
}

Status KeychainKeyStore::remove(const QString &account)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setKey(account);
    runToCompletion(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return std::unexpected(keychainError(job, QStringLiteral("remove")));
    return {};
}

} // namespace relais
