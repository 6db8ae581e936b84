#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace relais {

// France's public holidays (jours fériés), fixed and Easter-based, for a practice in the rest of
// France or in Alsace-Moselle (the Bas-Rhin, Haut-Rhin and Moselle keep Good Friday and
// 26 December under their local law). Computed for any year, never read from a table that a new
// year would outgrow.
class PublicHolidays
{
    Q_DECLARE_TR_FUNCTIONS(relais::PublicHolidays)

public:
    enum class Region
    {
        France,
        AlsaceMoselle,
    };

    struct Holiday
    {
        QDate date;
        QString name; // translated: "Lundi de Pâques"
    };

    // Easter Sunday of the Gregorian calendar (1583 to 4099); invalid outside.
    static QDate easter(int year);
    // The year's holidays in date order.
    static QList<Holiday> of(int year, Region region);
    // Without reading the names: what the slot finder asks of every day it looks at.
    static bool isHoliday(const QDate &date, Region region);
    // The holiday's name, or empty on a working day.
    static QString nameOf(const QDate &date, Region region);
};

} // namespace relais
