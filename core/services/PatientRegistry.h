#pragma once

#include "domain/DuplicateRules.h"
#include "domain/IdentityStatus.h"
#include "domain/Patient.h"
#include "security/Session.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>

namespace relais {

class RecordWriter;
class Vault;

// The practice's patients: creating a file under the identity-vigilance rules, finding
// likely duplicates before it is created, searching as the assistant types, opening a file.
class PatientRegistry
{
    Q_DECLARE_TR_FUNCTIONS(relais::PatientRegistry)

public:
    static constexpr auto FieldBirthName = "birthName";
    static constexpr auto FieldFirstNames = "firstNames";
    static constexpr auto FieldSex = "sex";
    static constexpr auto FieldBirthDate = "birthDate";
    static constexpr auto FieldBirthPlace = "birthPlace";
    static constexpr auto FieldNir = "nir";
    static constexpr auto FieldPhone = "phone";
    static constexpr auto FieldEmail = "email";
    static constexpr auto FieldAddress = "address";

    explicit PatientRegistry(Vault &vault);
    // The practice's time, as every reading and rule of this service sees it.
    const Clock &clock() const;

    // Puts a draft in its stored form, or says which field is wrong and why.
    Result<PatientIdentity> normalise(const PatientIdentity &draft) const;
    // Every field that is wrong, each with its reason: what a form shows as the assistant types.
    QList<Error> problems(const PatientIdentity &draft) const;
    // Existing patients the draft may be, best first.
    Result<QList<DuplicateCandidate>> duplicatesOf(const PatientIdentity &typed) const;
    // The same for a form still being filled: looks as soon as the birth name and date are
    // right, whatever else is still wrong or missing. Empty until then.
    Result<QList<DuplicateCandidate>> duplicatesOfDraft(const PatientIdentity &draft) const;
    // Creates the file; refuses while a duplicate scoring `blockingScore` or more exists, unless
    // the assistant looked and confirmed (confirmedNotDuplicate).
    Result<QString> create(const Session &session, const PatientIdentity &draft,
                           bool confirmedNotDuplicate = false);

    // Many files at once, in one transaction (demo practices, benchmarks, imports): every draft
    // is checked first and nothing is written if one is wrong (the error names which, 1-based).
    // Duplicates are not looked for: the source is trusted to hold each person once. Returns the
    // new files' ids, in the drafts' order.
    Result<QStringList> createBatch(const Session &session, const QList<PatientIdentity> &drafts);

    // For an importer, inside its own write: files a normalised identity and where it came
    // from ("Patient/<id>" of a FHIR bundle). Duplicates are the importer's to look for.
    Result<QString> insertImported(RecordWriter &writer, const PatientIdentity &normalised,
                                   const QString &source) const;
    // The file imported from `source`, or empty.
    QString idFromSource(const QString &source) const;

    // Search as the assistant types: words (prefixes of any name), a birth date, a NIR, a phone.
    Result<QList<PatientHit>> search(const Session &session, const QString &typed,
                                     int limit = 30) const;
    // Opens a file for reading: audited, and remembered as recent for search ranking.
    Result<PatientIdentity> open(const Session &session, const QString &id);

    // Who validated or changed this identity, and why, newest first.
    Result<QList<IdentityEvent>> identityEvents(const Session &session, const QString &id) const;

    // Reads again a file this window already opened (after a change notice), as it is kept,
    // merged or not. Needs ReadPatients like any read; it is not audited again, as opening it
    // was (open()): the trail says who opened which file, not how often a screen repainted.
    Result<PatientIdentity> refresh(const Session &session, const QString &id) const;

    // The identity was checked against a high-trust document: PROV → VALI, RECUP → QUAL.
    Status validateIdentity(const Session &session, const QString &id, ProofDocument document);
    // Changes the identity. When a strict trait changes, a checked identity goes back to
    // provisional, and the reason is required and kept.
    // Changing the names, birth date, sex or NIR looks for duplicates again, and is refused like
    // a creation while a likely one exists, unless the assistant confirmed.
    Status updateIdentity(const Session &session, const PatientIdentity &changed,
                          const QString &reason, bool confirmedNotDuplicate = false);

    // "DUPONT (Martin) Hélène Marie": birth name, used name if it differs, given names.
    static QString displayName(const PatientIdentity &patient);

    static constexpr int BlockingScore = 80;
    static constexpr auto FieldReason = "reason";

private:
    Result<QString> insert(RecordWriter &writer, const PatientIdentity &p) const;
    Status refuseLikelyDuplicate(const PatientIdentity &p) const;
    // Checks every field; stops at the first problem unless `all` collects them.
    Result<PatientIdentity> check(const PatientIdentity &draft, QList<Error> *all) const;
    static QList<PatientHit> hitsOf(const QList<PatientIdentity> &patients);
    Result<QList<PatientHit>> searchWords(const QStringList &words, int limit) const;

    Vault &m_vault;
};

} // namespace relais
