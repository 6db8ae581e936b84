#pragma once

#include <QHash>
#include <QMetaType>
#include <QObject>
#include <QSet>
#include <QString>

#include <memory>

namespace relais {

// Where a committed write came from, so that a screen can tell its own write from one made by
// an import running beside it or a change that arrived from another workstation.
enum class ChangeOrigin
{
    Here,   // the handle the window reads and writes through
    Worker, // a second handle, on a worker thread (Vault::openAnother)
    Import, // a handle an import writes through
    Sync,   // changes made on another workstation, applied here
};

// What one committed transaction changed: per table, the ids of the records written. A table
// with no ids was changed as a whole (a reference table replaced by an import).
struct VaultChanges
{
    ChangeOrigin origin = ChangeOrigin::Here;
    quint64 handle = 0;     // the vault handle that wrote (Vault::handleId)
    qint64 committedNs = 0; // steady-clock nanoseconds at commit, to measure delivery
    QHash<QString, QSet<QString>> tables;

    void add(const QString &table, const QString &id = {});
    bool isEmpty() const { return tables.isEmpty(); }
    bool touches(const QString &table) const { return tables.contains(table); }
    // True when the record was written, or its table changed as a whole.
    bool touches(const QString &table, const QString &id) const;
};

// Announces the committed changes of one vault file to everyone in this process that follows
// it: each handle on the file (the window's, a worker's) shares one notifier, so a model on the
// UI thread hears about a worker's writes as well as its own. Delivered after the commit only
// (never for a write rolled back); across threads through Qt's queued connections.
class ChangeNotifier : public QObject
{
    Q_OBJECT

public:
    static std::shared_ptr<ChangeNotifier> forFile(const QString &path);
    ~ChangeNotifier() override;

Q_SIGNALS:
    void changed(const relais::VaultChanges &changes);

private:
    friend class Vault; // the only one that announces, after a commit
    explicit ChangeNotifier(QString key);
    void announce(const VaultChanges &changes);
    QString m_key;
};

} // namespace relais

Q_DECLARE_METATYPE(relais::VaultChanges)
