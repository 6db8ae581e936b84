#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace relais {

// An appointment, kept in UTC over [start, end): it ends when the next may begin.
struct Appointment
{
    enum class Status
    {
        Booked,
        Cancelled, // by the patient (excused) or the practice: see `cancelledBy`
        NoShow,    // not honoured
    };
    enum class CancelledBy
    {
        Nobody,
        Patient,  // excused
        Practice, // the practitioner is away, the practice moved it
    };

    QString id = {};
    QString practitionerId = {};
    QString patientId = {};
    QString type = {};
    QDateTime start = {};
    QDateTime end = {};
    Status status = Status::Booked;
    CancelledBy cancelledBy = CancelledBy::Nobody;
    QString reason = {};   // why cancelled, or why overbooked
    QString seriesId = {}; // the recurring series it belongs to, if any
    bool overbooked = false;
    bool editedAlone = false;  // one of a series changed by itself: series edits leave it be
    QDateTime remindedAt = {}; // the day-before call; invalid until made

    // Whether it takes its time in the day: a cancelled one or a no-show frees it.
    bool holdsTime() const { return status == Status::Booked; }
    int minutes() const { return static_cast<int>(start.secsTo(end) / 60); }
};

// One line of an appointment's history: booked, moved, cancelled, no-show, reminded.
struct AppointmentEvent
{
    QString action = {};
    QDateTime at = {};
    QString byUser = {};
    QString details = {}; // JSON, as written
};

// Why a candidate cannot take its time: the appointment in the way, and whose.
struct Conflict
{
    enum class Kind
    {
        Practitioner, // the practitioner is already booked
        Patient,      // the patient is already booked, with anyone
    };
    Kind kind = Kind::Practitioner;
    Appointment other = {};
};

class AppointmentRules
{
    Q_DECLARE_TR_FUNCTIONS(relais::AppointmentRules)

public:
    static constexpr auto FieldStart = "start";
    static constexpr auto FieldMinutes = "minutes";
    static constexpr auto FieldReason = "reason";

    // How far back an appointment may still be entered (a visit recorded the next morning).
    static constexpr int PastDaysAllowed = 7;
    // The longest appointment: a long consultation or a minor procedure, not a day.
    static constexpr int LongestMinutes = 240;

    // What is wrong with its times, in the words of the form: an end before its start, no
    // duration, longer than a session, far in the past.
    static Status checkTimes(const Appointment &candidate, const QDateTime &now);
    // Every booked appointment that overlaps the candidate's [start, end), of the same
    // practitioner or of the same patient (two practitioners at once is a conflict too). The
    // candidate itself, when it is a move, is not its own conflict.
    static QList<Conflict> conflicts(const Appointment &candidate,
                                     const QList<Appointment> &existing);
    // The sentence for a conflict: "Dr Martin already sees DUPONT Hélène from 09:00 to 09:30".
    static QString describe(const Conflict &conflict, const QString &practitionerName,
                            const QString &patientName);
    static bool overlaps(const Appointment &a, const Appointment &b);
};

} // namespace relais
