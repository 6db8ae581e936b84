#pragma once

#include "security/Session.h"
#include "services/BackgroundTask.h"
#include "services/DrugSubstances.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace relais::ui {

// Settings → Data: the reference data this workstation imports (the national drug database)
// and where it came from; patients and vital signs brought in from other software (FHIR).
class DataTab : public QWidget
{
    Q_OBJECT

public:
    explicit DataTab(Vault &vault, QWidget *parent = nullptr);
    // An import still running is asked to stop, and waited for, before the tab goes.
    ~DataTab() override;
    void setSession(const Session &session);
    // Imports the BDPM files of `folder` (or its composition file) on a worker thread and says
    // how it went. A release that does not look whole is refused, and a button offers to import
    // it anyway.
    void importBdpm(const QString &folder,
                    DrugSubstances::Import mode = DrugSubstances::Import::Checked);
    // Imports FHIR bundles on a worker thread; the progress bar follows, the window stays live.
    void importFhir(const QStringList &files);
    // One import at a time: both write much, and the second would only wait for the first.
    bool isImporting() const { return m_task != nullptr; }

Q_SIGNALS:
    void bdpmImportFinished(bool ok);
    void fhirImportFinished(bool ok);

private:
    static QString releaseText(const DrugRelease &release);
    void chooseBdpmFolder();
    void showDrugDatabase();
    void chooseFhirFiles();
    void setImporting(BackgroundTask *task);

    DrugSubstances m_substances;
    Session m_session;
    QLabel *m_drugState = nullptr;
    QLabel *m_drugResult = nullptr;
    QPushButton *m_importBdpm = nullptr;
    QPushButton *m_forceBdpm = nullptr;
    QString m_refusedBdpm; // the folder refused as implausible, which m_forceBdpm imports
    Vault &m_vault;
    BackgroundTask *m_task = nullptr; // the import running, if any
    QPushButton *m_importFhir = nullptr;
    QPushButton *m_cancelFhir = nullptr;
    QProgressBar *m_fhirProgress = nullptr;
    QLabel *m_fhirResult = nullptr;
    QPlainTextEdit *m_fhirDetails = nullptr;
};

} // namespace relais::ui
