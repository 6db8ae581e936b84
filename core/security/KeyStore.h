#pragma once

#include "util/Result.h"
#include "util/SecureBytes.h"

#include <QCoreApplication>
#include <QString>

namespace relais {

// Where vault keys are kept between runs: the operating system's keychain in Relais, an
// in-memory double in tests. One key per account (Relais uses one account per vault file).
class KeyStore
{
public:
    virtual ~KeyStore() = default;

    // NotFound when there is no entry; KeychainUnavailable when nothing answers;
    // KeychainDenied when the user or the system refused.
    virtual Result<SecureBytes> load(const QString &account) = 0;
    virtual Status store(const QString &account, const SecureBytes &key) = 0;
    virtual Status remove(const QString &account) = 0;
};

// The system keychain through QtKeychain: Secret Service (GNOME Keyring, KWallet) on Linux,
// Keychain on macOS, Credential Manager on Windows. Never falls back to a plain-text file.
class KeychainKeyStore : public KeyStore
{
    Q_DECLARE_TR_FUNCTIONS(relais::KeychainKeyStore)

public:
    explicit KeychainKeyStore(QString service = QStringLiteral("Relais"));

    Result<SecureBytes> load(const QString &account) override;
    Status store(const QString &account, const SecureBytes &key) override;
    Status remove(const QString &account) override;

private:
    QString m_service;
};

} // namespace relais
