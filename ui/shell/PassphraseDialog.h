#pragma once

#include "security/VaultKeys.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QDialogButtonBox;

namespace relais::ui {

// Asks for the passphrase that protects the vault key where no keychain answers: a new one
// (typed twice, strength shown as it is typed) or the existing one.
class PassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    PassphraseDialog(VaultKeys::Ask ask, QWidget *parent = nullptr);

    // The prompt VaultAccess calls: shows the dialog and returns what was typed.
    static Result<SecureBytes> ask(VaultKeys::Ask ask, QWidget *parent = nullptr);

    SecureBytes passphrase() const;

private:
    void validate();

    VaultKeys::Ask m_ask;
    QLineEdit *m_first = nullptr;
    QLineEdit *m_second = nullptr;
    QLabel *m_reason = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace relais::ui
