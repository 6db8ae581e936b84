#pragma once

#include <QDateTime>
#include <QString>

namespace relais {

struct PatientMergeRecord
{
    QString id;
    QString keptId;
    QString mergedId;
    QString mergedName; // the merged file's name, to show in the kept file's list
    QString reason;
    QString byUser;
    QDateTime at;
    int movedRecords = 0;
    bool undone = false;
};

} // namespace relais
