#include "PracticeRepository.h"

#include "storage/Rows.h"
#include "storage/Vault.h"
#include "util/HybridClock.h"

namespace relais {

PracticeRepository::PracticeRepository(const Vault &vault)
    : m_vault(vault)
{}

Result<PracticeDetails> PracticeRepository::details() const
{
    auto found =
        selectOne(m_vault.database(),
                  QStringLiteral("SELECT id, name, address, phone, finess, holidays FROM practice "
                                 "WHERE deleted = 0 ORDER BY updated_at LIMIT 1"),
                  {}, tr("Reading the practice failed"), [](const Row &row) {
                      return PracticeDetails{row.text("id"),
                                             row.text("name"),
                                             row.text("address"),
                                             row.text("phone"),
                                             row.text("finess"),
                                             row.text("holidays") == QLatin1String("alsace-moselle")
                                                 ? PublicHolidays::Region::AlsaceMoselle
                                                 : PublicHolidays::Region::France};
                  });
    if (!found)
        return std::unexpected(found.error());
    return found->value_or(PracticeDetails{});
}

QVariantMap PracticeRepository::columnsOf(const PracticeDetails &details)
{
    return {
        {QStringLiteral("name"), details.name.simplified()},
        {QStringLiteral("address"), details.address.trimmed()},
        {QStringLiteral("phone"), details.phone.simplified()},
        {QStringLiteral("finess"), details.finess.simplified().remove(QLatin1Char(' ')).toUpper()},
        {QStringLiteral("holidays"), details.holidays == PublicHolidays::Region::AlsaceMoselle
                                         ? QStringLiteral("alsace-moselle")
                                         : QStringLiteral("france")}};
}

Result<PracticeRepository::Tally> PracticeRepository::tally(Tallied what) const
{
    // Live records only: tombstones are kept for sync but are no longer part of the practice.
    QString sql;
    switch (what) {
    case Tallied::Practice:
        sql = QStringLiteral("SELECT (SELECT count(*) FROM practice WHERE deleted = 0) AS n, "
                             "(SELECT max(updated_at) FROM practice) AS last");
        break;
    case Tallied::Patients:
        sql = QStringLiteral("SELECT (SELECT count(*) FROM patient WHERE deleted = 0) AS n, "
                             "(SELECT max(updated_at) FROM patient) AS last");
        break;
    case Tallied::Users:
        sql = QStringLiteral("SELECT (SELECT count(*) FROM app_user WHERE deleted = 0) AS n, "
                             "(SELECT max(updated_at) FROM app_user) AS last");
        break;
    case Tallied::UnsyncedChanges:
        sql = QStringLiteral("SELECT (SELECT count(*) FROM change_journal WHERE pushed = 0) AS n, "
                             "(SELECT max(clock) FROM change_journal) AS last");
        break;
    case Tallied::AuditEntries:
        sql = QStringLiteral("SELECT (SELECT count(*) FROM audit_log) AS n, "
                             "(SELECT max(at) FROM audit_log) AS last");
        break;
    }
    auto found =
        selectOne(m_vault.database(), sql, {}, tr("Counting records failed"), [](const Row &row) {
            Tally tally{row.integer("n"), {}};
            const QString last = row.text("last");
            // Records carry a clock; the audit trail an ISO time in UTC.
            if (last.isEmpty())
                return tally;
            if (const auto stamp = HlcTimestamp::parse(last))
                tally.lastChange = QDateTime::fromMSecsSinceEpoch(stamp->wallMs);
            else
                tally.lastChange = QDateTime::fromString(last, Qt::ISODateWithMs).toLocalTime();
            return tally;
        });
    if (!found)
        return std::unexpected(found.error());
    return found->value_or(Tally{});
}

} // namespace relais
