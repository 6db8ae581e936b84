#pragma once

#include "domain/Visit.h"
#include "security/Session.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace relais {
class Vault;
}

namespace relais::ui {

class WaitingRoomModel;

// The Reception section, where the assistant spends the day: finding a patient as they arrive
// (what is typed goes on in the Patients section's search), creating a new file, and today's
// waiting room, which follows every change and counts the minutes waited as they pass. F2
// checks the selected patient in; walk-ins join without an appointment.
class ReceptionPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReceptionPage(Vault &vault, QWidget *parent = nullptr);
    void setSession(const Session &session);
    void focusSearch();
    void reload();

    // The desk's actions on the selected line, for the buttons, the keys and the tests.
    void checkInSelected();
    void addWalkIn();
    void prepareSelected();
    void callInSelected();
    void finishSelected();
    void leftSelected();
    void showReminders();
    WaitingRoomModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

Q_SIGNALS:
    void findPatient(const QString &typed);
    void newPatient();
    // The prepared consultation was started: open the file where it is prepared.
    void openPatient(const QString &patientId);

private:
    void advanceSelected(Visit::State to);
    void updateActions();
    void say(const QString &text, bool problem);
    void showWaits();

    Vault &m_vault;
    Session m_session;
    QLineEdit *m_search = nullptr;
    WaitingRoomModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_waits = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_checkIn = nullptr;
    QPushButton *m_prepare = nullptr;
    QPushButton *m_callIn = nullptr;
    QPushButton *m_finish = nullptr;
    QPushButton *m_left = nullptr;
    QTimer *m_tick = nullptr;
};

} // namespace relais::ui
