#pragma once

#include "domain/Practice.h"
#include "security/Session.h"
#include "services/UserAccounts.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace relais {

class Vault;

// The practice's own record (what its letterheads say), and the first run that creates it
// together with the first account.
class PracticeSettings
{
    Q_DECLARE_TR_FUNCTIONS(relais::PracticeSettings)

public:
    static constexpr auto FieldName = "practiceName";
    static constexpr auto FieldFiness = "finess";

    explicit PracticeSettings(Vault &vault);

    Result<PracticeDetails> details() const;
    Status update(const Session &session, const PracticeDetails &changed);
    static Status validate(const PracticeDetails &details);

    // First run: the practice and its first (administrator) account, in one transaction.
    Result<Session> setUp(const PracticeDetails &practice, const UserAccount &firstUser,
                          const QString &password,
                          Passwords::Cost cost = Passwords::Cost::standard());

    // How long this workstation waits before locking itself (kept per workstation).
    int idleMinutes() const;
    // How soon an idle workstation locks: the practice's security, so administrators only.
    Status setIdleMinutes(const Session &session, int minutes);
    static constexpr int DefaultIdleMinutes = 5;

    // After how many months the drug database or the interaction thesaurus of this workstation
    // is called old when a prescription is checked (kept per workstation, like the data).
    int drugDataMaxAgeMonths() const;
    // Whoever imports the drug data sets it.
    Status setDrugDataMaxAgeMonths(const Session &session, int months);
    static constexpr int DefaultDrugDataMaxAgeMonths = 6;

private:
    Vault &m_vault;
};

} // namespace relais
