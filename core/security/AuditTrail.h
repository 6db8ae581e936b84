#pragma once

#include "security/Actor.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace relais {

// The append-only trail of who read or wrote what. Each row stores the BLAKE2b hash of its own
// content chained to the previous row's hash, so that editing or removing a row in the middle
// shows: every later hash stops matching.
class AuditTrail
{
    Q_DECLARE_TR_FUNCTIONS(relais::AuditTrail)

public:
    explicit AuditTrail(QSqlDatabase db);

    // Appends inside the caller's transaction, so that the entry and the change it records are
    // kept or lost together.
    Status append(const Actor &actor, const QString &action, const QString &entity,
                  const QString &entityId, const QDateTime &at);

    struct Verdict
    {
        qint64 rowsChecked = 0;
        std::optional<qint64> firstBrokenSeq; // empty when the chain is whole
    };
    Result<Verdict> verify() const;

private:
    QSqlDatabase m_db;
};

} // namespace relais
