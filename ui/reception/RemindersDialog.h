#pragma once

#include "security/Session.h"
#include "services/Reminders.h"

#include <QDate>
#include <QDialog>

class QLabel;
class QTableWidget;

namespace relais {
class Vault;
}

namespace relais::ui {

// Tomorrow's appointments as a call list: time, patient, phone, practitioner, reminded. Space
// (or the button) marks the selected one reminded, or undoes it; the list can be saved as CSV
// for an SMS service.
class RemindersDialog : public QDialog
{
    Q_OBJECT

public:
    RemindersDialog(Vault &vault, const Session &session, const QDate &day,
                    QWidget *parent = nullptr);
    void reload();
    void toggleSelected();
    // Writes the list to `path`; an error is said in the dialog.
    bool exportTo(const QString &path);

private:
    Vault &m_vault;
    Session m_session;
    QDate m_day;
    QList<Reminders::Call> m_calls;
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace relais::ui
