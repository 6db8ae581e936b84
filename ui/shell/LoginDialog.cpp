#include "LoginDialog.h"

#include "common/FormHelpers.h"
#include "services/Authenticator.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace relais::ui {

LoginDialog::LoginDialog(Authenticator &authenticator, const QString &practiceName, QWidget *parent)
    : QDialog(parent)
    , m_authenticator(authenticator)
{
    setWindowTitle(tr("Log in")); // Qt adds " — Relais"
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(QStringLiteral("<h3>%1</h3>").arg(practiceName.toHtmlEscaped()), this);
    layout->addWidget(title);
    auto *form = new QFormLayout;
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("login"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    m_reason = makeReasonLabel(this);
    m_reason->setStyleSheet(QStringLiteral("color: #a40000;"));
    layout->addWidget(m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Log in"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::tryLogIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_waitTimer = new QTimer(this);
    m_waitTimer->setInterval(1000);
    connect(m_waitTimer, &QTimer::timeout, this, &LoginDialog::refreshWait);
    // The delay belongs to a login: another person at the desk is not kept waiting.
    connect(m_login, &QLineEdit::textChanged, this, &LoginDialog::refreshWait);
    setMinimumWidth(380);
    refreshWait();
}

void LoginDialog::setFixedLogin(const QString &login)
{
    m_login->setText(login);
    m_login->setReadOnly(true);
    m_password->setFocus();
}

void LoginDialog::tryLogIn()
{
    auto session = m_authenticator.logIn(m_login->text(), m_password->text());
    m_password->clear();
    if (!session) {
        m_reason->setText(session.error().message);
        m_password->setFocus();
        refreshWait();
        return;
    }
    m_session = *session;
    accept();
}

void LoginDialog::refreshWait()
{
    const qint64 wait = m_authenticator.waitMs(m_login->text());
    m_ok->setEnabled(wait == 0);
    if (wait > 0) {
        m_reason->setText(tr("Too many wrong passwords. Try again in %n seconds.", nullptr,
                             static_cast<int>((wait + 999) / 1000)));
        m_waitTimer->start();
    } else if (m_waitTimer->isActive()) {
        m_waitTimer->stop();
        m_reason->clear();
    }
}

} // namespace relais::ui
