#pragma once

#include "domain/Drug.h"
#include "domain/DrugSubstance.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace relais {

class Vault;

// The drug database as imported (drug_substance): reference data, local to each workstation and
// replaced whole by each release, never journalled.
class DrugRepository
{
    Q_DECLARE_TR_FUNCTIONS(relais::DrugRepository)

public:
    static constexpr auto Substances = "drug_substance";
    static constexpr auto Specialties = "drug_specialty";
    static constexpr auto Release = "drug_release";

    explicit DrugRepository(const Vault &vault);

    // Inside the caller's write: the release in use is replaced by this one.
    Status replaceSubstances(const QList<DrugSubstance> &substances) const;
    // Inside the caller's write: the specialties, boxes, compositions, generic groups and
    // prescribing conditions in use are replaced by these, and the release noted.
    Status replaceRelease(const QList<DrugSpecialty> &specialties,
                          const QList<DrugPresentation> &presentations,
                          const QList<DrugComposition> &compositions,
                          const QList<GenericGroupMember> &generics,
                          const QList<PrescribingCondition> &conditions,
                          const DrugRelease &release) const;
    // The release in use; none before the first whole import.
    Result<std::optional<DrugRelease>> release() const;
    // Names whose search key starts with `key`, or has a word that does: those starting it
    // first, then the shortest. A code may come several times (one per name).
    Result<QList<DrugSubstance>> startingWith(const QString &key) const;
    // The code whose name has exactly this search key (the smallest if several), or empty.
    Result<QString> codeWithKey(const QString &key) const;
    struct Keyed
    {
        DrugSubstance substance;
        QString key;
    };
    // Names whose search key is from `shortest` to `longest` characters long.
    Result<QList<Keyed>> withKeyLength(qsizetype shortest, qsizetype longest) const;
    Result<int> distinctCodes() const;

    // Specialties whose name, or the name of one of whose active substances, has a word
    // starting with each of `words` (search keys): marketed first, then those whose name starts
    // with the first word, then by name.
    Result<QList<DrugSpecialty>> specialtiesMatching(const QStringList &words, int limit) const;
    enum class Code
    {
        Cip13,
        Cip7,
        Cis
    };
    struct Found
    {
        DrugSpecialty specialty;
        QString cip13; // the box found, for a CIP
    };
    // The specialty of the box with this code, or with this CIS.
    Result<QList<Found>> specialtiesWithCode(Code kind, const QString &code) const;
    // The substance codes (active substances and their fractions) of each specialty.
    Result<QHash<QString, QStringList>> substancesOf(const QStringList &cis) const;
    // The specialty whose name has exactly this search key; empty when none.
    Result<QString> specialtyWithKey(const QString &key) const;
    // What a prescriber needs to pick among `found`, in their order: compositions, generic
    // group, reimbursement rate, prescribing conditions.
    Result<QList<DrugChoice>> choices(const QList<Found> &found) const;

private:
    const Vault &m_vault;
};

} // namespace relais
