#include "Appointment.h"

#include "domain/PracticeTime.h"

namespace relais {

bool AppointmentRules::overlaps(const Appointment &a, const Appointment &b)
{
    return a.start < b.end && b.start < a.end;
}

Status AppointmentRules::checkTimes(const Appointment &candidate, const QDateTime &now)
{
    const auto refuse = [](const char *field, const QString &why) -> Status {
        return std::unexpected(Error{ErrorCode::InvalidInput, why, QLatin1String(field)});
    };
    if (!candidate.start.isValid() || !candidate.end.isValid())
        return refuse(FieldStart, tr("Choose the day and the time of the appointment."));
    if (candidate.end < candidate.start)
        return refuse(FieldMinutes, tr("The appointment ends before it starts."));
    if (candidate.end == candidate.start)
        return refuse(FieldMinutes, tr("Give the appointment a duration."));
    if (candidate.minutes() > LongestMinutes)
        return refuse(FieldMinutes, tr("An appointment lasts at most %n minute(s); for a longer "
                                       "time, mark an absence.",
                                       nullptr, LongestMinutes));
    if (candidate.start < now.addDays(-PastDaysAllowed))
        return refuse(
            FieldStart,
            tr("%1 is more than %n day(s) ago: check the date.", nullptr, PastDaysAllowed)
                .arg(
                    PracticeTime::toLocal(candidate.start).toString(QStringLiteral("dd/MM/yyyy"))));
    return {};
}

QList<Conflict> AppointmentRules::conflicts(const Appointment &candidate,
                                            const QList<Appointment> &existing)
{
    QList<Conflict> found;
    for (const Appointment &other : existing) {
        if (!other.holdsTime() || (!candidate.id.isEmpty() && other.id == candidate.id) ||
            !overlaps(candidate, other))
            continue;
        if (other.practitionerId == candidate.practitionerId)
            found.append({Conflict::Kind::Practitioner, other});
        else if (!candidate.patientId.isEmpty() && other.patientId == candidate.patientId)
            found.append({Conflict::Kind::Patient, other});
    }
    return found;
}

QString AppointmentRules::describe(const Conflict &conflict, const QString &practitionerName,
                                   const QString &patientName)
{
    const QString from =
        PracticeTime::toLocal(conflict.other.start).toString(QStringLiteral("HH:mm"));
    const QString to = PracticeTime::toLocal(conflict.other.end).toString(QStringLiteral("HH:mm"));
    if (conflict.kind == Conflict::Kind::Practitioner)
        return tr("%1 already sees %2 from %3 to %4.").arg(practitionerName, patientName, from, to);
    return tr("%1 already has an appointment from %2 to %3, with %4.")
        .arg(patientName, from, to, practitionerName);
}

} // namespace relais
