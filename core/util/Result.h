#pragma once

#include <QString>

#include <expected>

namespace relais {

// What went wrong, as a category the caller can branch on and a sentence a person can read.
enum class ErrorCode
{
    InvalidInput,
    NotFound,
    AlreadyExists,
    NotAVault,     // the file is missing, truncated, or something other than a Relais vault
    PlainDatabase, // an unencrypted SQLite file where a vault was expected
    WrongKey,      // the key (or passphrase, or recovery code) does not open this vault
    TooNew,        // written by a newer Relais than this one
    Corrupt,
    DiskFull,
    Io,
    Sql,
    KeychainUnavailable,
    KeychainDenied,
    Denied,
    Cancelled,
    Implausible, // reads, but is not what it claims to be (a cut or foreign file); may be forced
    Frozen,      // the record is in a state that no longer changes (reviewed, signed)
};

struct Error
{
    Error() = default;
    Error(ErrorCode errorCode, QString text, QString about = {})
        : code(errorCode)
        , message(std::move(text))
        , field(std::move(about))
    {}

    ErrorCode code = ErrorCode::Io;
    QString message; // translated, fit to show to the user as is
    QString field;   // the input it is about, when there is one, so a form can show it there

    // Names the code for logs and tests; never holds patient data.
    QString codeName() const;
};

// A value or the error that kept it from being made. [[nodiscard]]: a result dropped on the
// floor (an audit row not written, a write refused) is a compile error, not a silent loss. It is
// std::expected in every other way.
template<typename T>
class [[nodiscard]] Result : public std::expected<T, Error>
{
public:
    using std::expected<T, Error>::expected;
    Result(const std::expected<T, Error> &other)
        : std::expected<T, Error>(other)
    {}
    Result(std::expected<T, Error> &&other)
        : std::expected<T, Error>(std::move(other))
    {}
};

using Status = Result<void>;

inline std::unexpected<Error> fail(ErrorCode code, const QString &message)
{
    return std::unexpected(Error{code, message});
}

// A refusal of one input, named as the form names it.
inline std::unexpected<Error> invalid(const QString &field, const QString &message)
{
    return std::unexpected(Error{ErrorCode::InvalidInput, message, field});
}

// Keeps only whether a result succeeded (GCC 12's std::expected has no transform()).
template<typename T>
Status toStatus(const Result<T> &result)
{
    if (!result)
        return std::unexpected(result.error());
    return {};
}

} // namespace relais
