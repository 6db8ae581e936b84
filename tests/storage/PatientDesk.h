#pragma once

#include "services/PatientRegistry.h"
#include "storage/Vault.h"
#include "support/TempDir.h"

#include <memory>

namespace relais::test {

// A reception desk on a fresh vault, on a fixed day: 24/11/2026, 10:00 UTC; tests move the
// clock.
struct PatientDesk
{
    PatientDesk();
    PatientRegistry registry() { return PatientRegistry(*vault); }
    qint64 count(const QString &sql);
    qint64 patients() { return count(QStringLiteral("SELECT count(*) FROM patient")); }
    static QDate today() { return QDate(2026, 11, 24); }

    TempDir dir;
    ManualClock clock{QDateTime(today(), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<Vault> vault;
};

extern const Session DeskAssistant;
extern const Session DeskPhysician;

// Hélène Marie DUPONT, married MARTIN, born 17/04/1962 in Caen.
PatientIdentity helene();

} // namespace relais::test
