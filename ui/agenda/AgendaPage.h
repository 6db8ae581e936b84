#pragma once

#include "domain/AppointmentType.h"
#include "domain/UserAccount.h"
#include "security/Session.h"
#include "services/Agenda.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace relais {
class Vault;
struct AgendaEntry;
} // namespace relais

namespace relais::ui {

class AgendaModel;

// The Agenda section: the day with one column per practitioner, or one practitioner's week.
// Arrows move between quarters of an hour, PgUp/PgDn by day (or week), T comes back to today,
// Enter books in the selected slot (or moves the appointment there), Delete cancels; an
// appointment dragged to another time is moved under the rules of any move. It follows every
// change of the agenda's tables, made here or elsewhere.
class AgendaPage : public QWidget
{
    Q_OBJECT

public:
    explicit AgendaPage(Vault &vault, QWidget *parent = nullptr);

    void setSession(const Session &session);
    void showDay(const QDate &day);
    void setWeekView(bool week);
    QDate day() const { return m_day; }
    void reload();
    void focusGrid();

    // The actions on the selected cell, for the buttons, the keys and the tests.
    void bookAtSelection();
    void moveSelected();
    void cancelSelected();
    void markSelectedNoShow();
    void showSelectedHistory();
    void printDayList();
    void exportCalendar();
    void editSchedule();
    void editTypes();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const AgendaEntry *selectedEntry() const;
    // The practitioner the view is about: the week's, or the selected column's.
    QString shownPractitioner() const;
    void moveByDrop(const QString &appointmentId, const QDateTime &start,
                    const QString &practitionerId);
    void refreshThirdNext();
    void updateActions();
    void say(const QString &text, bool problem);

    Vault &m_vault;
    Agenda m_agenda; // kept: it keeps the patients' names between views
    Session m_session;
    QDate m_day;
    bool m_week = false;
    QList<UserAccount> m_practitioners;
    QList<AppointmentType> m_types;

    AgendaModel *m_model = nullptr;
    QTableView *m_grid = nullptr;
    QLabel *m_title = nullptr;
    QComboBox *m_view = nullptr;
    QComboBox *m_practitioner = nullptr;
    QLabel *m_thirdNext = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_book = nullptr;
    QPushButton *m_move = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_noShow = nullptr;
    QPushButton *m_history = nullptr;
};

} // namespace relais::ui
