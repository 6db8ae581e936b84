#pragma once

#include "common/RecordListModel.h"
#include "services/PreparedConsultations.h"

#include <QDate>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace relais::ui {

class DraftsToSignPanel;

// "To review": the GP's list of the day's prepared files, alerts first; the chosen one on one
// screen (alerts, vital signs against the last visit, allergies, treatments, what the assistant
// noted and drafted), a comment, and "reviewed".
class ReviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewPage(Vault &vault, QWidget *parent = nullptr);
    void setSession(const Session &session);
    void setDay(const QDate &day);
    void reload();
    // The list of the day; `chooseFirst` false shows it without opening any file.
    void reloadList(bool chooseFirst);
    void showChosen();
    bool markReviewed();
    // Takes back the last "reviewed" while it may be (same physician, a few minutes).
    bool undoReviewed();

    RecordListModel<PreparedConsultation> *files() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTextBrowser *summary() const { return m_summary; }
    DraftsToSignPanel *drafts() const { return m_drafts; }

Q_SIGNALS:
    void openPatient(const QString &patientId);
    // How many of the physician's files wait, each time the list is read.
    void waitingChanged(int count);

private:
    QString summaryHtml(const ConsultationSummary &s) const;
    void showLastReviewed();

    PreparedConsultations m_consultations;
    Session m_session;
    QDate m_day;
    std::optional<ConsultationSummary> m_shown;
    QLabel *m_heading = nullptr;
    QLabel *m_empty = nullptr;
    QCheckBox *m_all = nullptr;
    RecordListModel<PreparedConsultation> *m_model = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_summary = nullptr;
    DraftsToSignPanel *m_drafts = nullptr;
    QPlainTextEdit *m_comment = nullptr;
    QPushButton *m_reviewed = nullptr;
    QPushButton *m_open = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_commentTitle = nullptr;
    QLabel *m_done = nullptr;
    QPushButton *m_undo = nullptr;
    std::optional<PreparedConsultation> m_lastReviewed;
};

} // namespace relais::ui
