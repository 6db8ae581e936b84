#include "DataTab.h"

#include "SubstanceMatchDialog.h"
#include "common/ChangeFollower.h"
#include "common/FormHelpers.h"
#include "security/AccessPolicy.h"
#include "services/FhirExchange.h"
#include "services/PracticeSettings.h"
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
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace relais::ui {

namespace {

QString when(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

DataTab::ReferenceRow DataTab::addReferenceRow(QGroupBox *box, const QString &about,
                                               const QString &name, const QString &importText,
                                               const QString &forceTip)
{
    auto *layout = new QVBoxLayout(box);
    auto *aboutLabel = new QLabel(about, box);
    aboutLabel->setWordWrap(true);
    ReferenceRow row;
    row.state = new QLabel(box);
    row.state->setObjectName(name + QStringLiteral("State"));
    row.state->setWordWrap(true);
    row.state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row.import = new QPushButton(importText, box);
    row.import->setObjectName(QStringLiteral("import") + name.at(0).toUpper() + name.mid(1));
    row.import->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    row.result = new QLabel(box);
    row.result->setObjectName(name + QStringLiteral("Result"));
    row.result->setWordWrap(true);
    row.force = new QPushButton(tr("Import it &anyway"), box);
    row.force->setObjectName(QStringLiteral("force") + name.at(0).toUpper() + name.mid(1));
    row.force->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    row.force->setToolTip(forceTip);
    row.force->hide();
    layout->addWidget(aboutLabel);
    layout->addWidget(row.state);
    auto *buttons = new QHBoxLayout;
    buttons->setObjectName(name + QStringLiteral("Buttons"));
    buttons->addWidget(row.import);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addWidget(row.result);
    layout->addWidget(row.force);
    layout->addStretch();
    return row;
}

DataTab::DataTab(Vault &vault, QWidget *parent)
    : QWidget(parent)
    , m_substances(vault)
    , m_interactions(vault)
    , m_vault(vault)
{
    QWidget *content = scrollingContent(this);
    auto *layout = new QVBoxLayout(content);

    // The two ANSM sources side by side: each is a short column of text and buttons.
    auto *ansm = new QHBoxLayout;
    auto *drugs = new QGroupBox(tr("National drug database (BDPM)"), content);
    m_bdpm = addReferenceRow(
        drugs,
        tr("The ANSM publishes the Base de données publique des médicaments as text files. Relais "
           "reads the drugs, their boxes and substances from them, to link allergies to a "
           "substance and to check prescriptions. Download the current files, then import their "
           "folder; each workstation keeps its own copy."),
        QStringLiteral("drugDatabase"), tr("&Import the BDPM files…"),
        tr("Only if you know the files are a whole release of the BDPM: they replace the drug "
           "database in use."));
    // The names the rest of the window and its tests know the BDPM row by.
    m_bdpm.import->setObjectName(QStringLiteral("importBdpm"));
    m_bdpm.force->setObjectName(QStringLiteral("forceBdpm"));
    auto *thesaurus = new QGroupBox(tr("Drug interactions (ANSM thesaurus)"), content);
    m_thesaurus = addReferenceRow(
        thesaurus,
        tr("The ANSM's Thésaurus des interactions médicamenteuses, as tables: the pairs of "
           "molecules or classes that interact, at which level, and the class of each molecule. "
           "Import the folder holding them; the drug database's substances are matched to its "
           "molecules."),
        QStringLiteral("thesaurus"), tr("Import the &thesaurus…"),
        tr("Only if you know the tables are the whole thesaurus: they replace the one in use."));
    m_reviewMatches = new QPushButton(tr("&Review the substances…"), thesaurus);
    m_reviewMatches->setObjectName(QStringLiteral("reviewSubstanceMatches"));
    m_reviewMatches->setToolTip(tr("Which substances of the drugs prescribed were found in the "
                                   "thesaurus, and which were not"));
    thesaurus->findChild<QHBoxLayout *>(QStringLiteral("thesaurusButtons"))
        ->insertWidget(1, m_reviewMatches);
    ansm->addWidget(drugs, 1);
    ansm->addWidget(thesaurus, 1);
    layout->addLayout(ansm);
    // When prescriptions are checked against data older than this, the screen says so.
    auto *age = new QHBoxLayout;
    m_maxAge = new QSpinBox(content);
    m_maxAge->setObjectName(QStringLiteral("drugDataMaxAge"));
    m_maxAge->setRange(1, 24);
    m_maxAge->setSuffix(tr(" months"));
    m_maxAge->setValue(PracticeSettings(vault).drugDataMaxAgeMonths());
    auto *ageLabel = new QLabel(tr("Say the drug data is &old after:"), content);
    ageLabel->setBuddy(m_maxAge);
    age->addWidget(ageLabel);
    age->addWidget(m_maxAge);
    age->addStretch();
    layout->addLayout(age);
    connect(m_maxAge, &QSpinBox::valueChanged, this, [this](int months) {
        if (Status kept = PracticeSettings(m_vault).setDrugDataMaxAgeMonths(m_session, months);
            !kept) {
            m_thesaurus.result->setStyleSheet(QStringLiteral("color: #a40000;"));
            m_thesaurus.result->setText(kept.error().message);
        }
    });

    auto *fhir = new QGroupBox(tr("Patients from other software (FHIR R4)"), content);
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
    m_fhirDetails->setMinimumHeight(100);
    m_fhirDetails->setPlaceholderText(
        tr("What each bundle held, and what was left out, shows here."));
    fhirLayout->addWidget(fhirAbout);
    fhirLayout->addLayout(fhirButtons);
    fhirLayout->addWidget(m_fhirProgress);
    fhirLayout->addWidget(m_fhirResult);
    fhirLayout->addWidget(m_fhirDetails, 1);
    layout->addWidget(fhir, 1);

    connect(m_bdpm.import, &QPushButton::clicked, this, [this] {
        if (const QString folder = chooseFolder(tr("Folder of the BDPM files")); !folder.isEmpty())
            importBdpm(folder);
    });
    connect(m_bdpm.force, &QPushButton::clicked, this,
            [this] { importBdpm(m_bdpm.refused, DrugSubstances::Import::Forced); });
    connect(m_thesaurus.import, &QPushButton::clicked, this, [this] {
        if (const QString folder = chooseFolder(tr("Folder of the interaction thesaurus"));
            !folder.isEmpty())
            importThesaurus(folder);
    });
    connect(m_thesaurus.force, &QPushButton::clicked, this,
            [this] { importThesaurus(m_thesaurus.refused, DrugInteractions::Import::Forced); });
    connect(m_reviewMatches, &QPushButton::clicked, this, &DataTab::reviewMatches);
    connect(m_importFhir, &QPushButton::clicked, this, &DataTab::chooseFhirFiles);
    connect(m_cancelFhir, &QPushButton::clicked, this, [this] {
        if (m_task)
            m_task->requestStop();
        m_cancelFhir->setEnabled(false);
    });
    // The state of the reference data follows every import, this one's or one made elsewhere on
    // this workstation (`relais import-bdpm`, another window). At once: a count and a date.
    new ChangeFollower(
        vault, {QStringLiteral("drug_substance"), QStringLiteral("interaction")},
        [this](const VaultChanges &) {
            showDrugDatabase();
            showThesaurus();
        },
        this);
    showDrugDatabase();
    showThesaurus();
}

DataTab::~DataTab()
{
    delete m_task;
}

void DataTab::setSession(const Session &session)
{
    m_session = session;
    const bool mayImport = AccessPolicy::allows(session.roles, Permission::UpdateDrugDatabase);
    m_maxAge->setEnabled(mayImport);
    for (ReferenceRow *row : {&m_bdpm, &m_thesaurus}) {
        row->import->setEnabled(mayImport);
        row->import->setToolTip(
            mayImport ? QString() : tr("A physician or an administrator imports the database."));
        row->result->clear();
        row->force->hide();
    }
    m_importFhir->setEnabled(AccessPolicy::allows(session.roles, Permission::EditPatients) &&
                             AccessPolicy::allows(session.roles, Permission::RecordVitals));
    // The technical name where a technician looks for it, not on the button.
    m_importFhir->setToolTip(m_importFhir->isEnabled()
                                 ? tr("FHIR R4 bundles (transaction or collection), as other "
                                      "record systems export them")
                                 : tr("Medical assistants and physicians import patients."));
    showDrugDatabase();
    showThesaurus();
}

void DataTab::showDrugDatabase()
{
    const int count = m_substances.count();
    const DrugSubstances::Origin origin = m_substances.origin();
    if (count == 0 || origin.file.isEmpty()) {
        m_bdpm.state->setText(tr("Not imported yet on this workstation: allergies are kept as "
                                 "typed, without a link to a drug substance."));
        return;
    }
    QString state = tr("%n substance(s), imported on %1 from %2.", nullptr, count)
                        .arg(when(origin.when), QDir::toNativeSeparators(origin.file));
    if (const std::optional<DrugRelease> release = m_substances.release())
        state += QLatin1Char(' ') + releaseText(*release);
    else
        state += QLatin1Char(' ') + tr("Only the substances: import the whole release folder for "
                                       "the specialties and their boxes.");
    m_bdpm.state->setText(state);
}

void DataTab::showThesaurus()
{
    const std::optional<InteractionRelease> release = m_interactions.release();
    m_reviewMatches->setEnabled(release.has_value() && m_substances.release().has_value());
    if (!release) {
        m_thesaurus.state->setText(
            tr("Not imported yet on this workstation: prescriptions cannot be checked for "
               "interactions, and say so."));
        return;
    }
    m_thesaurus.state->setText(
        tr("Edition %1, imported on %2 from %3: %n interaction(s)", nullptr, release->interactions)
            .arg(release->version, when(release->importedAt),
                 QDir::toNativeSeparators(release->source)) +
        QStringLiteral(", ") + tr("%n molecule(s)", nullptr, release->molecules) +
        QStringLiteral(", ") + tr("%n class(es).", nullptr, release->classes));
}

void DataTab::reviewMatches()
{
    auto coverage = m_interactions.coverage(m_session);
    if (!coverage) {
        m_thesaurus.result->setStyleSheet(QStringLiteral("color: #a40000;"));
        m_thesaurus.result->setText(coverage.error().message);
        return;
    }
    SubstanceMatchDialog dialog(std::move(*coverage), this);
    dialog.exec();
}

QString DataTab::releaseText(const DrugRelease &release)
{
    return tr("%n specialty(ies)", nullptr, release.specialties) + QStringLiteral(", ") +
           tr("%n box(es)", nullptr, release.presentations) + QStringLiteral(", ") +
           tr("%n generic group line(s)", nullptr, release.generics) + QStringLiteral(", ") +
           tr("%n prescribing condition(s).", nullptr, release.conditions);
}

QString DataTab::skippedText(const QStringList &skipped)
{
    if (skipped.isEmpty())
        return {};
    return QLatin1Char(' ') + tr("%n line(s) could not be read and were skipped, the first: %1",
                                 nullptr, static_cast<int>(skipped.size()))
                                  .arg(skipped.first());
}

QString DataTab::chooseFolder(const QString &title)
{
    return QFileDialog::getExistingDirectory(this, title, QDir::homePath());
}

void DataTab::setImporting(BackgroundTask *task)
{
    m_task = task;
    const bool idle = task == nullptr;
    const bool mayImport = AccessPolicy::allows(m_session.roles, Permission::UpdateDrugDatabase);
    for (ReferenceRow *row : {&m_bdpm, &m_thesaurus}) {
        row->import->setEnabled(idle && mayImport);
        row->force->setEnabled(idle);
    }
    m_importFhir->setEnabled(idle &&
                             AccessPolicy::allows(m_session.roles, Permission::EditPatients) &&
                             AccessPolicy::allows(m_session.roles, Permission::RecordVitals));
}

template<typename Summary, typename Work, typename Describe>
void DataTab::runReferenceImport(ReferenceRow &row, const QString &folder, Work work,
                                 Describe describe, void (DataTab::*finished)(bool))
{
    if (m_task)
        return;
    row.force->hide();
    row.result->setStyleSheet(QString());
    row.result->setText(tr("Importing…"));
    auto *task = BackgroundTask::run<Summary>(
        &m_vault,
        [work](const BackgroundTask::Context &worker) {
            worker.vault().setOrigin(ChangeOrigin::Import);
            return work(worker.vault());
        },
        [this, &row, folder, describe, finished](const Result<Summary> &imported) {
            setImporting(nullptr);
            row.result->setStyleSheet(imported ? QString() : QStringLiteral("color: #a40000;"));
            if (!imported) {
                row.result->setText(tr("Nothing was changed: %1").arg(imported.error().message));
                if (imported.error().code == ErrorCode::Implausible) {
                    row.refused = folder;
                    row.force->show();
                }
                Q_EMIT(this->*finished)(false);
                return;
            }
            row.result->setText(describe(*imported));
            Q_EMIT(this->*finished)(true);
        },
        this);
    // `folder` may be row.refused itself (the force button): cleared once the task has it.
    row.refused.clear();
    setImporting(task);
}

void DataTab::importBdpm(const QString &folder, DrugSubstances::Import mode)
{
    const Session session = m_session;
    runReferenceImport<DrugSubstances::ImportSummary>(
        m_bdpm, folder,
        [session, folder, mode](Vault &vault) {
            return DrugSubstances(vault).importFrom(session, folder, mode);
        },
        [](const DrugSubstances::ImportSummary &imported) {
            QString text = tr("%n substance(s) imported.", nullptr, imported.substances);
            if (imported.release)
                text += QLatin1Char(' ') + releaseText(*imported.release);
            if (imported.allergiesLinked > 0)
                text += QLatin1Char(' ') +
                        tr("%n allergy(ies) typed earlier now linked to the database.", nullptr,
                           imported.allergiesLinked);
            return QString(text + skippedText(imported.skipped));
        },
        &DataTab::bdpmImportFinished);
}

void DataTab::importThesaurus(const QString &folder, DrugInteractions::Import mode)
{
    const Session session = m_session;
    runReferenceImport<DrugInteractions::ImportSummary>(
        m_thesaurus, folder,
        [session, folder, mode](Vault &vault) {
            return DrugInteractions(vault).importFrom(session, folder, mode);
        },
        [](const DrugInteractions::ImportSummary &imported) {
            QString text =
                tr("%n interaction(s) imported; ", nullptr, imported.release.interactions) +
                tr("%n substance(s) of the drug database matched to its molecules.", nullptr,
                   imported.substancesMatched);
            return QString(text + skippedText(imported.skipped));
        },
        &DataTab::thesaurusImportFinished);
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
