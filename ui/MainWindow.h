#pragma once

#include <QMainWindow>

class QLabel;

namespace relais {
class Vault;
}

namespace relais::ui {

class VaultSummaryModel;

// The practice's window: what the vault holds and the actions on it. Reception, patients, the
// agenda and prescriptions join it as their features land.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Vault &vault, QWidget *parent = nullptr);

    // Asks where to write, then backs the vault up; says how it went in the status bar.
    void backUp();
    // Writes the backup to file without asking (the dialog above, and tests, call this).
    bool backUpTo(const QString &file);

private:
    void showPractice();
    void about();

    Vault &m_vault;
    VaultSummaryModel *m_summary = nullptr;
    QLabel *m_practiceName = nullptr;
    QLabel *m_practiceAddress = nullptr;
    QLabel *m_practicePhone = nullptr;
};

} // namespace relais::ui
