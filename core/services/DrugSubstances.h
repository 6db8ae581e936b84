#pragma once

#include "domain/Drug.h"
#include "interop/BdpmSubstances.h"
#include "security/Session.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace relais {

class Vault;

// The substances of the national drug database (BDPM) on this workstation: what an allergy is
// linked to, and later what prescriptions are checked against. Public reference data, imported
// from the ANSM's files and never synced: every workstation imports the same release.
class DrugSubstances
{
    Q_DECLARE_TR_FUNCTIONS(relais::DrugSubstances)

public:
    struct ImportSummary
    {
        int substances = 0;       // distinct substance codes
        int names = 0;            // (code, name) pairs kept
        int allergiesLinked = 0;  // free-text allergies that name a substance, linked by the import
        int moleculesMatched = 0; // substance codes found in the interaction thesaurus in use
        QStringList skipped;
        // What a whole release held; none when only a composition file was given.
        std::optional<DrugRelease> release = {};
    };

    // Checked: a file that reads but does not look like a whole release (cut short, many
    // unreadable lines, too few substances) is refused and the catalogue in use kept. Forced: a
    // person who knows the file is right imports it anyway; audited as such.
    enum class Import
    {
        Checked,
        Forced
    };

    explicit DrugSubstances(Vault &vault);

    // Replaces the catalogue by the one in `source`: a BDPM release folder (its specialties,
    // boxes, compositions, generic groups and prescribing conditions as well as the
    // substances), or its CIS_COMPO file alone (the substances); links the allergies typed in
    // full before it was there. All of it or nothing, in one transaction; audited.
    Result<ImportSummary> importFrom(const Session &session, const QString &source,
                                     Import mode = Import::Checked);
    // Substances one of whose names has a word starting with what was typed, one per code,
    // names starting with it first: "amox" gives AMOXICILLINE (05248), AMOXICILLINE SODIQUE…
    Result<QList<DrugSubstance>> search(const Session &session, const QString &typed,
                                        int limit = 20) const;
    // The code of the substance one of whose names is exactly `name` (accents and case aside),
    // or empty: what links an allergy typed in full to the database.
    QString codeFor(const QString &name) const;
    // The substance whose name is nearest to `typed` when it is close but not equal (a typo:
    // "amoxicilinne"): at most one edit for a short name, two for a longer one. Nothing when
    // the name is exact, far from every substance, or the catalogue is empty.
    std::optional<DrugSubstance> nearTo(const QString &typed) const;
    // How many substance codes the catalogue holds; 0 before the first import.
    int count() const;
    struct Origin
    {
        QString file;   // empty before the first import
        QDateTime when; // UTC
    };
    // Which file the catalogue was last imported from, and when.
    Origin origin() const;
    // The whole release in use; none before the first import of a release folder.
    std::optional<DrugRelease> release() const;

private:
    Vault &m_vault;
};

} // namespace relais
