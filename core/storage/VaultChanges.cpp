#include "VaultChanges.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMutex>
#include <QThread>

#include <chrono>

namespace relais {

void VaultChanges::add(const QString &table, const QString &id)
{
    QSet<QString> &ids = tables[table];
    if (!id.isEmpty())
        ids.insert(id);
}

bool VaultChanges::touches(const QString &table, const QString &id) const
{
    const auto it = tables.constFind(table);
    return it != tables.cend() && (it->isEmpty() || it->contains(id));
}

namespace {

// The notifiers alive in this process, by file: a handle opened later on the same file joins
// the one already there.
QMutex &registryLock()
{
    static QMutex lock;
    return lock;
}

QHash<QString, std::weak_ptr<ChangeNotifier>> &registry()
{
    static QHash<QString, std::weak_ptr<ChangeNotifier>> notifiers;
    return notifiers;
}

} // namespace

ChangeNotifier::ChangeNotifier(QString key)
    : m_key(std::move(key))
{
    // It belongs to the application's thread whichever handle made it, so that it outlives a
    // worker thread that opened the file first.
    if (auto *app = QCoreApplication::instance(); app && thread() != app->thread())
        moveToThread(app->thread());
}

ChangeNotifier::~ChangeNotifier()
{
    const QMutexLocker locked(&registryLock());
    auto it = registry().find(m_key);
    if (it != registry().end() && it->expired())
        registry().erase(it);
}

std::shared_ptr<ChangeNotifier> ChangeNotifier::forFile(const QString &path)
{
    static const int registered = qRegisterMetaType<VaultChanges>();
    Q_UNUSED(registered)
    const QFileInfo file(path);
    const QString key = file.exists() ? file.canonicalFilePath() : file.absoluteFilePath();
    const QMutexLocker locked(&registryLock());
    if (auto existing = registry().value(key).lock())
        return existing;
    std::shared_ptr<ChangeNotifier> made(new ChangeNotifier(key));
    registry().insert(key, made);
    return made;
}

void ChangeNotifier::announce(const VaultChanges &changes)
{
    Q_EMIT changed(changes);
}

} // namespace relais
