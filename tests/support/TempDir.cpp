#include "TempDir.h"

#include <QDirIterator>
#include <QFile>

namespace relais::test {

TempDir::TempDir()
    : m_dir(QDir::tempPath() + QStringLiteral("/relais-test-XXXXXX"))
{}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

QList<std::pair<QString, QByteArray>> allFilesBelow(const QString &folder)
{
    QList<std::pair<QString, QByteArray>> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.append({path, readAll(path)});
    }
    return files;
}

bool libraryIsLoaded(const QString &nameFragment)
{
    return QString::fromUtf8(readAll(QStringLiteral("/proc/self/maps"))).contains(nameFragment);
}

} // namespace relais::test
