#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace relais {

// RNIV identity status (FR Core code system): what has been checked about an identity.
enum class IdentityStatus
{
    Provisional, // PROV: typed in, nothing checked
    Retrieved,   // RECUP: the traits came from the INSi teleservice
    Validated,   // VALI: checked against a high-trust document
    Qualified,   // QUAL: retrieved and validated; only this one carries the INS outside
};

// The high-trust documents RNIV accepts to validate an identity.
enum class ProofDocument
{
    None,
    Passport,
    IdentityCard,
    BirthCertificateExtract, // for minors, with a parent's document
    FamilyRecordBook,        // livret de famille, for minors
};

class IdentityStatusRules
{
    Q_DECLARE_TR_FUNCTIONS(relais::IdentityStatusRules)

public:
    static QString code(IdentityStatus status); // "PROV", "RECUP", "VALI", "QUAL"
    static std::optional<IdentityStatus> fromCode(const QString &text);
    static QString display(IdentityStatus status);
    static QString display(ProofDocument document);
    // Stored form: "passport", "identity-card", "birth-certificate", "family-record-book".
    static QString code(ProofDocument document);
    static ProofDocument documentFromCode(const QString &text); // None when unknown
    static QList<ProofDocument> documents(); // all but None, in the order a form offers them

    // Checked against a document: PROV → VALI, RECUP → QUAL. Refused without a document or
    // without the name of who checked.
    static Result<IdentityStatus> afterValidation(IdentityStatus current, ProofDocument document,
                                                  const QString &checkedBy);
    // The traits came back from INSi: PROV → RECUP, VALI → QUAL.
    static IdentityStatus afterRetrieval(IdentityStatus current);
    // A strict trait changed: whatever was checked no longer holds, back to PROV. A reason is
    // required once anything had been checked.
    static Result<IdentityStatus> afterStrictTraitChange(IdentityStatus current,
                                                         const QString &reason);

    static bool needsProof(IdentityStatus status);
    // Only a qualified identity may carry its INS to other systems (DMP, messaging, bills).
    static bool mayShareIns(IdentityStatus status) { return status == IdentityStatus::Qualified; }
};

} // namespace relais
