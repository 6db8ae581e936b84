#include "RecoveryCodeDialog.h"

#include "security/RecoveryCode.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace relais::ui {

RecoveryCodeDialog::RecoveryCodeDialog(const QString &reason, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Recovery code"));
    auto *layout = new QVBoxLayout(this);
    auto *why = new QLabel(reason, this);
    why->setWordWrap(true);
    layout->addWidget(why);
    auto *how = new QLabel(tr("Type the practice's recovery code: %1 groups of %2 characters, as "
                              "written down when the vault was created. Dashes and spaces may be "
                              "left out.")
                               .arg(RecoveryCode::Groups)
                               .arg(RecoveryCode::GroupLength),
                           this);
    how->setWordWrap(true);
    layout->addWidget(how);
    m_code = new QLineEdit(this);
    m_code->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_code->setPlaceholderText(QStringLiteral("XXXXX-XXXXX-XXXXX-…"));
    layout->addWidget(m_code);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(560);
}

QString RecoveryCodeDialog::code() const
{
    return m_code->text();
}

Result<QString> RecoveryCodeDialog::ask(const QString &reason, QWidget *parent)
{
    RecoveryCodeDialog dialog(reason, parent);
    if (dialog.exec() != QDialog::Accepted)
        return fail(ErrorCode::Cancelled, tr("No recovery code was given."));
    return dialog.code();
}

RecoveryCodePanel::RecoveryCodePanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *warning = new QLabel(tr("<b>This code is shown only now.</b> It is the only way to open "
                                  "the vault if this workstation loses its key, and the way a new "
                                  "workstation joins the practice. Write it down and keep it "
                                  "locked away, apart from the computer."),
                               this);
    warning->setWordWrap(true);
    layout->addWidget(warning);
    m_code = new QLabel(this);
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    fixed.setPointSizeF(fixed.pointSizeF() * 1.2);
    m_code->setFont(fixed);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_code->setAlignment(Qt::AlignCenter);
    m_code->setObjectName(QStringLiteral("code"));
    layout->addWidget(m_code);
    m_written = new QCheckBox(tr("I have written the recovery code down"), this);
    m_written->setObjectName(QStringLiteral("written"));
    layout->addWidget(m_written);
    connect(m_written, &QCheckBox::toggled, this, &RecoveryCodePanel::writtenDownChanged);
}

void RecoveryCodePanel::setCode(const QString &code)
{
    m_code->setText(code);
}

bool RecoveryCodePanel::isWrittenDown() const
{
    return m_written->isChecked();
}

RecoveryCodeNotice::RecoveryCodeNotice(const SecureBytes &code, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Write down the recovery code"));
    auto *layout = new QVBoxLayout(this);
    m_panel = new RecoveryCodePanel(this);
    m_panel->setCode(QString::fromLatin1(code.chars(), static_cast<qsizetype>(code.size())));
    layout->addWidget(m_panel);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *done = buttons->addButton(tr("Continue"), QDialogButtonBox::AcceptRole);
    done->setEnabled(false);
    layout->addWidget(buttons);
    connect(m_panel, &RecoveryCodePanel::writtenDownChanged, done, &QPushButton::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    setMinimumWidth(600);
}

} // namespace relais::ui

namespace relais::ui {

void RecoveryCodeNotice::reject()
{
    if (m_panel->isWrittenDown())
        QDialog::reject();
}

} // namespace relais::ui
