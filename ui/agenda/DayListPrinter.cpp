#include "DayListPrinter.h"

#include "documents/PdfFile.h"
#include "domain/PracticeTime.h"
#include "services/Agenda.h"
#include "services/PracticeSettings.h"
#include "services/Schedules.h"
#include "storage/Vault.h"

#include <QLocale>
#include <QTextDocument>

namespace relais::ui {

DayListPrinter::DayListPrinter(Vault &vault)
    : m_vault(vault)
{}

Result<QString> DayListPrinter::html(const Session &session, const QString &practitionerId,
                                     const QDate &day) const
{
    auto practitioners = Schedules(m_vault).practitioners();
    if (!practitioners)
        return std::unexpected(practitioners.error());
    const auto who = std::find_if(practitioners->cbegin(), practitioners->cend(),
                                  [&](const UserAccount &u) { return u.id == practitionerId; });
    if (who == practitioners->cend())
        return std::unexpected(
            Error{ErrorCode::NotFound, tr("This practitioner is not on the agenda (disabled, or "
                                          "without opening hours).")});
    const QDateTime from = *PracticeTime::toUtc(day, QTime(0, 0));
    const QDateTime to = *PracticeTime::toUtc(day.addDays(1), QTime(0, 0));
    auto entries = Agenda(m_vault).between(session, {practitionerId}, from, to);
    if (!entries)
        return std::unexpected(entries.error());
    const auto practice = PracticeSettings(m_vault).details();
    const QLocale locale;
    const auto esc = [](const QString &text) { return text.toHtmlEscaped(); };

    QString rows;
    int booked = 0;
    int cancelled = 0;
    for (const AgendaEntry &e : std::as_const(*entries)) {
        if (e.appointment.status == Appointment::Status::Cancelled) {
            ++cancelled;
            continue;
        }
        ++booked;
        QStringList notes;
        if (e.appointment.overbooked)
            notes.append(tr("overbooked: %1").arg(e.appointment.reason));
        if (e.appointment.status == Appointment::Status::NoShow)
            notes.append(tr("not honoured"));
        if (!e.appointment.seriesId.isEmpty())
            notes.append(tr("series"));
        rows +=
            QStringLiteral("<tr><td>%1–%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td>"
                           "<td>%7</td></tr>")
                .arg(PracticeTime::toLocal(e.appointment.start).toString(QStringLiteral("HH:mm")),
                     PracticeTime::toLocal(e.appointment.end).toString(QStringLiteral("HH:mm")),
                     esc(e.patientName),
                     e.birthDate.isValid() ? e.birthDate.toString(QStringLiteral("dd/MM/yyyy"))
                                           : QString(),
                     esc(e.phone), esc(e.typeLabel), esc(notes.join(QStringLiteral(", "))));
    }
    QString body = QStringLiteral("<p style=\"font-size:9pt\">%1</p><h2>%2</h2><h3>%3</h3>")
                       .arg(esc(practice ? practice->name : QString()),
                            esc(tr("Day list: %1").arg(who->displayName)),
                            esc(locale.toString(day, QStringLiteral("dddd d MMMM yyyy"))));
    if (booked == 0)
        body += QStringLiteral("<p>%1</p>").arg(esc(tr("No appointment on this day.")));
    else
        body += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                               "width=\"100%\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th>"
                               "<th>%5</th><th>%6</th></tr>%7</table>")
                    .arg(esc(tr("Time")), esc(tr("Patient")), esc(tr("Born")), esc(tr("Phone")),
                         esc(tr("Type")), esc(tr("To know")), rows);
    body += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("%n appointment(s)", nullptr, booked) +
                         (cancelled ? QStringLiteral(" · ") + tr("%n cancelled", nullptr, cancelled)
                                    : QString())));
    body += QStringLiteral("<p style=\"font-size:8pt\">%1</p>")
                .arg(esc(
                    tr("Printed on %1 by %2. Confidential: patient data.")
                        .arg(locale.toString(PracticeTime::toLocal(m_vault.clock().now()),
                                             QStringLiteral("dd/MM/yyyy HH:mm")),
                             session.displayName.isEmpty() ? session.login : session.displayName)));
    return QStringLiteral("<html><body>%1</body></html>").arg(body);
}

Status DayListPrinter::print(const Session &session, const QString &practitionerId,
                             const QDate &day, const QString &pdfPath) const
{
    auto laidOut = html(session, practitionerId, day);
    if (!laidOut)
        return std::unexpected(laidOut.error());
    QTextDocument document;
    document.setHtml(*laidOut);
    return PdfFile::write(document, pdfPath, tr("Day list"), QMarginsF(15, 15, 15, 15));
}

} // namespace relais::ui
