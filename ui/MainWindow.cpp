#include "MainWindow.h"

#include "VaultSummaryModel.h"
#include "demo/DemoPractice.h"
#include "services/VaultOverview.h"
#include "storage/Vault.h"

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace relais::ui {

MainWindow::MainWindow(Vault &vault, QWidget *parent)
    : QMainWindow(parent)
    , m_vault(vault)
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    auto *practiceBox = new QGroupBox(tr("Practice"), central);
    auto *practiceForm = new QFormLayout(practiceBox);
    m_practiceName = new QLabel(practiceBox);
    m_practiceAddress = new QLabel(practiceBox);
    m_practicePhone = new QLabel(practiceBox);
    practiceForm->addRow(tr("Name:"), m_practiceName);
    practiceForm->addRow(tr("Address:"), m_practiceAddress);
    practiceForm->addRow(tr("Phone:"), m_practicePhone);
    layout->addWidget(practiceBox);

    auto *vaultBox = new QGroupBox(tr("Vault on this workstation"), central);
    auto *vaultForm = new QFormLayout(vaultBox);
    auto *file = new QLabel(QDir::toNativeSeparators(vault.path()), vaultBox);
    file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    vaultForm->addRow(tr("File:"), file);
    vaultForm->addRow(tr("Encryption:"), new QLabel(tr("SQLCipher, 256-bit key"), vaultBox));
    vaultForm->addRow(tr("Schema version:"),
                      new QLabel(QString::number(vault.schemaVersion()), vaultBox));
    vaultForm->addRow(tr("Workstation id:"), new QLabel(vault.deviceId(), vaultBox));
    if (DemoPractice::isDemo(vault))
        vaultForm->addRow(tr("Kind:"),
                          new QLabel(tr("Demo practice: invented patients only"), vaultBox));
    layout->addWidget(vaultBox);

    m_summary = new VaultSummaryModel(vault, this);
    auto *table = new QTableView(central);
    table->setModel(m_summary);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(VaultSummaryModel::Kind, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(VaultSummaryModel::Count,
                                                    QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(VaultSummaryModel::LastChange,
                                                    QHeaderView::ResizeToContents);
    table->setAccessibleName(tr("What the vault holds"));
    layout->addWidget(table, 1);
    setCentralWidget(central);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *backup = fileMenu->addAction(tr("&Back up the vault…"), this, &MainWindow::backUp);
    backup->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Relais"), this, &MainWindow::about);

    statusBar()->showMessage(tr("Working offline on this workstation's vault."));
    showPractice();
    resize(760, 540);
}

void MainWindow::showPractice()
{
    const auto practice = VaultOverview::practice(m_vault);
    if (!practice || practice->name.isEmpty()) {
        m_practiceName->setText(practice ? tr("No practice details recorded yet.")
                                         : practice.error().message);
        setWindowTitle(tr("Relais"));
        return;
    }
    m_practiceName->setText(practice->name);
    m_practiceAddress->setText(practice->address);
    m_practicePhone->setText(practice->phone);
    setWindowTitle(tr("Relais — %1").arg(practice->name));
}

void MainWindow::backUp()
{
    const QString suggested =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') +
        tr("relais-backup-%1.relais-backup").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString file = QFileDialog::getSaveFileName(this, tr("Back up the vault"), suggested,
                                                      tr("Relais backups (*.relais-backup)"));
    if (!file.isEmpty())
        backUpTo(file);
}

bool MainWindow::backUpTo(const QString &file)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = m_vault.backupTo(file);
    QApplication::restoreOverrideCursor();
    if (!written) {
        QMessageBox::warning(this, tr("Backup failed"), written.error().message);
        return false;
    }
    m_summary->refresh();
    statusBar()->showMessage(tr("Backup written to %1 (%2).")
                                 .arg(QDir::toNativeSeparators(file),
                                      QLocale().formattedDataSize(QFileInfo(file).size())));
    return true;
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Relais"),
                       tr("<b>Relais %1</b><p>The workstation of the medical assistants and GPs "
                          "of a general practice. Records are kept encrypted on this workstation "
                          "and work without a network.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace relais::ui
