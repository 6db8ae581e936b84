#pragma once

#include "domain/Visit.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QVariantMap>

#include <optional>

namespace relais {

class Vault;

// Today's patients in the practice (visit) and each change of their state (visit_event).
class VisitRepository
{
    Q_DECLARE_TR_FUNCTIONS(relais::VisitRepository)

public:
    static constexpr auto Table = "visit";
    static constexpr auto EventTable = "visit_event";

    // A visit with the state of the patient's consultation of that day, if one was started.
    struct Seen
    {
        Visit visit;
        std::optional<PreparedConsultation::Status> consultation;
        QString consultationId;
    };

    explicit VisitRepository(const Vault &vault);

    Result<QList<Seen>> ofDay(const QDate &day) const; // by arrival
    Result<std::optional<Visit>> find(const QString &id) const;
    Result<std::optional<Visit>> ofAppointment(const QString &appointmentId) const;

    static QVariantMap columnsOf(const Visit &visit);
    // What a change of state writes: the state and the times it sets.
    static QVariantMap stateColumns(const Visit &visit);
    static QVariantMap eventColumns(const QString &visitId, Visit::State state, const QDateTime &at,
                                    const QString &byUser);

private:
    const Vault &m_vault;
};

} // namespace relais
