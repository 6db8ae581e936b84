#pragma once

#include "domain/Patient.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QVariantMap>

#include <optional>

namespace relais {

class Vault;

// The patients' identities (patient), their search index (patient_token, kept by the write
// path), the files this workstation opened last (patient_seen, local) and the identity's history
// (identity_event).
class PatientRepository
{
    Q_DECLARE_TR_FUNCTIONS(relais::PatientRepository)

public:
    static constexpr auto Table = "patient";
    static constexpr auto EventTable = "identity_event";

    explicit PatientRepository(const Vault &vault);

    // A file as kept, merged or not; nothing when there is none (or it was removed).
    Result<std::optional<PatientIdentity>> find(const QString &id) const;
    // The same, a missing file being an error that says so.
    Result<PatientIdentity> load(const QString &id) const;
    // The same, refusing a file merged into another: changes go to the kept file.
    Result<PatientIdentity> loadLive(const QString &id) const;
    // The birth date alone (the alert rules need it at each reading); invalid when unknown.
    Result<QDate> birthDate(const QString &id) const;
    // The live files among `ids` (neither removed nor merged), in no particular order.
    Result<QList<PatientIdentity>> findLive(const QStringList &ids) const;
    // The file imported from `source`, or empty.
    Result<QString> idFromSource(const QString &source) const;
    // The live files, other than `exceptId`, born on `birthDate` or with this NIR: what a
    // duplicate can be.
    Result<QList<PatientIdentity>>
    sameBirthDateOrNir(const QString &exceptId, const QDate &birthDate, const QString &nir) const;

    // Live files by one exact trait, the ones this workstation opened last first, then by name.
    Result<QList<PatientIdentity>> bornOn(const QList<QDate> &dates, int limit) const;
    Result<QList<PatientIdentity>> withNirStarting(const QString &firstThirteen, int limit) const;
    Result<QList<PatientIdentity>> withPhone(const QString &e164, int limit) const;
    // Ids of live files with a name starting with every word (search keys), up to `limit`, best
    // first: a birth name starting with the first word, then any name; each time the files
    // opened here lately first.
    Result<QStringList> idsMatchingWords(const QStringList &words, int limit) const;
    // When this workstation last opened each of `ids` (ISO text, comparable); absent if never.
    Result<QHash<QString, QString>> lastSeen(const QStringList &ids) const;
    // Remembers that the file was opened now, on this workstation only.
    Status markSeen(const QString &id, const QDateTime &at) const;

    // The identity's validations and strict-trait changes, newest first.
    Result<QList<IdentityEvent>> events(const QString &patientId) const;

    // The columns a normalised identity is kept in, its search key included.
    static QVariantMap columnsOf(const PatientIdentity &patient);
    // The same for an identity imported from another system, with where it came from.
    static QVariantMap importedColumns(const PatientIdentity &patient, const QString &source);
    static QVariantMap eventColumns(const QString &patientId, const IdentityEvent &event,
                                    const QString &byUser);

private:
    Result<QList<PatientIdentity>> seenFirst(const QString &condition, const QVariantList &bound,
                                             int limit) const;

    const Vault &m_vault;
};

} // namespace relais
