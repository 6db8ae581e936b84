#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace relais {

// Local tables computed from synced records, kept up to date by the write path itself after
// every record written here, imported or applied from another workstation: a record that
// arrives by sync is found by the patient search exactly like one typed at this desk.
//   patient -> patient_token (the search words of a live file; none for a removed or merged
//              one) and patient_seen (a removed or merged file leaves "recently opened").
class DerivedTables
{
    Q_DECLARE_TR_FUNCTIONS(relais::DerivedTables)

public:
    // Runs inside the transaction that wrote the record.
    static Status refresh(const QSqlDatabase &db, const QString &table, const QString &id);
};

} // namespace relais
