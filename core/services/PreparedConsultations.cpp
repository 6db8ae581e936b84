#include "PreparedConsultations.h"

#include "repositories/ConsultationRepository.h"
#include "repositories/PatientRepository.h"
#include "repositories/UserRepository.h"
#include "repositories/VitalSignRepository.h"
#include "security/AccessPolicy.h"
#include "services/PatientAllergies.h"
#include "services/PatientHistory.h"
#include "services/PatientRegistry.h"
#include "storage/Vault.h"

namespace relais {

namespace {

const QString ConsultationTable = QString::fromLatin1(ConsultationRepository::Table);

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

QStringList PreparedConsultations::keptDrafts(const QStringList &typed)
{
    QStringList kept;
    for (const QString &line : typed) {
        if (!line.simplified().isEmpty())
            kept.append(line.simplified());
    }
    return kept;
}

PreparedConsultations::PreparedConsultations(Vault &vault)
    : m_vault(vault)
{}

QDate PreparedConsultations::today() const
{
    return m_vault.clock().today();
}

Result<QString> PreparedConsultations::start(const Session &session, const QString &patientId,
                                             const QString &physicianId, const QString &reason,
                                             const QString &appointmentId)
{
    if (auto allowed = AccessPolicy::require(session, Permission::RecordVitals); !allowed)
        return std::unexpected(allowed.error());
    auto physician = UserRepository(m_vault).find(physicianId);
    if (!physician)
        return std::unexpected(physician.error());
    if (!physician->has_value() || (*physician)->disabled ||
        !(*physician)->roles.testFlag(Role::Physician))
        return invalid(QLatin1String(FieldPhysician),
                       tr("Choose the physician of the practice who will see the patient."));
    if (auto open = current(session, patientId); !open)
        return std::unexpected(open.error());
    else if (open->has_value())
        return fail(ErrorCode::AlreadyExists,
                    tr("This patient's consultation of today is already being prepared."));
    if (auto patient = PatientRepository(m_vault).loadLive(patientId); !patient)
        return std::unexpected(patient.error());
    // Taken before the consultation was started: they belong to it, or the GP would not see them.
    auto earlier = PatientVitals(m_vault).unattachedOfDay(session, patientId, today());
    if (!earlier)
        return std::unexpected(earlier.error());
    return m_vault.write(session.actor(), [&](RecordWriter &w) -> Result<QString> {
        QVariantMap columns = ConsultationRepository::startColumns(
            patientId, physicianId, today(), reason.simplified(), session.userId);
        columns.insert(QStringLiteral("appointment_id"), appointmentId);
        auto id = w.create(ConsultationTable, columns);
        if (!id)
            return id;
        for (const VitalRecord &r : std::as_const(*earlier)) {
            if (auto joined = w.update(QString::fromLatin1(VitalSignRepository::Table), r.id,
                                       VitalSignRepository::attachColumns(*id));
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
    return ConsultationRepository(m_vault).openOn(patientId, today());
}

Result<std::optional<PreparedConsultation>>
PreparedConsultations::lastReviewed(const Session &session, const QString &patientId) const
{
    if (auto allowed = AccessPolicy::require(session, Permission::ReadPatients); !allowed)
        return std::unexpected(allowed.error());
    return ConsultationRepository(m_vault).lastReviewed(patientId);
}

Result<PreparedConsultation> PreparedConsultations::load(const Session &session,
                                                         const QString &id) const
{
    if (auto allowed = AccessPolicy::require(session, Permission::ReadPatients); !allowed)
        return std::unexpected(allowed.error());
    auto found = ConsultationRepository(m_vault).find(id);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value())
        return fail(ErrorCode::NotFound, tr("This prepared consultation no longer exists."));
    return **found;
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
    PreparedConsultation prepared = c;
    prepared.reason = c.reason.simplified();
    prepared.notes = c.notes.trimmed();
    prepared.drafts = keptDrafts(c.drafts);
    return m_vault.write(session.actor(), [&](RecordWriter &w) {
        return w.update(ConsultationTable, c.id,
                        ConsultationRepository::preparationColumns(prepared));
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
        return w.update(ConsultationTable, id,
                        ConsultationRepository::readyColumns(m_vault.clock().now(), level, alerts));
    });
}

Result<QList<PreparedConsultation>> PreparedConsultations::reviewList(const Session &session,
                                                                      const QDate &day,
                                                                      bool allPhysicians) const
{
    if (auto allowed = AccessPolicy::require(session, Permission::ReviewPreparedFile); !allowed)
        return std::unexpected(allowed.error());
    const ConsultationRepository consultations(m_vault);
    auto list = consultations.readyOrReviewedOn(day, allPhysicians ? QString() : session.userId);
    if (!list)
        return list;
    // The level stored when a file was made ready misses vital signs saved after it: those
    // files (found in one query) have their alerts worked out again, so the list always ranks
    // by every value of the day.
    auto outdated = consultations.readyWithNewerVitals(day);
    if (!outdated)
        return std::unexpected(outdated.error());
    if (outdated->isEmpty())
        return list;
    for (PreparedConsultation &c : *list) {
        if (!outdated->contains(c.id))
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
        return w.update(ConsultationTable, id,
                        ConsultationRepository::reviewedColumns(
                            session.userId, m_vault.clock().now(), comment.trimmed()));
    });
}

bool PreparedConsultations::canUndoReview(const Session &session,
                                          const PreparedConsultation &consultation,
                                          const QDateTime &at)
{
    return consultation.status == PreparedConsultation::Status::Reviewed &&
           consultation.reviewedById == session.userId && consultation.reviewedAt.isValid() &&
           consultation.reviewedAt.secsTo(at) >= 0 &&
           consultation.reviewedAt.secsTo(at) < qint64{UndoReviewMinutes} * 60;
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
        if (Status back =
                w.update(ConsultationTable, id, ConsultationRepository::reviewUndoneColumns());
            !back)
            return back;
        return w.logEvent(QStringLiteral("undo-review"), ConsultationTable, id);
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
