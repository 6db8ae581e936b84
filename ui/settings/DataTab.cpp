#include "DataTab.h"

#include "common/ChangeFollower.h"
#include "security/AccessPolicy.h"
#include "services/FhirExchange.h"
#include "storage/Vault.h"

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
        if (m_task)
            m_task->requestStop();
        m_cancelFhir->setEnabled(false);
    });
    // The state of the drug database follows every import, this one's or one made elsewhere on
    // this workstation (`relais import-bdpm`, another window). At once: a count and a date.
    new ChangeFollower(
        vault, {QStringLiteral("drug_substance")},
        [this](const VaultChanges &) { showDrugDatabase(); }, this);
    showDrugDatabase();
}

DataTab::~DataTab()
{
    delete m_task;
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
    QString state = tr("%n substance(s), imported on %1 from %2.", nullptr, count)
                        .arg(QLocale().toString(origin.when.toLocalTime(), QLocale::ShortFormat),
                             QDir::toNativeSeparators(origin.file));
    if (const std::optional<DrugRelease> release = m_substances.release())
        state += QLatin1Char(' ') + releaseText(*release);
    else
        state += QLatin1Char(' ') + tr("Only the substances: import the whole release folder for "
                                       "the specialties and their boxes.");
    m_drugState->setText(state);
}

QString DataTab::releaseText(const DrugRelease &release)
{
    return tr("%n specialty(ies)", nullptr, release.specialties) + QStringLiteral(", ") +
           tr("%n box(es)", nullptr, release.presentations) + QStringLiteral(", ") +
           tr("%n generic group line(s)", nullptr, release.generics) + QStringLiteral(", ") +
           tr("%n prescribing condition(s).", nullptr, release.conditions);
}

void DataTab::chooseBdpmFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Folder of the BDPM files"), QDir::homePath());
    if (!folder.isEmpty())
        importBdpm(folder);
}

void DataTab::setImporting(BackgroundTask *task)
{
    m_task = task;
    const bool idle = task == nullptr;
    m_importBdpm->setEnabled(idle &&
                             AccessPolicy::allows(m_session.roles, Permission::UpdateDrugDatabase));
    m_importFhir->setEnabled(idle &&
                             AccessPolicy::allows(m_session.roles, Permission::EditPatients) &&
                             AccessPolicy::allows(m_session.roles, Permission::RecordVitals));
    m_forceBdpm->setEnabled(idle);
}

void DataTab::importBdpm(const QString &folder, DrugSubstances::Import mode)
{
    if (m_task)
        return;
    m_forceBdpm->hide();
    // `folder` may be m_refusedBdpm itself (the force button): cleared once the task has it.
    m_drugResult->setStyleSheet(QString());
    m_drugResult->setText(tr("Importing the drug database…"));
    const Session session = m_session;
    auto *task = BackgroundTask::run<DrugSubstances::ImportSummary>(
        &m_vault,
        [session, folder, mode](const BackgroundTask::Context &worker) {
            worker.vault().setOrigin(ChangeOrigin::Import);
            return DrugSubstances(worker.vault()).importFrom(session, folder, mode);
        },
        [this, folder](const Result<DrugSubstances::ImportSummary> &imported) {
            setImporting(nullptr);
            m_drugResult->setStyleSheet(imported ? QString() : QStringLiteral("color: #a40000;"));
            if (!imported) {
                m_drugResult->setText(tr("Nothing was changed: %1").arg(imported.error().message));
                if (imported.error().code == ErrorCode::Implausible) {
                    m_refusedBdpm = folder;
                    m_forceBdpm->show();
                }
                Q_EMIT bdpmImportFinished(false);
                return;
            }
            QString text = tr("%n substance(s) imported.", nullptr, imported->substances);
            if (imported->release)
                text += QLatin1Char(' ') + releaseText(*imported->release);
            if (imported->allergiesLinked > 0)
                text += QLatin1Char(' ') +
                        tr("%n allergy(ies) typed earlier now linked to the database.", nullptr,
                           imported->allergiesLinked);
            if (!imported->skipped.isEmpty())
                text += QLatin1Char(' ') +
                        tr("%n line(s) could not be read and were skipped, the first: %1", nullptr,
                           static_cast<int>(imported->skipped.size()))
                            .arg(imported->skipped.first());
            m_drugResult->setText(text);
            Q_EMIT bdpmImportFinished(true);
        },
        this);
    m_refusedBdpm.clear();
    setImporting(task);
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
    if (m_task)
        return;
    m_fhirProgress->setRange(0, static_cast<int>(files.size()));
    m_fhirProgress->setValue(0);
    m_fhirProgress->show();
    m_fhirResult->setStyleSheet(QString());
    m_fhirResult->setText(tr("Importing…"));
    m_fhirDetails->clear();
    const Session session = m_session;
    auto *task = BackgroundTask::run<FhirExchange::Batch>(
        &m_vault,
        [session, files](const BackgroundTask::Context &worker) -> Result<FhirExchange::Batch> {
            worker.vault().setOrigin(ChangeOrigin::Import);
            return FhirExchange(worker.vault())
                .importBatch(
                    session, files,
                    [&worker](int done, int total, const QString &file) {
                        worker.progress(done, total, file);
                    },
                    [&worker] { return worker.stopRequested(); });
        },
        [this](const Result<FhirExchange::Batch> &batch) {
            const bool ok = batch && batch->complete();
            m_fhirResult->setText(batch ? batch->summary() : batch.error().message);
            m_fhirResult->setStyleSheet(ok ? QString() : QStringLiteral("color: #a40000;"));
            m_fhirDetails->setPlainText(batch ? batch->details().join(QLatin1Char('\n'))
                                              : QString());
            m_cancelFhir->setEnabled(false);
            setImporting(nullptr);
            Q_EMIT fhirImportFinished(ok);
        },
        this);
    connect(task, &BackgroundTask::progressed, this, [this](int done, int, const QString &file) {
        m_fhirProgress->setValue(done);
        if (!file.isEmpty())
            m_fhirResult->setText(tr("Importing %1…").arg(QFileInfo(file).fileName()));
    });
    setImporting(task);
    m_cancelFhir->setEnabled(true);
}

} // namespace relais::ui
