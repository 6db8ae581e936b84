#pragma once

#include "domain/Prescription.h"
#include "domain/PrescriptionSheet.h"
#include "security/Session.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>

namespace relais {

class Vault;

// Drafting, signing and printing prescriptions. An assistant or a physician drafts; only a
// physician signs, typing their password again; a signed prescription never changes (the write
// policy refuses it), and renewing or modifying it makes a new draft based on it.
class Prescriptions
{
    Q_DECLARE_TR_FUNCTIONS(relais::Prescriptions)

public:
    static constexpr auto FieldPatient = "patient";
    static constexpr auto FieldPassword = "password";
    static constexpr auto FieldAcknowledgements = "acknowledgements";
    static constexpr auto FieldDataWarnings = "dataWarnings";
    static constexpr auto FieldTemplateName = "templateName";

    // What the physician gives when signing: their password again, a reason for each alert that
    // needs one (by DrugAlert::key), and whether they read the warnings about missing or old
    // drug data and sign anyway.
    struct SignOff
    {
        QString password;
        QHash<QString, QString> reasons = {};
        bool dataWarningsConfirmed = false;
    };

    explicit Prescriptions(Vault &vault);

    // Saves a new draft (empty id) or replaces a draft's content; the rules are checked first,
    // each refusal under its field. The id of the draft.
    Result<QString> saveDraft(const Session &session, Prescription draft);
    // Signs a draft as the physician logged in, whose password is asked again. The checks run
    // once more: a contraindication or an allergy without a reason, or a data warning not
    // confirmed, refuses the signature under its field. Records which drug database and
    // thesaurus it was checked against and what was acknowledged.
    Status sign(const Session &session, const QString &id, const SignOff &signOff);
    // Notes that a signed prescription was printed (again).
    Status markPrinted(const Session &session, const QString &id);
    // A new draft with the same lines, for the same patient, based on `id` (renew, or modify
    // before signing again).
    Result<QString> renew(const Session &session, const QString &id);
    // A draft, not saved yet, renewing every current treatment of the patient's file for
    // `months`: each the drug of the database its name designates when one does (else named as
    // typed), its dosage read into fields where it can be. The prescriber checks it in the
    // editor and saves it.
    Result<Prescription> renewalOfTreatments(const Session &session, const QString &patientId,
                                             int months = 3) const;
    // Frequent prescriptions kept by name, shared by the practice. Saving under a name that
    // exists replaces that template; its lines follow the same rules as a draft's.
    Result<QString> saveTemplate(const Session &session, const QString &name,
                                 const QList<PrescriptionLine> &lines);
    Result<QList<PrescriptionTemplate>> templates(const Session &session) const;
    Status removeTemplate(const Session &session, const QString &id);
    // Removes a draft; a signed prescription stays.
    Status discardDraft(const Session &session, const QString &id);

    Result<Prescription> load(const Session &session, const QString &id) const;
    // What the ordonnance of a signed prescription prints: the signer's header (their own
    // address and phone, or the practice's), the patient's identity, and for a child the latest
    // weight and height. A draft has none: it is not printed.
    Result<PrescriptionSheet> sheet(const Session &session, const QString &id) const;
    Result<QList<Prescription>> ofPatient(const Session &session, const QString &patientId) const;
    // The drafts waiting for a signature, every patient's, the oldest first: a physician's
    // list to sign in a row.
    Result<QList<Prescription>> waitingDrafts(const Session &session) const;

private:
    Result<Prescription> existing(const QString &id) const;

    Vault &m_vault;
};

} // namespace relais
