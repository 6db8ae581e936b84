#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace relais {

// A date in a patient's history as people remember it: a year ("1998"), a month ("03/2015")
// or a day ("12/03/2015"). Never holds an impossible or future date.
class PartialDate
{
    Q_DECLARE_TR_FUNCTIONS(relais::PartialDate)

public:
    PartialDate() = default;

    // Typed the French way ("2015", "3/2015", "03/2015", "12/03/2015") or stored ("2015-03").
    // Refuses dates after `today` and before 1900.
    static Result<PartialDate> parse(const QString &typed, const QDate &today);

    bool isNull() const { return m_year == 0; }
    int year() const { return m_year; }
    int month() const { return m_month; } // 0 when only the year is known
    int day() const { return m_day; }     // 0 when the day is not known

    // "2015", "2015-03", "2015-03-12": sorts as text in time order.
    QString toStorage() const;
    // "2015", "03/2015", "12/03/2015"
    QString display() const;
    // The first day it may stand for, to sort and compare.
    QDate earliest() const;

    friend bool operator==(const PartialDate &, const PartialDate &) = default;

private:
    PartialDate(int year, int month, int day);
    int m_year = 0;
    int m_month = 0;
    int m_day = 0;
};

} // namespace relais
