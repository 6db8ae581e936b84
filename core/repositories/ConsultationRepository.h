#pragma once

#include "domain/Consultation.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QVariantMap>

#include <optional>

namespace relais {

class Vault;

// Prepared consultations (consultation), read with the names of who prepared, who will see and
// who reviewed them, and the patient's name, birth date and sex for the GP's list.
class ConsultationRepository
{
    Q_DECLARE_TR_FUNCTIONS(relais::ConsultationRepository)

public:
    static constexpr auto Table = "consultation";

    explicit ConsultationRepository(const Vault &vault);

    Result<std::optional<PreparedConsultation>> find(const QString &id) const;
    // The newest consultation of `day` for the patient that the GP has not reviewed yet.
    Result<std::optional<PreparedConsultation>> openOn(const QString &patientId,
                                                       const QDate &day) const;
    Result<std::optional<PreparedConsultation>> lastReviewed(const QString &patientId) const;
    // The day's ready and reviewed files (of one physician, or everyone's when empty): ready
    // first, the most alarming first, then in the order they were made ready.
    Result<QList<PreparedConsultation>> readyOrReviewedOn(const QDate &day,
                                                          const QString &physicianId) const;
    // Ready files of `day` whose patient had vital signs saved since they were made ready.
    Result<QSet<QString>> readyWithNewerVitals(const QDate &day) const;

    static QVariantMap startColumns(const QString &patientId, const QString &physicianId,
                                    const QDate &day, const QString &reason,
                                    const QString &preparedBy);
    // What preparing may change: reason, notes, checklist, drafts, physician.
    static QVariantMap preparationColumns(const PreparedConsultation &consultation);
    static QVariantMap readyColumns(const QDateTime &at, int alertLevel, const QStringList &alerts);
    static QVariantMap reviewedColumns(const QString &byUser, const QDateTime &at,
                                       const QString &comment);
    static QVariantMap reviewUndoneColumns();

private:
    Result<QList<PreparedConsultation>> select(const QString &where, const QVariantList &values,
                                               const QString &order) const;

    const Vault &m_vault;
};

} // namespace relais
