#include "InputFile.h"

#include <QFile>
#include <QLocale>

#include <filesystem>
#include <system_error>

namespace relais {

Result<QByteArray> InputFile::read(const QString &path, qint64 maxBytes)
{
    std::error_code error;
    const std::filesystem::path native(QFile::encodeName(path).toStdString());
    const auto status = std::filesystem::status(native, error);
    if (status.type() == std::filesystem::file_type::not_found)
        return fail(ErrorCode::NotFound, tr("%1 is missing.").arg(path));
    if (error)
        return fail(
            ErrorCode::Io,
            tr("%1 cannot be read: %2.").arg(path, QString::fromLocal8Bit(error.message())));
    if (status.type() != std::filesystem::file_type::regular)
        return fail(ErrorCode::InvalidInput,
                    tr("%1 is not a regular file (a folder, a pipe or a device): it was not read.")
                        .arg(path));
    QFile file(path);
    const auto tooLarge = [&](qint64 size) {
        return fail(ErrorCode::InvalidInput,
                    tr("%1 is %2, larger than any file of its kind could be (%3 at most): it was "
                       "not read.")
                        .arg(path, QLocale().formattedDataSize(size),
                             QLocale().formattedDataSize(maxBytes)));
    };
    if (file.size() > maxBytes)
        return tooLarge(file.size());
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("%1 cannot be read: %2.").arg(path, file.errorString()));
    // Never more than the limit, even if the file grew since it was measured.
    QByteArray content = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return fail(ErrorCode::Io, tr("%1 cannot be read: %2.").arg(path, file.errorString()));
    if (content.size() > maxBytes)
        return tooLarge(content.size());
    return content;
}

} // namespace relais
