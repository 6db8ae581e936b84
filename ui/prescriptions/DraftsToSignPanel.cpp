#include "DraftsToSignPanel.h"

#include "OrdonnancePrint.h"
#include "SignDialog.h"
#include "common/ChangeFollower.h"
#include "common/FormHelpers.h"
#include "security/AccessPolicy.h"
#include "services/PatientRegistry.h"
#include "services/PreparedConsultations.h"
#include "services/Prescriptions.h"
#include "services/UserAccounts.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace relais::ui {

DraftsToSignPanel::DraftsToSignPanel(Vault &vault, QWidget *parent)
    : QWidget(parent)
    , m_vault(vault)
{
    new ChangeFollower(
        vault, {QStringLiteral("prescription")},
        [this](const VaultChanges &) {
            if (m_session.isValid())
                reload();
        },
        this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("draftsTitle"));
    m_title->setWordWrap(true);
    m_sign = makeButton(tr("Sign the &selected prescriptions…"), "signDrafts", this);
    m_sign->setToolTip(tr("One password for all; a reason under each serious alert"));
    m_open = makeButton(tr("Open the file"), "openDraftPatient", this);
    top->addWidget(m_title, 1);
    top->addWidget(m_open);
    top->addWidget(m_sign);
    layout->addLayout(top);
    m_model = new RecordListModel<Draft>(
        {{tr("Patient"), [](const Draft &d) { return d.patientName; }},
         {tr("Prepared consultation"), [](const Draft &d) { return d.consultation; }},
         {tr("Drafted by"),
          [](const Draft &d) {
              return tr("%1, %2").arg(d.draftedByName,
                                      QLocale().toString(d.prescription.draftedAt.toLocalTime(),
                                                         QStringLiteral("dd/MM HH:mm")));
          }},
         {tr("Drugs"),
          [](const Draft &d) {
              QStringList titles;
              for (const PrescriptionLine &line : d.prescription.lines)
                  titles.append(line.title());
              return titles.join(QStringLiteral("; "));
          }}},
        {}, this);
    m_table = makeListTable(this, m_model, QStringLiteral("draftsToSign"));
    // Several drafts are signed in a row: Ctrl or Shift adds to the choice.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    layout->addWidget(m_table, 1);
    connect(m_sign, &QPushButton::clicked, this, &DraftsToSignPanel::signSelected);
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            Q_EMIT openPatient(m_model->record(current.row()).prescription.patientId);
    });
}

void DraftsToSignPanel::setSession(const Session &session)
{
    m_session = session;
    m_model->setRecords({});
    setVisible(AccessPolicy::allows(session.roles, Permission::SignPrescription));
}

void DraftsToSignPanel::reload()
{
    if (!AccessPolicy::allows(m_session.roles, Permission::SignPrescription))
        return;
    const QStringList keep = selectedIds();
    auto drafts = Prescriptions(m_vault).waitingDrafts(m_session);
    QList<Draft> rows;
    PatientRegistry registry(m_vault);
    PreparedConsultations consultations(m_vault);
    UserAccounts accounts(m_vault);
    for (const Prescription &p : drafts ? *drafts : QList<Prescription>{}) {
        Draft d{p, {}, {}, {}};
        if (auto patient = registry.refresh(m_session, p.patientId))
            d.patientName = PatientRegistry::displayName(*patient);
        if (!p.consultationId.isEmpty())
            if (auto c = consultations.load(m_session, p.consultationId))
                d.consultation = QStringLiteral("%1, %2").arg(
                    QLocale().toString(c->readyAt.toLocalTime().time(), QLocale::ShortFormat),
                    c->reason.isEmpty() ? tr("no reason given") : c->reason);
        if (auto author = accounts.find(p.draftedBy))
            d.draftedByName = author->displayName;
        rows.append(d);
    }
    m_model->setRecords(rows);
    m_title->setText(!drafts ? drafts.error().message
                     : rows.isEmpty()
                         ? tr("No prescription waits for a signature.")
                         : tr("%n prescription(s) to sign. Ctrl+click to choose several; with "
                              "none chosen, all are signed.",
                              nullptr, static_cast<int>(rows.size())));
    m_sign->setEnabled(!rows.isEmpty());
    m_open->setEnabled(!rows.isEmpty());
    for (int i = 0; i < m_model->rowCount(); ++i)
        if (keep.contains(m_model->record(i).prescription.id))
            m_table->selectionModel()->select(m_model->index(i, 0), QItemSelectionModel::Select |
                                                                        QItemSelectionModel::Rows);
    Q_EMIT countChanged(static_cast<int>(rows.size()));
}

QStringList DraftsToSignPanel::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        ids.append(m_model->record(row.row()).prescription.id);
    return ids;
}

void DraftsToSignPanel::selectForConsultation(const QString &consultationId)
{
    m_table->clearSelection();
    for (int i = 0; i < m_model->rowCount(); ++i)
        if (!consultationId.isEmpty() &&
            m_model->record(i).prescription.consultationId == consultationId)
            m_table->selectionModel()->select(m_model->index(i, 0), QItemSelectionModel::Select |
                                                                        QItemSelectionModel::Rows);
}

bool DraftsToSignPanel::signSelected()
{
    QStringList ids = selectedIds();
    if (ids.isEmpty())
        for (int i = 0; i < m_model->rowCount(); ++i)
            ids.append(m_model->record(i).prescription.id);
    if (ids.isEmpty())
        return false;
    SignDialog dialog(m_vault, m_session, ids, this);
    const bool done = dialog.exec() == QDialog::Accepted;
    const QStringList signedIds = dialog.signedIds();
    reload();
    // Printed in the same row they were signed in.
    OrdonnancePrint(m_vault, m_session, this).toPrinter(signedIds);
    return done || !signedIds.isEmpty();
}

} // namespace relais::ui
