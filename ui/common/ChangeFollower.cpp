#include "ChangeFollower.h"

#include "storage/Vault.h"

#include <QEvent>
#include <QWidget>

namespace relais::ui {

ChangeFollower::ChangeFollower(const Vault &vault, QStringList tables, Refresh refresh,
                               QObject *parent)
    : QObject(parent)
    , m_tables(std::move(tables))
    , m_refresh(std::move(refresh))
{
    connect(vault.changes(), &ChangeNotifier::changed, this, &ChangeFollower::heard);
}

ChangeFollower *ChangeFollower::whileShown(const Vault &vault, QStringList tables, Refresh refresh,
                                           QWidget *shown)
{
    auto *follower = new ChangeFollower(vault, std::move(tables), std::move(refresh), shown);
    follower->m_shown = shown;
    shown->installEventFilter(follower);
    return follower;
}

void ChangeFollower::heard(const VaultChanges &changes)
{
    const bool concerned =
        std::any_of(m_tables.cbegin(), m_tables.cend(),
                    [&](const QString &table) { return changes.touches(table); });
    if (!concerned)
        return;
    if (m_shown && !m_shown->isVisible()) {
        for (auto it = changes.tables.cbegin(); it != changes.tables.cend(); ++it)
            m_missed.tables[it.key()].unite(it.value());
        return;
    }
    m_refresh(changes);
}

bool ChangeFollower::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_shown && event->type() == QEvent::Show && !m_missed.isEmpty())
        m_refresh(std::exchange(m_missed, VaultChanges{}));
    return QObject::eventFilter(watched, event);
}

} // namespace relais::ui
