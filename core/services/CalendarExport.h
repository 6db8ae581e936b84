#pragma once

#include "security/Session.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>

namespace relais {

class Vault;

// A practitioner's appointments as an RFC 5545 calendar, written with libical, for a phone or a
// shared calendar: times in Europe/Paris with a VTIMEZONE drawn from the system's time-zone
// rules, the appointment's id as UID, SEQUENCE raised by each move, cancellation or no-show,
// cancelled appointments as STATUS:CANCELLED. No health data: the type, and the patient's
// initials unless the practitioner chose the type alone.
class CalendarExport
{
    Q_DECLARE_TR_FUNCTIONS(relais::CalendarExport)

public:
    static constexpr auto FieldFrom = "from";
    static constexpr auto FieldTo = "to";
    // The longest span one export covers.
    static constexpr int LongestDays = 400;

    explicit CalendarExport(Vault &vault);

    // The appointments starting from `from` to `to`, both days included (local dates).
    Result<QByteArray> ics(const Session &session, const QString &practitionerId, const QDate &from,
                           const QDate &to) const;
    Status write(const Session &session, const QString &practitionerId, const QDate &from,
                 const QDate &to, const QString &path) const;

private:
    Vault &m_vault;
};

} // namespace relais
