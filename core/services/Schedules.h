#pragma once

#include "domain/AppointmentType.h"
#include "domain/Schedule.h"
#include "domain/UserAccount.h"
#include "security/Session.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace relais {

class RecordWriter;
class Vault;

// Practitioners' weeks (hours, breaks, the unscheduled-care cut-off, absences) and the
// practice's appointment types. A practitioner edits their own week; an administrator edits
// anyone's: checked here, whatever the window shows.
class Schedules
{
    Q_DECLARE_TR_FUNCTIONS(relais::Schedules)

public:
    static constexpr auto FieldCutoff = "cutoff";

    explicit Schedules(Vault &vault);

    // Who the agenda shows: enabled physicians, and anyone with opening hours (a nurse, the
    // assistant's own consultations), by name.
    Result<QList<UserAccount>> practitioners() const;
    // Their weeks, with the absences from a day before `from` on.
    Result<QList<Schedule>> of(const QStringList &practitionerIds, const QDateTime &from) const;
    Result<Schedule> of(const QString &practitionerId) const;
    PublicHolidays::Region holidays() const;

    // Replaces the practitioner's hours, breaks and cut-off with `week`'s, refused whole with
    // the first problem of ScheduleRules when there is one.
    Status save(const Session &session, const Schedule &week);

    struct DatedAbsence
    {
        QString id;
        Absence absence;
    };
    // The practitioner's absences that end after now, earliest first.
    Result<QList<DatedAbsence>> absences(const QString &practitionerId) const;
    Result<QString> addAbsence(const Session &session, const QString &practitionerId,
                               const Absence &away);
    Status removeAbsence(const Session &session, const QString &absenceId);

    Result<CalendarDetail> calendarDetail(const QString &practitionerId) const;
    Status setCalendarDetail(const Session &session, const QString &practitionerId,
                             CalendarDetail detail);

    Result<QList<AppointmentType>> types() const;
    // Creates the type (empty id) or changes it; returns its id.
    Result<QString> saveType(const Session &session, const AppointmentType &type);
    Status removeType(const Session &session, const QString &typeId);

private:
    Status mayEdit(const Session &session, const QString &practitionerId) const;
    Status saveSetting(const Session &session, const QString &practitionerId, const QTime &cutoff,
                       std::optional<CalendarDetail> detail);
    // The practitioner's setting row written in the caller's write; an empty detail keeps the
    // stored one.
    Status writeSetting(RecordWriter &w, const std::optional<QString> &settingId,
                        const QString &practitionerId, const QTime &cutoff,
                        std::optional<CalendarDetail> detail) const;

    Vault &m_vault;
};

} // namespace relais
