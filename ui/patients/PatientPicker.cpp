#include "PatientPicker.h"

#include "common/FormHelpers.h"
#include "patients/IntakeDialog.h"
#include "patients/PatientSearchModel.h"
#include "services/PatientRegistry.h"
#include "storage/Vault.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

namespace relais::ui {

PatientPicker::PatientPicker(Vault &vault, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_session(session)
{
    auto *line = new QHBoxLayout(this);
    line->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("name, birth date, phone…"));
    m_search->setClearButtonEnabled(true);
    auto *create = new QPushButton(tr("New &file…"), this);
    create->setObjectName(QStringLiteral("newPatient"));
    line->addWidget(m_search, 1);
    line->addWidget(create);
    // The list and the line saying what is chosen belong to the form's layout, under the row.
    m_hits = new PatientSearchModel(this);
    m_table =
        makeListTable(parent, m_hits, QStringLiteral("patientHits"), PatientSearchModel::Name);
    m_table->setMaximumHeight(m_table->verticalHeader()->defaultSectionSize() * 4 +
                              m_table->horizontalHeader()->sizeHint().height() + 4);
    m_table->hide();
    m_chosen = new QLabel(tr("No patient chosen yet."), parent);
    m_chosen->setObjectName(QStringLiteral("patientChosen"));
    m_chosen->setWordWrap(true);
    connect(m_search, &QLineEdit::textChanged, this, &PatientPicker::search);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_hits->rowCount() > 0)
            choose(m_hits->hit(0).id, m_hits->hit(0).displayName);
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        choose(m_hits->hit(index.row()).id, m_hits->hit(index.row()).displayName);
    });
    connect(create, &QPushButton::clicked, this, &PatientPicker::newPatient);
}

void PatientPicker::search(const QString &typed)
{
    if (typed.trimmed().size() < 2) {
        m_hits->setHits({}, {});
        m_table->hide();
        return;
    }
    PatientRegistry registry(m_vault);
    auto found = registry.search(m_session, typed, 12);
    m_hits->setHits(found ? *found : QList<PatientHit>(), registry.clock().today());
    m_table->setVisible(m_hits->rowCount() > 0);
    if (!found)
        m_chosen->setText(found.error().message);
    else if (m_patientId.isEmpty())
        m_chosen->setText(found->isEmpty()
                              ? tr("No patient matches: create a new file with the button.")
                              : tr("Enter chooses the first; or pick one in the list."));
}

void PatientPicker::choose(const QString &id, const QString &name)
{
    m_patientId = id;
    m_chosen->setText(tr("Chosen: %1").arg(name));
    m_table->hide();
    Q_EMIT chosen(id);
}

void PatientPicker::newPatient()
{
    PatientRegistry registry(m_vault);
    IntakeDialog intake(registry, m_session, this);
    if (intake.exec() != QDialog::Accepted || intake.patientId().isEmpty())
        return;
    auto opened = registry.open(m_session, intake.patientId());
    choose(intake.patientId(), opened ? opened->displayName() : QString());
}

} // namespace relais::ui
