#include "UserDialog.h"

#include "common/FormHelpers.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace relais::ui {

namespace {} // namespace

UserDialog::UserDialog(UserAccounts &accounts, const Session &session, const UserAccount &account,
                       QWidget *parent)
    : FormDialog(parent)
    , m_accounts(accounts)
    , m_session(session)
    , m_original(account)
{
    const bool creating = account.id.isEmpty();
    setWindowTitle(creating ? tr("New account") : tr("Account of %1").arg(account.displayName));
    QVBoxLayout *layout = body();
    auto *form = new QFormLayout;
    m_name = makeNamedEdit(this, UserAccounts::FieldDisplayName);
    m_login = makeNamedEdit(this, UserAccounts::FieldLogin);
    form->addRow(tr("Full &name:"), m_name);
    form->addRow(tr("&Login:"), m_login);

    auto *roles = new QWidget(this);
    roles->setObjectName(QLatin1String(UserAccounts::FieldRoles));
    auto *rolesLayout = new QHBoxLayout(roles);
    rolesLayout->setContentsMargins(0, 0, 0, 0);
    m_assistant = new QCheckBox(RoleNames::display(Role::Assistant), roles);
    m_physician = new QCheckBox(RoleNames::display(Role::Physician), roles);
    m_admin = new QCheckBox(RoleNames::display(Role::Admin), roles);
    for (QCheckBox *box : {m_assistant, m_physician, m_admin})
        rolesLayout->addWidget(box);
    form->addRow(tr("Roles:"), roles);

    m_rpps = makeNamedEdit(this, UserAccounts::FieldRpps);
    m_specialty = makeNamedEdit(this, UserAccounts::FieldSpecialty);
    m_address = makeNamedEdit(this, "address");
    m_phone = makeNamedEdit(this, UserAccounts::FieldPhone);
    m_email = makeNamedEdit(this, UserAccounts::FieldEmail);
    m_address->setPlaceholderText(tr("the practice's, if left empty"));
    m_phone->setPlaceholderText(tr("the practice's, if left empty"));
    form->addRow(tr("&RPPS number:"), m_rpps);
    form->addRow(tr("Spe&cialty:"), m_specialty);
    form->addRow(tr("Prescription a&ddress:"), m_address);
    form->addRow(tr("Prescription &phone:"), m_phone);
    form->addRow(tr("Prescription &e-mail:"), m_email);
    if (creating) {
        m_password = makeNamedEdit(this, UserAccounts::FieldPassword, true);
        m_again = makeNamedEdit(this, "passwordAgain", true);
        form->addRow(tr("&Password:"), m_password);
        form->addRow(tr("A&gain:"), m_again);
    }
    layout->addLayout(form);
    connect(m_physician, &QCheckBox::toggled, this, &UserDialog::updatePhysicianFields);

    m_name->setText(account.displayName);
    m_login->setText(account.login);
    m_assistant->setChecked(account.roles.testFlag(Role::Assistant));
    m_physician->setChecked(account.roles.testFlag(Role::Physician));
    m_admin->setChecked(account.roles.testFlag(Role::Admin));
    m_rpps->setText(account.rpps);
    m_specialty->setText(account.specialty);
    m_address->setText(account.address);
    m_phone->setText(account.phone);
    m_email->setText(account.email);
    updatePhysicianFields();
    setMinimumWidth(520);
}

void UserDialog::updatePhysicianFields()
{
    const bool physician = m_physician->isChecked();
    for (QLineEdit *edit : {m_rpps, m_specialty, m_address, m_phone, m_email})
        edit->setEnabled(physician);
}

UserAccount UserDialog::draft() const
{
    UserAccount account = m_original;
    account.displayName = m_name->text();
    account.login = m_login->text();
    account.roles = {};
    if (m_assistant->isChecked())
        account.roles |= Role::Assistant;
    if (m_physician->isChecked())
        account.roles |= Role::Physician;
    if (m_admin->isChecked())
        account.roles |= Role::Admin;
    const bool physician = m_physician->isChecked();
    account.rpps = physician ? m_rpps->text() : QString();
    account.specialty = physician ? m_specialty->text() : QString();
    account.address = physician ? m_address->text() : QString();
    account.phone = physician ? m_phone->text() : QString();
    account.email = physician ? m_email->text() : QString();
    return account;
}

void UserDialog::save()
{
    const UserAccount account = draft();
    if (m_original.id.isEmpty()) {
        if (m_password->text() != m_again->text())
            return refuse(Error{ErrorCode::InvalidInput, tr("The two passwords differ."),
                                QStringLiteral("passwordAgain")});
        auto id = m_accounts.create(m_session, account, m_password->text());
        if (!id)
            return refuse(id.error());
        m_savedId = *id;
    } else {
        if (auto saved = m_accounts.update(m_session, account); !saved)
            return refuse(saved.error());
        m_savedId = account.id;
    }
    accept();
}

PasswordDialog::PasswordDialog(UserAccounts &accounts, const Session &session, Mode mode,
                               const UserAccount &target, QWidget *parent)
    : FormDialog(parent)
    , m_accounts(accounts)
    , m_session(session)
    , m_mode(mode)
    , m_target(target)
{
    setWindowTitle(mode == Mode::OwnPassword ? tr("Change my password")
                                             : tr("New password for %1").arg(target.displayName));
    QVBoxLayout *layout = body();
    auto *form = new QFormLayout;
    if (mode == Mode::OwnPassword) {
        m_current = makeNamedEdit(this, "current", true);
        form->addRow(tr("&Current password:"), m_current);
    } else {
        auto *note = new QLabel(tr("Give the new password to %1 in person; they can change it "
                                   "afterwards.")
                                    .arg(target.displayName),
                                this);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    m_password = makeNamedEdit(this, UserAccounts::FieldPassword, true);
    m_again = makeNamedEdit(this, "passwordAgain", true);
    form->addRow(tr("&New password:"), m_password);
    form->addRow(tr("A&gain:"), m_again);
    layout->addLayout(form);
    setMinimumWidth(420);
}

void PasswordDialog::save()
{
    if (m_password->text() != m_again->text()) {
        return refuse(Error{ErrorCode::InvalidInput, tr("The two passwords differ."),
                            QStringLiteral("passwordAgain")});
    }
    const Status saved =
        m_mode == Mode::OwnPassword
            ? m_accounts.changeOwnPassword(m_session, m_current->text(), m_password->text())
            : m_accounts.resetPassword(m_session, m_target.id, m_password->text());
    if (!saved)
        return refuse(saved.error());
    accept();
}

} // namespace relais::ui
