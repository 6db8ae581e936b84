#pragma once

#include "storage/VaultChanges.h"

#include <QObject>
#include <QStringList>

#include <functional>

namespace relais {
class Vault;
}

namespace relais::ui {

// Keeps a screen current: calls refresh after each committed write that touches one of its
// tables, whoever made it (this window, an import running beside it, another workstation's
// changes applied by sync). Screens never reload by hand after their own writes; they follow.
// Lives as long as its parent.
class ChangeFollower : public QObject
{
    Q_OBJECT

public:
    ChangeFollower(const Vault &vault, QStringList tables, std::function<void()> refresh,
                   QObject *parent);

private:
    void heard(const VaultChanges &changes);

    QStringList m_tables;
    std::function<void()> m_refresh;
};

} // namespace relais::ui
