#pragma once

#include "storage/VaultChanges.h"

#include <QObject>
#include <QStringList>

#include <functional>

class QWidget;

namespace relais {
class Vault;
}

namespace relais::ui {

// Keeps a screen current: calls refresh after each committed write that touches one of its
// tables, whoever made it (this window, an import running beside it, another workstation's
// changes applied by sync). Screens never reload by hand after their own writes; they follow.
class ChangeFollower : public QObject
{
    Q_OBJECT

public:
    using Refresh = std::function<void(const VaultChanges &)>;

    // At once, whether the screen is in view or not (a count in the toolbar, an open file).
    ChangeFollower(const Vault &vault, QStringList tables, Refresh refresh, QObject *parent);
    // Only while `shown` is in view: changes heard while it is hidden are gathered and refresh
    // runs once when it shows again, so that work nobody sees is not done on the UI thread at
    // each write (the audit trail, the counts). Owned by `shown`.
    static ChangeFollower *whileShown(const Vault &vault, QStringList tables, Refresh refresh,
                                      QWidget *shown);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void heard(const VaultChanges &changes);

    QStringList m_tables;
    Refresh m_refresh;
    QWidget *m_shown = nullptr;
    VaultChanges m_missed; // heard while hidden
};

} // namespace relais::ui
