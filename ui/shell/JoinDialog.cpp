#include "JoinDialog.h"

#include "common/FormHelpers.h"
#include "common/HubAddressField.h"
#include "sync/HubAddress.h"
#include "sync/Invitation.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace relais::ui {

JoinDialog::JoinDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Join a practice"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("On a workstation of the practice, an administrator opens Sync → Invite a "
           "workstation: it shows the hub's address and a code valid 15 minutes. Type them here. "
           "This workstation then receives the practice's records; everyone logs in with their "
           "own password."),
        this);
    intro->setWordWrap(true);
    keepWhole(intro);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_hubField = new HubAddressField(this);
    m_hub = m_hubField->edit();
    m_code = makeNamedEdit(this, "code");
    m_code->setPlaceholderText(QStringLiteral("ABCD-EFGH-JKMN-PQRS"));
    form->addRow(tr("&Hub:"), m_hubField);
    form->addRow(tr("Invitation &code:"), m_code);
    layout->addLayout(form);
    m_reason = makeReasonLabel(this);
    layout->addWidget(m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *join = buttons->addButton(tr("&Join"), QDialogButtonBox::AcceptRole);
    join->setDefault(true);
    connect(join, &QPushButton::clicked, this, &JoinDialog::tryAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

QString JoinDialog::hub() const
{
    return m_hub->text().trimmed();
}

QString JoinDialog::code() const
{
    return Invitation::normalise(m_code->text());
}

void JoinDialog::showRefusal(const QString &reason)
{
    m_reason->setText(reason);
}

void JoinDialog::tryAccept()
{
    if (auto address = HubAddress::parse(hub()); !address) {
        showRefusal(address.error().message);
        m_hub->setFocus();
        return;
    }
    if (auto code = Invitation::checkCode(m_code->text()); !code) {
        showRefusal(code.error().message);
        m_code->setFocus();
        return;
    }
    accept();
}

} // namespace relais::ui
