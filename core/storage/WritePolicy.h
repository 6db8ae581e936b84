#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QVariantMap>

namespace relais {

// What may change in a stored record, table by table, in one place: the columns fixed once a
// record exists, and the states that freeze a record (a consultation the physician reviewed;
// next, a signed prescription). The write path asks here before every local update and removal;
// a service cannot forget it and a screen cannot get around it.
class WritePolicy
{
    Q_DECLARE_TR_FUNCTIONS(relais::WritePolicy)

public:
    // Whether the table has rules at all: the others need no read of the stored record.
    static bool governs(const QString &table);
    // stored: the record as it is (column -> value); fields: the columns about to change.
    static Status allowsUpdate(const QString &table, const QVariantMap &stored,
                               const QVariantMap &fields);
    static Status allowsRemoval(const QString &table, const QVariantMap &stored);
    // For changes that meet in sync: whether `later` may follow `earlier` (both whole records,
    // "deleted" included). Only a frozen record restricts what follows it; sync keeps such a
    // record, whatever the clocks say, so that every workstation ends with the same one.
    static bool mayFollow(const QString &table, const QVariantMap &earlier,
                          const QVariantMap &later);
};

} // namespace relais
