#pragma once

#include "security/Session.h"
#include "services/PracticeSettings.h"
#include "services/UserAccounts.h"

#include <QWizard>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace relais {
class Vault;
class VaultAccess;
} // namespace relais

namespace relais::ui {

// The first run of a new practice: its details, its first account, where the vault lives, then
// the vault is created and its recovery code shown, once.
class FirstRunWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        PracticePage,
        AccountPage,
        VaultPage,
        RecoveryPage
    };

    FirstRunWizard(VaultAccess &access, QString vaultPath, QWidget *parent = nullptr,
                   Passwords::Cost cost = Passwords::Cost::standard());
    ~FirstRunWizard() override;

    // After the wizard is accepted: the open vault and the first user's session.
    std::unique_ptr<Vault> takeVault();
    const Session &session() const { return m_session; }
    const QString &vaultPath() const { return m_vaultPath; }

    PracticeDetails practice() const;
    UserAccount account() const;
    QString password() const;

    // Creates the vault, the practice and the account; on failure says why and leaves nothing.
    bool createPractice();
    QString failure() const { return m_failure; }

private:
    friend class RecoveryPageWidget;

    VaultAccess &m_access;
    QString m_vaultPath;
    Passwords::Cost m_cost;
    std::unique_ptr<Vault> m_vault;
    Session m_session;
    QString m_recoveryCode;
    QString m_failure;
};

} // namespace relais::ui
