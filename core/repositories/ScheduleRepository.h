#pragma once

#include "domain/AppointmentType.h"
#include "domain/Schedule.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace relais {

class Vault;

// Practitioners' weeks (opening_hours, schedule_break, absence, schedule_setting) and the
// practice's appointment types.
class ScheduleRepository
{
    Q_DECLARE_TR_FUNCTIONS(relais::ScheduleRepository)

public:
    static constexpr auto HoursTable = "opening_hours";
    static constexpr auto BreakTable = "schedule_break";
    static constexpr auto AbsenceTable = "absence";
    static constexpr auto SettingTable = "schedule_setting";
    static constexpr auto TypeTable = "appointment_type";

    explicit ScheduleRepository(const Vault &vault);

    // The practitioners' schedules, with the absences that end after `absencesFrom`, in the
    // order asked; a practitioner with nothing saved has an empty week.
    Result<QList<Schedule>> schedules(const QStringList &practitionerIds,
                                      const QDateTime &absencesFrom) const;
    // Who has opening hours, by id.
    Result<QStringList> practitionersWithHours() const;
    // The ids of the rows a schedule is saved in, to replace them.
    struct RowIds
    {
        QStringList hours;
        QStringList breaks;
        std::optional<QString> setting;
    };
    Result<RowIds> rowsOf(const QString &practitionerId) const;
    Result<CalendarDetail> calendarDetail(const QString &practitionerId) const;

    Result<QList<AppointmentType>> types() const; // by label
    Result<std::optional<Absence>> findAbsence(const QString &id, QString *practitionerId) const;
    // The absences of a practitioner that end after `from`, with their ids.
    Result<QList<std::pair<QString, Absence>>> absencesOf(const QString &practitionerId,
                                                          const QDateTime &from) const;

    static QVariantMap hoursColumns(const QString &practitionerId, const OpeningHours &hours);
    static QVariantMap breakColumns(const QString &practitionerId, const Break &pause);
    static QVariantMap absenceColumns(const QString &practitionerId, const Absence &away);
    static QVariantMap settingColumns(const QString &practitionerId, const QTime &cutoff,
                                      CalendarDetail detail);
    static QVariantMap typeColumns(const AppointmentType &type);

private:
    const Vault &m_vault;
};

} // namespace relais
