#pragma once

#include "security/Session.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace relais {
class Authenticator;
}

namespace relais::ui {

// Who is at the workstation: login and password, checked by the Authenticator. Shows why a try
// failed, and counts down while further tries are delayed.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    LoginDialog(Authenticator &authenticator, const QString &practiceName,
                QWidget *parent = nullptr);

    // For unlocking: the login is fixed to the user who locked.
    void setFixedLogin(const QString &login);
    const Session &session() const { return m_session; }
    void tryLogIn();

private:
    void refreshWait();

    Authenticator &m_authenticator;
    Session m_session;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_reason = nullptr;
    QPushButton *m_ok = nullptr;
    QTimer *m_waitTimer = nullptr;
};

} // namespace relais::ui
