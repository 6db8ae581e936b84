#include "PatientRepository.h"

#include "storage/Rows.h"
#include "storage/Vault.h"
#include "util/SearchKey.h"
#include "util/Uuid7.h"

namespace relais {

namespace {

const QString PatientColumns = QStringLiteral(
    "p.id, p.birth_name, p.first_names, p.used_name, p.used_first_name, p.sex, p.birth_date, "
    "p.birth_place, p.nir, p.identity_status, p.phone, p.email, p.address, p.postcode, p.city, "
    "p.merged_into");
const QString Live = QStringLiteral("p.deleted = 0 AND p.merged_into = ''");

PatientIdentity identityFrom(const Row &row)
{
    PatientIdentity p;
    p.id = row.text("id");
    p.birthName = row.text("birth_name");
    p.firstNames = row.text("first_names");
    p.usedName = row.text("used_name");
    p.usedFirstName = row.text("used_first_name");
    p.sex = row.letter("sex");
    p.birthDate = row.date("birth_date");
    p.birthPlace = row.text("birth_place");
    p.nir = row.text("nir");
    p.status = IdentityStatusRules::fromCode(row.text("identity_status"))
                   .value_or(IdentityStatus::Provisional);
    p.phone = row.text("phone");
    p.email = row.text("email");
    p.address = row.text("address");
    p.postcode = row.text("postcode");
    p.city = row.text("city");
    p.mergedInto = row.text("merged_into");
    return p;
}

QVariantList values(const QStringList &ids)
{
    QVariantList list;
    list.reserve(ids.size());
    for (const QString &id : ids)
        list.append(id);
    return list;
}

} // namespace

PatientRepository::PatientRepository(const Vault &vault)
    : m_vault(vault)
{}

Result<std::optional<PatientIdentity>> PatientRepository::find(const QString &id) const
{
    return selectOne(m_vault.database(),
                     QStringLiteral("SELECT ") + PatientColumns +
                         QStringLiteral(" FROM patient p WHERE p.id = ? AND p.deleted = 0"),
                     {id}, tr("Opening the patient's file failed"), identityFrom);
}

Result<PatientIdentity> PatientRepository::load(const QString &id) const
{
    auto found = find(id);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value())
        return fail(ErrorCode::NotFound, tr("This patient's file does not exist."));
    return **found;
}

Result<PatientIdentity> PatientRepository::loadLive(const QString &id) const
{
    auto patient = load(id);
    if (patient && !patient->mergedInto.isEmpty())
        return fail(ErrorCode::NotFound, tr("This file was merged into another one: change that "
                                            "one, or undo the merge first."));
    return patient;
}

Result<QDate> PatientRepository::birthDate(const QString &id) const
{
    auto found =
        selectOne(m_vault.database(), QStringLiteral("SELECT birth_date FROM patient WHERE id = ?"),
                  {id}, tr("Opening the patient's file failed"),
                  [](const Row &row) { return row.date("birth_date"); });
    if (!found)
        return std::unexpected(found.error());
    return found->value_or(QDate());
}

Result<QList<PatientIdentity>> PatientRepository::findLive(const QStringList &ids) const
{
    // SQLite takes at most 999 bound values a statement (SQLITE_MAX_VARIABLE_NUMBER as
    // Debian's SQLCipher is built): a week's agenda names more patients than that.
    constexpr qsizetype Chunk = 500;
    QList<PatientIdentity> found;
    for (qsizetype from = 0; from < ids.size(); from += Chunk) {
        const QStringList some = ids.mid(from, Chunk);
        auto part = selectAll(m_vault.database(),
                              QStringLiteral("SELECT ") + PatientColumns +
                                  QStringLiteral(" FROM patient p WHERE ") + Live +
                                  QStringLiteral(" AND p.id IN (") + placeholders(some.size()) +
                                  QLatin1Char(')'),
                              values(some), tr("Searching the patients failed"), identityFrom);
        if (!part)
            return std::unexpected(part.error());
        found.append(*part);
    }
    return found;
}

Result<QString> PatientRepository::idFromSource(const QString &source) const
{
    auto found = selectOne(m_vault.database(),
                           QStringLiteral("SELECT id FROM patient WHERE source = ? AND deleted = 0 "
                                          "AND source <> '' ORDER BY merged_into LIMIT 1"),
                           {source}, tr("Reading the patient failed"),
                           [](const Row &row) { return row.text("id"); });
    if (!found)
        return std::unexpected(found.error());
    return found->value_or(QString());
}

Result<QList<PatientIdentity>> PatientRepository::sameBirthDateOrNir(const QString &exceptId,
                                                                     const QDate &birthDate,
                                                                     const QString &nir) const
{
    // Two indexed lookups rather than one OR, which SQLite would answer with a full scan.
    const QString from = QStringLiteral("SELECT ") + PatientColumns +
                         QStringLiteral(" FROM patient p WHERE ") + Live +
                         QStringLiteral(" AND p.id <> ? AND ");
    return selectAll(m_vault.database(),
                     from + QStringLiteral("p.birth_date = ? UNION ") + from +
                         QStringLiteral("p.nir <> '' AND p.nir = ?"),
                     {exceptId, birthDate.toString(Qt::ISODate), exceptId, nir},
                     tr("Looking for duplicates failed"), identityFrom);
}

Result<QList<PatientIdentity>>
PatientRepository::seenFirst(const QString &condition, const QVariantList &bound, int limit) const
{
    return selectAll(m_vault.database(),
                     QStringLiteral("SELECT ") + PatientColumns +
                         QStringLiteral(" FROM patient p LEFT JOIN patient_seen s ON "
                                        "s.patient_id = p.id WHERE ") +
                         Live + QStringLiteral(" AND ") + condition +
                         QStringLiteral(" ORDER BY s.seen_at DESC, p.birth_name, p.first_names "
                                        "LIMIT %1")
                             .arg(std::max(1, limit)),
                     bound, tr("Searching the patients failed"), identityFrom);
}

Result<QList<PatientIdentity>> PatientRepository::bornOn(const QList<QDate> &dates, int limit) const
{
    QVariantList bound;
    for (const QDate &date : dates)
        bound.append(date.toString(Qt::ISODate));
    return seenFirst(QStringLiteral("p.birth_date IN (") + placeholders(bound.size()) +
                         QLatin1Char(')'),
                     bound, limit);
}

Result<QList<PatientIdentity>> PatientRepository::withNirStarting(const QString &firstThirteen,
                                                                  int limit) const
{
    return seenFirst(QStringLiteral("p.nir <> '' AND p.nir >= ? AND p.nir < ?"),
                     {firstThirteen, QString(firstThirteen + QStringLiteral("99"))}, limit);
}

Result<QList<PatientIdentity>> PatientRepository::withPhone(const QString &e164, int limit) const
{
    return seenFirst(QStringLiteral("p.phone <> '' AND p.phone = ?"), {e164}, limit);
}

// The index is walked in token order from the longest word's prefix, so an exact word comes
// before longer names that start with it, and the walk stops after a few rows whatever the size
// of the practice. The 200 files this workstation opened last are looked at first.
Result<QStringList> PatientRepository::idsMatchingWords(const QStringList &typedWords,
                                                        int limit) const
{
    QStringList words = typedWords;
    if (words.isEmpty())
        return QStringList();
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
    const auto collect = [&](const QString &sql, const QVariantList &bound) -> Status {
        auto query = runQuery(m_vault.database(), sql, bound, tr("Searching the patients failed"));
        if (!query)
            return std::unexpected(query.error());
        const Row row(*query);
        while (query->next() && ordered.size() < limit) {
            const QString id = row.text("patient_id");
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
    if (auto surnames =
            collect(QStringLiteral("SELECT p.id AS patient_id FROM patient p WHERE ") + Live +
                        QStringLiteral(" AND p.search_key >= ? AND p.search_key < ?") + alsoOnP +
                        QStringLiteral(" ORDER BY p.search_key LIMIT ?"),
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
    return ordered;
}

Result<QHash<QString, QString>> PatientRepository::lastSeen(const QStringList &ids) const
{
    QHash<QString, QString> seen;
    if (ids.isEmpty())
        return seen;
    auto query = runQuery(m_vault.database(),
                          QStringLiteral("SELECT patient_id, seen_at FROM patient_seen WHERE "
                                         "patient_id IN (") +
                              placeholders(ids.size()) + QLatin1Char(')'),
                          values(ids), tr("Searching the patients failed"));
    if (!query)
        return std::unexpected(query.error());
    const Row row(*query);
    while (query->next())
        seen.insert(row.text("patient_id"), row.text("seen_at"));
    return seen;
}

Status PatientRepository::markSeen(const QString &id, const QDateTime &at) const
{
    return toStatus(runQuery(m_vault.database(),
                             QStringLiteral("INSERT OR REPLACE INTO patient_seen (patient_id, "
                                            "seen_at) VALUES (?, ?)"),
                             {id, at.toString(Qt::ISODateWithMs)},
                             tr("Opening the patient's file failed")));
}

Result<QList<IdentityEvent>> PatientRepository::events(const QString &patientId) const
{
    return selectAll(
        m_vault.database(),
        QStringLiteral("SELECT e.id, e.event, e.status_before, e.status_after, e.document, "
                       "e.reason, coalesce(u.display_name, e.by_user) AS by_name "
                       "FROM identity_event e LEFT JOIN app_user u ON u.id = e.by_user "
                       "WHERE e.patient_id = ? AND e.deleted = 0 ORDER BY e.id DESC"),
        {patientId}, tr("Reading the identity's history failed"), [](const Row &row) {
            IdentityEvent e;
            // UUIDv7 ids carry their creation time.
            e.at = QDateTime::fromMSecsSinceEpoch(Uuid7::timestampMs(row.text("id")), Qt::UTC);
            e.validated = row.text("event") == QLatin1String("validated");
            e.before = IdentityStatusRules::fromCode(row.text("status_before"))
                           .value_or(IdentityStatus::Provisional);
            e.after = IdentityStatusRules::fromCode(row.text("status_after"))
                          .value_or(IdentityStatus::Provisional);
            e.document = row.text("document");
            e.reason = row.text("reason");
            e.byName = row.text("by_name");
            return e;
        });
}

QVariantMap PatientRepository::importedColumns(const PatientIdentity &patient,
                                               const QString &source)
{
    QVariantMap columns = columnsOf(patient);
    columns.insert(QStringLiteral("source"), source);
    return columns;
}

QVariantMap PatientRepository::columnsOf(const PatientIdentity &p)
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
            // The write path derives the search words from it (DerivedTables).
            {QStringLiteral("search_key"),
             searchKey(p.birthName + QLatin1Char(' ') + p.usedName + QLatin1Char(' ') +
                       p.firstNames + QLatin1Char(' ') + p.usedFirstName)}};
}

QVariantMap PatientRepository::eventColumns(const QString &patientId, const IdentityEvent &event,
                                            const QString &byUser)
{
    QVariantMap columns{{QStringLiteral("patient_id"), patientId},
                        {QStringLiteral("event"), event.validated
                                                      ? QStringLiteral("validated")
                                                      : QStringLiteral("strict-traits-changed")},
                        {QStringLiteral("status_before"), IdentityStatusRules::code(event.before)},
                        {QStringLiteral("status_after"), IdentityStatusRules::code(event.after)},
                        {QStringLiteral("by_user"), byUser}};
    if (event.validated)
        columns.insert(QStringLiteral("document"), event.document);
    else
        columns.insert(QStringLiteral("reason"), event.reason);
    return columns;
}

} // namespace relais
