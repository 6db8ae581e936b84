#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace relais::test {

// A folder removed at the end of the test, with helpers to name and read files in it.
class TempDir
{
public:
    TempDir();
    QString path() const { return m_dir.path(); }
    QString file(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

QByteArray readAll(const QString &path);
// Writes `bytes` to `path`, replacing what was there; false when it cannot.
bool writeAll(const QString &path, const QByteArray &bytes);
// The bytes of every file below a folder, each with its name, for "no secret in here" checks.
QList<std::pair<QString, QByteArray>> allFilesBelow(const QString &folder);
bool libraryIsLoaded(const QString &nameFragment);

} // namespace relais::test
