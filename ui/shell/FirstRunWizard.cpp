#include "FirstRunWizard.h"

#include "RecoveryCodeDialog.h"
#include "common/FormHelpers.h"
#include "services/VaultAccess.h"
#include "storage/Vault.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace relais::ui {

namespace {

// Shows the reason beside the field it is about, and puts the cursor there.

class PracticePageWidget : public QWizardPage
{
public:
    explicit PracticePageWidget(QWidget *parent)
        : QWizardPage(parent)
    {
        setTitle(FirstRunWizard::tr("The practice"));
        setSubTitle(FirstRunWizard::tr("As it appears on letterheads and prescriptions."));
        auto *form = new QFormLayout(this);
        auto *name = makeNamedEdit(this, PracticeSettings::FieldName);
        form->addRow(FirstRunWizard::tr("&Name:"), name);
        form->addRow(FirstRunWizard::tr("&Address:"), makeNamedEdit(this, "address"));
        form->addRow(FirstRunWizard::tr("&Phone:"), makeNamedEdit(this, "phone"));
        auto *finess = makeNamedEdit(this, PracticeSettings::FieldFiness);
        finess->setPlaceholderText(FirstRunWizard::tr("optional, 9 characters"));
        form->addRow(FirstRunWizard::tr("&FINESS:"), finess);
        m_reason = makeReasonLabel(this);
        form->addRow(m_reason);
        registerField(QStringLiteral("practiceName*"), name);
        registerField(QStringLiteral("address"), findChild<QLineEdit *>(QStringLiteral("address")));
        registerField(QStringLiteral("phone"), findChild<QLineEdit *>(QStringLiteral("phone")));
        registerField(QStringLiteral("finess"), finess);
    }

    bool validatePage() override
    {
        const auto *wizard = static_cast<FirstRunWizard *>(this->wizard());
        if (auto valid = PracticeSettings::validate(wizard->practice()); !valid) {
            showFormError(this, m_reason, valid.error());
            return false;
        }
        m_reason->clear();
        return true;
    }

private:
    QLabel *m_reason;
};

class AccountPageWidget : public QWizardPage
{
public:
    explicit AccountPageWidget(QWidget *parent)
        : QWizardPage(parent)
    {
        setTitle(FirstRunWizard::tr("Your account"));
        setSubTitle(FirstRunWizard::tr("The first account administers the practice: it creates the "
                                       "others' accounts."));
        auto *form = new QFormLayout(this);
        m_physician = new QRadioButton(FirstRunWizard::tr("Ph&ysician and administrator"), this);
        m_physician->setObjectName(QStringLiteral("asPhysician"));
        m_assistant =
            new QRadioButton(FirstRunWizard::tr("Medical a&ssistant and administrator"), this);
        m_assistant->setObjectName(QStringLiteral("asAssistant"));
        m_physician->setChecked(true);
        form->addRow(FirstRunWizard::tr("Role:"), m_physician);
        form->addRow(QString(), m_assistant);
        form->addRow(FirstRunWizard::tr("Full &name:"),
                     makeNamedEdit(this, UserAccounts::FieldDisplayName));
        form->addRow(FirstRunWizard::tr("&Login:"), makeNamedEdit(this, UserAccounts::FieldLogin));
        auto *password = makeNamedEdit(this, UserAccounts::FieldPassword);
        password->setEchoMode(QLineEdit::Password);
        auto *again = makeNamedEdit(this, "passwordAgain");
        again->setEchoMode(QLineEdit::Password);
        form->addRow(FirstRunWizard::tr("&Password:"), password);
        form->addRow(FirstRunWizard::tr("A&gain:"), again);
        m_rpps = makeNamedEdit(this, UserAccounts::FieldRpps);
        m_specialty = makeNamedEdit(this, UserAccounts::FieldSpecialty);
        m_specialty->setText(FirstRunWizard::tr("General practice"));
        form->addRow(FirstRunWizard::tr("&RPPS number:"), m_rpps);
        form->addRow(FirstRunWizard::tr("Spe&cialty:"), m_specialty);
        m_reason = makeReasonLabel(this);
        form->addRow(m_reason);
        for (const char *name :
             {UserAccounts::FieldDisplayName, UserAccounts::FieldLogin, UserAccounts::FieldPassword,
              "passwordAgain", UserAccounts::FieldRpps, UserAccounts::FieldSpecialty})
            registerField(QLatin1String(name), findChild<QLineEdit *>(QLatin1String(name)));
        registerField(QStringLiteral("asPhysician"), m_physician);
        connect(m_physician, &QRadioButton::toggled, this, [this](bool physician) {
            m_rpps->setEnabled(physician);
            m_specialty->setEnabled(physician);
        });
    }

    bool validatePage() override
    {
        const auto *wizard = static_cast<FirstRunWizard *>(this->wizard());
        const UserAccount account = wizard->account();
        if (auto valid = UserAccounts::validateFields(account); !valid) {
            showFormError(this, m_reason, valid.error());
            return false;
        }
        const QString password = wizard->password();
        if (const QString weak = Passwords::weakness(password, account.login, account.displayName);
            !weak.isEmpty()) {
            showFormError(
                this, m_reason,
                Error{ErrorCode::InvalidInput, weak, QLatin1String(UserAccounts::FieldPassword)});
            return false;
        }
        if (password != field(QStringLiteral("passwordAgain")).toString()) {
            showFormError(this, m_reason,
                          Error{ErrorCode::InvalidInput,
                                FirstRunWizard::tr("The two passwords differ."),
                                QStringLiteral("passwordAgain")});
            return false;
        }
        m_reason->clear();
        return true;
    }

private:
    QRadioButton *m_physician;
    QRadioButton *m_assistant;
    QLineEdit *m_rpps;
    QLineEdit *m_specialty;
    QLabel *m_reason;
};

class VaultPageWidget : public QWizardPage
{
public:
    VaultPageWidget(QString *path, QWidget *parent)
        : QWizardPage(parent)
        , m_path(path)
    {
        setTitle(FirstRunWizard::tr("The vault"));
        setSubTitle(FirstRunWizard::tr("Every record of the practice is kept on this workstation "
                                       "in one encrypted file."));
        auto *layout = new QVBoxLayout(this);
        m_where = new QLabel(this);
        m_where->setObjectName(QStringLiteral("vaultPath"));
        m_where->setWordWrap(true);
        layout->addWidget(m_where);
        auto *change = new QPushButton(FirstRunWizard::tr("Choose another &place…"), this);
        change->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
        // Enter creates the practice; choosing another place is a deliberate click.
        change->setAutoDefault(false);
        layout->addWidget(change);
        auto *explain = new QLabel(
            FirstRunWizard::tr("Its key is kept in the system keychain (or, where there is none, "
                               "protected by a passphrase you will choose). Next, Relais shows the "
                               "practice's recovery code: the only way back to the records if "
                               "this workstation loses its key."),
            this);
        explain->setWordWrap(true);
        layout->addWidget(explain);
        layout->addStretch();
        m_reason = makeReasonLabel(this);
        layout->addWidget(m_reason);
        connect(change, &QPushButton::clicked, this, [this] {
            const QString chosen = QFileDialog::getSaveFileName(
                this, FirstRunWizard::tr("Where to keep the vault"), *m_path,
                FirstRunWizard::tr("Relais vaults (*.relais)"));
            if (!chosen.isEmpty()) {
                *m_path = chosen;
                initializePage();
            }
        });
        setCommitPage(true);
        setButtonText(QWizard::CommitButton, FirstRunWizard::tr("&Create the practice"));
    }

    void initializePage() override
    {
        m_where->setText(FirstRunWizard::tr("The vault will be created here:<br><tt>%1</tt>")
                             .arg(QDir::toNativeSeparators(*m_path).toHtmlEscaped()));
    }

    bool validatePage() override
    {
        auto *wizard = static_cast<FirstRunWizard *>(this->wizard());
        if (!wizard->createPractice()) {
            m_reason->setText(wizard->failure());
            return false;
        }
        return true;
    }

private:
    QString *m_path;
    QLabel *m_where;
    QLabel *m_reason;
};

} // namespace

class RecoveryPageWidget : public QWizardPage
{
public:
    explicit RecoveryPageWidget(FirstRunWizard *wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
    {
        setTitle(FirstRunWizard::tr("Write down the recovery code"));
        auto *layout = new QVBoxLayout(this);
        m_panel = new RecoveryCodePanel(this);
        layout->addWidget(m_panel);
        layout->addStretch();
        connect(m_panel, &RecoveryCodePanel::writtenDownChanged, this,
                &QWizardPage::completeChanged);
    }

    void initializePage() override { m_panel->setCode(m_wizard->m_recoveryCode); }
    bool isComplete() const override { return m_panel->isWrittenDown(); }

private:
    FirstRunWizard *m_wizard;
    RecoveryCodePanel *m_panel;
};

FirstRunWizard::FirstRunWizard(VaultAccess &access, QString vaultPath, QWidget *parent,
                               Passwords::Cost cost)
    : QWizard(parent)
    , m_access(access)
    , m_vaultPath(std::move(vaultPath))
    , m_cost(cost)
{
    setWindowTitle(tr("New practice")); // Qt adds " — Relais"
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(PracticePage, new PracticePageWidget(this));
    setPage(AccountPage, new AccountPageWidget(this));
    setPage(VaultPage, new VaultPageWidget(&m_vaultPath, this));
    setPage(RecoveryPage, new RecoveryPageWidget(this));
    setMinimumSize(640, 480);
}

FirstRunWizard::~FirstRunWizard()
{
    // Best effort: the code was shown; do not leave it lying in this object's memory.
    m_recoveryCode.fill(QLatin1Char(' '));
}

std::unique_ptr<Vault> FirstRunWizard::takeVault()
{
    return std::move(m_vault);
}

PracticeDetails FirstRunWizard::practice() const
{
    return PracticeDetails{{},
                           field(QStringLiteral("practiceName")).toString(),
                           field(QStringLiteral("address")).toString(),
                           field(QStringLiteral("phone")).toString(),
                           field(QStringLiteral("finess")).toString()};
}

UserAccount FirstRunWizard::account() const
{
    UserAccount account;
    account.login = field(QLatin1String(UserAccounts::FieldLogin)).toString();
    account.displayName = field(QLatin1String(UserAccounts::FieldDisplayName)).toString();
    const bool physician = field(QStringLiteral("asPhysician")).toBool();
    account.roles = Role::Admin | (physician ? Role::Physician : Role::Assistant);
    if (physician) {
        account.rpps = field(QLatin1String(UserAccounts::FieldRpps)).toString();
        account.specialty = field(QLatin1String(UserAccounts::FieldSpecialty)).toString();
    }
    account.phone = field(QStringLiteral("phone")).toString();
    account.address = field(QStringLiteral("address")).toString();
    return account;
}

QString FirstRunWizard::password() const
{
    return field(QLatin1String(UserAccounts::FieldPassword)).toString();
}

bool FirstRunWizard::createPractice()
{
    m_failure.clear();
    auto created = m_access.create(m_vaultPath);
    if (!created) {
        m_failure = created.error().message;
        return false;
    }
    auto session =
        PracticeSettings(*created->vault).setUp(practice(), account(), password(), m_cost);
    if (!session) {
        // Nothing half-made: without its practice and account the new vault is removed again.
        const QString path = created->vault->path();
        created->vault.reset();
        Vault::removeFiles(path);
        m_failure = session.error().message;
        return false;
    }
    m_session = *session;
    m_recoveryCode = QString::fromLatin1(created->recoveryCode.chars(),
                                         static_cast<qsizetype>(created->recoveryCode.size()));
    m_vault = std::move(created->vault);
    return true;
}

} // namespace relais::ui
