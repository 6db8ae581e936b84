#pragma once

#include "common/FormDialog.h"
#include "domain/Schedule.h"
#include "domain/UserAccount.h"
#include "security/Session.h"

class QComboBox;
class QListWidget;
class QTableWidget;
class QTimeEdit;

namespace relais {
class Vault;
}

namespace relais::ui {

// A practitioner's week: opening hours per weekday (every week, even or odd weeks; the types
// they take; held back for unscheduled care), breaks, the time unscheduled care opens to all,
// what a calendar export says of patients; and their absences, added and removed at once.
// Whose weeks one may edit is the service's to say: one's own, or anyone's for an
// administrator.
class ScheduleDialog : public FormDialog
{
    Q_OBJECT

public:
    ScheduleDialog(Vault &vault, const Session &session, const QList<UserAccount> &practitioners,
                   const QString &practitionerId, QWidget *parent = nullptr);
    void save() override;

    // For the tests and the keys: a range of hours added to the table.
    void addHours(const OpeningHours &hours);
    void addBreak(const Break &pause);
    Schedule typed() const;
    Status addAbsence(const Absence &away);

private:
    void load(const QString &practitionerId);
    void loadAbsences();

    Vault &m_vault;
    Session m_session;
    QComboBox *m_practitioner = nullptr;
    QTableWidget *m_hours = nullptr;
    QTableWidget *m_breaks = nullptr;
    QTimeEdit *m_cutoff = nullptr;
    QComboBox *m_detail = nullptr;
    QListWidget *m_absences = nullptr;
};

} // namespace relais::ui
