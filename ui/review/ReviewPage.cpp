#include "ReviewPage.h"

#include "common/ChangeFollower.h"
#include "common/FormHelpers.h"
#include "patients/PatientSearchModel.h"
#include "prescriptions/DraftsToSignPanel.h"
#include "security/AccessPolicy.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace relais::ui {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

ReviewPage::ReviewPage(Vault &vault, QWidget *parent)
    : QWidget(parent)
    , m_consultations(vault)
    , m_day(m_consultations.clock().today())
{
    // A file made ready at another desk, or vitals added to it, shows up without asking.
    new ChangeFollower(
        vault, {QStringLiteral("consultation"), QStringLiteral("vital_sign")},
        [this](const VaultChanges &) {
            if (!m_session.userId.isEmpty())
                reloadList(false);
        },
        this);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("reviewHeading"));
    m_all = new QCheckBox(tr("&All physicians"), this);
    m_all->setObjectName(QStringLiteral("reviewAll"));
    auto *refresh = new QPushButton(tr("Re&fresh"), this);
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    refresh->setToolTip(tr("Refresh (F5)"));
    top->addWidget(m_heading, 1);
    top->addWidget(m_all);
    top->addWidget(refresh);
    layout->addLayout(top);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("reviewEmpty"));
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);
    // What "Mark reviewed" just did, with the way back for a few minutes.
    auto *trace = new QHBoxLayout;
    m_done = new QLabel(this);
    m_done->setObjectName(QStringLiteral("reviewDone"));
    m_undo = new QPushButton(tr("&Undo"), this);
    m_undo->setObjectName(QStringLiteral("undoReview"));
    trace->addWidget(m_done, 1);
    trace->addWidget(m_undo);
    layout->addLayout(trace);
    m_done->hide();
    m_undo->hide();

    m_model = new RecordListModel<PreparedConsultation>(
        {{tr("Alert"),
          [](const PreparedConsultation &c) {
              return c.alertLevel == 2   ? tr("urgent")
                     : c.alertLevel == 1 ? tr("to see")
                                         : QString();
          }},
         {tr("Patient"), [](const PreparedConsultation &c) { return c.patientName; }},
         {tr("Age"),
          [this](const PreparedConsultation &c) {
              return tr("%n years", nullptr, PatientSearchModel::ageOn(c.birthDate, m_day));
          }},
         {tr("Reason"), [](const PreparedConsultation &c) { return c.reason; }},
         {tr("Ready at"),
          [](const PreparedConsultation &c) {
              return QLocale().toString(c.readyAt.toLocalTime().time(), QLocale::ShortFormat);
          }},
         {tr("Physician"), [](const PreparedConsultation &c) { return c.physicianName; }},
         {tr("Status"),
          [](const PreparedConsultation &c) {
              return PreparedConsultations::statusName(c.status);
          }}},
        [](const PreparedConsultation &c) {
            return c.status == PreparedConsultation::Status::Ready;
        },
        this);
    m_model->setAlarming([](const PreparedConsultation &c) { return c.alertLevel == 2; });
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_table = makeListTable(splitter, m_model, QStringLiteral("reviewList"), 3);
    // Tab goes on to the summary and the comment; the arrows move between files.
    m_table->setTabKeyNavigation(false);
    auto *details = new QWidget(splitter);
    auto *detailsLayout = new QHBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QTextBrowser(details);
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setPlaceholderText(tr("Choose a file in the list: its summary shows here."));
    auto *side = new QVBoxLayout;
    m_comment = new QPlainTextEdit(details);
    m_comment->setObjectName(QStringLiteral("reviewComment"));
    m_comment->setPlaceholderText(tr("your comment for the file (optional)"));
    m_comment->setTabChangesFocus(true);
    m_reviewed = new QPushButton(tr("&Mark reviewed"), details);
    m_reviewed->setObjectName(QStringLiteral("markReviewed"));
    m_reviewed->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_reviewed->setToolTip(tr("Mark reviewed (Ctrl+Enter)"));
    m_open = new QPushButton(tr("&Open the patient's file"), details);
    m_open->setObjectName(QStringLiteral("openReviewedPatient"));
    m_message = makeReasonLabel(details);
    // The comment box says whose file it is: a comment must never land on the wrong patient.
    m_commentTitle = new QLabel(tr("Comment:"), details);
    m_commentTitle->setObjectName(QStringLiteral("reviewCommentTitle"));
    m_commentTitle->setWordWrap(true);
    m_commentTitle->setBuddy(m_comment);
    side->addWidget(m_commentTitle);
    side->addWidget(m_comment, 1);
    side->addWidget(m_message);
    side->addWidget(m_reviewed);
    side->addWidget(m_open);
    detailsLayout->addWidget(m_summary, 3);
    detailsLayout->addLayout(side, 1);
    // The prescriptions the assistants drafted, to sign once reviewed.
    m_drafts = new DraftsToSignPanel(vault, splitter);
    splitter->addWidget(m_table);
    splitter->addWidget(details);
    splitter->addWidget(m_drafts);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 1);
    connect(m_drafts, &DraftsToSignPanel::openPatient, this, &ReviewPage::openPatient);
    layout->addWidget(splitter, 1);

    connect(m_all, &QCheckBox::toggled, this, &ReviewPage::reload);
    connect(refresh, &QPushButton::clicked, this, &ReviewPage::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReviewPage::showChosen);
    connect(m_reviewed, &QPushButton::clicked, this, &ReviewPage::markReviewed);
    connect(m_undo, &QPushButton::clicked, this, &ReviewPage::undoReviewed);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_shown)
            Q_EMIT openPatient(m_shown->consultation.patientId);
    });
}

void ReviewPage::setSession(const Session &session)
{
    // Nothing of the previous person's list stays; the new one is read when the section is
    // shown, so that logging in opens (and audits) no patient's file.
    m_session = session;
    m_drafts->setSession(session);
    m_shown.reset();
    m_lastReviewed.reset();
    m_done->hide();
    m_undo->hide();
    m_model->setRecords({});
    m_summary->clear();
    m_comment->clear();
    m_reviewed->setEnabled(false);
    m_open->setEnabled(false);
}

void ReviewPage::setDay(const QDate &day)
{
    m_day = day;
    reload();
}

void ReviewPage::reload()
{
    reloadList(true);
}

void ReviewPage::reloadList(bool chooseFirst)
{
    m_heading->setText(
        tr("<h2>To review — %1</h2>").arg(QLocale().toString(m_day, QLocale::LongFormat)));
    const bool physician = AccessPolicy::allows(m_session.roles, Permission::ReviewPreparedFile);
    m_all->setEnabled(physician);
    m_drafts->reload();
    auto list = m_consultations.reviewList(m_session, m_day, m_all->isChecked());
    m_model->setRecords(list ? *list : QList<PreparedConsultation>{});
    if (!physician)
        m_empty->setText(tr("Reviewing prepared files is the physicians' part: the files you "
                            "prepare appear in their list once “ready for the doctor”."));
    else if (!list)
        m_empty->setText(list.error().message);
    else if (list->isEmpty())
        m_empty->setText(m_all->isChecked()
                             ? tr("No file is ready for review today yet. The assistants' "
                                  "files appear here when they are ready for the doctor.")
                             : tr("No file is ready for you today yet. Tick “All physicians” to "
                                  "see your colleagues' patients."));
    else
        m_empty->setText(tr("Files with an urgent alert come first, in red; reviewed ones go "
                            "to the bottom."));
    m_table->setVisible(physician);
    int waiting = 0;
    for (int i = 0; i < m_model->rowCount(); ++i)
        waiting += m_model->record(i).status == PreparedConsultation::Status::Ready ? 1 : 0;
    Q_EMIT waitingChanged(waiting);
    showLastReviewed();
    // Keep the chosen file chosen, else take the first one (unless told not to: landing here
    // after logging in opens no file until the physician chooses one).
    int row = m_shown || chooseFirst ? 0 : -1;
    for (int i = 0; m_shown && i < m_model->rowCount(); ++i) {
        if (m_model->record(i).id == m_shown->consultation.id)
            row = i;
    }
    m_reviewed->setEnabled(false);
    m_open->setEnabled(m_model->rowCount() > 0);
    // The reset left no current row: choosing one shows it (showChosen, once).
    if (m_model->rowCount() > 0 && row >= 0) {
        m_table->setCurrentIndex(m_model->index(row, 0));
    } else {
        m_shown.reset();
        m_summary->clear();
        m_commentTitle->setText(tr("Comment:"));
    }
}

void ReviewPage::showLastReviewed()
{
    const bool undoable =
        m_lastReviewed && PreparedConsultations::canUndoReview(m_session, *m_lastReviewed,
                                                               m_consultations.clock().now());
    m_done->setVisible(m_lastReviewed.has_value());
    m_undo->setVisible(undoable);
    if (!m_lastReviewed)
        return;
    m_done->setText(undoable ? tr("✓ %1 marked reviewed. It stays at the bottom of the list; "
                                  "“Undo” takes it back for %n minutes.",
                                  nullptr, PreparedConsultations::UndoReviewMinutes)
                                   .arg(m_lastReviewed->patientName)
                             : tr("✓ %1 marked reviewed.").arg(m_lastReviewed->patientName));
}

void ReviewPage::showChosen()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount())
        return;
    auto summary = m_consultations.summary(m_session, m_model->record(current.row()).id);
    m_message->clear();
    if (!summary) {
        m_summary->setPlainText(summary.error().message);
        return;
    }
    // Shown again because something changed elsewhere: what the GP is typing stays.
    const bool keepTyped = m_shown && m_shown->consultation.id == summary->consultation.id &&
                           m_comment->document()->isModified();
    m_shown = *summary;
    m_summary->setHtml(summaryHtml(*summary));
    m_drafts->selectForConsultation(summary->consultation.id);
    m_commentTitle->setText(
        tr("Comment for <b>%1</b>:").arg(escaped(summary->consultation.patientName)));
    const bool ready = summary->consultation.status == PreparedConsultation::Status::Ready;
    m_reviewed->setEnabled(ready);
    m_comment->setReadOnly(!ready);
    if (!keepTyped)
        m_comment->setPlainText(summary->consultation.gpComment);
}

QString ReviewPage::summaryHtml(const ConsultationSummary &s) const
{
    const PreparedConsultation &c = s.consultation;
    QString html = QStringLiteral("<h3>%1</h3>").arg(escaped(c.patientName));
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(tr("%1, %2 — seen by %3 — prepared by %4")
                     .arg(tr("%n years", nullptr, PatientSearchModel::ageOn(c.birthDate, m_day)),
                          escaped(c.reason.isEmpty() ? tr("no reason given") : c.reason),
                          escaped(c.physicianName), escaped(c.preparedByName)));
    if (!s.alerts.isEmpty()) {
        html += QStringLiteral("<p style=\"color:#a40000\"><b>");
        QStringList lines;
        for (const VitalAlert &a : s.alerts)
            lines.append((a.level == VitalAlert::Level::Urgent ? tr("URGENT: ") : QString()) +
                         escaped(a.message));
        html += lines.join(QStringLiteral("<br>")) + QStringLiteral("</b></p>");
    }
    html += QStringLiteral("<p style=\"color:#a40000\"><b>%1</b></p>")
                .arg(escaped(tr("Allergies: %1").arg(s.allergies)));
    if (s.changes.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("No vital sign taken for this consultation."));
    } else {
        html +=
            QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\"><tr><th>%1</th>"
                           "<th>%2</th><th>%3</th></tr>")
                .arg(tr("Measure"), tr("Today"), tr("Last visit"));
        for (const ConsultationSummary::Change &change : s.changes) {
            const QString before =
                change.before
                    ? tr("%1 (%2)").arg(
                          change.before->displayValue(),
                          QLocale().toString(change.before->measuredAt.toLocalTime().date(),
                                             QLocale::ShortFormat))
                    : tr("none");
            QString now = change.now.displayValue();
            if (change.kind == VitalKind::BloodPressure) {
                QList<BloodPressure> readings;
                for (const VitalRecord &r : s.vitals) {
                    if (r.kind == VitalKind::BloodPressure)
                        readings.append(r.bloodPressure());
                }
                if (const auto office = BloodPressure::officeValue(readings);
                    office && readings.size() > 1)
                    now = readings.size() == 2
                              ? tr("%1 (mean of the two readings)").arg(office->display())
                              : tr("%1 (mean of the last two of %2 readings)")
                                    .arg(office->display())
                                    .arg(readings.size());
            }
            html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td><td>%3</td></tr>")
                        .arg(escaped(VitalSigns::name(change.kind)), escaped(now), escaped(before));
        }
        html += QStringLiteral("</table>");
    }
    if (!s.ald.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("ALD:"), escaped(s.ald));
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(tr("Current treatments:"),
                     s.treatments.isEmpty() ? tr("none recorded")
                                            : escaped(s.treatments.join(QStringLiteral("; "))));
    if (!c.notes.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Notes:"), escaped(c.notes));
    if (!c.drafts.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("For you to decide:"));
        for (const QString &d : c.drafts)
            html += QStringLiteral("<li>%1</li>").arg(escaped(d));
        html += QStringLiteral("</ul>");
    }
    // The prescriptions drafted for this consultation: selected in the list below, to sign.
    for (int i = 0; i < m_drafts->model()->rowCount(); ++i) {
        const Prescription &p = m_drafts->model()->record(i).prescription;
        if (p.consultationId != c.id)
            continue;
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Prescription drafted, to sign:"));
        for (const PrescriptionLine &line : p.lines)
            html += QStringLiteral("<li>%1 — %2</li>")
                        .arg(escaped(line.title()), escaped(line.posology.text()));
        html += QStringLiteral("</ul>");
    }
    QStringList done;
    QStringList notDone;
    for (const QString &item : PreparedConsultations::checklistItems())
        (c.checklist.value(item) ? done : notDone)
            .append(PreparedConsultations::checklistLabel(item));
    html +=
        QStringLiteral("<p><b>%1</b> %2<br><b>%3</b> %4</p>")
            .arg(tr("Done:"),
                 escaped(done.isEmpty() ? tr("nothing ticked") : done.join(QStringLiteral(", "))),
                 tr("Not done:"),
                 escaped(notDone.isEmpty() ? tr("nothing") : notDone.join(QStringLiteral(", "))));
    if (c.status == PreparedConsultation::Status::Reviewed)
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(escaped(tr("Reviewed by %1 at %2.")
                                     .arg(c.reviewedByName,
                                          QLocale().toString(c.reviewedAt.toLocalTime().time(),
                                                             QLocale::ShortFormat))));
    return html;
}

bool ReviewPage::markReviewed()
{
    if (!m_shown)
        return false;
    const QString id = m_shown->consultation.id;
    if (auto done = m_consultations.markReviewed(m_session, id, m_comment->toPlainText()); !done) {
        m_message->setText(done.error().message);
        return false;
    }
    auto reviewed = m_consultations.load(m_session, id);
    m_lastReviewed = reviewed ? std::optional(*reviewed) : std::nullopt;
    // On to the next file waiting, which now stands where this one stood.
    const int row = m_table->currentIndex().row();
    m_shown.reset();
    reloadList(false);
    const int next = std::min(row, m_model->rowCount() - 1);
    if (next >= 0 && m_model->record(next).status == PreparedConsultation::Status::Ready)
        m_table->setCurrentIndex(m_model->index(next, 0));
    else if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    m_table->setFocus();
    return true;
}

bool ReviewPage::undoReviewed()
{
    if (!m_lastReviewed)
        return false;
    const QString id = m_lastReviewed->id;
    if (auto undone = m_consultations.undoReview(m_session, id); !undone) {
        m_message->setText(undone.error().message);
        return false;
    }
    m_lastReviewed.reset();
    // Back on the file taken back, its comment there to finish.
    m_shown.reset();
    reloadList(false);
    for (int i = 0; i < m_model->rowCount(); ++i) {
        if (m_model->record(i).id == id)
            m_table->setCurrentIndex(m_model->index(i, 0));
    }
    m_comment->setFocus();
    return true;
}

} // namespace relais::ui
