#include "VaultOverview.h"

#include "storage/Connection.h"
#include "storage/Vault.h"
#include "util/HybridClock.h"

#include <QSqlError>
#include <QSqlQuery>

namespace relais {

Result<VaultOverview::Practice> VaultOverview::practice(Vault &vault)
{
    QSqlQuery query(vault.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT name, address, phone FROM practice WHERE deleted = 0 "
                                   "ORDER BY updated_at LIMIT 1")))
        return std::unexpected(sqlError(tr("Reading the practice failed"), query.lastError()));
    if (!query.next())
        return Practice{};
    return Practice{query.value(0).toString(), query.value(1).toString(),
                    query.value(2).toString()};
}

Result<QList<VaultOverview::Tally>> VaultOverview::tallies(Vault &vault)
{
    struct Source
    {
        QString label;
        QString countSql;
        QString lastSql;
    };
    // Live records only: tombstones are kept for sync but are no longer part of the practice.
    const QList<Source> sources = {
        {tr("Practice"), QStringLiteral("SELECT count(*) FROM practice WHERE deleted = 0"),
         QStringLiteral("SELECT max(updated_at) FROM practice")},
        {tr("Patients"), QStringLiteral("SELECT count(*) FROM patient WHERE deleted = 0"),
         QStringLiteral("SELECT max(updated_at) FROM patient")},
        {tr("User accounts"), QStringLiteral("SELECT count(*) FROM app_user WHERE deleted = 0"),
         QStringLiteral("SELECT max(updated_at) FROM app_user")},
        {tr("Changes waiting to sync"),
         QStringLiteral("SELECT count(*) FROM change_journal WHERE pushed = 0"),
         QStringLiteral("SELECT max(clock) FROM change_journal")},
        {tr("Audit trail entries"), QStringLiteral("SELECT count(*) FROM audit_log"),
         QStringLiteral("SELECT max(at) FROM audit_log")},
    };
    QList<Tally> tallies;
    QSqlQuery query(vault.database());
    query.setForwardOnly(true);
    for (const Source &source : sources) {
        Tally tally{source.label, 0, {}};
        if (!query.exec(source.countSql) || !query.next())
            return std::unexpected(sqlError(tr("Counting records failed"), query.lastError()));
        tally.count = query.value(0).toLongLong();
        if (!query.exec(source.lastSql) || !query.next())
            return std::unexpected(sqlError(tr("Counting records failed"), query.lastError()));
        if (!query.isNull(0)) {
            const QString value = query.value(0).toString();
            // Records carry a clock; the audit trail an ISO time in UTC.
            if (const auto stamp = HlcTimestamp::parse(value))
                tally.lastChange = QDateTime::fromMSecsSinceEpoch(stamp->wallMs);
            else
                tally.lastChange = QDateTime::fromString(value, Qt::ISODateWithMs).toLocalTime();
        }
        tallies.append(tally);
    }
    return tallies;
}

} // namespace relais
