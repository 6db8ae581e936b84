#include "ConsultationPanel.h"

#include "common/ChangeFollower.h"
#include "common/FormHelpers.h"
#include "services/PatientDetails.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace relais::ui {

ConsultationPanel::ConsultationPanel(Vault &vault, QWidget *parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_consultations(vault)
{
    // Whoever writes (this panel, the Vital signs tab, the GP on another workstation), the panel
    // shows what is stored; its own writes come back this way too.
    new ChangeFollower(
        vault, {QStringLiteral("consultation"), QStringLiteral("vital_sign")},
        [this](const VaultChanges &) {
            if (!m_patientId.isEmpty())
                reload();
        },
        this);
    auto *layout = new QVBoxLayout(this);
    // What the GP made of the last one: the assistant acts on it (a test to book, a renewal).
    m_gpReview = new QLabel(this);
    m_gpReview->setObjectName(QStringLiteral("gpReview"));
    m_gpReview->setWordWrap(true);
    m_gpReview->setTextFormat(Qt::RichText);
    m_gpReview->setStyleSheet(QStringLiteral("background: #eef4fb; padding: 6px; "
                                             "border-radius: 4px;"));
    m_gpReview->hide();
    layout->addWidget(m_gpReview);
    m_pages = new QStackedWidget(this);

    // Nothing open today: start one.
    auto *startPage = new QWidget(m_pages);
    auto *startLayout = new QVBoxLayout(startPage);
    auto *none = new QLabel(tr("No consultation is being prepared today for this patient. Start "
                               "one when the patient arrives: the vital signs you then take "
                               "belong to it, and the GP finds it in “To review”."),
                            startPage);
    none->setObjectName(QStringLiteral("noConsultation"));
    none->setWordWrap(true);
    auto *startForm = new QFormLayout;
    m_startPhysician = new QComboBox(startPage);
    m_startPhysician->setObjectName(QLatin1String(PreparedConsultations::FieldPhysician));
    m_startReason = makeNamedEdit(startPage, PreparedConsultations::FieldReason);
    m_startReason->setPlaceholderText(tr("renewal, follow-up, fever since yesterday…"));
    startForm->addRow(tr("&Seen by:"), m_startPhysician);
    startForm->addRow(tr("&Reason for the visit:"), m_startReason);
    auto *startButton = new QPushButton(tr("&Prepare today's consultation"), startPage);
    startButton->setObjectName(QStringLiteral("startConsultation"));
    m_startReasonLabel = makeReasonLabel(startPage);
    startLayout->addWidget(none);
    startLayout->addLayout(startForm);
    startLayout->addWidget(m_startReasonLabel);
    startLayout->addWidget(startButton, 0, Qt::AlignLeft);
    startLayout->addStretch();
    connect(startButton, &QPushButton::clicked, this, &ConsultationPanel::start);
    connect(m_startReason, &QLineEdit::returnPressed, this, &ConsultationPanel::start);

    // One open: fill it in.
    auto *openPage = new QWidget(m_pages);
    auto *openLayout = new QHBoxLayout(openPage);
    auto *left = new QVBoxLayout;
    m_status = new QLabel(openPage);
    m_status->setObjectName(QStringLiteral("consultationStatus"));
    m_status->setWordWrap(true);
    auto *form = new QFormLayout;
    m_physician = new QComboBox(openPage);
    m_physician->setObjectName(QStringLiteral("consultationPhysician"));
    m_reason = makeNamedEdit(openPage, PreparedConsultations::FieldReason);
    m_reason->setObjectName(QStringLiteral("consultationReason"));
    m_notes = new QPlainTextEdit(openPage);
    m_notes->setObjectName(QStringLiteral("consultationNotes"));
    m_notes->setPlaceholderText(tr("what the patient says, what the GP should know"));
    m_notes->setTabChangesFocus(true);
    m_drafts = new QPlainTextEdit(openPage);
    m_drafts->setObjectName(QStringLiteral("consultationDrafts"));
    m_drafts->setPlaceholderText(tr("one item a line: renew a treatment, a certificate, a test…"));
    m_drafts->setTabChangesFocus(true);
    form->addRow(tr("Seen &by:"), m_physician);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Notes:"), m_notes);
    form->addRow(tr("For the &GP:"), m_drafts);
    m_vitals = new QLabel(openPage);
    m_vitals->setObjectName(QStringLiteral("consultationVitals"));
    m_vitals->setWordWrap(true);
    m_noVitals = new QWidget(openPage);
    auto *noVitalsForm = new QFormLayout(m_noVitals);
    noVitalsForm->setContentsMargins(0, 0, 0, 0);
    m_noVitalsReason = makeNamedEdit(m_noVitals, PreparedConsultations::FieldNoVitalsReason);
    m_noVitalsReason->setPlaceholderText(tr("seen at home, refused, child asleep…"));
    noVitalsForm->addRow(tr("&Why no vital sign:"), m_noVitalsReason);
    m_message = makeReasonLabel(openPage);
    m_message->setObjectName(QStringLiteral("consultationMessage"));
    auto *buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("&Save"), openPage);
    m_save->setObjectName(QStringLiteral("saveConsultation"));
    m_ready = new QPushButton(tr("Rea&dy for the doctor"), openPage);
    m_ready->setObjectName(QStringLiteral("consultationReady"));
    m_ready->setToolTip(tr("Saves, and puts the file in the GP's “To review” list"));
    buttons->addWidget(m_save);
    buttons->addWidget(m_ready);
    buttons->addStretch();
    left->addWidget(m_status);
    left->addLayout(form, 1);
    left->addWidget(m_vitals);
    left->addWidget(m_noVitals);
    left->addWidget(m_message);
    left->addLayout(buttons);
    auto *checks = new QGroupBox(tr("Checklist"), openPage);
    auto *checksLayout = new QVBoxLayout(checks);
    for (const QString &item : PreparedConsultations::checklistItems()) {
        auto *box = new QCheckBox(PreparedConsultations::checklistLabel(item), checks);
        box->setObjectName(QStringLiteral("check:") + item);
        checksLayout->addWidget(box);
        m_checklist.insert(item, box);
    }
    checksLayout->addStretch();
    openLayout->addLayout(left, 3);
    openLayout->addWidget(checks, 2);
    connect(m_save, &QPushButton::clicked, this, &ConsultationPanel::save);
    connect(m_ready, &QPushButton::clicked, this, &ConsultationPanel::markReady);

    m_pages->addWidget(startPage);
    m_pages->addWidget(openPage);
    layout->addWidget(m_pages);
}

void ConsultationPanel::fillPhysicians(QComboBox *combo, const QString &selected)
{
    combo->clear();
    auto physicians = PatientDetails(m_vault).practicePhysicians(m_session);
    for (const PracticePhysician &p : physicians.value_or(QList<PracticePhysician>{}))
        combo->addItem(p.name, p.userId);
    // The GP logged in sees their own patients by default.
    const QString preferred = selected.isEmpty() ? m_session.userId : selected;
    if (const int index = combo->findData(preferred); index >= 0)
        combo->setCurrentIndex(index);
}

void ConsultationPanel::showPatient(const QString &patientId)
{
    m_patientId = patientId;
    m_startReason->clear();
    m_startReasonLabel->clear();
    m_message->clear();
    m_noVitalsReason->clear();
    reload();
}

void ConsultationPanel::reload()
{
    auto reviewed = m_consultations.lastReviewed(m_session, m_patientId);
    if (reviewed && *reviewed) {
        const PreparedConsultation &r = **reviewed;
        const QDateTime at = r.reviewedAt.toLocalTime();
        const QString day = QLocale().toString(r.day, QLocale::ShortFormat);
        const QString reason = r.reason.toHtmlEscaped();
        const QString by = r.reviewedByName.toHtmlEscaped();
        const QString date = QLocale().toString(at.date(), QLocale::ShortFormat);
        const QString time = QLocale().toString(at.time(), QLocale::ShortFormat);
        // One arg() call each: a comment holding "%1" must stay as typed.
        m_gpReview->setText(
            r.gpComment.isEmpty()
                ? tr("The consultation of %1 (%2) was <b>reviewed</b> by %3 on %4 at %5, "
                     "without a comment.")
                      .arg(day, reason, by, date, time)
                : tr("The consultation of %1 (%2) was <b>reviewed</b> by %3 on %4 at %5: "
                     "<i>%6</i>")
                      .arg(day, reason, by, date, time, r.gpComment.toHtmlEscaped()));
    }
    m_gpReview->setVisible(reviewed && *reviewed);
    auto open = m_consultations.current(m_session, m_patientId);
    // The same consultation still open, and typed in: what was typed stays in the form.
    const bool keepTyping =
        open && *open && m_current && (*open)->id == m_current->id && formEdited();
    m_current = open ? *open : std::nullopt;
    if (!m_current) {
        fillPhysicians(m_startPhysician, QString());
        m_pages->setCurrentIndex(0);
        Q_EMIT consultationChanged(QString());
        return;
    }
    const PreparedConsultation &c = *m_current;
    if (!keepTyping) {
        fillPhysicians(m_physician, c.physicianId);
        m_reason->setText(c.reason);
        m_notes->setPlainText(c.notes);
        m_drafts->setPlainText(c.drafts.join(QLatin1Char('\n')));
        for (auto it = m_checklist.cbegin(); it != m_checklist.cend(); ++it)
            it.value()->setChecked(c.checklist.value(it.key()));
    }
    const bool preparing = c.status == PreparedConsultation::Status::Preparing;
    m_status->setText(
        preparing
            ? tr("Today's consultation, <b>%1</b>, prepared by %2.")
                  .arg(PreparedConsultations::statusName(c.status), c.preparedByName)
            : tr("Today's consultation is <b>%1</b> since %2: the GP has it in "
                 "“To review”. It can still be completed.")
                  .arg(PreparedConsultations::statusName(c.status),
                       QLocale().toString(c.readyAt.toLocalTime().time(), QLocale::ShortFormat)));
    m_ready->setEnabled(preparing);
    auto vitals = m_consultations.vitalsOf(m_session, c);
    const QList<VitalRecord> taken = vitals ? *vitals : QList<VitalRecord>{};
    // Ids are UUIDv7: one made before the consultation's was taken before it was started.
    QStringList values;
    QStringList earlier;
    for (const VitalRecord &r : taken) {
        const QString value = VitalSigns::name(r.kind) + QLatin1Char(' ') + r.displayValue();
        values.append(value);
        if (r.id < c.id)
            earlier.append(value);
    }
    QString text = taken.isEmpty()
                       ? tr("No vital sign taken for it yet: the Vital signs tab records them "
                            "for this consultation.")
                       : tr("%n value(s) taken for it (Vital signs tab): %1.", nullptr,
                            static_cast<int>(taken.size()))
                             .arg(values.join(QStringLiteral(", ")));
    if (!earlier.isEmpty())
        text +=
            QLatin1Char(' ') +
            tr("Taken earlier today and joined to it: %1.").arg(earlier.join(QStringLiteral(", ")));
    m_vitals->setText(text);
    m_noVitals->setVisible(taken.isEmpty() && preparing);
    // "Vital signs taken" is true only when some are.
    QCheckBox *vitalsTaken = m_checklist.value(QLatin1String(PreparedConsultations::ItemVitals));
    vitalsTaken->setEnabled(!taken.isEmpty());
    vitalsTaken->setToolTip(taken.isEmpty() ? tr("No vital sign belongs to this consultation yet.")
                                            : QString());
    m_pages->setCurrentIndex(1);
    Q_EMIT consultationChanged(c.id);
}

bool ConsultationPanel::start()
{
    auto started = m_consultations.start(
        m_session, m_patientId, m_startPhysician->currentData().toString(), m_startReason->text());
    if (!started) {
        showFormError(this, m_startReasonLabel, started.error());
        return false;
    }
    m_reason->setFocus(); // the notice of the write has shown the new consultation
    return true;
}

bool ConsultationPanel::formEdited() const
{
    if (!m_current)
        return false;
    const PreparedConsultation typed = fromForm();
    QMap<QString, bool> checklist;
    for (auto it = typed.checklist.cbegin(); it != typed.checklist.cend(); ++it) {
        if (it.value())
            checklist.insert(it.key(), true);
    }
    QMap<QString, bool> stored;
    for (auto it = m_current->checklist.cbegin(); it != m_current->checklist.cend(); ++it) {
        if (it.value())
            stored.insert(it.key(), true);
    }
    return typed.physicianId != m_current->physicianId ||
           typed.reason.simplified() != m_current->reason ||
           typed.notes.trimmed() != m_current->notes ||
           PreparedConsultations::keptDrafts(typed.drafts) != m_current->drafts ||
           checklist != stored;
}

PreparedConsultation ConsultationPanel::fromForm() const
{
    PreparedConsultation c = *m_current;
    c.physicianId = m_physician->currentData().toString();
    c.reason = m_reason->text();
    c.notes = m_notes->toPlainText();
    c.drafts = m_drafts->toPlainText().split(QLatin1Char('\n'));
    for (auto it = m_checklist.cbegin(); it != m_checklist.cend(); ++it)
        c.checklist.insert(it.key(), it.value()->isChecked());
    return c;
}

bool ConsultationPanel::save()
{
    if (!m_current)
        return false;
    if (auto saved = m_consultations.save(m_session, fromForm()); !saved) {
        m_message->setText(saved.error().message);
        return false;
    }
    m_message->clear();
    return true;
}

bool ConsultationPanel::markReady()
{
    if (!save())
        return false;
    if (auto ready = m_consultations.markReady(m_session, m_current->id, m_noVitalsReason->text());
        !ready) {
        Error error = ready.error();
        if (error.field == QLatin1String(PreparedConsultations::FieldReason))
            error.field = m_reason->objectName();
        else if (error.field == QLatin1String(PreparedConsultations::ItemVitals))
            error.field = QStringLiteral("check:vitals");
        showFormError(this, m_message, error);
        return false;
    }
    return true;
}

} // namespace relais::ui
