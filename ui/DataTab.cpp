#include "DataTab.h"

#include "security/AccessPolicy.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace relais::ui {

DataTab::DataTab(Vault &vault, QWidget *parent)
    : QWidget(parent)
    , m_substances(vault)
    , m_vault(vault)
{
    auto *layout = new QVBoxLayout(this);
    auto *drugs = new QGroupBox(tr("National drug database (BDPM)"), this);
    auto *drugLayout = new QVBoxLayout(drugs);
    auto *about = new QLabel(
        tr("The ANSM publishes the Base de données publique des médicaments as text files. Relais "
           "reads the substances from them, to link allergies to a substance and to check "
           "prescriptions. Download the current files, then import their folder; each "
           "workstation keeps its own copy."),
        drugs);
    about->setWordWrap(true);
    m_drugState = new QLabel(drugs);
    m_drugState->setObjectName(QStringLiteral("drugDatabaseState"));
    m_drugState->setWordWrap(true);
    m_drugState->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_importBdpm = new QPushButton(tr("&Import the BDPM files…"), drugs);
    m_importBdpm->setObjectName(QStringLiteral("importBdpm"));
    m_importBdpm->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_drugResult = new QLabel(drugs);
    m_drugResult->setObjectName(QStringLiteral("drugDatabaseResult"));
    m_drugResult->setWordWrap(true);
    drugLayout->addWidget(about);
    drugLayout->addWidget(m_drugState);
    drugLayout->addWidget(m_importBdpm);
    m_forceBdpm = new QPushButton(tr("Import this release &anyway"), drugs);
    m_forceBdpm->setObjectName(QStringLiteral("forceBdpm"));
    m_forceBdpm->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_forceBdpm->setToolTip(tr("Only if you know the files are a whole release of the BDPM: "
                               "they replace the drug database in use."));
    m_forceBdpm->hide();
    drugLayout->addWidget(m_drugResult);
    drugLayout->addWidget(m_forceBdpm);
    layout->addWidget(drugs);

    auto *fhir = new QGroupBox(tr("Patients from other software (FHIR R4)"), this);
    auto *fhirLayout = new QVBoxLayout(fhir);
    auto *fhirAbout = new QLabel(
        tr("Bundles exported by another record system (FHIR R4, transaction or collection): "
           "patients and their vital signs are filed, each bundle whole or not at all; what "
           "Relais does not keep is counted and listed below. Importing a bundle again changes "
           "nothing."),
        fhir);
    fhirAbout->setWordWrap(true);
    auto *fhirButtons = new QHBoxLayout;
    m_importFhir = new QPushButton(tr("Import &FHIR bundles…"), fhir);
    m_importFhir->setObjectName(QStringLiteral("importFhir"));
    m_cancelFhir = new QPushButton(tr("S&top after this bundle"), fhir);
    m_cancelFhir->setObjectName(QStringLiteral("cancelFhir"));
    m_cancelFhir->setEnabled(false);
    fhirButtons->addWidget(m_importFhir);
    fhirButtons->addWidget(m_cancelFhir);
    fhirButtons->addStretch();
    m_fhirProgress = new QProgressBar(fhir);
    m_fhirProgress->setObjectName(QStringLiteral("fhirProgress"));
    m_fhirProgress->setValue(0);
    m_fhirProgress->setFormat(tr("%v of %m bundles"));
    m_fhirProgress->hide();
    m_fhirResult = new QLabel(fhir);
    m_fhirResult->setObjectName(QStringLiteral("fhirResult"));
    m_fhirResult->setWordWrap(true);
    m_fhirDetails = new QPlainTextEdit(fhir);
    m_fhirDetails->setObjectName(QStringLiteral("fhirDetails"));
    m_fhirDetails->setReadOnly(true);
    m_fhirDetails->setPlaceholderText(
        tr("What each bundle held, and what was left out, shows here."));
    fhirLayout->addWidget(fhirAbout);
    fhirLayout->addLayout(fhirButtons);
    fhirLayout->addWidget(m_fhirProgress);
    fhirLayout->addWidget(m_fhirResult);
    fhirLayout->addWidget(m_fhirDetails, 1);
    layout->addWidget(fhir, 1);
    connect(m_importBdpm, &QPushButton::clicked, this, &DataTab::chooseBdpmFolder);
    connect(m_forceBdpm, &QPushButton::clicked, this,
            [this] { importBdpm(m_refusedBdpm, DrugSubstances::Import::Forced); });
    connect(m_importFhir, &QPushButton::clicked, this, &DataTab::chooseFhirFiles);
    connect(m_cancelFhir, &QPushButton::clicked, this, [this] {
        if (m_fhirTask)
            m_fhirTask->cancel();
        m_cancelFhir->setEnabled(false);
    });
    showDrugDatabase();
}

void DataTab::setSession(const Session &session)
{
    m_session = session;
    m_importBdpm->setEnabled(AccessPolicy::allows(session.roles, Permission::UpdateDrugDatabase));
    m_importBdpm->setToolTip(m_importBdpm->isEnabled()
                                 ? QString()
                                 : tr("A physician or an administrator imports the database."));
    m_drugResult->clear();
    m_forceBdpm->hide();
    m_importFhir->setEnabled(AccessPolicy::allows(session.roles, Permission::EditPatients) &&
                             AccessPolicy::allows(session.roles, Permission::RecordVitals));
    // The technical name where a technician looks for it, not on the button.
    m_importFhir->setToolTip(m_importFhir->isEnabled()
                                 ? tr("FHIR R4 bundles (transaction or collection), as other "
                                      "record systems export them")
                                 : tr("Medical assistants and physicians import patients."));
    showDrugDatabase();
}

void DataTab::showDrugDatabase()
{
    const int count = m_substances.count();
    const DrugSubstances::Origin origin = m_substances.origin();
    if (count == 0 || origin.file.isEmpty()) {
        m_drugState->setText(tr("Not imported yet on this workstation: allergies are kept as "
                                "typed, without a link to a drug substance."));
        return;
    }
    m_drugState->setText(
        tr("%n substance(s), imported on %1 from %2.", nullptr, count)
            .arg(QLocale().toString(origin.when.toLocalTime(), QLocale::ShortFormat),
                 QDir::toNativeSeparators(origin.file)));
}

void DataTab::chooseBdpmFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Folder of the BDPM files"), QDir::homePath());
    if (!folder.isEmpty())
        importBdpm(folder);
}

bool DataTab::importBdpm(const QString &folder, DrugSubstances::Import mode)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto imported = m_substances.importFrom(m_session, folder, mode);
    QApplication::restoreOverrideCursor();
    showDrugDatabase();
    m_forceBdpm->hide();
    m_refusedBdpm.clear();
    m_drugResult->setStyleSheet(imported ? QString() : QStringLiteral("color: #a40000;"));
    if (!imported) {
        m_drugResult->setText(tr("Nothing was changed: %1").arg(imported.error().message));
        if (imported.error().code == ErrorCode::Implausible) {
            m_refusedBdpm = folder;
            m_forceBdpm->show();
        }
        return false;
    }
    QString text = tr("%n substance(s) imported.", nullptr, imported->substances);
    if (imported->allergiesLinked > 0)
        text += QLatin1Char(' ') + tr("%n allergy(ies) typed earlier now linked to the database.",
                                      nullptr, imported->allergiesLinked);
    if (!imported->skipped.isEmpty())
        text +=
            QLatin1Char(' ') + tr("%n line(s) could not be read and were skipped, the first: %1",
                                  nullptr, static_cast<int>(imported->skipped.size()))
                                   .arg(imported->skipped.first());
    m_drugResult->setText(text);
    return true;
}

} // namespace relais::ui

namespace relais::ui {

void DataTab::chooseFhirFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("FHIR bundles to import"), QDir::homePath(), tr("FHIR bundles (*.json)"));
    if (!files.isEmpty())
        importFhir(files);
}

void DataTab::importFhir(const QStringList &files)
{
    if (m_fhirTask)
        return;
    m_fhirTask = new FhirImportTask(m_vault, m_session, files, this);
    m_importFhir->setEnabled(false);
    m_cancelFhir->setEnabled(true);
    m_fhirProgress->setRange(0, static_cast<int>(files.size()));
    m_fhirProgress->setValue(0);
    m_fhirProgress->show();
    m_fhirResult->setText(tr("Importing…"));
    m_fhirDetails->clear();
    connect(m_fhirTask, &FhirImportTask::progressed, this,
            [this](int done, int, const QString &file) {
                m_fhirProgress->setValue(done);
                if (!file.isEmpty())
                    m_fhirResult->setText(tr("Importing %1…").arg(QFileInfo(file).fileName()));
            });
    connect(m_fhirTask, &FhirImportTask::finished, this,
            [this](bool ok, const QString &summary, const QStringList &details) {
                m_fhirResult->setText(summary);
                m_fhirResult->setStyleSheet(ok ? QString() : QStringLiteral("color: #a40000;"));
                m_fhirDetails->setPlainText(details.join(QLatin1Char('\n')));
                m_fhirTask->wait();
                m_fhirTask->deleteLater();
                m_fhirTask = nullptr;
                m_importFhir->setEnabled(true);
                m_cancelFhir->setEnabled(false);
                Q_EMIT fhirImportFinished(ok);
            });
    m_fhirTask->start();
}

} // namespace relais::ui
