#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace relais {

class Vault;

// What the practice window shows about the vault: the practice's details and, per kind of
// record, how many there are and when the last one changed.
class VaultOverview
{
    Q_DECLARE_TR_FUNCTIONS(relais::VaultOverview)

public:
    struct Practice
    {
        QString name;
        QString address;
        QString phone;
    };
    struct Tally
    {
        QString label; // translated
        qint64 count = 0;
        QDateTime lastChange; // invalid: never
    };

    // The practice's details; empty when none is recorded yet.
    static Result<Practice> practice(Vault &vault);
    static Result<QList<Tally>> tallies(Vault &vault);
};

} // namespace relais
