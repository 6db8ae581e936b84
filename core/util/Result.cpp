#include "Result.h"

namespace relais {

QString Error::codeName() const
{
    switch (code) {
    case ErrorCode::InvalidInput: return QStringLiteral("invalid-input");
    case ErrorCode::NotFound: return QStringLiteral("not-found");
    case ErrorCode::AlreadyExists: return QStringLiteral("already-exists");
    case ErrorCode::NotAVault: return QStringLiteral("not-a-vault");
    case ErrorCode::PlainDatabase: return QStringLiteral("plain-database");
    case ErrorCode::WrongKey: return QStringLiteral("wrong-key");
    case ErrorCode::TooNew: return QStringLiteral("too-new");
    case ErrorCode::Corrupt: return QStringLiteral("corrupt");
    case ErrorCode::DiskFull: return QStringLiteral("disk-full");
    case ErrorCode::Io: return QStringLiteral("io");
    case ErrorCode::Sql: return QStringLiteral("sql");
    case ErrorCode::KeychainUnavailable: return QStringLiteral("keychain-unavailable");
    case ErrorCode::KeychainDenied: return QStringLiteral("keychain-denied");
    case ErrorCode::Denied: return QStringLiteral("denied");
    case ErrorCode::Cancelled: return QStringLiteral("cancelled");
    case ErrorCode::Implausible: return QStringLiteral("implausible");
    case ErrorCode::Frozen: return QStringLiteral("frozen");
    }
    return QStringLiteral("unknown");
}

} // namespace relais
