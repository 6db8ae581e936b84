#pragma once

#include "domain/Consultation.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace relais {

// A patient in the practice today: come for an appointment, or walked in for unscheduled care.
// From the desk's point of view it goes arrived → in preparation (the assistant prepares the
// consultation) → ready for the doctor → in consultation → done; or the patient leaves without
// being seen. Times are UTC.
struct Visit
{
    enum class State
    {
        Arrived,
        Preparing,
        Ready,
        InConsultation,
        Done,
        Left, // went away without being seen
    };
    QString id = {};
    QString patientId = {};
    QString appointmentId = {}; // empty: walked in
    QString practitionerId = {};
    QDate day = {};
    State state = State::Arrived;
    QDateTime arrivedAt = {};
    QDateTime seenAt = {}; // came into the consulting room
    QDateTime doneAt = {};
    QString consultationId = {};
    QString reason = {};
};

// One line of today's waiting room: an appointment still expected, or a visit.
struct WaitingRoomRow
{
    enum class Status
    {
        Expected,
        Arrived,
        Preparing,
        Ready,
        InConsultation,
        Done,
        Left,
        NoShow,
        Excused,
    };
    Status status = Status::Expected;
    QString appointmentId = {};
    QString visitId = {};
    QString patientId = {};
    QString patientName = {};
    QString practitionerId = {};
    QString practitionerName = {};
    QString typeLabel = {};
    QDateTime expectedAt = {}; // the appointment's start; invalid for a walk-in
    QDateTime arrivedAt = {};
    QDateTime seenAt = {};
    QString consultationId = {};
};

class VisitRules
{
    Q_DECLARE_TR_FUNCTIONS(relais::VisitRules)

public:
    // Whether the desk may take a visit from one state to the next: forward only, and never
    // out of done or left.
    static bool mayGo(Visit::State from, Visit::State to);
    // What the list shows: the visit's own state, moved on by its prepared consultation (being
    // prepared, or made ready for the doctor) while the patient has not gone in yet.
    static WaitingRoomRow::Status shown(Visit::State state,
                                        std::optional<PreparedConsultation::Status> consultation);
    // Minutes from arrival until going in, or until `now` while still waiting; -1 before
    // arrival.
    static int minutesWaited(const WaitingRoomRow &row, const QDateTime &now);
    struct Waits
    {
        int seen = 0;    // patients who went in today
        int median = 0;  // minutes, of those
        int longest = 0; // minutes, of those and of those still waiting
    };
    static Waits waits(const QList<WaitingRoomRow> &rows, const QDateTime &now);
    static QString statusName(WaitingRoomRow::Status status);
    static QString stateCode(Visit::State state);
    static Visit::State stateOf(const QString &code);
};

} // namespace relais
