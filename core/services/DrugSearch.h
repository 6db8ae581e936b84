#pragma once

#include "domain/Drug.h"
#include "security/Session.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace relais {

class Vault;

// Finds drugs in the national drug database: by brand name, by substance (DCI), by the code on
// the box (CIP13 or CIP7, typed or read by a scanner from the DataMatrix) or by CIS, accents and
// case aside. What a prescriber needs to choose comes with each: form, strength, routes,
// whether it is marketed (those first), generic group, reimbursement rate, conditions.
class DrugSearch
{
    Q_DECLARE_TR_FUNCTIONS(relais::DrugSearch)

public:
    explicit DrugSearch(Vault &vault);

    // Nothing for fewer than two letters (every drug would do); a code finds its box.
    Result<QList<DrugChoice>> find(const Session &session, const QString &typed,
                                   int limit = 50) const;

private:
    Vault &m_vault;
};

} // namespace relais
