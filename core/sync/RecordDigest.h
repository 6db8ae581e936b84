#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace relais {

class Vault;

// A digest of every synced record of a vault (each table, each record by id, its clock,
// tombstone and every field a change carries): two workstations have the same digest exactly
// when they hold the same records. What sync promises, checked in one line.
class RecordDigest
{
    Q_DECLARE_TR_FUNCTIONS(relais::RecordDigest)

public:
    struct Value
    {
        QString hex;
        qint64 records = 0;
    };
    static Result<Value> of(const Vault &vault);
};

} // namespace relais
