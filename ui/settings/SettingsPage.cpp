#include "SettingsPage.h"

#include "AuditLogModel.h"
#include "DataTab.h"
#include "UserDialog.h"
#include "UserListModel.h"
#include "VaultSummaryModel.h"
#include "common/ChangeFollower.h"
#include "common/FormHelpers.h"
#include "security/AccessPolicy.h"
#include "services/AuditBrowser.h"
#include "services/BackgroundTask.h"
#include "services/PracticeSettings.h"
#include "services/VaultBackups.h"
#include "storage/Vault.h"
#include "util/Preferences.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace relais::ui {

namespace {

QTableView *tableFor(QAbstractItemModel *model, QWidget *parent, bool sortable)
{
    if (!sortable)
        return makeListTable(parent, model, QString());
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(Qt::UserRole);
    auto *table = makeListTable(parent, proxy, QString());
    table->setSortingEnabled(true);
    return table;
}

} // namespace

SettingsPage::SettingsPage(Vault &vault, QWidget *parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_accounts(vault)
{
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildPracticeTab(), tr("&Practice"));
    m_tabs->addTab(buildUsersTab(), tr("&Users"));
    m_tabs->addTab(buildAuditTab(), tr("Audit &trail"));
    m_tabs->addTab(buildWorkstationTab(), tr("This &workstation"));
    m_data = new DataTab(vault, this);
    m_tabs->addTab(m_data, tr("&Data"));
    layout->addWidget(m_tabs);

    // Current without a lock and unlock: the trail, the accounts and the counts follow every
    // committed write, this window's or not, refreshed when their tab is in view.
    ChangeFollower::whileShown(
        vault, {QStringLiteral("audit_log")},
        [this](const VaultChanges &) {
            if (AccessPolicy::allows(m_session.roles, Permission::ViewAudit))
                refreshAudit();
        },
        m_tabs->widget(AuditTab));
    ChangeFollower::whileShown(
        vault, {QStringLiteral("app_user")},
        [this](const VaultChanges &) {
            if (AccessPolicy::allows(m_session.roles, Permission::ManageUsers))
                refreshUsers();
        },
        m_tabs->widget(UsersTab));
    ChangeFollower::whileShown(
        vault,
        {QStringLiteral("practice"), QStringLiteral("patient"), QStringLiteral("app_user"),
         QStringLiteral("change_journal"), QStringLiteral("audit_log")},
        [this](const VaultChanges &) { m_summary->refresh(); }, m_tabs->widget(WorkstationTab));
}

void SettingsPage::setSession(const Session &session)
{
    m_session = session;
    const bool admin = AccessPolicy::allows(session.roles, Permission::ManageUsers);
    m_tabs->setTabVisible(UsersTab, admin);
    m_tabs->setTabVisible(AuditTab, AccessPolicy::allows(session.roles, Permission::ViewAudit));
    const bool editPractice = AccessPolicy::allows(session.roles, Permission::EditPractice);
    // What this person may not change looks like text, not like a field waiting for typing.
    for (QLineEdit *edit : {m_practiceName, m_practiceAddress, m_practicePhone, m_practiceFiness}) {
        edit->setReadOnly(!editPractice);
        edit->setFrame(editPractice);
    }
    m_alsaceMoselle->setEnabled(editPractice);
    m_idle->setReadOnly(!editPractice);
    m_idle->setButtonSymbols(editPractice ? QAbstractSpinBox::UpDownArrows
                                          : QAbstractSpinBox::NoButtons);
    m_idle->setFrame(editPractice);
    for (QLabel *note : {m_practiceNote, m_idleNote})
        note->setVisible(!editPractice);
    m_practiceSave->setVisible(editPractice);
    if (const auto details = PracticeSettings(m_vault).details()) {
        m_practiceName->setText(details->name);
        m_practiceAddress->setText(details->address);
        m_practicePhone->setText(details->phone);
        m_practiceFiness->setText(details->finess);
        m_alsaceMoselle->setChecked(details->holidays == PublicHolidays::Region::AlsaceMoselle);
    }
    m_practiceReason->clear();
    if (admin) {
        refreshUsers();
        refreshAudit();
    } else {
        // Nothing of the previous user's administration stays in memory for the next one.
        m_users->setAccounts({});
        m_audit->setEntries({});
    }
    m_summary->refresh();
    m_data->setSession(session);
}

QWidget *SettingsPage::buildPracticeTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_practiceName = new QLineEdit(page);
    m_practiceName->setObjectName(QLatin1String(PracticeSettings::FieldName));
    m_practiceAddress = new QLineEdit(page);
    m_practicePhone = new QLineEdit(page);
    m_practiceFiness = new QLineEdit(page);
    m_practiceFiness->setObjectName(QLatin1String(PracticeSettings::FieldFiness));
    m_practiceFiness->setPlaceholderText(tr("optional, 9 characters"));
    form->addRow(tr("&Name:"), m_practiceName);
    form->addRow(tr("&Address:"), m_practiceAddress);
    form->addRow(tr("P&hone:"), m_practicePhone);
    form->addRow(tr("&FINESS:"), m_practiceFiness);
    m_alsaceMoselle = new QCheckBox(
        tr("In Alsace-&Moselle: Good Friday and 26 December are public holidays too"), page);
    m_alsaceMoselle->setObjectName(QStringLiteral("alsaceMoselle"));
    form->addRow(tr("Holidays:"), m_alsaceMoselle);
    m_practiceReason = makeReasonLabel(page);
    form->addRow(m_practiceReason);
    m_practiceNote = new QLabel(tr("Only an administrator changes the practice's details."), page);
    m_practiceNote->setObjectName(QStringLiteral("practiceReadOnly"));
    m_practiceNote->setWordWrap(true);
    form->addRow(m_practiceNote);
    auto *save = new QPushButton(tr("&Save the practice's details"), page);
    save->setObjectName(QStringLiteral("savePractice"));
    save->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_practiceSave = save;
    form->addRow(save);
    connect(save, &QPushButton::clicked, this, &SettingsPage::savePractice);
    return page;
}

void SettingsPage::savePractice()
{
    auto current = PracticeSettings(m_vault).details();
    PracticeDetails details{current ? current->id : QString(),
                            m_practiceName->text(),
                            m_practiceAddress->text(),
                            m_practicePhone->text(),
                            m_practiceFiness->text(),
                            m_alsaceMoselle->isChecked() ? PublicHolidays::Region::AlsaceMoselle
                                                         : PublicHolidays::Region::France};
    const Status saved = PracticeSettings(m_vault).update(m_session, details);
    if (!saved) {
        m_practiceReason->setStyleSheet(QStringLiteral("color: #a40000;"));
        showFormError(this, m_practiceReason, saved.error());
        return;
    }
    m_practiceReason->setStyleSheet(QString());
    m_practiceReason->setText(tr("Saved."));
    Q_EMIT practiceChanged();
}

QWidget *SettingsPage::buildUsersTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_users = new UserListModel(this);
    m_userTable = tableFor(m_users, page, false);
    m_userTable->setObjectName(QStringLiteral("users"));
    layout->addWidget(m_userTable);
    auto *buttons = new QHBoxLayout;
    auto *create = new QPushButton(tr("&New account…"), page);
    auto *edit = new QPushButton(tr("&Edit…"), page);
    auto *disable = new QPushButton(tr("&Disable or enable"), page);
    auto *reset = new QPushButton(tr("&Reset password…"), page);
    for (QPushButton *button : {create, edit, disable, reset})
        buttons->addWidget(button);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(create, &QPushButton::clicked, this, &SettingsPage::newUser);
    connect(edit, &QPushButton::clicked, this, &SettingsPage::editUser);
    connect(m_userTable, &QTableView::activated, this, &SettingsPage::editUser);
    connect(disable, &QPushButton::clicked, this, &SettingsPage::toggleUserDisabled);
    connect(reset, &QPushButton::clicked, this, &SettingsPage::resetUserPassword);
    return page;
}

void SettingsPage::refreshUsers()
{
    auto accounts = m_accounts.list(m_session);
    m_users->setAccounts(accounts ? *accounts : QList<UserAccount>());
}

const UserAccount *SettingsPage::selectedUser() const
{
    const QModelIndex current = m_userTable->currentIndex();
    if (!current.isValid())
        return nullptr;
    return &m_users->account(current.row());
}

void SettingsPage::newUser()
{
    UserAccount blank;
    blank.roles = Role::Assistant;
    UserDialog dialog(m_accounts, m_session, blank, this);
    dialog.exec(); // the list follows what it saved
}

void SettingsPage::editUser()
{
    if (const UserAccount *account = selectedUser()) {
        UserDialog dialog(m_accounts, m_session, *account, this);
        dialog.exec();
    }
}

void SettingsPage::toggleUserDisabled()
{
    const UserAccount *account = selectedUser();
    if (!account)
        return;
    const Status changed = m_accounts.setDisabled(m_session, account->id, !account->disabled);
    if (!changed)
        QMessageBox::warning(this, tr("Account not changed"), changed.error().message);
}

void SettingsPage::resetUserPassword()
{
    if (const UserAccount *account = selectedUser()) {
        PasswordDialog dialog(m_accounts, m_session, PasswordDialog::Mode::Reset, *account, this);
        dialog.exec();
    }
}

QWidget *SettingsPage::buildAuditTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *filters = new QHBoxLayout;
    m_auditUser = new QComboBox(page);
    m_auditUser->setObjectName(QStringLiteral("auditUser"));
    m_auditRecord = new QLineEdit(page);
    m_auditRecord->setObjectName(QStringLiteral("auditRecord"));
    m_auditRecord->setPlaceholderText(tr("record id (a patient's, say)"));
    m_auditFrom = new QDateEdit(m_vault.clock().today().addDays(-30), page);
    m_auditTo = new QDateEdit(m_vault.clock().today(), page);
    for (QDateEdit *edit : {m_auditFrom, m_auditTo})
        edit->setCalendarPopup(true);
    filters->addWidget(new QLabel(tr("User:"), page));
    filters->addWidget(m_auditUser);
    filters->addWidget(m_auditRecord, 1);
    filters->addWidget(new QLabel(tr("From:"), page));
    filters->addWidget(m_auditFrom);
    filters->addWidget(new QLabel(tr("to:"), page));
    filters->addWidget(m_auditTo);
    layout->addLayout(filters);
    m_audit = new AuditLogModel(this);
    auto *table = tableFor(m_audit, page, true);
    table->setObjectName(QStringLiteral("audit"));
    table->sortByColumn(AuditLogModel::Time, Qt::DescendingOrder); // newest first
    layout->addWidget(table);
    auto *bottom = new QHBoxLayout;
    m_auditStatus = new QLabel(page);
    auto *exportButton = new QPushButton(tr("E&xport as CSV…"), page);
    bottom->addWidget(m_auditStatus, 1);
    bottom->addWidget(exportButton);
    layout->addLayout(bottom);

    connect(m_auditUser, &QComboBox::currentIndexChanged, this, &SettingsPage::refreshAudit);
    connect(m_auditRecord, &QLineEdit::editingFinished, this, &SettingsPage::refreshAudit);
    connect(m_auditFrom, &QDateEdit::dateChanged, this, &SettingsPage::refreshAudit);
    connect(m_auditTo, &QDateEdit::dateChanged, this, &SettingsPage::refreshAudit);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(
            this, tr("Export the audit trail"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                tr("/audit-%1.csv").arg(m_vault.clock().today().toString(Qt::ISODate)),
            tr("CSV files (*.csv)"));
        if (!file.isEmpty())
            exportAuditTo(file);
    });
    return page;
}

void SettingsPage::refreshAudit()
{
    if (!AccessPolicy::allows(m_session.roles, Permission::ViewAudit))
        return;
    // The user filter lists the accounts; the first entry means everyone.
    const QString chosen = m_auditUser->currentData().toString();
    {
        const QSignalBlocker blocker(m_auditUser);
        m_auditUser->clear();
        m_auditUser->addItem(tr("Everyone"), QString());
        if (auto accounts = m_accounts.list(m_session)) {
            for (const UserAccount &account : *accounts)
                m_auditUser->addItem(account.displayName, account.id);
        }
        m_auditUser->setCurrentIndex(std::max(0, m_auditUser->findData(chosen)));
    }
    AuditFilter filter;
    filter.userId = m_auditUser->currentData().toString();
    filter.entityId = m_auditRecord->text().trimmed();
    filter.from = m_auditFrom->date();
    filter.to = m_auditTo->date();
    auto entries = AuditBrowser(m_vault).entries(m_session, filter);
    if (!entries) {
        m_auditStatus->setText(entries.error().message);
        m_audit->setEntries({});
        return;
    }
    m_audit->setEntries(*entries);
    m_auditStatus->setText(tr("%n entries", nullptr, static_cast<int>(entries->size())));
}

bool SettingsPage::exportAuditTo(const QString &file)
{
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        QMessageBox::warning(this, tr("Export failed"),
                             tr("%1 cannot be written: %2").arg(file, out.errorString()));
        return false;
    }
    const Status written = AuditBrowser(m_vault).exportCsv(m_session, m_audit->entries(), out);
    if (!written) {
        QMessageBox::warning(this, tr("Export failed"), written.error().message);
        return false;
    }
    m_auditStatus->setText(tr("Exported to %1.").arg(QDir::toNativeSeparators(file)));
    return true;
}

QWidget *SettingsPage::buildWorkstationTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    m_idle = new QSpinBox(page);
    m_idle->setObjectName(QStringLiteral("idleMinutes"));
    m_idle->setRange(1, 120);
    m_idle->setSuffix(tr(" min"));
    m_idle->setValue(PracticeSettings(m_vault).idleMinutes());
    form->addRow(tr("&Lock after:"), m_idle);
    m_idleNote =
        new QLabel(tr("Only an administrator changes how soon a workstation locks."), page);
    m_idleNote->setObjectName(QStringLiteral("idleReadOnly"));
    m_idleNote->setWordWrap(true);
    form->addRow(QString(), m_idleNote);
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("As the system"), static_cast<int>(Preferences::Language::System));
    m_language->addItem(QStringLiteral("Français"),
                        static_cast<int>(Preferences::Language::French));
    m_language->addItem(QStringLiteral("English"),
                        static_cast<int>(Preferences::Language::English));
    m_language->setCurrentIndex(m_language->findData(static_cast<int>(Preferences::language())));
    form->addRow(tr("Lan&guage:"), m_language);
    auto *vaultRow = new QHBoxLayout;
    auto *where = new QLabel(QDir::toNativeSeparators(m_vault.path()), page);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *other = new QPushButton(tr("Use &another vault…"), page);
    vaultRow->addWidget(where, 1);
    vaultRow->addWidget(other);
    form->addRow(tr("Vault:"), vaultRow);
    layout->addLayout(form);
    m_workstationStatus = new QLabel(page);
    m_workstationStatus->setObjectName(QStringLiteral("workstationStatus"));
    m_workstationStatus->setWordWrap(true);
    layout->addWidget(m_workstationStatus);

    m_summary = new VaultSummaryModel(m_vault, this);
    auto *table = tableFor(m_summary, page, false);
    table->setAccessibleName(tr("What the vault holds"));
    table->horizontalHeader()->setSectionResizeMode(VaultSummaryModel::Kind, QHeaderView::Stretch);
    layout->addWidget(table, 1);
    m_backupButton = new QPushButton(tr("&Back up the vault…"), page);
    m_backupButton->setObjectName(QStringLiteral("backUp"));
    m_backupButton->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    layout->addWidget(m_backupButton);

    connect(m_idle, &QSpinBox::valueChanged, this, [this](int minutes) {
        if (PracticeSettings(m_vault).setIdleMinutes(m_session, minutes))
            Q_EMIT idleMinutesChanged(minutes);
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        Preferences::setLanguage(
            static_cast<Preferences::Language>(m_language->currentData().toInt()));
        m_workstationStatus->setText(
            tr("The new language takes effect the next time Relais starts."));
    });
    connect(other, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getOpenFileName(
            this, tr("Use another vault"), QFileInfo(m_vault.path()).absolutePath(),
            tr("Relais vaults (*.relais);;All files (*)"));
        if (chosen.isEmpty())
            return;
        if (auto file = Vault::inspectFile(chosen); !file) {
            m_workstationStatus->setText(file.error().message);
            return;
        }
        Preferences::setVaultPath(chosen);
        m_workstationStatus->setText(tr("Relais will open %1 the next time it starts.")
                                         .arg(QDir::toNativeSeparators(chosen)));
    });
    connect(m_backupButton, &QPushButton::clicked, this, &SettingsPage::backUp);
    return page;
}

void SettingsPage::backUp()
{
    const QString suggested =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') +
        tr("relais-backup-%1.relais-backup").arg(m_vault.clock().today().toString(Qt::ISODate));
    const QString file = QFileDialog::getSaveFileName(this, tr("Back up the vault"), suggested,
                                                      tr("Relais backups (*.relais-backup)"));
    if (!file.isEmpty())
        backUpTo(file);
}

void SettingsPage::backUpTo(const QString &file)
{
    if (m_backup)
        return;
    m_backupButton->setEnabled(false);
    m_workstationStatus->setStyleSheet(QString());
    m_workstationStatus->setText(
        tr("Writing the backup to %1…").arg(QDir::toNativeSeparators(file)));
    const Session session = m_session;
    m_backup = BackgroundTask::run<bool>(
        &m_vault,
        [session, file](const BackgroundTask::Context &task) -> Result<bool> {
            if (Status written = VaultBackups(task.vault()).backUp(session, file); !written)
                return std::unexpected(written.error());
            return true;
        },
        [this, file](const Result<bool> &written) {
            m_backup = nullptr;
            m_backupButton->setEnabled(true);
            m_workstationStatus->setStyleSheet(written ? QString()
                                                       : QStringLiteral("color: #a40000;"));
            m_workstationStatus->setText(
                written ? tr("Backup written to %1 (%2).")
                              .arg(QDir::toNativeSeparators(file),
                                   QLocale().formattedDataSize(QFileInfo(file).size()))
                        : tr("The backup failed: %1").arg(written.error().message));
            Q_EMIT backupFinished(written.has_value());
        },
        this);
}

SettingsPage::~SettingsPage()
{
    delete m_backup;
}

} // namespace relais::ui
