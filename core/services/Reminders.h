#pragma once

#include "security/Session.h"
#include "services/Agenda.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace relais {

class Vault;

// The day-before calls: a day's booked appointments of everyone, with the patient's phone,
// marked "reminded" as the assistant goes (Agenda::markReminded), and written as CSV for an SMS
// service.
class Reminders
{
    Q_DECLARE_TR_FUNCTIONS(relais::Reminders)

public:
    struct Call
    {
        AgendaEntry entry;
        QString practitionerName;
    };

    explicit Reminders(Vault &vault);

    // The booked appointments of `day` (local), by time.
    Result<QList<Call>> of(const Session &session, const QDate &day) const;
    // One line a call: date, time, practitioner, patient, phone (E.164), reminded (1 or 0); a
    // header first; ';' separated as French spreadsheets expect, fields quoted when they must be.
    static QByteArray csv(const QList<Call> &calls);

private:
    Vault &m_vault;
};

} // namespace relais
