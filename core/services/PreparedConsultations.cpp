#include "PreparedConsultations.h"

#include "security/AccessPolicy.h"
#include "services/PatientAllergies.h"
#include "services/PatientHistory.h"
#include "services/PatientRegistry.h"
#include "storage/Connection.h"
#include "storage/Vault.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace relais {

namespace {

const QString Table = QStringLiteral("consultation");

PreparedConsultation::Status statusFrom(const QString &code)
{
    if (code == QLatin1String("ready"))
        return PreparedConsultation::Status::Ready;
    if (code == QLatin1String("reviewed"))
        return PreparedConsultation::Status::Reviewed;
    return PreparedConsultation::Status::Preparing;
}

QString checklistJson(const QMap<QString, bool> &checklist)
{
    QJsonObject json;
    for (auto it = checklist.cbegin(); it != checklist.cend(); ++it)
        json.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QMap<QString, bool> checklistFrom(const QString &text)
{
    QMap<QString, bool> checklist;
    const QJsonObject json = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = json.constBegin(); it != json.constEnd(); ++it)
        checklist.insert(it.key(), it.value().toBool());
    return checklist;
}

const QString Columns = QStringLiteral(
    "c.id, c.patient_id, c.physician_id, coalesce(ph.display_name, ''), c.appointment_id, c.day, "
    "c.reason, c.notes, c.checklist, c.drafts, c.status, coalesce(pr.display_name, ''), "
    "c.ready_at, coalesce(rv.display_name, ''), c.reviewed_at, c.gp_comment, c.alert_level, "
    "c.alerts, p.birth_name, p.first_names, p.used_name, p.birth_date, p.sex, "
    "coalesce(c.reviewed_by, '') AS reviewed_by, p.used_first_name AS used_first_name");

} // namespace

QStringList PreparedConsultations::checklistItems()
{
    return {QStringLiteral("identity"),   QStringLiteral("card"),   QStringLiteral("allergies"),
            QStringLiteral("treatments"), QStringLiteral("vitals"), QStringLiteral("vaccinations"),
            QStringLiteral("documents")};
}

QString PreparedConsultations::checklistLabel(const QString &item)
{
    if (item == QLatin1String("identity"))
        return tr("Identity checked against a document");
    if (item == QLatin1String("card"))
        return tr("Carte Vitale read, coverage up to date");
    if (item == QLatin1String("allergies"))
        return tr("Allergies asked");
    if (item == QLatin1String("treatments"))
        return tr("Current treatments reviewed with the patient");
    if (item == QLatin1String("vitals"))
        return tr("Vital signs taken");
    if (item == QLatin1String("vaccinations"))
        return tr("Vaccinations checked");
    if (item == QLatin1String("documents"))
        return tr("Letters and results brought by the patient filed");
    return item;
}

QString PreparedConsultations::statusName(PreparedConsultation::Status status)
{
    switch (status) {
    case PreparedConsultation::Status::Ready: return tr("ready for the doctor");
    case PreparedConsultation::Status::Reviewed: return tr("reviewed");
    case PreparedConsultation::Status::Preparing: break;
    }
    return tr("in preparation");
}

PreparedConsultations::PreparedConsultations(Vault &vault)
    : m_vault(vault)
{}

QString PreparedConsultations::stampNow() const
{
    return m_vault.clock().now().toString(Qt::ISODateWithMs);
}

QDate PreparedConsultations::today() const
{
    return m_vault.clock().today();
}

Result<QList<PreparedConsultation>> PreparedConsultations::select(const QString &where,
                                                                  const QVariantList &values,
                                                                  const QString &order) const
{
    auto query = runQuery(
        m_vault.database(),
        QStringLiteral("SELECT ") + Columns +
            QStringLiteral(
                " FROM consultation c JOIN patient p ON p.id = c.patient_id "
                "LEFT JOIN app_user ph ON ph.id = c.physician_id "
                "LEFT JOIN app_user pr ON pr.id = c.prepared_by "
                "LEFT JOIN app_user rv ON rv.id = c.reviewed_by WHERE c.deleted = 0 AND ") +
            where + (order.isEmpty() ? QString() : QStringLiteral(" ORDER BY ") + order),
        values, tr("Reading the prepared consultations failed"));
    if (!query)
        return std::unexpected(query.error());
    QList<PreparedConsultation> list;
    while (query->next()) {
        PreparedConsultation c;
        c.id = query->value(0).toString();
        c.patientId = query->value(1).toString();
        c.physicianId = query->value(2).toString();
        c.physicianName = query->value(3).toString();
        c.appointmentId = query->value(4).toString();
        c.day = QDate::fromString(query->value(5).toString(), Qt::ISODate);
        c.reason = query->value(6).toString();
        c.notes = query->value(7).toString();
        c.checklist = checklistFrom(query->value(8).toString());
        c.drafts = query->value(9).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        c.status = statusFrom(query->value(10).toString());
        c.preparedByName = query->value(11).toString();
        c.readyAt = QDateTime::fromString(query->value(12).toString(), Qt::ISODateWithMs);
        c.reviewedByName = query->value(13).toString();
        c.reviewedAt = QDateTime::fromString(query->value(14).toString(), Qt::ISODateWithMs);
        c.gpComment = query->value(15).toString();
        c.alertLevel = query->value(16).toInt();
        c.alerts = query->value(17).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        PatientIdentity who;
        who.birthName = query->value(18).toString();
        who.firstNames = query->value(19).toString();
        who.usedName = query->value(20).toString();
        who.usedFirstName = query->value(QStringLiteral("used_first_name")).toString();
        c.patientName = PatientRegistry::displayName(who);
        c.birthDate = QDate::fromString(query->value(21).toString(), Qt::ISODate);
        const QString sex = query->value(22).toString();
        c.sex = sex.isEmpty() ? QLatin1Char('U') : sex.at(0);
        c.reviewedById = query->value(QStringLiteral("reviewed_by")).toString();
        list.append(c);
    }
    return list;
}

Result<QString> PreparedConsultations::start(const Session &session, const QString &patientId,
                                             const QString &physicianId, const QString &reason)
{
    if (auto allowed = AccessPolicy::require(session, Permission::RecordVitals); !allowed)
        return std::unexpected(allowed.error());
    auto physician = runQuery(m_vault.database(),
                              QStringLiteral("SELECT roles FROM app_user WHERE id = ? AND "
                                             "deleted = 0 AND disabled = 0"),
                              {physicianId}, tr("Reading the accounts failed"));
    if (!physician)
        return std::unexpected(physician.error());
    if (!physician->next() ||
        !RoleNames::fromStorage(physician->value(0).toString()).testFlag(Role::Physician))
        return invalid(QLatin1String(FieldPhysician),
                       tr("Choose the physician of the practice who will see the patient."));
    if (auto open = current(session, patientId); !open)
        return std::unexpected(open.error());
    else if (open->has_value())
        return fail(ErrorCode::AlreadyExists,
                    tr("This patient's consultation of today is already being prepared."));
    if (auto patient = PatientRegistry(m_vault).loadLive(patientId); !patient)
        return std::unexpected(patient.error());
    // Taken before the consultation was started: they belong to it, or the GP would not see them.
    auto earlier = PatientVitals(m_vault).unattachedOfDay(session, patientId, today());
    if (!earlier)
        return std::unexpected(earlier.error());
    return m_vault.write(session.actor(), [&](RecordWriter &w) -> Result<QString> {
        auto id = w.create(Table, {{QStringLiteral("patient_id"), patientId},
                                   {QStringLiteral("physician_id"), physicianId},
                                   {QStringLiteral("day"), today().toString(Qt::ISODate)},
                                   {QStringLiteral("reason"), reason.simplified()},
                                   {QStringLiteral("status"), QStringLiteral("preparing")},
                                   {QStringLiteral("prepared_by"), session.userId}});
        if (!id)
            return id;
        for (const VitalRecord &r : std::as_const(*earlier)) {
            if (auto joined = w.update(QStringLiteral("vital_sign"), r.id,
                                       {{QStringLiteral("consultation_id"), *id}});
                !joined)
                return std::unexpected(joined.error());
        }
        return id;
    });
}

Result<std::optional<PreparedConsultation>>
PreparedConsultations::current(const Session &session, const QString &patientId) const
{
    if (auto allowed = AccessPolicy::require(session, Permission::ReadPatients); !allowed)
        return std::unexpected(allowed.error());
    auto found = select(QStringLiteral("c.patient_id = ? AND c.day = ? AND c.status <> 'reviewed'"),
                        {patientId, today().toString(Qt::ISODate)}, QStringLiteral("c.id DESC"));
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return std::optional<PreparedConsultation>{};
    return std::optional<PreparedConsultation>{found->first()};
}

Result<std::optional<PreparedConsultation>>
PreparedConsultations::lastReviewed(const Session &session, const QString &patientId) const
{
    if (auto allowed = AccessPolicy::require(session, Permission::ReadPatients); !allowed)
        return std::unexpected(allowed.error());
    auto found = select(QStringLiteral("c.patient_id = ? AND c.status = 'reviewed'"), {patientId},
                        QStringLiteral("c.reviewed_at DESC LIMIT 1"));
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return std::optional<PreparedConsultation>{};
    return std::optional<PreparedConsultation>{found->first()};
}

Result<PreparedConsultation> PreparedConsultations::load(const Session &session,
                                                         const QString &id) const
{
    if (auto allowed = AccessPolicy::require(session, Permission::ReadPatients); !allowed)
        return std::unexpected(allowed.error());
    auto found = select(QStringLiteral("c.id = ?"), {id}, {});
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return fail(ErrorCode::NotFound, tr("This prepared consultation no longer exists."));
    return found->first();
}

Status PreparedConsultations::save(const Session &session, const PreparedConsultation &c)
{
    if (auto allowed = AccessPolicy::require(session, Permission::RecordVitals); !allowed)
        return allowed;
    auto stored = load(session, c.id);
    if (!stored)
        return std::unexpected(stored.error());
    if (stored->status == PreparedConsultation::Status::Reviewed)
        return fail(ErrorCode::InvalidInput,
                    tr("The GP has reviewed this consultation: it can no longer be changed."));
    if (c.checklist.value(QLatin1String(ItemVitals))) {
        auto vitals = vitalsOf(session, *stored);
        if (!vitals)
            return std::unexpected(vitals.error());
        if (vitals->isEmpty())
            return invalid(QLatin1String(ItemVitals),
                           tr("No vital sign belongs to this consultation yet: take them in the "
                              "Vital signs tab before ticking “%1”.")
                               .arg(checklistLabel(QLatin1String(ItemVitals))));
    }
    QStringList drafts;
    for (const QString &line : c.drafts) {
        if (!line.simplified().isEmpty())
            drafts.append(line.simplified());
    }
    return m_vault.write(session.actor(), [&](RecordWriter &w) {
        return w.update(Table, c.id,
                        {{QStringLiteral("reason"), c.reason.simplified()},
                         {QStringLiteral("notes"), c.notes.trimmed()},
                         {QStringLiteral("checklist"), checklistJson(c.checklist)},
                         {QStringLiteral("drafts"), drafts.join(QLatin1Char('\n'))},
                         {QStringLiteral("physician_id"), c.physicianId}});
    });
}

Result<QList<VitalRecord>>
PreparedConsultations::vitalsOf(const Session &session,
                                const PreparedConsultation &consultation) const
{
    PatientVitals vitals(m_vault);
    auto taken = vitals.ofConsultation(session, consultation.id);
    if (!taken || consultation.status == PreparedConsultation::Status::Reviewed)
        return taken;
    auto unattached = vitals.unattachedOfDay(session, consultation.patientId, consultation.day);
    if (!unattached)
        return unattached;
    QList<VitalRecord> all = *taken + *unattached;
    std::stable_sort(all.begin(), all.end(), [](const VitalRecord &a, const VitalRecord &b) {
        return a.measuredAt < b.measuredAt;
    });
    return all;
}

Status PreparedConsultations::markReady(const Session &session, const QString &id,
                                        const QString &noVitalsReason)
{
    if (auto allowed = AccessPolicy::require(session, Permission::RecordVitals); !allowed)
        return allowed;
    auto stored = load(session, id);
    if (!stored)
        return std::unexpected(stored.error());
    if (stored->status != PreparedConsultation::Status::Preparing)
        return fail(ErrorCode::InvalidInput,
                    tr("This consultation is already %1.").arg(statusName(stored->status)));
    if (stored->reason.isEmpty())
        return invalid(QLatin1String(FieldReason),
                       tr("Say why the patient comes before handing the file to the GP."));
    auto summarised = compose(session, id);
    if (!summarised)
        return std::unexpected(summarised.error());
    int level = 0;
    QStringList alerts;
    for (const VitalAlert &a : summarised->alerts) {
        level = std::max(level, a.weight());
        alerts.append(a.message);
    }
    if (summarised->vitals.isEmpty()) {
        if (stored->checklist.value(QLatin1String(ItemVitals)))
            return invalid(QLatin1String(ItemVitals),
                           tr("“%1” is ticked, but no vital sign belongs to this consultation.")
                               .arg(checklistLabel(QLatin1String(ItemVitals))));
        if (noVitalsReason.simplified().isEmpty())
            return invalid(QLatin1String(FieldNoVitalsReason),
                           tr("No vital sign was taken for this consultation: take them in the "
                              "Vital signs tab, or say why there are none."));
        // The GP sees the absence, and why, where the alerts are.
        level = std::max(level, 1);
        alerts.append(tr("No vital sign taken: %1").arg(noVitalsReason.simplified()));
    }
    return m_vault.write(session.actor(), [&](RecordWriter &w) {
        return w.update(Table, id,
                        {{QStringLiteral("status"), QStringLiteral("ready")},
                         {QStringLiteral("ready_at"), stampNow()},
                         {QStringLiteral("alert_level"), level},
                         {QStringLiteral("alerts"), alerts.join(QLatin1Char('\n'))}});
    });
}

Result<QList<PreparedConsultation>> PreparedConsultations::reviewList(const Session &session,
                                                                      const QDate &day,
                                                                      bool allPhysicians) const
{
    if (auto allowed = AccessPolicy::require(session, Permission::ReviewPreparedFile); !allowed)
        return std::unexpected(allowed.error());
    QString where = QStringLiteral("c.day = ? AND c.status IN ('ready', 'reviewed')");
    QVariantList values{day.toString(Qt::ISODate)};
    if (!allPhysicians) {
        where += QStringLiteral(" AND c.physician_id = ?");
        values.append(session.userId);
    }
    auto list = select(where, values,
                       QStringLiteral("c.status = 'reviewed', c.alert_level DESC, c.ready_at"));
    if (!list)
        return list;
    // The level stored when a file was made ready misses vital signs saved after it: those
    // files (found in one query) have their alerts worked out again, so the list always ranks
    // by every value of the day.
    auto stale =
        runQuery(m_vault.database(),
                 QStringLiteral("SELECT c.id FROM consultation c WHERE c.day = ? AND "
                                "c.status = 'ready' AND c.deleted = 0 AND EXISTS ("
                                "SELECT 1 FROM vital_sign v WHERE v.patient_id = "
                                "c.patient_id AND v.deleted = 0 AND v.updated_at > "
                                "c.updated_at AND v.consultation_id IN (c.id, ''))"),
                 {day.toString(Qt::ISODate)}, tr("Reading the prepared consultations failed"));
    if (!stale)
        return std::unexpected(stale.error());
    QSet<QString> outdated;
    while (stale->next())
        outdated.insert(stale->value(0).toString());
    if (outdated.isEmpty())
        return list;
    for (PreparedConsultation &c : *list) {
        if (!outdated.contains(c.id))
            continue;
        auto summarised = compose(session, c.id);
        if (!summarised)
            return std::unexpected(summarised.error());
        c.alertLevel = 0;
        c.alerts.clear();
        for (const VitalAlert &a : summarised->alerts) {
            c.alertLevel = std::max(c.alertLevel, a.weight());
            c.alerts.append(a.message);
        }
    }
    std::stable_sort(list->begin(), list->end(),
                     [](const PreparedConsultation &a, const PreparedConsultation &b) {
                         const bool aDone = a.status == PreparedConsultation::Status::Reviewed;
                         const bool bDone = b.status == PreparedConsultation::Status::Reviewed;
                         if (aDone != bDone)
                             return !aDone;
                         if (a.alertLevel != b.alertLevel)
                             return a.alertLevel > b.alertLevel;
                         return a.readyAt < b.readyAt;
                     });
    return list;
}

Result<ConsultationSummary> PreparedConsultations::summary(const Session &session,
                                                           const QString &id)
{
    auto composed = compose(session, id);
    if (!composed)
        return composed;
    // Opening a prepared file is reading the patient's file: audited like any opening.
    if (auto audited = m_vault.audit(session.actor(), QStringLiteral("read"),
                                     QStringLiteral("patient"), composed->consultation.patientId);
        !audited)
        return std::unexpected(audited.error());
    return composed;
}

Result<ConsultationSummary> PreparedConsultations::compose(const Session &session,
                                                           const QString &id) const
{
    auto consultation = load(session, id);
    if (!consultation)
        return std::unexpected(consultation.error());
    ConsultationSummary s;
    s.consultation = *consultation;
    PatientVitals vitals(m_vault);
    auto taken = vitalsOf(session, *consultation);
    if (!taken)
        return std::unexpected(taken.error());
    s.vitals = *taken;
    auto history = vitals.history(session, consultation->patientId);
    if (!history)
        return std::unexpected(history.error());
    // Before this visit: what the GP compares with.
    const QDate visit = consultation->day;
    QList<std::pair<QDate, double>> earlierWeights;
    QMap<VitalKind, VitalRecord> before;
    for (const VitalRecord &r : std::as_const(*history)) { // newest first
        const QDate day = r.measuredAt.toLocalTime().date();
        if (r.superseded || day >= visit)
            continue;
        if (!before.contains(r.kind))
            before.insert(r.kind, r);
        if (r.kind == VitalKind::Weight && day >= visit.addMonths(-6))
            earlierWeights.append({day, r.value});
    }
    VitalSnapshot snapshot = PatientVitals::snapshot(s.vitals, earlierWeights);
    snapshot.day = visit;
    snapshot.birthDate = PatientVitals(m_vault).birthDateOf(consultation->patientId);
    s.alerts = VitalAlertRules::evaluate(snapshot);
    QMap<VitalKind, VitalRecord> latestOfVisit;
    for (const VitalRecord &r : std::as_const(s.vitals))
        latestOfVisit.insert(r.kind, r);
    for (auto it = latestOfVisit.cbegin(); it != latestOfVisit.cend(); ++it) {
        ConsultationSummary::Change change{it.key(), it.value(), std::nullopt};
        if (before.contains(it.key()))
            change.before = before.value(it.key());
        s.changes.append(change);
    }
    auto allergies = PatientAllergies(m_vault).status(session, consultation->patientId);
    s.allergies = allergies ? PatientAllergies::summary(*allergies) : allergies.error().message;
    PatientHistory patientHistory(m_vault);
    if (auto treatments = patientHistory.treatments(session, consultation->patientId)) {
        for (const Treatment &t : std::as_const(*treatments)) {
            if (t.isCurrent())
                s.treatments.append(t.dosage.isEmpty() ? t.drug
                                                       : t.drug + QStringLiteral(" — ") + t.dosage);
        }
    }
    if (auto conditions = patientHistory.conditions(session, consultation->patientId))
        s.ald = PatientHistory::aldSummary(*conditions);
    return s;
}

Status PreparedConsultations::markReviewed(const Session &session, const QString &id,
                                           const QString &comment)
{
    if (auto allowed = AccessPolicy::require(session, Permission::ReviewPreparedFile); !allowed)
        return allowed;
    auto stored = load(session, id);
    if (!stored)
        return std::unexpected(stored.error());
    if (stored->status != PreparedConsultation::Status::Ready)
        return fail(ErrorCode::InvalidInput,
                    tr("Only a file ready for the doctor can be marked reviewed (this one is %1).")
                        .arg(statusName(stored->status)));
    return m_vault.write(session.actor(), [&](RecordWriter &w) {
        return w.update(Table, id,
                        {{QStringLiteral("status"), QStringLiteral("reviewed")},
                         {QStringLiteral("reviewed_by"), session.userId},
                         {QStringLiteral("reviewed_at"), stampNow()},
                         {QStringLiteral("gp_comment"), comment.trimmed()}});
    });
}

bool PreparedConsultations::canUndoReview(const Session &session,
                                          const PreparedConsultation &consultation,
                                          const QDateTime &at)
{
    return consultation.status == PreparedConsultation::Status::Reviewed &&
           consultation.reviewedById == session.userId && consultation.reviewedAt.isValid() &&
           consultation.reviewedAt.secsTo(at) >= 0 &&
           consultation.reviewedAt.secsTo(at) < UndoReviewMinutes * 60;
}

Status PreparedConsultations::undoReview(const Session &session, const QString &id)
{
    if (auto allowed = AccessPolicy::require(session, Permission::ReviewPreparedFile); !allowed)
        return allowed;
    auto stored = load(session, id);
    if (!stored)
        return std::unexpected(stored.error());
    if (!canUndoReview(session, *stored, m_vault.clock().now()))
        return fail(ErrorCode::InvalidInput,
                    stored->status != PreparedConsultation::Status::Reviewed
                        ? tr("This file is not marked reviewed.")
                    : stored->reviewedById != session.userId
                        ? tr("Only %1, who marked this file reviewed, can undo it.")
                              .arg(stored->reviewedByName)
                        : tr("“Reviewed” can be undone for %n minutes only: add a comment to "
                             "the patient's file instead.",
                             nullptr, UndoReviewMinutes));
    // Back to ready, comment kept for the GP to finish; the trail keeps both steps.
    return m_vault.write(session.actor(), [&](RecordWriter &w) -> Status {
        if (Status back = w.update(Table, id,
                                   {{QStringLiteral("status"), QStringLiteral("ready")},
                                    {QStringLiteral("reviewed_by"), QString()},
                                    {QStringLiteral("reviewed_at"), QString()}});
            !back)
            return back;
        return w.logEvent(QStringLiteral("undo-review"), Table, id);
    });
}

Result<int> PreparedConsultations::waitingCount(const Session &session, const QDate &day) const
{
    if (!AccessPolicy::allows(session.roles, Permission::ReviewPreparedFile))
        return 0;
    auto list = reviewList(session, day, false);
    if (!list)
        return std::unexpected(list.error());
    return int(std::count_if(list->cbegin(), list->cend(), [](const PreparedConsultation &c) {
        return c.status == PreparedConsultation::Status::Ready;
    }));
}

const Clock &PreparedConsultations::clock() const
{
    return m_vault.clock();
}

} // namespace relais
