#pragma once

#include "security/Session.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace relais {
class Vault;
}

namespace relais::ui {

// A practitioner's day as a printed list (PDF, Qt's own writer): each appointment's time,
// patient, birth date, phone and type, with what to know (overbooked, not honoured, a series);
// the practice's name above, who printed it and when below. For the desk and the command line
// (`relais day-list`).
class DayListPrinter
{
    Q_DECLARE_TR_FUNCTIONS(relais::ui::DayListPrinter)

public:
    explicit DayListPrinter(Vault &vault);

    // The list as HTML, laid out on A4 by print().
    Result<QString> html(const Session &session, const QString &practitionerId,
                         const QDate &day) const;
    Status print(const Session &session, const QString &practitionerId, const QDate &day,
                 const QString &pdfPath) const;

private:
    Vault &m_vault;
};

} // namespace relais::ui
