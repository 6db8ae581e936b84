#include "MemoryKeyStore.h"

namespace relais::test {

std::optional<Error> MemoryKeyStore::refusal() const
{
    switch (behaviour) {
    case Behaviour::Works: return std::nullopt;
    case Behaviour::Unavailable:
        return Error{ErrorCode::KeychainUnavailable, QStringLiteral("no keychain (test)")};
    case Behaviour::Denies:
        return Error{ErrorCode::KeychainDenied, QStringLiteral("denied (test)")};
    }
    return std::nullopt;
}

Result<SecureBytes> MemoryKeyStore::load(const QString &account)
{
    if (auto error = refusal())
        return std::unexpected(*error);
    if (!m_entries.contains(account))
        return fail(ErrorCode::NotFound, QStringLiteral("no entry (test)"));
    const QByteArray &bytes = m_entries[account];
    return SecureBytes(reinterpret_cast<const unsigned char *>(bytes.constData()),
                       static_cast<std::size_t>(bytes.size()));
}

Status MemoryKeyStore::store(const QString &account, const SecureBytes &key)
{
    if (auto error = refusal())
        return std::unexpected(*error);
    m_entries.insert(account, QByteArray(key.chars(), static_cast<qsizetype>(key.size())));
    return {};
}

Status MemoryKeyStore::remove(const QString &account)
{
    if (auto error = refusal())
        return std::unexpected(*error);
    m_entries.remove(account);
    return {};
}

} // namespace relais::test
