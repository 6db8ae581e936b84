#pragma once

#include "security/Session.h"
#include "services/BackgroundTask.h"
#include "services/DrugInteractions.h"
#include "services/DrugSubstances.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QSpinBox;
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
    // Imports the ANSM interaction thesaurus of `folder` the same way.
    void importThesaurus(const QString &folder,
                         DrugInteractions::Import mode = DrugInteractions::Import::Checked);
    // Imports FHIR bundles on a worker thread; the progress bar follows, the window stays live.
    void importFhir(const QStringList &files);
    // One import at a time: both write much, and the second would only wait for the first.
    bool isImporting() const { return m_task != nullptr; }

Q_SIGNALS:
    void bdpmImportFinished(bool ok);
    void thesaurusImportFinished(bool ok);
    void fhirImportFinished(bool ok);

private:
    // One kind of reference data imported from the ANSM's files: how it stands, the button that
    // imports it, what the last import said, and the button that imports a refused folder
    // anyway.
    struct ReferenceRow
    {
        QLabel *state = nullptr;
        QPushButton *import = nullptr;
        QLabel *result = nullptr;
        QPushButton *force = nullptr;
        QString refused; // the folder refused as implausible, which `force` imports
    };
    // The row's widgets, named `name`State, import`Name`…, laid out in `box`.
    static ReferenceRow addReferenceRow(QGroupBox *box, const QString &about, const QString &name,
                                        const QString &importText, const QString &forceTip);
    // Runs `work` (on a worker thread, with the worker's vault) for `row`, then shows what
    // `describe` says of its summary, or why nothing was changed.
    template<typename Summary, typename Work, typename Describe>
    void runReferenceImport(ReferenceRow &row, const QString &folder, Work work, Describe describe,
                            void (DataTab::*finished)(bool));
    static QString releaseText(const DrugRelease &release);
    // " N lines could not be read…, the first: …", or nothing when every line was read.
    static QString skippedText(const QStringList &skipped);
    QString chooseFolder(const QString &title);
    void showDrugDatabase();
    void showThesaurus();
    void reviewMatches();
    void chooseFhirFiles();
    void setImporting(BackgroundTask *task);

    DrugSubstances m_substances;
    DrugInteractions m_interactions;
    Session m_session;
    ReferenceRow m_bdpm;
    ReferenceRow m_thesaurus;
    QPushButton *m_reviewMatches = nullptr;
    QSpinBox *m_maxAge = nullptr; // months after which the drug data is called old
    Vault &m_vault;
    BackgroundTask *m_task = nullptr; // the import running, if any
    QPushButton *m_importFhir = nullptr;
    QPushButton *m_cancelFhir = nullptr;
    QProgressBar *m_fhirProgress = nullptr;
    QLabel *m_fhirResult = nullptr;
    QPlainTextEdit *m_fhirDetails = nullptr;
};

} // namespace relais::ui
