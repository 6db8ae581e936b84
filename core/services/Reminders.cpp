#include "Reminders.h"

#include "domain/PracticeTime.h"
#include "services/Schedules.h"
#include "storage/Vault.h"

#include <QHash>

namespace relais {

namespace {

QString field(const QString &text)
{
    if (!text.contains(QLatin1Char(';')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

} // namespace

Reminders::Reminders(Vault &vault)
    : m_vault(vault)
{}

Result<QList<Reminders::Call>> Reminders::of(const Session &session, const QDate &day) const
{
    auto practitioners = Schedules(m_vault).practitioners();
    if (!practitioners)
        return std::unexpected(practitioners.error());
    QStringList ids;
    QHash<QString, QString> names;
    for (const UserAccount &u : std::as_const(*practitioners)) {
        ids.append(u.id);
        names.insert(u.id, u.displayName);
    }
    const QDateTime from = *PracticeTime::toUtc(day, QTime(0, 0));
    const QDateTime to = *PracticeTime::toUtc(day.addDays(1), QTime(0, 0));
    auto entries = Agenda(m_vault).between(session, ids, from, to);
    if (!entries)
        return std::unexpected(entries.error());
    QList<Call> calls;
    for (const AgendaEntry &e : std::as_const(*entries)) {
        if (e.appointment.holdsTime())
            calls.append(Call{e, names.value(e.appointment.practitionerId)});
    }
    return calls;
}

QByteArray Reminders::csv(const QList<Call> &calls)
{
    // A file for another program: its header and values do not change with the language.
    QStringList lines{QStringLiteral("date;time;practitioner;patient;phone;reminded")};
    for (const Call &c : calls) {
        const QDateTime local = PracticeTime::toLocal(c.entry.appointment.start);
        lines.append(QStringList{
            local.toString(QStringLiteral("yyyy-MM-dd")), local.toString(QStringLiteral("HH:mm")),
            field(c.practitionerName), field(c.entry.patientName), field(c.entry.phone),
            c.entry.appointment.remindedAt.isValid() ? QStringLiteral("1") : QStringLiteral("0")}
                         .join(QLatin1Char(';')));
    }
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

} // namespace relais
