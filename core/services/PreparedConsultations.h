#pragma once

#include "domain/Consultation.h"
#include "domain/VitalAlertRules.h"
#include "security/Session.h"
#include "services/PatientVitals.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QMap>

#include <functional>

namespace relais {

class Vault;

// Preparing consultations (assistants and physicians) and reviewing them (physicians only,
// checked here whatever the window shows).
class PreparedConsultations
{
    Q_DECLARE_TR_FUNCTIONS(relais::PreparedConsultations)

public:
    static constexpr auto FieldReason = "reason";
    static constexpr auto FieldPhysician = "physician";
    static constexpr auto FieldNoVitalsReason = "no-vitals-reason";
    static constexpr auto ItemVitals = "vitals";

    // The checklist's items, in the order they are done at the desk.
    static QStringList checklistItems();
    static QString checklistLabel(const QString &item);
    static QString statusName(PreparedConsultation::Status status);
    // Drafts as kept: each line simplified, empty lines dropped.
    static QStringList keptDrafts(const QStringList &typed);

    explicit PreparedConsultations(Vault &vault);
    // The practice's time, as every reading and rule of this service sees it.
    const Clock &clock() const;

    // Starts preparing today's consultation of a patient with a physician of the practice; the
    // vital signs taken earlier today for no consultation join it (in the same transaction).
    // Refused when one is already open for the patient today (it is returned by current()).
    // Started from the waiting room, it names the appointment the patient came for.
    Result<QString> start(const Session &session, const QString &patientId,
                          const QString &physicianId, const QString &reason,
                          const QString &appointmentId = QString());
    // Today's consultation of the patient that the GP has not reviewed yet, if any.
    Result<std::optional<PreparedConsultation>> current(const Session &session,
                                                        const QString &patientId) const;
    Result<PreparedConsultation> load(const Session &session, const QString &id) const;
    // The patient's most recent consultation the GP reviewed, if any: what the assistant reads
    // back (the GP's comment, who and when).
    Result<std::optional<PreparedConsultation>> lastReviewed(const Session &session,
                                                             const QString &patientId) const;
    // Saves the reason, notes, checklist, drafts and physician (not once reviewed). "Vital signs
    // taken" cannot be ticked while no vital sign belongs to the consultation.
    Status save(const Session &session, const PreparedConsultation &consultation);
    // Ready for the doctor: the reason is required; without any vital sign, so is a reason for
    // their absence, which the GP sees among the alerts. The alerts of the vitals are kept with
    // it so the GP's list can put them first.
    Status markReady(const Session &session, const QString &id, const QString &noVitalsReason = {});
    // The vital signs that belong to a consultation: those taken for it, and, until it is
    // reviewed, those of its day taken for no consultation (whatever the order things were
    // done in, the GP sees every value of the day).
    Result<QList<VitalRecord>> vitalsOf(const Session &session,
                                        const PreparedConsultation &consultation) const;

    // The GP's list for a day: ready ones first, urgent alerts first within them, then the
    // reviewed ones. Physicians only; their own patients unless `allPhysicians`.
    Result<QList<PreparedConsultation>> reviewList(const Session &session, const QDate &day,
                                                   bool allPhysicians) const;
    Result<ConsultationSummary> summary(const Session &session, const QString &id);
    Status markReviewed(const Session &session, const QString &id, const QString &comment);
    // "Reviewed" pressed by mistake: the same physician may take it back for a few minutes
    // (audited as such); after that, what they have to add goes in the patient's file.
    static constexpr int UndoReviewMinutes = 10;
    static bool canUndoReview(const Session &session, const PreparedConsultation &consultation,
                              const QDateTime &at);
    Status undoReview(const Session &session, const QString &id);
    // How many of the physician's files of the day wait for review (0 for anyone else).
    Result<int> waitingCount(const Session &session, const QDate &day) const;

private:
    Result<ConsultationSummary> compose(const Session &session, const QString &id) const;
    QDate today() const;

    Vault &m_vault;
};

} // namespace relais
