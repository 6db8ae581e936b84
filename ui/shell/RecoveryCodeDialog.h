#pragma once

#include "util/Result.h"
#include "util/SecureBytes.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace relais::ui {

// Asks for the practice's recovery code, saying why it is needed.
class RecoveryCodeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RecoveryCodeDialog(const QString &reason, QWidget *parent = nullptr);
    static Result<QString> ask(const QString &reason, QWidget *parent = nullptr);
    QString code() const;

private:
    QLineEdit *m_code = nullptr;
};

// A new vault's recovery code with what it is for, and the box to tick once it is written down.
// Shown once, by the notice below and by the first-run wizard.
class RecoveryCodePanel : public QWidget
{
    Q_OBJECT

public:
    explicit RecoveryCodePanel(QWidget *parent = nullptr);
    void setCode(const QString &code);
    bool isWrittenDown() const;

Q_SIGNALS:
    void writtenDownChanged(bool written);

private:
    QLabel *m_code = nullptr;
    QCheckBox *m_written = nullptr;
};

// Shows a new vault's recovery code, once: the window cannot be closed before the person says
// the code is written down.
class RecoveryCodeNotice : public QDialog
{
    Q_OBJECT

public:
    RecoveryCodeNotice(const SecureBytes &code, QWidget *parent = nullptr);
    // Escape and the close button do nothing until the code is said to be written down.
    void reject() override;

private:
    RecoveryCodePanel *m_panel = nullptr;
};

} // namespace relais::ui
