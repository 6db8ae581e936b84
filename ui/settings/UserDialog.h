#pragma once

#include "common/FormDialog.h"
#include "services/UserAccounts.h"

class QCheckBox;
class QLabel;
class QLineEdit;

namespace relais::ui {

// Creates an account, or edits one, for an administrator. The service checks everything; the
// dialog shows its reason beside the field and stays open until the account is saved.
class UserDialog : public FormDialog
{
    Q_OBJECT

public:
    // With an empty account.id, creates; otherwise edits that account.
    UserDialog(UserAccounts &accounts, const Session &session, const UserAccount &account,
               QWidget *parent = nullptr);

    UserAccount draft() const;
    void save() override;
    const QString &savedId() const { return m_savedId; }

private:
    void updatePhysicianFields();

    UserAccounts &m_accounts;
    const Session &m_session;
    UserAccount m_original;
    QString m_savedId;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_name = nullptr;
    QCheckBox *m_assistant = nullptr;
    QCheckBox *m_physician = nullptr;
    QCheckBox *m_admin = nullptr;
    QLineEdit *m_rpps = nullptr;
    QLineEdit *m_specialty = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_again = nullptr;
};

// A new password: one's own (asking the current one first), or another's, reset by an
// administrator.
class PasswordDialog : public FormDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        OwnPassword,
        Reset
    };

    PasswordDialog(UserAccounts &accounts, const Session &session, Mode mode,
                   const UserAccount &target, QWidget *parent = nullptr);
    void save() override;

private:
    UserAccounts &m_accounts;
    const Session &m_session;
    Mode m_mode;
    UserAccount m_target;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_again = nullptr;
};

} // namespace relais::ui
