#include "domain/Appointment.h"
#include "domain/PracticeTime.h"

#include <catch2/catch.hpp>

using namespace relais;

namespace {

const QDate Day(2026, 11, 30);

QDateTime at(int h, int m = 0, const QDate &day = Day)
{
    return *PracticeTime::toUtc(day, QTime(h, m));
}

Appointment booked(const QString &id, const QString &practitioner, const QString &patient,
                   const QDateTime &start, int minutes)
{
    Appointment a;
    a.id = id;
    a.practitionerId = practitioner;
    a.patientId = patient;
    a.start = start;
    a.end = start.addSecs(qint64(minutes) * 60);
    return a;
}

} // namespace

TEST_CASE("a booking conflicts over its whole duration, per practitioner and per patient")
{
    const QList<Appointment> day{
        booked(QStringLiteral("a1"), QStringLiteral("martin"), QStringLiteral("dupont"), at(9), 30),
        booked(QStringLiteral("a2"), QStringLiteral("roux"), QStringLiteral("leroy"), at(9), 15),
    };
    const auto kinds = [&](const Appointment &candidate) {
        QList<Conflict::Kind> out;
        for (const Conflict &c : AppointmentRules::conflicts(candidate, day))
            out.append(c.kind);
        return out;
    };

    // The second half of a 30-minute visit is taken.
    CHECK(kinds(booked({}, QStringLiteral("martin"), QStringLiteral("x"), at(9, 15), 15)) ==
          QList<Conflict::Kind>{Conflict::Kind::Practitioner});
    // [start, end): a visit that starts when the other ends is free, one a minute before is not.
    CHECK(
        kinds(booked({}, QStringLiteral("martin"), QStringLiteral("x"), at(9, 30), 15)).isEmpty());
    CHECK(kinds(booked({}, QStringLiteral("martin"), QStringLiteral("x"), at(8, 31), 30)) ==
          QList<Conflict::Kind>{Conflict::Kind::Practitioner});
    CHECK(
        kinds(booked({}, QStringLiteral("martin"), QStringLiteral("x"), at(8, 30), 30)).isEmpty());
    // The same patient with another practitioner at the same time.
    CHECK(kinds(booked({}, QStringLiteral("roux"), QStringLiteral("dupont"), at(9, 20), 15)) ==
          QList<Conflict::Kind>{Conflict::Kind::Patient});
    // A move of a1 does not conflict with a1 itself.
    Appointment moved = day.at(0);
    moved.start = at(9, 10);
    moved.end = at(9, 40);
    CHECK(kinds(moved).isEmpty());
    // A cancelled appointment or a no-show frees its time.
    QList<Appointment> freed = day;
    freed[0].status = Appointment::Status::Cancelled;
    CHECK(AppointmentRules::conflicts(
              booked({}, QStringLiteral("martin"), QStringLiteral("x"), at(9), 30), freed)
              .isEmpty());
    freed[0].status = Appointment::Status::NoShow;
    CHECK(AppointmentRules::conflicts(
              booked({}, QStringLiteral("martin"), QStringLiteral("x"), at(9), 30), freed)
              .isEmpty());

    const Conflict c =
        AppointmentRules::conflicts(
            booked({}, QStringLiteral("martin"), QStringLiteral("x"), at(9), 15), day)
            .first();
    CHECK(AppointmentRules::describe(c, QStringLiteral("Dr Martin"),
                                     QStringLiteral("DUPONT Hélène")) ==
          QStringLiteral("Dr Martin already sees DUPONT Hélène from 09:00 to 09:30."));
}

TEST_CASE("an appointment's times are refused with the field they are about")
{
    const QDateTime now = at(8);
    const auto field = [&](const Appointment &a) {
        const Status checked = AppointmentRules::checkTimes(a, now);
        return checked ? QString() : checked.error().field;
    };
    Appointment a = booked({}, QStringLiteral("martin"), QStringLiteral("x"), at(9), 15);
    CHECK(field(a).isEmpty());
    a.end = a.start.addSecs(-60);
    CHECK(field(a) == QLatin1String(AppointmentRules::FieldMinutes));
    a.end = a.start;
    CHECK(field(a) == QLatin1String(AppointmentRules::FieldMinutes));
    a.end = a.start.addSecs(qint64(AppointmentRules::LongestMinutes + 1) * 60);
    CHECK(field(a) == QLatin1String(AppointmentRules::FieldMinutes));
    // Entered the next morning: allowed; a month ago: a mistyped date.
    a = booked({}, QStringLiteral("martin"), QStringLiteral("x"), at(17, 0, Day.addDays(-1)), 15);
    CHECK(field(a).isEmpty());
    a = booked({}, QStringLiteral("martin"), QStringLiteral("x"), at(9, 0, Day.addDays(-30)), 15);
    CHECK(field(a) == QLatin1String(AppointmentRules::FieldStart));
    a.start = QDateTime();
    CHECK(field(a) == QLatin1String(AppointmentRules::FieldStart));
}
