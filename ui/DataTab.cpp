#include "DataTab.h"

#include "security/AccessPolicy.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace relais::ui {

DataTab::DataTab(Vault &vault, QWidget *parent)
    : QWidget(parent)
    , m_substances(vault)
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
    drugLayout->addWidget(m_drugResult);
    layout->addWidget(drugs);
    layout->addStretch();
    connect(m_importBdpm, &QPushButton::clicked, this, &DataTab::chooseBdpmFolder);
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

bool DataTab::importBdpm(const QString &folder)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto imported = m_substances.importFrom(m_session, folder);
    QApplication::restoreOverrideCursor();
    showDrugDatabase();
    if (!imported) {
        m_drugResult->setText(tr("Nothing was changed: %1").arg(imported.error().message));
        return false;
    }
    QString text = tr("%n substance(s) imported.", nullptr, imported->substances);
    if (!imported->skipped.isEmpty())
        text +=
            QLatin1Char(' ') + tr("%n line(s) could not be read and were skipped, the first: %1",
                                  nullptr, static_cast<int>(imported->skipped.size()))
                                   .arg(imported->skipped.first());
    m_drugResult->setText(text);
    return true;
}

} // namespace relais::ui
