#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlDatabase>

#include <functional>

namespace relais {

// Audit trail entries as they travel between workstations, in envelopes and in snapshots:
// [seq, at, user, action, entity, entity id, previous hash (hex), hash (hex)], the device
// beside them. A peer keeps them as they were written, so that each chain still verifies.
class AuditRows
{
    Q_DECLARE_TR_FUNCTIONS(relais::AuditRows)

public:
    // This vault's own trail (device empty) or one peer's, after `afterSeq`, `limit` at most
    // (0: all); `last` gets the last sequence read.
    static Result<QJsonArray> read(const QSqlDatabase &db, const QString &device, qint64 afterSeq,
                                   int limit, qint64 *last = nullptr);
    // Every peer's entries this vault keeps, a device at a time in sequence order:
    // `each(device, entries)` is called with up to `batch` entries of one device.
    static Status readPeers(const QSqlDatabase &db, int batch,
                            const std::function<Status(const QString &, const QJsonArray &)> &each);
    // Keeps a peer's entries; those already kept are left as they are.
    static Status keep(const QSqlDatabase &db, const QString &device, const QJsonArray &rows);
};

} // namespace relais
