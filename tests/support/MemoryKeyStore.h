#pragma once

#include "security/KeyStore.h"

#include <QHash>

namespace relais::test {

// A keychain double: entries in memory, and a switch to play a keychain that is absent or refuses.
class MemoryKeyStore : public KeyStore
{
public:
    enum class Behaviour
    {
        Works,
        Unavailable,
        Denies
    };

    Result<SecureBytes> load(const QString &account) override;
    Status store(const QString &account, const SecureBytes &key) override;
    Status remove(const QString &account) override;

    Behaviour behaviour = Behaviour::Works;
    qsizetype size() const { return m_entries.size(); }

private:
    std::optional<Error> refusal() const;
    QHash<QString, QByteArray> m_entries;
};

} // namespace relais::test
