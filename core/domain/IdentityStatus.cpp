#include "IdentityStatus.h"

namespace relais {

QString IdentityStatusRules::code(IdentityStatus status)
{
    switch (status) {
    case IdentityStatus::Provisional: return QStringLiteral("PROV");
    case IdentityStatus::Retrieved: return QStringLiteral("RECUP");
    case IdentityStatus::Validated: return QStringLiteral("VALI");
    case IdentityStatus::Qualified: return QStringLiteral("QUAL");
    }
    return {};
}

std::optional<IdentityStatus> IdentityStatusRules::fromCode(const QString &text)
{
    for (IdentityStatus status : {IdentityStatus::Provisional, IdentityStatus::Retrieved,
                                  IdentityStatus::Validated, IdentityStatus::Qualified}) {
        if (code(status) == text)
            return status;
    }
    return std::nullopt;
}

QString IdentityStatusRules::display(IdentityStatus status)
{
    switch (status) {
    case IdentityStatus::Provisional: return tr("Provisional identity");
    case IdentityStatus::Retrieved: return tr("Retrieved identity");
    case IdentityStatus::Validated: return tr("Validated identity");
    case IdentityStatus::Qualified: return tr("Qualified identity");
    }
    return {};
}

QString IdentityStatusRules::display(ProofDocument document)
{
    switch (document) {
    case ProofDocument::None: return tr("No document");
    case ProofDocument::Passport: return tr("Passport");
    case ProofDocument::IdentityCard: return tr("National identity card");
    case ProofDocument::BirthCertificateExtract: return tr("Birth certificate extract");
    case ProofDocument::FamilyRecordBook: return tr("Family record book");
    }
    return {};
}

QList<ProofDocument> IdentityStatusRules::documents()
{
    return {ProofDocument::IdentityCard, ProofDocument::Passport,
            ProofDocument::BirthCertificateExtract, ProofDocument::FamilyRecordBook};
}

ProofDocument IdentityStatusRules::documentFromCode(const QString &text)
{
    const QList<ProofDocument> all = documents();
    for (ProofDocument document : all) {
        if (code(document) == text)
            return document;
    }
    return ProofDocument::None;
}

QString IdentityStatusRules::code(ProofDocument document)
{
    switch (document) {
    case ProofDocument::None: return {};
    case ProofDocument::Passport: return QStringLiteral("passport");
    case ProofDocument::IdentityCard: return QStringLiteral("identity-card");
    case ProofDocument::BirthCertificateExtract: return QStringLiteral("birth-certificate");
    case ProofDocument::FamilyRecordBook: return QStringLiteral("family-record-book");
    }
    return {};
}

bool IdentityStatusRules::needsProof(IdentityStatus status)
{
    return status == IdentityStatus::Validated || status == IdentityStatus::Qualified;
}

Result<IdentityStatus> IdentityStatusRules::afterValidation(IdentityStatus current,
                                                            ProofDocument document,
                                                            const QString &checkedBy)
{
    if (document == ProofDocument::None)
        return fail(ErrorCode::InvalidInput,
                    tr("Say which document was checked: passport, identity card, or for a minor "
                       "the family record book or a birth certificate extract."));
    if (checkedBy.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, tr("Say who checked the document."));
    switch (current) {
    case IdentityStatus::Provisional:
    case IdentityStatus::Validated: return IdentityStatus::Validated;
    case IdentityStatus::Retrieved:
    case IdentityStatus::Qualified: return IdentityStatus::Qualified;
    }
    return current;
}

IdentityStatus IdentityStatusRules::afterRetrieval(IdentityStatus current)
{
    return needsProof(current) ? IdentityStatus::Qualified : IdentityStatus::Retrieved;
}

Result<IdentityStatus> IdentityStatusRules::afterStrictTraitChange(IdentityStatus current,
                                                                   const QString &reason)
{
    if (current != IdentityStatus::Provisional && reason.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput,
                    tr("This identity was checked (%1): say why a strict trait changes.")
                        .arg(display(current)));
    return IdentityStatus::Provisional;
}

} // namespace relais
