// Vault::backupTo and Vault::restore: copies of the whole vault, encrypted with its key.
#include "Connection.h"
#include "Migrations.h"
#include "Vault.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStorageInfo>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace relais {

Q_LOGGING_CATEGORY(lcBackup, "relais.storage.backup")

namespace {

const QString BackupSchema = QStringLiteral("relais_backup");

// fsync so that a backup (or a restored vault) reported as written survives a power cut.
bool syncFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

void syncFolder(const QString &path)
{
    syncFile(QFileInfo(path).absolutePath());
}

bool replaceFile(const QString &from, const QString &to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

// ATTACH DATABASE '<path>' AS relais_backup KEY "x'<hex>'", assembled in secure memory.
SecureBytes attachStatement(const QString &path, const SecureBytes &key)
{
    QByteArray quotedPath = QFile::encodeName(path);
    quotedPath.replace('\'', "''");
    const QByteArray head =
        "ATTACH DATABASE '" + quotedPath + "' AS " + BackupSchema.toLatin1() + " KEY \"x'";
    const QByteArray tail = "'\"";
    const SecureBytes hex = key.toHex();
    SecureBytes statement(static_cast<std::size_t>(head.size()) + hex.size() +
                          static_cast<std::size_t>(tail.size()));
    unsigned char *out = statement.data();
    out = std::copy(head.cbegin(), head.cend(), out);
    out = std::copy(hex.data(), hex.data() + hex.size(), out);
    std::copy(tail.cbegin(), tail.cend(), out);
    return statement;
}

// <vault>.before-restore-<time>, with -2, -3… when restores follow each other within a second:
// each replaced vault keeps a name of its own.
QString setAsideName(const QString &vaultPath, const Clock &clock)
{
    const QString base = vaultPath + QStringLiteral(".before-restore-") +
                         clock.now().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const auto taken = [](const QString &name) {
        return QFileInfo::exists(name) || QFileInfo::exists(name + QStringLiteral("-wal")) ||
               QFileInfo::exists(name + QStringLiteral("-shm"));
    };
    QString name = base;
    for (int n = 2; taken(name); ++n)
        name = base + QLatin1Char('-') + QString::number(n);
    return name;
}

} // namespace

Status Vault::backupTo(const QString &file, const Actor &actor)
{
    const QFileInfo target(file);
    if (target.absoluteFilePath() == QFileInfo(path()).absoluteFilePath() ||
        (target.exists() && target.canonicalFilePath() == QFileInfo(path()).canonicalFilePath()))
        return fail(ErrorCode::InvalidInput,
                    tr("A backup cannot be written over the vault itself."));
    if (target.isDir())
        return fail(ErrorCode::InvalidInput,
                    tr("%1 is a folder; name a file for the backup.").arg(file));
    if (!target.absoluteDir().exists())
        return fail(ErrorCode::NotFound,
                    tr("The folder %1 does not exist.").arg(target.absolutePath()));

    const QString partial = file + QStringLiteral(".partial");
    QFile::remove(partial);
    // ATTACH opens with the vault's own flags, which do not include "create": the file must exist.
    {
        QFile empty(partial);
        if (!empty.open(QIODevice::WriteOnly))
            return fail(
                ErrorCode::Io,
                tr("The backup cannot be written to %1: %2").arg(file, empty.errorString()));
        empty.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    Status result = m_connection->execSecret(attachStatement(partial, m_key));
    if (result) {
        result = m_connection->exec(
            QStringLiteral("PRAGMA %1.cipher_page_size = 4096").arg(BackupSchema));
        if (result)
            result = m_connection->exec(
                QStringLiteral("SELECT sqlcipher_export('%1')").arg(BackupSchema));
        if (result)
            result = m_connection->exec(QStringLiteral("PRAGMA %1.user_version = %2")
                                            .arg(BackupSchema)
                                            .arg(m_schemaVersion));
        const Status detached =
            m_connection->exec(QStringLiteral("DETACH DATABASE %1").arg(BackupSchema));
        if (result && !detached)
            result = detached;
    }
    if (result && !syncFile(partial))
        result = fail(ErrorCode::Io, tr("The backup could not be flushed to disk."));
    if (result && !replaceFile(partial, file))
        result =
            fail(ErrorCode::Io, tr("The backup could not be moved into place at %1.").arg(file));
    if (!result) {
        const Error &error = result.error();
        // sqlcipher_export() reports a full disk as a generic error: compare the room left on
        // that disk with the size of the vault (its pages, wherever they are, file or WAL).
        const auto pages = m_connection->pragma("page_count");
        const qint64 needed = pages ? pages->toLongLong() * 4096 : 0;
        const bool diskFull = error.code == ErrorCode::DiskFull ||
                              QStorageInfo(target.absolutePath()).bytesAvailable() < needed;
        QFile::remove(partial);
        QFile::remove(partial + QStringLiteral("-journal"));
        if (diskFull)
            return fail(ErrorCode::DiskFull,
                        tr("The backup could not be written: the disk holding %1 is full. "
                           "The vault is unchanged.")
                            .arg(file));
        return fail(error.code, tr("The backup could not be written to %1. The vault is unchanged. "
                                   "(%2)")
                                    .arg(file, error.message));
    }
    syncFolder(file);
    qCInfo(lcBackup) << "backup written";
    return audit(actor, QStringLiteral("backup"), QStringLiteral("vault"), m_vaultId);
}

Result<QString> Vault::restore(const QString &backupFile, const QString &vaultPath,
                               const SecureBytes &key, const Clock &clock)
{
    if (auto fileOk = inspectFile(backupFile); !fileOk)
        return std::unexpected(
            Error{fileOk.error().code,
                  tr("This is not a Relais backup: %1").arg(fileOk.error().message)});
    {
        // Check the backup before touching anything: the key opens it and every page is sound.
        auto backup = Connection::open(backupFile, key, Connection::Mode::ReadOnly);
        if (!backup) {
            if (backup.error().code == ErrorCode::WrongKey)
                return fail(ErrorCode::WrongKey,
                            tr("This key does not open the backup %1. Use the recovery code of the "
                               "practice the backup comes from.")
                                .arg(backupFile));
            return fail(
                backup.error().code,
                tr("The backup %1 cannot be read: %2").arg(backupFile, backup.error().message));
        }
        auto check = (*backup)->pragma("integrity_check");
        if (!check || check->toString() != QLatin1String("ok"))
            return fail(
                ErrorCode::Corrupt,
                tr("The backup %1 is damaged; the vault was left as it was.").arg(backupFile));
        auto version = (*backup)->pragma("user_version");
        if (!version || version->toInt() < 1)
            return fail(ErrorCode::NotAVault, tr("%1 is not a Relais backup.").arg(backupFile));
        if (version->toInt() > Migrations::latestVersion())
            return fail(ErrorCode::TooNew, tr("The backup %1 comes from a newer version of Relais. "
                                              "Update Relais on this workstation first.")
                                               .arg(backupFile));
    }

    const QFileInfo vaultInfo(vaultPath);
    if (!QDir().mkpath(vaultInfo.absolutePath()))
        return fail(ErrorCode::Io, tr("The folder for %1 cannot be created.").arg(vaultPath));
    const QString incoming = vaultPath + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(backupFile, incoming) || !syncFile(incoming)) {
        QFile::remove(incoming);
        return fail(ErrorCode::Io,
                    tr("The backup could not be copied next to the vault (is the disk "
                       "full?). The vault was left as it was."));
    }

    QString kept;
    if (vaultInfo.exists()) {
        kept = setAsideName(vaultPath, clock);
        // The old vault's write-ahead log belongs to it, not to the restored file.
        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (QFileInfo::exists(vaultPath + suffix) &&
                !QFile::rename(vaultPath + suffix, kept + suffix)) {
                QFile::remove(incoming);
                return fail(ErrorCode::Io, tr("The current vault could not be set aside; nothing "
                                              "was restored."));
            }
        }
        // QFile::rename never replaces an existing file: a set-aside vault is never lost.
        if (!QFile::rename(vaultPath, kept)) {
            QFile::remove(incoming);
            return fail(ErrorCode::Io,
                        tr("The current vault could not be set aside; nothing was restored."));
        }
    }
    if (!replaceFile(incoming, vaultPath)) {
        if (!kept.isEmpty())
            replaceFile(kept, vaultPath);
        QFile::remove(incoming);
        return fail(ErrorCode::Io, tr("The backup could not be moved into place; the vault was "
                                      "left as it was."));
    }
    syncFolder(vaultPath);
    qCInfo(lcBackup) << "vault restored from a backup";
    return kept;
}

} // namespace relais
