#include "ChangeFollower.h"

#include "storage/Vault.h"

namespace relais::ui {

ChangeFollower::ChangeFollower(const Vault &vault, QStringList tables,
                               std::function<void()> refresh, QObject *parent)
    : QObject(parent)
    , m_tables(std::move(tables))
    , m_refresh(std::move(refresh))
{
    connect(vault.changes(), &ChangeNotifier::changed, this, &ChangeFollower::heard);
}

void ChangeFollower::heard(const VaultChanges &changes)
{
    for (const QString &table : std::as_const(m_tables)) {
        if (changes.touches(table)) {
            m_refresh();
            return;
        }
    }
}

} // namespace relais::ui
