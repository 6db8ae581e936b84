#pragma once

#include "domain/Practice.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QVariantMap>

namespace relais {

class Vault;

// The practice's own record, and the figures Settings shows about the vault as a whole.
class PracticeRepository
{
    Q_DECLARE_TR_FUNCTIONS(relais::PracticeRepository)

public:
    static constexpr auto Table = "practice";

    explicit PracticeRepository(const Vault &vault);

    // The practice (the first created, should two workstations have made one each before their
    // first sync); an empty record before the first run.
    Result<PracticeDetails> details() const;
    static QVariantMap columnsOf(const PracticeDetails &details);

    // How many live records a table holds and when the latest change was made.
    enum class Tallied
    {
        Practice,
        Patients,
        Users,
        UnsyncedChanges,
        AuditEntries,
    };
    struct Tally
    {
        qint64 count = 0;
        QDateTime lastChange; // local time; invalid when there is none
    };
    Result<Tally> tally(Tallied what) const;

private:
    const Vault &m_vault;
};

} // namespace relais
