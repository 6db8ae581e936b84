#pragma once

#include "security/Session.h"
#include "services/DrugSubstances.h"
#include "services/FhirImportTask.h"

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
    void setSession(const Session &session);
    // Imports the BDPM files of `folder` (or its composition file) and says how it went. A
    // release that does not look whole is refused, and a button offers to import it anyway.
    bool importBdpm(const QString &folder,
                    DrugSubstances::Import mode = DrugSubstances::Import::Checked);
    // Imports FHIR bundles on a worker thread; the progress bar follows, the window stays live.
    void importFhir(const QStringList &files);
    bool isImporting() const { return m_fhirTask != nullptr; }

Q_SIGNALS:
    void fhirImportFinished(bool ok);

private:
    void chooseBdpmFolder();
    void showDrugDatabase();
    void chooseFhirFiles();

    DrugSubstances m_substances;
    Session m_session;
    QLabel *m_drugState = nullptr;
    QLabel *m_drugResult = nullptr;
    QPushButton *m_importBdpm = nullptr;
    QPushButton *m_forceBdpm = nullptr;
    QString m_refusedBdpm; // the folder refused as implausible, which m_forceBdpm imports
    Vault &m_vault;
    FhirImportTask *m_fhirTask = nullptr;
    QPushButton *m_importFhir = nullptr;
    QPushButton *m_cancelFhir = nullptr;
    QProgressBar *m_fhirProgress = nullptr;
    QLabel *m_fhirResult = nullptr;
    QPlainTextEdit *m_fhirDetails = nullptr;
};

} // namespace relais::ui
