#include "PatientRegistry.h"

#include "domain/IdentityTraits.h"
#include "domain/Nir.h"
#include "domain/PhoneNumber.h"
#include "domain/PostalAddress.h"
#include "security/AccessPolicy.h"
#include "storage/Connection.h"
#include "storage/Vault.h"
#include "util/SearchKey.h"
#include "util/Uuid7.h"

#include <QDateTime>
#include <QHash>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <tuple>

namespace relais {

namespace {
Q_LOGGING_CATEGORY(lcRegistry, "relais.services.patients")
} // namespace

namespace {

const QString Columns = QStringLiteral(
    "p.id, p.birth_name, p.first_names, p.used_name, p.used_first_name, p.sex, p.birth_date, "
    "p.birth_place, p.nir, p.identity_status, p.phone, p.email, p.address, p.postcode, p.city, "
    "p.merged_into");

PatientIdentity readIdentity(const QSqlQuery &q)
{
    PatientIdentity p;
    p.id = q.value(0).toString();
    p.birthName = q.value(1).toString();
    p.firstNames = q.value(2).toString();
    p.usedName = q.value(3).toString();
    p.usedFirstName = q.value(4).toString();
    p.sex = q.value(5).toString().isEmpty() ? QChar() : q.value(5).toString().at(0);
    p.birthDate = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    p.birthPlace = q.value(7).toString();
    p.nir = q.value(8).toString();
    p.status =
        IdentityStatusRules::fromCode(q.value(9).toString()).value_or(IdentityStatus::Provisional);
    p.phone = q.value(10).toString();
    p.email = q.value(11).toString();
    p.address = q.value(12).toString();
    p.postcode = q.value(13).toString();
    p.city = q.value(14).toString();
    p.mergedInto = q.value(15).toString();
    return p;
}

// Given names are stored upper case (strict traits); shown in title case they part from the
// birth name at a glance: "GUYOT Noe Marc-Antoine".
QString titleCase(const QString &upper)
{
    QString out = upper.toLower();
    bool start = true;
    for (QChar &c : out) {
        if (start && c.isLetter())
            c = c.toUpper();
        start = !c.isLetter();
    }
    return out;
}

QString composeName(const QString &birthName, const QString &usedName, const QString &firstNames,
                    const QString &usedFirstName)
{
    QString name = birthName;
    if (!usedName.isEmpty() && searchKey(usedName) != searchKey(birthName))
        name += QStringLiteral(" (%1)").arg(usedName);
    // Strict traits have no accents; the first name as the person writes it ("Jérôme") is shown
    // when it is the same name as the first given name(s), so that the file reads as theirs.
    const QString used = usedFirstName.simplified();
    if (!used.isEmpty()) {
        const QString usedKey = searchKey(used);
        const QStringList given = firstNames.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (qsizetype n = 1; n <= given.size(); ++n) {
            if (searchKey(given.mid(0, n).join(QLatin1Char(' '))) != usedKey)
                continue;
            const QStringList rest = given.mid(n);
            return name + QLatin1Char(' ') + used +
                   (rest.isEmpty() ? QString()
                                   : QLatin1Char(' ') + titleCase(rest.join(QLatin1Char(' '))));
        }
    }
    return name + QLatin1Char(' ') + titleCase(firstNames);
}

QString searchKeyOf(const PatientIdentity &p)
{
    return searchKey(p.birthName + QLatin1Char(' ') + p.usedName + QLatin1Char(' ') + p.firstNames +
                     QLatin1Char(' ') + p.usedFirstName);
}

} // namespace

QString PatientRegistry::displayName(const PatientIdentity &patient)
{
    return composeName(patient.birthName, patient.usedName, patient.firstNames,
                       patient.usedFirstName);
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
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!p.email.isEmpty() && !email.match(p.email).hasMatch() &&
        !refuse(QLatin1String(FieldEmail), tr("%1 is not an e-mail address.").arg(p.email)))
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

Result<QList<PatientHit>> PatientRegistry::hits(const QString &sql,
                                                const QVariantList &values) const
{
    auto run = runQuery(m_vault.database(), sql, values, tr("Searching the patients failed"));
    if (!run)
        return std::unexpected(run.error());
    QSqlQuery &query = *run;
    QList<PatientHit> found;
    while (query.next()) {
        PatientHit hit;
        hit.id = query.value(0).toString();
        hit.displayName = composeName(query.value(1).toString(), query.value(3).toString(),
                                      query.value(2).toString(), query.value(4).toString());
        hit.sex = query.value(5).toString().isEmpty() ? QChar() : query.value(5).toString().at(0);
        hit.birthDate = QDate::fromString(query.value(6).toString(), Qt::ISODate);
        hit.status = IdentityStatusRules::fromCode(query.value(9).toString())
                         .value_or(IdentityStatus::Provisional);
        found.append(hit);
    }
    return found;
}

Result<QList<DuplicateCandidate>> PatientRegistry::duplicatesOf(const PatientIdentity &typed) const
{
    QSqlQuery query(m_vault.database());
    query.setForwardOnly(true);
    // Two indexed lookups rather than one OR, which SQLite would answer with a full scan.
    const QString from = QStringLiteral("SELECT ") + Columns +
                         QStringLiteral(" FROM patient p WHERE p.deleted = 0 AND "
                                        "p.merged_into = '' AND p.id <> ? AND ");
    query.prepare(from + QStringLiteral("p.birth_date = ? UNION ") + from +
                  QStringLiteral("p.nir <> '' AND p.nir = ?"));
    query.addBindValue(typed.id);
    query.addBindValue(typed.birthDate.toString(Qt::ISODate));
    query.addBindValue(typed.id);
    query.addBindValue(typed.nir);
    if (!query.exec())
        return std::unexpected(sqlError(tr("Looking for duplicates failed"), query.lastError()));
    const IdentitySketch sketch{typed.birthName,
                                typed.usedName,
                                typed.firstNames,
                                typed.birthDate,
                                typed.sex == QLatin1Char('U') ? QChar() : typed.sex,
                                typed.nir};
    QList<DuplicateCandidate> candidates;
    while (query.next()) {
        const PatientIdentity other = readIdentity(query);
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

QVariantMap PatientRegistry::columnsOf(const PatientIdentity &p)
{
    return {{QStringLiteral("birth_name"), p.birthName},
            {QStringLiteral("first_names"), p.firstNames},
            {QStringLiteral("used_name"), p.usedName},
            {QStringLiteral("used_first_name"), p.usedFirstName},
            {QStringLiteral("sex"), QString(p.sex)},
            {QStringLiteral("birth_date"), p.birthDate.toString(Qt::ISODate)},
            {QStringLiteral("birth_place"), p.birthPlace},
            {QStringLiteral("nir"), p.nir},
            {QStringLiteral("identity_status"), IdentityStatusRules::code(p.status)},
            {QStringLiteral("phone"), p.phone},
            {QStringLiteral("email"), p.email},
            {QStringLiteral("address"), p.address},
            {QStringLiteral("postcode"), p.postcode},
            {QStringLiteral("city"), p.city},
            {QStringLiteral("search_key"), searchKeyOf(p)}};
}

Result<QString> PatientRegistry::insert(RecordWriter &writer, const PatientIdentity &p) const
{
    return writer.create(QStringLiteral("patient"), columnsOf(p));
}

Result<QString> PatientRegistry::insertImported(RecordWriter &writer,
                                                const PatientIdentity &normalised,
                                                const QString &source) const
{
    QVariantMap fields = columnsOf(normalised);
    fields.insert(QStringLiteral("source"), source);
    return writer.create(QStringLiteral("patient"), fields);
}

QString PatientRegistry::idFromSource(const QString &source) const
{
    auto query = runQuery(m_vault.database(),
                          QStringLiteral("SELECT id FROM patient WHERE source = ? AND deleted = 0 "
                                         "AND source <> '' ORDER BY merged_into LIMIT 1"),
                          {source}, tr("Reading the patient failed"));
    return query && query->next() ? query->value(0).toString() : QString();
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
    const QString base =
        QStringLiteral("SELECT ") + Columns +
        QStringLiteral(" FROM patient p LEFT JOIN patient_seen s ON s.patient_id = p.id "
                       "WHERE p.deleted = 0 AND p.merged_into = '' AND ");
    const QString order =
        QStringLiteral(" ORDER BY s.seen_at DESC, p.birth_name, p.first_names LIMIT %1")
            .arg(std::max(1, limit));

    // A birth date, typed any of the usual ways; with a two-digit year ("5/2/70") both
    // centuries that make a possible birth date are looked for.
    if (auto date = IdentityTraits::parseBirthDate(text, m_vault.clock().today().addDays(1)); date)
        return hits(base + QStringLiteral("p.birth_date = ?") + order,
                    QVariantList{date->toString(Qt::ISODate)});
    if (const QList<QDate> dates = IdentityTraits::shortBirthDates(text, m_vault.clock().today());
        !dates.isEmpty()) {
        QVariantList values;
        for (const QDate &d : dates)
            values.append(d.toString(Qt::ISODate));
        return hits(base + QStringLiteral("p.birth_date IN (?, ?)") + order,
                    values.size() == 2 ? values : values + values);
    }
    // A NIR: 13 or 15 characters once spaces are gone.
    QString compact = text;
    compact.remove(QLatin1Char(' '));
    static const QRegularExpression nirShape(
        QStringLiteral("^[0-9]{5}([0-9]{2}|2[ABab])[0-9]{6}([0-9]{2})?$"));
    if (nirShape.match(compact).hasMatch()) {
        const QString body = compact.left(13).toUpper();
        return hits(base + QStringLiteral("p.nir <> '' AND p.nir >= ? AND p.nir < ?") + order,
                    QVariantList{body, QString(body + QStringLiteral("99"))});
    }
    // A phone number.
    static const QRegularExpression phoneShape(QStringLiteral("^(\\+|0)[0-9 .\\-]{8,}$"));
    if (phoneShape.match(text).hasMatch()) {
        if (auto phone = PhoneNumber::parse(text))
            return hits(base + QStringLiteral("p.phone <> '' AND p.phone = ?") + order,
                        QVariantList{phone->e164()});
    }
    // Otherwise words: every word must start one of the patient's names.
    QStringList words = searchKey(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return QList<PatientHit>();
    return searchWords(words, limit);
}

// The index is walked in token order from the longest word's prefix, so an exact word comes
// before longer names that start with it, and the walk stops after a few rows whatever the size
// of the practice. The 200 files this workstation opened last are looked at first.
Result<QList<PatientHit>> PatientRegistry::searchWords(QStringList words, int limit) const
{
    // The first word typed is most often the start of the surname: files whose birth name
    // starts with it come before those where it only starts a first name ("MAR": MARTIN before
    // Marc). The search key begins with the birth name, and is indexed.
    const QString surname = words.first();
    QString alsoOnP;
    QVariantList alsoOnPValues;
    for (const QString &word : words.mid(1)) {
        alsoOnP += QStringLiteral(" AND EXISTS (SELECT 1 FROM patient_token o WHERE o.patient_id = "
                                  "p.id AND o.token >= ? AND o.token < ?)");
        alsoOnPValues << word << QString(word + QChar(0xFFFF));
    }
    const QVariantList surnameRange{surname, QString(surname + QChar(0xFFFF))};
    std::stable_sort(words.begin(), words.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    const QString driver = words.takeFirst();
    QString others;
    QVariantList otherValues;
    for (const QString &word : std::as_const(words)) {
        others += QStringLiteral(" AND EXISTS (SELECT 1 FROM patient_token o WHERE o.patient_id = "
                                 "t.patient_id AND o.token >= ? AND o.token < ?)");
        otherValues << word << QString(word + QChar(0xFFFF));
    }
    const QVariantList range{driver, QString(driver + QChar(0xFFFF))};

    // Ids in rank order, each once, up to the limit: recent files first, then the index walk.
    QStringList ordered;
    const auto collect = [&](const QString &sql, const QVariantList &values) -> Status {
        auto query = runQuery(m_vault.database(), sql, values, tr("Searching the patients failed"));
        if (!query)
            return std::unexpected(query.error());
        while (query->next() && ordered.size() < limit) {
            const QString id = query->value(0).toString();
            if (!ordered.contains(id))
                ordered.append(id);
        }
        return {};
    };
    if (auto recentSurnames = collect(
            QStringLiteral("SELECT r.patient_id FROM (SELECT patient_id, seen_at FROM patient_seen "
                           "ORDER BY seen_at DESC LIMIT 200) r JOIN patient p ON p.id = "
                           "r.patient_id WHERE p.search_key >= ? AND p.search_key < ?") +
                alsoOnP + QStringLiteral(" ORDER BY r.seen_at DESC"),
            surnameRange + alsoOnPValues);
        !recentSurnames)
        return std::unexpected(recentSurnames.error());
    if (auto surnames = collect(
            QStringLiteral("SELECT p.id FROM patient p WHERE p.deleted = 0 AND p.merged_into = '' "
                           "AND p.search_key >= ? AND p.search_key < ?") +
                alsoOnP + QStringLiteral(" ORDER BY p.search_key LIMIT ?"),
            surnameRange + alsoOnPValues + QVariantList{limit});
        !surnames)
        return std::unexpected(surnames.error());
    if (auto recent = collect(
            QStringLiteral("SELECT r.patient_id, t.token = ? AS exact FROM (SELECT patient_id, "
                           "seen_at FROM patient_seen ORDER BY seen_at DESC LIMIT 200) r "
                           "JOIN patient_token t ON t.patient_id = r.patient_id "
                           "WHERE t.token >= ? AND t.token < ?") +
                others + QStringLiteral(" ORDER BY exact DESC, r.seen_at DESC"),
            QVariantList{driver} + range + otherValues);
        !recent)
        return std::unexpected(recent.error());
    // A patient may match through several of its words: read a few more rows than needed.
    if (auto walked =
            collect(QStringLiteral("SELECT t.patient_id FROM patient_token t WHERE "
                                   "t.token >= ? AND t.token < ?") +
                        others + QStringLiteral(" ORDER BY t.token, t.patient_id LIMIT ?"),
                    range + otherValues + QVariantList{4 * limit});
        !walked)
        return std::unexpected(walked.error());
    if (ordered.isEmpty())
        return QList<PatientHit>();

    QStringList marks;
    QVariantList ids;
    for (const QString &id : std::as_const(ordered)) {
        marks.append(QStringLiteral("?"));
        ids.append(id);
    }
    auto found = hits(QStringLiteral("SELECT ") + Columns +
                          QStringLiteral(" FROM patient p WHERE p.deleted = 0 AND "
                                         "p.merged_into = '' AND p.id IN (") +
                          marks.join(QLatin1Char(',')) + QLatin1Char(')'),
                      ids);
    if (!found)
        return found;
    // Ranked: a surname (birth or used name) that is the word typed, then one that starts with
    // it, then the rest (a first name); within each, the files this workstation opened last,
    // then by name.
    struct Rank
    {
        int surname = 2;
        QString seenAt;
    };
    QHash<QString, Rank> ranks;
    auto names = runQuery(m_vault.database(),
                          QStringLiteral("SELECT p.id, p.birth_name, p.used_name, "
                                         "coalesce(s.seen_at, '') AS seen_at FROM patient p "
                                         "LEFT JOIN patient_seen s ON s.patient_id = p.id "
                                         "WHERE p.id IN (") +
                              marks.join(QLatin1Char(',')) + QLatin1Char(')'),
                          ids, tr("Searching the patients failed"));
    while (names && names->next()) {
        Rank rank;
        rank.seenAt = names->value(QStringLiteral("seen_at")).toString();
        const QStringList surnameWords =
            searchKey(names->value(QStringLiteral("birth_name")).toString() + QLatin1Char(' ') +
                      names->value(QStringLiteral("used_name")).toString())
                .split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &word : surnameWords)
            rank.surname = std::min(rank.surname, word == surname            ? 0
                                                  : word.startsWith(surname) ? 1
                                                                             : 2);
        ranks.insert(names->value(QStringLiteral("id")).toString(), rank);
    }
    std::stable_sort(found->begin(), found->end(), [&](const PatientHit &a, const PatientHit &b) {
        const Rank ra = ranks.value(a.id);
        const Rank rb = ranks.value(b.id);
        if (ra.surname != rb.surname)
            return ra.surname < rb.surname;
        if (ra.seenAt != rb.seenAt)
            return ra.seenAt > rb.seenAt;
        return QString::compare(a.displayName, b.displayName) < 0;
    });
    return found;
}

Result<PatientIdentity> PatientRegistry::open(const Session &session, const QString &id)
{
    if (auto allowed = AccessPolicy::require(session, Permission::ReadPatients); !allowed)
        return std::unexpected(allowed.error());
    auto identity = load(id);
    // A file merged into another opens the one that was kept (a link made before the merge,
    // or on a workstation that had not synced it yet). Merges do not chain far.
    for (int hops = 0; identity && !identity->mergedInto.isEmpty() && hops < 8; ++hops)
        identity = load(identity->mergedInto);
    if (!identity)
        return identity;
    // Who opened which file is part of the trail; "last seen" only ranks search results on this
    // workstation, so it is kept in a local table, out of the synced record.
    if (auto audited = m_vault.audit(session.actor(), QStringLiteral("read"),
                                     QStringLiteral("patient"), identity->id);
        !audited)
        return std::unexpected(audited.error());
    // Failing to rank it is no reason to keep the file closed: said in the log, and opened.
    if (auto seen = runQuery(m_vault.database(),
                             QStringLiteral("INSERT OR REPLACE INTO patient_seen (patient_id, "
                                            "seen_at) VALUES (?, ?)"),
                             {identity->id, m_vault.clock().now().toString(Qt::ISODateWithMs)},
                             tr("Opening the patient's file failed"));
        !seen)
        qCWarning(lcRegistry) << "recently opened files not updated:" << seen.error().codeName();
    return identity;
}

Result<PatientIdentity> PatientRegistry::load(const QString &id) const
{
    auto query = runQuery(m_vault.database(),
                          QStringLiteral("SELECT ") + Columns +
                              QStringLiteral(" FROM patient p WHERE p.id = ? AND p.deleted = 0"),
                          {id}, tr("Opening the patient's file failed"));
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return fail(ErrorCode::NotFound, tr("This patient's file does not exist."));
    return readIdentity(*query);
}

Result<QList<IdentityEvent>> PatientRegistry::identityEvents(const Session &session,
                                                             const QString &id) const
{
    if (auto allowed = AccessPolicy::require(session, Permission::ReadPatients); !allowed)
        return std::unexpected(allowed.error());
    auto query =
        runQuery(m_vault.database(),
                 QStringLiteral("SELECT e.id, e.event, e.status_before, e.status_after, "
                                "e.document, e.reason, coalesce(u.display_name, e.by_user) "
                                "FROM identity_event e LEFT JOIN app_user u ON "
                                "u.id = e.by_user WHERE e.patient_id = ? AND "
                                "e.deleted = 0 ORDER BY e.id DESC"),
                 {id}, tr("Reading the identity's history failed"));
    if (!query)
        return std::unexpected(query.error());
    QList<IdentityEvent> events;
    while (query->next()) {
        IdentityEvent e;
        // UUIDv7 ids carry their creation time.
        e.at =
            QDateTime::fromMSecsSinceEpoch(Uuid7::timestampMs(query->value(0).toString()), Qt::UTC);
        e.validated = query->value(1).toString() == QLatin1String("validated");
        e.before = IdentityStatusRules::fromCode(query->value(2).toString())
                       .value_or(IdentityStatus::Provisional);
        e.after = IdentityStatusRules::fromCode(query->value(3).toString())
                      .value_or(IdentityStatus::Provisional);
        e.document = query->value(4).toString();
        e.reason = query->value(5).toString();
        e.byName = query->value(6).toString();
        events.append(e);
    }
    return events;
}

Result<PatientIdentity> PatientRegistry::loadLive(const QString &id) const
{
    auto patient = load(id);
    if (patient && !patient->mergedInto.isEmpty())
        return fail(ErrorCode::NotFound, tr("This file was merged into another one: change that "
                                            "one, or undo the merge first."));
    return patient;
}

Status PatientRegistry::validateIdentity(const Session &session, const QString &id,
                                         ProofDocument document)
{
    if (auto allowed = AccessPolicy::require(session, Permission::EditPatients); !allowed)
        return allowed;
    auto current = loadLive(id);
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
                w.update(QStringLiteral("patient"), id,
                         {{QStringLiteral("identity_status"), IdentityStatusRules::code(*after)},
                          {QStringLiteral("proof_document"), IdentityStatusRules::code(document)},
                          {QStringLiteral("proof_checked_by"), session.userId}});
            !updated)
            return updated;
        return toStatus(
            w.create(QStringLiteral("identity_event"),
                     {{QStringLiteral("patient_id"), id},
                      {QStringLiteral("event"), QStringLiteral("validated")},
                      {QStringLiteral("status_before"), IdentityStatusRules::code(current->status)},
                      {QStringLiteral("status_after"), IdentityStatusRules::code(*after)},
                      {QStringLiteral("document"), IdentityStatusRules::code(document)},
                      {QStringLiteral("by_user"), session.userId}}));
    });
}

Status PatientRegistry::updateIdentity(const Session &session, const PatientIdentity &changed,
                                       const QString &reason, bool confirmedNotDuplicate)
{
    if (auto allowed = AccessPolicy::require(session, Permission::EditPatients); !allowed)
        return allowed;
    auto current = loadLive(changed.id);
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
        if (auto updated = w.update(QStringLiteral("patient"), next->id, columnsOf(*next));
            !updated)
            return updated;
        if (!strictChanged)
            return {};
        return toStatus(
            w.create(QStringLiteral("identity_event"),
                     {{QStringLiteral("patient_id"), next->id},
                      {QStringLiteral("event"), QStringLiteral("strict-traits-changed")},
                      {QStringLiteral("status_before"), IdentityStatusRules::code(current->status)},
                      {QStringLiteral("status_after"), IdentityStatusRules::code(next->status)},
                      {QStringLiteral("reason"), reason.trimmed()},
                      {QStringLiteral("by_user"), session.userId}}));
    });
}

const Clock &PatientRegistry::clock() const
{
    return m_vault.clock();
}

} // namespace relais
