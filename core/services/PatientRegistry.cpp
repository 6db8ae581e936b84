#include "PatientRegistry.h"

#include "domain/EmailAddress.h"
#include "domain/IdentityTraits.h"
#include "domain/Nir.h"
#include "domain/PhoneNumber.h"
#include "domain/PostalAddress.h"
#include "repositories/PatientRepository.h"
#include "security/AccessPolicy.h"
#include "storage/Vault.h"
#include "util/SearchKey.h"

#include <QDateTime>
#include <QHash>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <tuple>

namespace relais {

namespace {
Q_LOGGING_CATEGORY(lcRegistry, "relais.services.patients")
} // namespace

QString PatientRegistry::displayName(const PatientIdentity &patient)
{
    return patient.displayName();
}

PatientRegistry::PatientRegistry(Vault &vault)
    : m_vault(vault)
{}

Result<PatientIdentity> PatientRegistry::normalise(const PatientIdentity &draft) const
{
    return check(draft, nullptr);
}

QList<Error> PatientRegistry::problems(const PatientIdentity &draft) const
{
    QList<Error> all;
    // Only the list is wanted here: the first problem is in it too.
    std::ignore = check(draft, &all);
    return all;
}

Result<PatientIdentity> PatientRegistry::check(const PatientIdentity &draft,
                                               QList<Error> *all) const
{
    PatientIdentity p = draft;
    std::optional<Error> first;
    // Returns whether to go on: a form wants every reason, a service the first one.
    const auto refuse = [&](const QString &field, const QString &message) {
        Error error{ErrorCode::InvalidInput, message, field};
        if (!first)
            first = error;
        if (all)
            all->append(error);
        return all != nullptr;
    };
    if (auto birthName =
            IdentityTraits::strictForm(draft.birthName, IdentityTraits::Trait::BirthName))
        p.birthName = *birthName;
    else if (!refuse(QLatin1String(FieldBirthName), birthName.error().message))
        return std::unexpected(*first);
    if (auto firstNames =
            IdentityTraits::strictForm(draft.firstNames, IdentityTraits::Trait::BirthGivenNames))
        p.firstNames = *firstNames;
    else if (!refuse(QLatin1String(FieldFirstNames), firstNames.error().message))
        return std::unexpected(*first);
    p.usedName = draft.usedName.simplified();
    p.usedFirstName = draft.usedFirstName.simplified();
    const bool sexKnown =
        p.sex == QLatin1Char('F') || p.sex == QLatin1Char('M') || p.sex == QLatin1Char('U');
    if (!sexKnown && !refuse(QLatin1String(FieldSex), tr("Choose the sex.")))
        return std::unexpected(*first);
    bool dateKnown = false;
    if (!p.birthDate.isValid()) {
        if (!refuse(QLatin1String(FieldBirthDate), tr("The birth date is missing.")))
            return std::unexpected(*first);
    } else if (p.birthDate > m_vault.clock().today()) {
        if (!refuse(QLatin1String(FieldBirthDate), tr("A birth date cannot be in the future.")))
            return std::unexpected(*first);
    } else if (p.birthDate.year() < IdentityTraits::EarliestBirthYear) {
        if (!refuse(QLatin1String(FieldBirthDate),
                    tr("A birth date before %1 is not plausible: check the year.")
                        .arg(IdentityTraits::EarliestBirthYear)))
            return std::unexpected(*first);
    } else {
        dateKnown = true;
    }
    p.birthPlace = draft.birthPlace.trimmed().toUpper();
    if (!p.birthPlace.isEmpty()) {
        if (auto place = IdentityTraits::checkBirthPlace(p.birthPlace);
            !place && !refuse(QLatin1String(FieldBirthPlace), place.error().message))
            return std::unexpected(*first);
    }
    p.nir.clear();
    if (!draft.nir.trimmed().isEmpty()) {
        auto nir = Nir::parse(draft.nir);
        if (!nir) {
            if (!refuse(QLatin1String(FieldNir), nir.error().message))
                return std::unexpected(*first);
        } else {
            // Sex and birth date are compared only once they are themselves right.
            if (sexKnown && dateKnown && p.sex != QLatin1Char('U')) {
                if (auto agrees = nir->consistentWith(p.sex, p.birthDate);
                    !agrees && !refuse(QLatin1String(FieldNir), agrees.error().message))
                    return std::unexpected(*first);
            }
            p.nir = nir->toString();
        }
    }
    if (!draft.phone.trimmed().isEmpty()) {
        if (auto phone = PhoneNumber::parse(draft.phone))
            p.phone = phone->e164();
        else if (!refuse(QLatin1String(FieldPhone), phone.error().message))
            return std::unexpected(*first);
    } else {
        p.phone.clear();
    }
    p.email = draft.email.trimmed();
    if (const Status email = EmailAddress::check(p.email);
        !p.email.isEmpty() && !email && !refuse(QLatin1String(FieldEmail), email.error().message))
        return std::unexpected(*first);
    if (auto address = PostalAddressRules::normalise({draft.address, draft.postcode, draft.city})) {
        p.address = address->street;
        p.postcode = address->postcode;
        p.city = address->city;
    } else if (!refuse(address.error().field, address.error().message)) {
        return std::unexpected(*first);
    }
    if (first)
        return std::unexpected(*first);
    return p;
}

QList<PatientHit> PatientRegistry::hitsOf(const QList<PatientIdentity> &patients)
{
    QList<PatientHit> hits;
    hits.reserve(patients.size());
    for (const PatientIdentity &p : patients)
        hits.append({p.id, displayName(p), p.birthDate, p.sex, p.status});
    return hits;
}

Result<QList<DuplicateCandidate>> PatientRegistry::duplicatesOf(const PatientIdentity &typed) const
{
    auto others =
        PatientRepository(m_vault).sameBirthDateOrNir(typed.id, typed.birthDate, typed.nir);
    if (!others)
        return std::unexpected(others.error());
    const IdentitySketch sketch{typed.birthName,
                                typed.usedName,
                                typed.firstNames,
                                typed.birthDate,
                                typed.sex == QLatin1Char('U') ? QChar() : typed.sex,
                                typed.nir};
    QList<DuplicateCandidate> candidates;
    for (const PatientIdentity &other : std::as_const(*others)) {
        const IdentitySketch existing{other.birthName,
                                      other.usedName,
                                      other.firstNames,
                                      other.birthDate,
                                      other.sex == QLatin1Char('U') ? QChar() : other.sex,
                                      other.nir};
        if (auto match = DuplicateRules::compare(sketch, existing)) {
            candidates.append(
                {PatientHit{other.id, displayName(other), other.birthDate, other.sex, other.status},
                 *match});
        }
    }
    std::sort(candidates.begin(), candidates.end(), [](const auto &a, const auto &b) {
        if (DuplicateRules::ranksBefore(a.match, b.match))
            return true;
        if (DuplicateRules::ranksBefore(b.match, a.match))
            return false;
        return a.patient.displayName < b.patient.displayName;
    });
    return candidates;
}

Status PatientRegistry::refuseLikelyDuplicate(const PatientIdentity &p) const
{
    auto duplicates = duplicatesOf(p);
    if (!duplicates)
        return std::unexpected(duplicates.error());
    if (duplicates->isEmpty() || duplicates->first().match.score < BlockingScore)
        return {};
    return fail(ErrorCode::AlreadyExists,
                tr("This patient may already have a file: %1 (%2). Open it, or confirm that "
                   "this is another person.")
                    .arg(duplicates->first().patient.displayName,
                         duplicates->first().match.reasons.join(QStringLiteral(", "))));
}

Result<QList<DuplicateCandidate>>
PatientRegistry::duplicatesOfDraft(const PatientIdentity &draft) const
{
    PatientIdentity probe;
    probe.id = draft.id;
    auto birthName = IdentityTraits::strictForm(draft.birthName, IdentityTraits::Trait::BirthName);
    if (!birthName || !draft.birthDate.isValid() || draft.birthDate > m_vault.clock().today())
        return QList<DuplicateCandidate>();
    probe.birthName = *birthName;
    probe.birthDate = draft.birthDate;
    probe.firstNames =
        IdentityTraits::strictForm(draft.firstNames, IdentityTraits::Trait::BirthGivenNames)
            .value_or(QString());
    probe.usedName = draft.usedName.simplified();
    const bool sexKnown = draft.sex == QLatin1Char('F') || draft.sex == QLatin1Char('M');
    probe.sex = sexKnown ? draft.sex : QLatin1Char('U');
    if (auto nir = Nir::parse(draft.nir))
        probe.nir = nir->toString();
    return duplicatesOf(probe);
}

Result<QString> PatientRegistry::create(const Session &session, const PatientIdentity &draft,
                                        bool confirmedNotDuplicate)
{
    if (auto allowed = AccessPolicy::require(session, Permission::EditPatients); !allowed)
        return std::unexpected(allowed.error());
    auto p = normalise(draft);
    if (!p)
        return std::unexpected(p.error());
    if (!confirmedNotDuplicate) {
        if (auto unique = refuseLikelyDuplicate(*p); !unique)
            return std::unexpected(unique.error());
    }
    return m_vault.write(session.actor(), [&](RecordWriter &w) { return insert(w, *p); });
}

Result<QString> PatientRegistry::insert(RecordWriter &writer, const PatientIdentity &p) const
{
    return writer.create(QString::fromLatin1(PatientRepository::Table),
                         PatientRepository::columnsOf(p));
}

Result<QString> PatientRegistry::insertImported(RecordWriter &writer,
                                                const PatientIdentity &normalised,
                                                const QString &source) const
{
    return writer.create(QString::fromLatin1(PatientRepository::Table),
                         PatientRepository::importedColumns(normalised, source));
}

QString PatientRegistry::idFromSource(const QString &source) const
{
    return PatientRepository(m_vault).idFromSource(source).value_or(QString());
}

Result<QStringList> PatientRegistry::createBatch(const Session &session,
                                                 const QList<PatientIdentity> &drafts)
{
    if (auto allowed = AccessPolicy::require(session, Permission::EditPatients); !allowed)
        return std::unexpected(allowed.error());
    QList<PatientIdentity> ready;
    ready.reserve(drafts.size());
    for (qsizetype i = 0; i < drafts.size(); ++i) {
        auto p = normalise(drafts.at(i));
        if (!p)
            return std::unexpected(Error{p.error().code,
                                         tr("Patient %1: %2").arg(i + 1).arg(p.error().message),
                                         p.error().field});
        ready.append(*p);
    }
    return m_vault.write(session.actor(), [&](RecordWriter &w) -> Result<QStringList> {
        QStringList ids;
        ids.reserve(ready.size());
        for (const PatientIdentity &p : std::as_const(ready)) {
            auto id = insert(w, p);
            if (!id)
                return std::unexpected(id.error());
            ids.append(*id);
        }
        return ids;
    });
}

Result<QList<PatientHit>> PatientRegistry::search(const Session &session, const QString &typed,
                                                  int limit) const
{
    if (auto allowed = AccessPolicy::require(session, Permission::ReadPatients); !allowed)
        return std::unexpected(allowed.error());
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return QList<PatientHit>();
    const PatientRepository patients(m_vault);
    const auto found = [](const Result<QList<PatientIdentity>> &read) -> Result<QList<PatientHit>> {
        if (!read)
            return std::unexpected(read.error());
        return hitsOf(*read);
    };
    // A birth date, typed any of the usual ways; with a two-digit year ("5/2/70") both
    // centuries that make a possible birth date are looked for.
    if (auto date = IdentityTraits::parseBirthDate(text, m_vault.clock().today().addDays(1)); date)
        return found(patients.bornOn({*date}, limit));
    if (const QList<QDate> dates = IdentityTraits::shortBirthDates(text, m_vault.clock().today());
        !dates.isEmpty()) {
        return found(patients.bornOn(dates, limit));
    }
    // A NIR: 13 or 15 characters once spaces are gone.
    QString compact = text;
    compact.remove(QLatin1Char(' '));
    static const QRegularExpression nirShape(
        QStringLiteral("^[0-9]{5}([0-9]{2}|2[ABab])[0-9]{6}([0-9]{2})?$"));
    if (nirShape.match(compact).hasMatch()) {
        return found(patients.withNirStarting(compact.left(13).toUpper(), limit));
    }
    // A phone number.
    static const QRegularExpression phoneShape(QStringLiteral("^(\\+|0)[0-9 .\\-]{8,}$"));
    if (phoneShape.match(text).hasMatch()) {
        if (auto phone = PhoneNumber::parse(text))
            return found(patients.withPhone(phone->e164(), limit));
    }
    // Otherwise words: every word must start one of the patient's names.
    QStringList words = searchKey(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return QList<PatientHit>();
    return searchWords(words, limit);
}

// Ranked: a surname (birth or used name) that is the word typed, then one that starts with it,
// then the rest (a first name); within each, the files this workstation opened last, then by name.
Result<QList<PatientHit>> PatientRegistry::searchWords(const QStringList &words, int limit) const
{
    const PatientRepository patients(m_vault);
    auto ids = patients.idsMatchingWords(words, limit);
    if (!ids)
        return std::unexpected(ids.error());
    auto live = patients.findLive(*ids);
    if (!live)
        return std::unexpected(live.error());
    auto seen = patients.lastSeen(*ids);
    if (!seen)
        return std::unexpected(seen.error());
    const QString &surname = words.first();
    const auto surnameRank = [&](const PatientIdentity &p) {
        int rank = 2;
        const QStringList surnameWords = searchKey(p.birthName + QLatin1Char(' ') + p.usedName)
                                             .split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &word : surnameWords)
            rank = std::min(rank, word == surname ? 0 : word.startsWith(surname) ? 1 : 2);
        return rank;
    };
    struct Ranked
    {
        int surname = 2;
        QString seenAt;
        PatientHit hit;
    };
    QList<Ranked> ranked;
    ranked.reserve(live->size());
    for (const PatientIdentity &p : std::as_const(*live))
        ranked.append({surnameRank(p), seen->value(p.id), hitsOf({p}).first()});
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) {
        if (a.surname != b.surname)
            return a.surname < b.surname;
        if (a.seenAt != b.seenAt)
            return a.seenAt > b.seenAt;
        return QString::compare(a.hit.displayName, b.hit.displayName) < 0;
    });
    QList<PatientHit> hits;
    hits.reserve(ranked.size());
    for (const Ranked &r : std::as_const(ranked))
        hits.append(r.hit);
    return hits;
}

Result<PatientIdentity> PatientRegistry::open(const Session &session, const QString &id)
{
    if (auto allowed = AccessPolicy::require(session, Permission::ReadPatients); !allowed)
        return std::unexpected(allowed.error());
    auto identity = PatientRepository(m_vault).load(id);
    // A file merged into another opens the one that was kept (a link made before the merge,
    // or on a workstation that had not synced it yet). Merges do not chain far.
    for (int hops = 0; identity && !identity->mergedInto.isEmpty() && hops < 8; ++hops)
        identity = PatientRepository(m_vault).load(identity->mergedInto);
    if (!identity)
        return identity;
    // Who opened which file is part of the trail; "last seen" only ranks search results on this
    // workstation, so it is kept in a local table, out of the synced record.
    if (auto audited = m_vault.audit(session.actor(), QStringLiteral("read"),
                                     QStringLiteral("patient"), identity->id);
        !audited)
        return std::unexpected(audited.error());
    // Failing to rank it is no reason to keep the file closed: said in the log, and opened.
    if (auto seen = PatientRepository(m_vault).markSeen(identity->id, m_vault.clock().now()); !seen)
        qCWarning(lcRegistry) << "recently opened files not updated:" << seen.error().codeName();
    return identity;
}

Result<PatientIdentity> PatientRegistry::refresh(const Session &session, const QString &id) const
{
    if (auto allowed = AccessPolicy::require(session, Permission::ReadPatients); !allowed)
        return std::unexpected(allowed.error());
    return PatientRepository(m_vault).load(id);
}

Result<QList<IdentityEvent>> PatientRegistry::identityEvents(const Session &session,
                                                             const QString &id) const
{
    if (auto allowed = AccessPolicy::require(session, Permission::ReadPatients); !allowed)
        return std::unexpected(allowed.error());
    return PatientRepository(m_vault).events(id);
}

Status PatientRegistry::validateIdentity(const Session &session, const QString &id,
                                         ProofDocument document)
{
    if (auto allowed = AccessPolicy::require(session, Permission::EditPatients); !allowed)
        return allowed;
    auto current = PatientRepository(m_vault).loadLive(id);
    if (!current)
        return std::unexpected(current.error());
    auto after = IdentityStatusRules::afterValidation(current->status, document, session.userId);
    if (!after)
        return std::unexpected(after.error());
    // RNIV: a validated identity has its strict traits complete, birth place included.
    if (current->birthPlace.isEmpty())
        return invalid(QLatin1String(FieldBirthPlace),
                       tr("Type the place of birth from the document before validating."));
    return m_vault.write(session.actor(), [&](RecordWriter &w) -> Status {
        if (auto updated =
                w.update(QString::fromLatin1(PatientRepository::Table), id,
                         {{QStringLiteral("identity_status"), IdentityStatusRules::code(*after)},
                          {QStringLiteral("proof_document"), IdentityStatusRules::code(document)},
                          {QStringLiteral("proof_checked_by"), session.userId}});
            !updated)
            return updated;
        IdentityEvent event;
        event.validated = true;
        event.before = current->status;
        event.after = *after;
        event.document = IdentityStatusRules::code(document);
        return toStatus(w.create(QString::fromLatin1(PatientRepository::EventTable),
                                 PatientRepository::eventColumns(id, event, session.userId)));
    });
}

Status PatientRegistry::updateIdentity(const Session &session, const PatientIdentity &changed,
                                       const QString &reason, bool confirmedNotDuplicate)
{
    if (auto allowed = AccessPolicy::require(session, Permission::EditPatients); !allowed)
        return allowed;
    auto current = PatientRepository(m_vault).loadLive(changed.id);
    if (!current)
        return std::unexpected(current.error());
    PatientIdentity draft = changed;
    draft.status = current->status;
    auto next = normalise(draft);
    if (!next)
        return std::unexpected(next.error());
    const bool strictChanged = next->birthName != current->birthName ||
                               next->firstNames != current->firstNames ||
                               next->sex != current->sex || next->birthDate != current->birthDate ||
                               next->birthPlace != current->birthPlace;
    const bool traitsChanged =
        strictChanged || next->usedName != current->usedName || next->nir != current->nir;
    if (traitsChanged && !confirmedNotDuplicate) {
        if (auto unique = refuseLikelyDuplicate(*next); !unique)
            return unique;
    }
    if (strictChanged) {
        auto after = IdentityStatusRules::afterStrictTraitChange(current->status, reason);
        if (!after)
            return invalid(QLatin1String(FieldReason), after.error().message);
        next->status = *after;
    }
    return m_vault.write(session.actor(), [&](RecordWriter &w) -> Status {
        if (auto updated = w.update(QString::fromLatin1(PatientRepository::Table), next->id,
                                    PatientRepository::columnsOf(*next));
            !updated)
            return updated;
        if (!strictChanged)
            return {};
        IdentityEvent event;
        event.before = current->status;
        event.after = next->status;
        event.reason = reason.trimmed();
        return toStatus(w.create(QString::fromLatin1(PatientRepository::EventTable),
                                 PatientRepository::eventColumns(next->id, event, session.userId)));
    });
}

const Clock &PatientRegistry::clock() const
{
    return m_vault.clock();
}

} // namespace relais
