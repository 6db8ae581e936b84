#pragma once

#include "domain/Prescription.h"
#include "security/Session.h"
#include "util/Result.h"

#include <QCoreApplication>

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

    explicit Prescriptions(Vault &vault);

    // Saves a new draft (empty id) or replaces a draft's content; the rules are checked first,
    // each refusal under its field. The id of the draft.
    Result<QString> saveDraft(const Session &session, Prescription draft);
    // Signs a draft as the physician logged in, whose password is asked again; records which
    // drug database and thesaurus it was drafted against.
    Status sign(const Session &session, const QString &id, const QString &password);
    // Notes that a signed prescription was printed (again).
    Status markPrinted(const Session &session, const QString &id);
    // A new draft with the same lines, for the same patient, based on `id` (renew, or modify
    // before signing again).
    Result<QString> renew(const Session &session, const QString &id);
    // Removes a draft; a signed prescription stays.
    Status discardDraft(const Session &session, const QString &id);

    Result<Prescription> load(const Session &session, const QString &id) const;
    Result<QList<Prescription>> ofPatient(const Session &session, const QString &patientId) const;

private:
    Result<Prescription> existing(const QString &id) const;

    Vault &m_vault;
};

} // namespace relais
