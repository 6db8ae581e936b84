#include "PatientPrescriptionsPanel.h"

#include "OrdonnancePrint.h"
#include "PrescriptionEditor.h"
#include "SignDialog.h"
#include "common/ChangeFollower.h"
#include "common/FormHelpers.h"
#include "security/AccessPolicy.h"
#include "services/UserAccounts.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace relais::ui {

namespace {

QString when(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm"))
                        : QString();
}

QStringList lineTitles(const Prescription &p)
{
    QStringList titles;
    for (const PrescriptionLine &line : p.lines)
        titles.append(line.title());
    return titles;
}

} // namespace

PatientPrescriptionsPanel::PatientPrescriptionsPanel(Vault &vault, QWidget *parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_prescriptions(vault)
{
    // Signed at another desk, drafted by the assistant meanwhile: the list follows.
    new ChangeFollower(
        vault, {QStringLiteral("prescription")},
        [this](const VaultChanges &) {
            m_stale = true;
            if (!m_patientId.isEmpty() && isVisible())
                reload();
        },
        this);
    auto *layout = new QVBoxLayout(this);
    auto *buttons = new QHBoxLayout;
    auto *add = makeButton(tr("&New prescription…"), "newPrescription", this);
    auto *treatments = makeButton(tr("Renew the current treatments…"), "renewTreatments", this);
    treatments->setToolTip(tr("A draft with every current treatment of the file, to check"));
    m_open = makeButton(tr("&Change the draft…"), "openPrescription", this);
    m_sign = makeButton(tr("Si&gn…"), "signPrescription", this);
    m_renew = makeButton(tr("Re&new"), "renewPrescription", this);
    m_renew->setToolTip(tr("A new draft with the same lines, to check and sign"));
    m_print = makeButton(tr("&Print…"), "printPrescription", this);
    m_pdf = makeButton(tr("P&DF…"), "pdfPrescription", this);
    m_pdf->setToolTip(tr("Save the ordonnance as a PDF file"));
    m_discard = makeButton(tr("Throw away the draft"), "discardPrescription", this);
    // Two rows, so that the file still fits a 1024-pixel screen: making a draft, then what is
    // done with one.
    for (QPushButton *b : {add, treatments, m_open, m_discard})
        buttons->addWidget(b);
    buttons->addStretch();
    layout->addLayout(buttons);
    auto *acting = new QHBoxLayout;
    for (QPushButton *b : {m_sign, m_renew, m_print, m_pdf})
        acting->addWidget(b);
    acting->addStretch();
    layout->addLayout(acting);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("prescriptionsTitle"));
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    m_model = new RecordListModel<Prescription>(
        {{tr("Date"),
          [](const Prescription &p) {
              return when(p.signedAt.isValid() ? p.signedAt : p.draftedAt);
          }},
         {tr("Status"), [](const Prescription &p) { return statusText(p.status); }},
         {tr("Drugs"),
          [](const Prescription &p) { return lineTitles(p).join(QStringLiteral("; ")); }},
         {tr("By"),
          [this](const Prescription &p) {
              return userName(p.signedBy.isEmpty() ? p.draftedBy : p.signedBy);
          }},
         {tr("Acknowledged"),
          [](const Prescription &p) {
              return p.acknowledged.isEmpty()
                         ? QString()
                         : tr("%n alert(s)", nullptr, static_cast<int>(p.acknowledged.size()));
          }}},
        [](const Prescription &p) { return p.status == Prescription::Status::Draft; }, this);
    auto *split = new QSplitter(Qt::Vertical, this);
    m_table = makeListTable(split, m_model, QStringLiteral("prescriptionList"), 2);
    m_details = new QTextBrowser(split);
    m_details->setObjectName(QStringLiteral("prescriptionDetails"));
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    connect(add, &QPushButton::clicked, this, &PatientPrescriptionsPanel::newPrescription);
    connect(treatments, &QPushButton::clicked, this, &PatientPrescriptionsPanel::renewTreatments);
    connect(m_open, &QPushButton::clicked, this, &PatientPrescriptionsPanel::openSelected);
    connect(m_sign, &QPushButton::clicked, this, &PatientPrescriptionsPanel::signSelected);
    connect(m_renew, &QPushButton::clicked, this, &PatientPrescriptionsPanel::renewSelected);
    connect(m_print, &QPushButton::clicked, this, &PatientPrescriptionsPanel::printSelected);
    connect(m_pdf, &QPushButton::clicked, this, &PatientPrescriptionsPanel::pdfSelected);
    connect(m_discard, &QPushButton::clicked, this, &PatientPrescriptionsPanel::discardSelected);
    connect(m_table, &QTableView::activated, this, [this] {
        if (const Prescription *p = selected(); p && p->status == Prescription::Status::Draft)
            openSelected();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showSelected();
        updateButtons();
    });
    updateButtons();
}

QString PatientPrescriptionsPanel::statusText(Prescription::Status status)
{
    switch (status) {
    case Prescription::Status::Draft: return tr("draft, to sign");
    case Prescription::Status::Signed: return tr("signed");
    case Prescription::Status::Printed: return tr("printed");
    }
    return {};
}

QString PatientPrescriptionsPanel::userName(const QString &userId) const
{
    if (userId.isEmpty())
        return {};
    if (!m_userNames.contains(userId)) {
        auto account = UserAccounts(m_vault).find(userId);
        m_userNames.insert(userId, account ? account->displayName : QString());
    }
    return m_userNames.value(userId);
}

void PatientPrescriptionsPanel::setPatient(const QString &patientId, const QString &patientName)
{
    m_patientId = patientId;
    m_patientName = patientName;
    m_consultationId.clear();
    // Read when the tab is shown: opening a file with years of prescriptions costs nothing
    // until they are asked for.
    m_stale = true;
    if (isVisible())
        reload();
    else
        m_model->setRecords({});
}

void PatientPrescriptionsPanel::showEvent(QShowEvent *event)
{
    if (m_stale && !m_patientId.isEmpty())
        reload();
    QWidget::showEvent(event);
}

void PatientPrescriptionsPanel::reload()
{
    m_stale = false;
    const QString keep = selected() ? selected()->id : QString();
    auto list = m_prescriptions.ofPatient(m_session, m_patientId);
    m_model->setRecords(list ? *list : QList<Prescription>{});
    if (!list)
        m_title->setText(list.error().message);
    else if (list->isEmpty())
        m_title->setText(tr("No prescription yet. “New prescription…” drafts one: the "
                            "assistant prepares it, a physician signs it."));
    else
        m_title->setText(tr("Drafts waiting for a signature in bold; double-click one to "
                            "change it."));
    int row = 0;
    for (int i = 0; i < m_model->rowCount(); ++i)
        if (m_model->record(i).id == keep)
            row = i;
    if (m_model->rowCount() > 0)
        m_table->selectRow(row);
    showSelected();
    updateButtons();
}

const Prescription *PatientPrescriptionsPanel::selected() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() && index.row() < m_model->rowCount() ? &m_model->record(index.row())
                                                                : nullptr;
}

void PatientPrescriptionsPanel::updateButtons()
{
    const Prescription *p = selected();
    const bool draft = p && p->status == Prescription::Status::Draft;
    const bool physician = AccessPolicy::allows(m_session.roles, Permission::SignPrescription);
    m_open->setEnabled(draft);
    m_sign->setVisible(physician);
    m_sign->setEnabled(draft);
    m_discard->setEnabled(draft);
    m_renew->setEnabled(p && !draft);
    m_print->setEnabled(p && !draft);
    m_pdf->setEnabled(p && !draft);
}

void PatientPrescriptionsPanel::showSelected()
{
    const Prescription *p = selected();
    if (!p) {
        m_details->clear();
        return;
    }
    QString html = QStringLiteral("<p><b>%1</b> — %2</p>")
                       .arg(statusText(p->status).toHtmlEscaped(),
                            tr("drafted by %1 on %2")
                                .arg(userName(p->draftedBy), when(p->draftedAt))
                                .toHtmlEscaped());
    html += QStringLiteral("<ol>");
    for (const PrescriptionLine &line : p->lines) {
        QStringList mentions;
        if (line.ald)
            mentions.append(tr("ALD"));
        if (line.renewals > 0)
            mentions.append(tr("to be renewed %n time(s)", nullptr, line.renewals));
        if (line.nonSubstitutable != SubstitutionBan::None)
            mentions.append(PrescriptionRules::nonSubstitutableMention(line.nonSubstitutable));
        html +=
            QStringLiteral("<li><b>%1</b><br/>%2%3</li>")
                .arg(line.title().toHtmlEscaped(), line.posology.text().toHtmlEscaped(),
                     mentions.isEmpty() ? QString()
                                        : QStringLiteral("<br/>") +
                                              mentions.join(QStringLiteral(" · ")).toHtmlEscaped());
    }
    html += QStringLiteral("</ol>");
    if (p->signedAt.isValid())
        html +=
            QStringLiteral("<p>%1</p>")
                .arg(tr("Signed by %1 on %2, checked against %3 and the interaction "
                        "thesaurus %4.")
                         .arg(userName(p->signedBy), when(p->signedAt),
                              p->drugRelease.isEmpty() ? tr("no drug database") : p->drugRelease,
                              p->thesaurusVersion.isEmpty() ? tr("(none)") : p->thesaurusVersion)
                         .toHtmlEscaped());
    for (const AlertAcknowledgement &a : p->acknowledged)
        html += QStringLiteral("<p style=\"color:#a40000\">%1<br/>%2</p>")
                    .arg(a.summary.toHtmlEscaped(),
                         tr("Signed anyway: %1").arg(a.reason).toHtmlEscaped());
    if (!p->confirmedDataWarnings.isEmpty())
        html += QStringLiteral("<p style=\"color:#6b4d00\">%1</p>")
                    .arg(tr("Signed despite: %1")
                             .arg(p->confirmedDataWarnings.join(QLatin1Char(' ')))
                             .toHtmlEscaped());
    if (p->printedAt.isValid())
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Last printed on %1.").arg(when(p->printedAt)).toHtmlEscaped());
    m_details->setHtml(html);
}

void PatientPrescriptionsPanel::edit(Prescription draft)
{
    PrescriptionEditor editor(m_vault, m_session, std::move(draft), m_patientName, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    reload();
    for (int i = 0; i < m_model->rowCount(); ++i)
        if (m_model->record(i).id == editor.savedId())
            m_table->selectRow(i);
    // Signed from the editor: on paper at once, the usual next step.
    if (editor.wasSigned())
        OrdonnancePrint(m_vault, m_session, this).toPrinter(editor.savedId());
}

void PatientPrescriptionsPanel::newPrescription()
{
    Prescription draft;
    draft.patientId = m_patientId;
    draft.consultationId = m_consultationId;
    edit(std::move(draft));
}

void PatientPrescriptionsPanel::renewTreatments()
{
    auto draft = m_prescriptions.renewalOfTreatments(m_session, m_patientId);
    if (!draft) {
        m_title->setText(draft.error().message);
        return;
    }
    draft->consultationId = m_consultationId;
    edit(std::move(*draft));
}

void PatientPrescriptionsPanel::openSelected()
{
    if (const Prescription *p = selected(); p && p->status == Prescription::Status::Draft)
        edit(*p);
}

void PatientPrescriptionsPanel::signSelected()
{
    const Prescription *p = selected();
    if (!p || p->status != Prescription::Status::Draft)
        return;
    const QString id = p->id;
    SignDialog dialog(m_vault, m_session, {id}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    OrdonnancePrint(m_vault, m_session, this).toPrinter(id);
}

void PatientPrescriptionsPanel::renewSelected()
{
    const Prescription *p = selected();
    if (!p)
        return;
    auto renewed = m_prescriptions.renew(m_session, p->id);
    if (!renewed) {
        m_title->setText(renewed.error().message);
        return;
    }
    auto draft = m_prescriptions.load(m_session, *renewed);
    if (draft)
        edit(*draft);
    reload();
}

void PatientPrescriptionsPanel::printSelected()
{
    if (const Prescription *p = selected()) {
        const QString id = p->id;
        if (OrdonnancePrint(m_vault, m_session, this).toPrinter(id))
            reload();
    }
}

void PatientPrescriptionsPanel::pdfSelected()
{
    if (const Prescription *p = selected()) {
        const QString id = p->id;
        if (OrdonnancePrint(m_vault, m_session, this).toPdf(id))
            reload();
    }
}

void PatientPrescriptionsPanel::discardSelected()
{
    const Prescription *p = selected();
    if (!p || p->status != Prescription::Status::Draft)
        return;
    if (QMessageBox::question(
            this, tr("Throw away the draft"),
            tr("Throw away this draft of %n line(s)?", nullptr, static_cast<int>(p->lines.size())),
            QMessageBox::Discard | QMessageBox::Cancel,
            QMessageBox::Cancel) != QMessageBox::Discard)
        return;
    if (auto removed = m_prescriptions.discardDraft(m_session, p->id); !removed)
        m_title->setText(removed.error().message);
    reload();
}

} // namespace relais::ui
