#pragma once

#include <QString>

namespace relais {

struct PracticeDetails
{
    QString id; // empty until saved
    QString name;
    QString address;
    QString phone;
    QString finess; // optional: 9 characters
};

} // namespace relais
