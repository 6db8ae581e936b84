#include "PassphraseDialog.h"

#include "common/FormHelpers.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace relais::ui {

namespace {

SecureBytes bytesOf(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    return SecureBytes::takeFrom(utf8);
}

} // namespace

PassphraseDialog::PassphraseDialog(VaultKeys::Ask ask, QWidget *parent)
    : QDialog(parent)
    , m_ask(ask)
{
    setWindowTitle(tr("Vault passphrase"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    switch (ask) {
    case VaultKeys::Ask::NewPassphrase:
        intro->setText(tr("No system keychain answered on this workstation. The vault key will be "
                          "kept in a file beside the vault, protected by a passphrase that you "
                          "choose now. It is asked each time Relais starts."));
        break;
    case VaultKeys::Ask::Passphrase:
        intro->setText(tr("Type the passphrase that protects the vault key on this workstation."));
        break;
    case VaultKeys::Ask::PassphraseAfterWrongOne:
        intro->setText(tr("That passphrase is wrong. Type it again."));
        break;
    }
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_first = new QLineEdit(this);
    m_first->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Passphrase:"), m_first);
    if (ask == VaultKeys::Ask::NewPassphrase) {
        m_second = new QLineEdit(this);
        m_second->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Again:"), m_second);
    }
    layout->addLayout(form);

    m_reason = makeReasonLabel(this);
    m_reason->setStyleSheet(QStringLiteral("color: #a40000;"));
    layout->addWidget(m_reason);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_first, &QLineEdit::textChanged, this, &PassphraseDialog::validate);
    if (m_second)
        connect(m_second, &QLineEdit::textChanged, this, &PassphraseDialog::validate);
    validate();
    setMinimumWidth(420);
}

void PassphraseDialog::validate()
{
    QString reason;
    if (m_ask == VaultKeys::Ask::NewPassphrase) {
        reason = WrappedKeyFile::weakness(bytesOf(m_first->text()));
        if (reason.isEmpty() && m_second->text() != m_first->text())
            reason = tr("The two passphrases differ.");
    } else if (m_first->text().isEmpty()) {
        reason = QString();
    }
    // An empty field shows no reproach; the OK button alone says it is not ready.
    m_reason->setText(m_first->text().isEmpty() ? QString() : reason);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_first->text().isEmpty() && reason.isEmpty());
}

SecureBytes PassphraseDialog::passphrase() const
{
    return bytesOf(m_first->text());
}

Result<SecureBytes> PassphraseDialog::ask(VaultKeys::Ask ask, QWidget *parent)
{
    PassphraseDialog dialog(ask, parent);
    if (dialog.exec() != QDialog::Accepted)
        return fail(ErrorCode::Cancelled, tr("No passphrase was given."));
    return dialog.passphrase();
}

} // namespace relais::ui
