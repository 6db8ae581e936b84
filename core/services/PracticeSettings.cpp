#include "PracticeSettings.h"

#include "repositories/PracticeRepository.h"
#include "security/AccessPolicy.h"
#include "services/VaultOverview.h"
#include "storage/Vault.h"

#include <QRegularExpression>

namespace relais {

PracticeSettings::PracticeSettings(Vault &vault)
    : m_vault(vault)
{}

Result<PracticeDetails> PracticeSettings::details() const
{
    return PracticeRepository(m_vault).details();
}

Status PracticeSettings::validate(const PracticeDetails &details)
{
    if (details.name.simplified().isEmpty())
        return invalid(QLatin1String(FieldName), tr("The practice's name is missing."));
    // FINESS: 9 characters, the département first (2A/2B for Corsica).
    static const QRegularExpression finess(QStringLiteral("^([0-9]{2}|2A|2B)[0-9]{7}$"));
    const QString typed = details.finess.simplified().remove(QLatin1Char(' ')).toUpper();
    if (!typed.isEmpty() && !finess.match(typed).hasMatch())
        return invalid(QLatin1String(FieldFiness),
                       tr("A FINESS number has 9 characters: the département (2 digits, or 2A/2B), "
                          "then 7 digits."));
    return {};
}

Status PracticeSettings::update(const Session &session, const PracticeDetails &changed)
{
    if (auto allowed = AccessPolicy::require(session, Permission::EditPractice); !allowed)
        return allowed;
    if (auto valid = validate(changed); !valid)
        return valid;
    auto current = details();
    if (!current)
        return std::unexpected(current.error());
    return m_vault.write(session.actor(), [&](RecordWriter &w) -> Status {
        if (current->id.isEmpty())
            return toStatus(w.create(QString::fromLatin1(PracticeRepository::Table),
                                     PracticeRepository::columnsOf(changed)));
        return w.update(QString::fromLatin1(PracticeRepository::Table), current->id,
                        PracticeRepository::columnsOf(changed));
    });
}

Result<Session> PracticeSettings::setUp(const PracticeDetails &practice,
                                        const UserAccount &firstUser, const QString &password,
                                        Passwords::Cost cost)
{
    if (auto valid = validate(practice); !valid)
        return std::unexpected(valid.error());
    UserAccounts accounts(m_vault, cost);
    const Result<QString> userId =
        m_vault.write(Actor::system(), [&](RecordWriter &w) -> Result<QString> {
            if (auto created = w.create(QString::fromLatin1(PracticeRepository::Table),
                                        PracticeRepository::columnsOf(practice));
                !created)
                return std::unexpected(created.error());
            return accounts.createFirst(w, firstUser, password);
        });
    if (!userId)
        return std::unexpected(userId.error());
    auto account = accounts.find(*userId);
    if (!account)
        return std::unexpected(account.error());
    return Session{account->id, account->login, account->displayName, account->roles};
}

int PracticeSettings::idleMinutes() const
{
    bool ok = false;
    const int minutes = m_vault.localSetting(QStringLiteral("idle_minutes")).toInt(&ok);
    return ok && minutes > 0 ? minutes : DefaultIdleMinutes;
}

int PracticeSettings::drugDataMaxAgeMonths() const
{
    bool ok = false;
    const int months = m_vault.localSetting(QStringLiteral("drug_data_max_age_months")).toInt(&ok);
    return ok && months > 0 ? months : DefaultDrugDataMaxAgeMonths;
}

Status PracticeSettings::setDrugDataMaxAgeMonths(const Session &session, int months)
{
    if (auto allowed = AccessPolicy::require(session, Permission::UpdateDrugDatabase); !allowed)
        return allowed;
    if (months < 1 || months > 24)
        return invalid(QStringLiteral("drugDataMaxAge"),
                       tr("The drug data is called old after 1 to 24 months."));
    return m_vault.setLocalSetting(QStringLiteral("drug_data_max_age_months"),
                                   QString::number(months));
}

Status PracticeSettings::setIdleMinutes(const Session &session, int minutes)
{
    if (auto allowed = AccessPolicy::require(session, Permission::EditPractice); !allowed)
        return allowed;
    if (minutes < 1 || minutes > 120)
        return invalid(QStringLiteral("idle"), tr("The lock delay is from 1 to 120 minutes."));
    return m_vault.setLocalSetting(QStringLiteral("idle_minutes"), QString::number(minutes));
}

} // namespace relais
