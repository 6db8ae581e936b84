#pragma once

#include "domain/PublicHolidays.h"

#include <QString>

namespace relais {

struct PracticeDetails
{
    QString id; // empty until saved
    QString name;
    QString address;
    QString phone;
    QString finess; // optional: 9 characters
    // Which public holidays close the practice: Alsace-Moselle keeps two more.
    PublicHolidays::Region holidays = PublicHolidays::Region::France;
};

} // namespace relais
