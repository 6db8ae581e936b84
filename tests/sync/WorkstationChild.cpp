// A workstation of the convergence test, in a process of its own so that the test can kill it
// anywhere: opens the vault whose key (hex) it reads on standard input, then does `steps` random
// acts of a practice's day through the services (new files, file parts, vital signs, prepared
// and reviewed consultations, appointments, prescriptions drafted and signed) and syncs now and
// then. It prints what the test watches, each line flushed at once:
//   W <table> <id>            a record created, printed only once its transaction committed
//   P <step> <done> <total>   sync progress ("Sending", "Receiving")
//   S ok <pushed> <applied> <alreadyOnHub> | S fail <reason>   a sync ended
//   D                         all steps done
// Arguments: VAULT SEED STEPS AHEAD_MS (how far ahead of the real time its clock runs).
#include "demo/DemoPractice.h"
#include "services/Agenda.h"
#include "services/PatientDetails.h"
#include "services/PatientHistory.h"
#include "services/PatientRegistry.h"
#include "services/PatientVitals.h"
#include "services/PracticeSync.h"
#include "services/PreparedConsultations.h"
#include "services/Prescriptions.h"
#include "storage/Vault.h"
#include "support/ChildKey.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <sodium.h>

#include <cstdio>
#include <random>

using namespace relais;

namespace {

// The real time, `aheadMs` ahead: a workstation whose clock was set wrong.
class AheadClock final : public Clock
{
public:
    explicit AheadClock(qint64 aheadMs)
        : m_aheadMs(aheadMs)
    {}
    qint64 nowMs() const override { return Clock::system().nowMs() + m_aheadMs; }
    qint64 monotonicMs() const override { return Clock::system().monotonicMs(); }

private:
    qint64 m_aheadMs;
};

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

void created(const char *table, const QString &id)
{
    say(QStringLiteral("W %1 %2").arg(QLatin1String(table), id));
}

class Day
{
public:
    Day(Vault &vault, quint32 seed)
        : m_vault(vault)
        , m_random(seed)
        , m_state(seed)
    {
        m_physician = sessionOf(QStringLiteral("medecin"));
        m_assistant = sessionOf(QStringLiteral("assistante"));
    }

    bool ready() const { return m_physician.isValid() && m_assistant.isValid(); }

    void act()
    {
        switch (draw(9)) {
        case 0: newFile(); break;
        case 1: notes(); break;
        case 2: condition(); break;
        case 3:
        case 4: vitals(); break;
        case 5: appointment(); break;
        case 6: cancelAppointment(); break;
        case 7: draftPrescription(); break;
        default: signPrescription(); break;
        }
    }

    void sync()
    {
        auto report = PracticeSync(m_vault).sync(
            m_assistant, {}, {}, [](const QString &step, qint64 done, qint64 total) {
                say(QStringLiteral("P %1 %2 %3").arg(step).arg(done).arg(total));
            });
        if (report)
            say(QStringLiteral("S ok %1 %2 %3")
                    .arg(report->pushed)
                    .arg(report->applied)
                    .arg(report->alreadyOnHub));
        else
            say(QStringLiteral("S fail ") + report.error().message);
    }

private:
    quint32 draw(quint32 below) { return static_cast<quint32>(m_random() % below); }

    Session sessionOf(const QString &login)
    {
        QSqlQuery q(m_vault.database());
        q.prepare(QStringLiteral("SELECT id, display_name, roles FROM app_user WHERE login = ?"));
        q.addBindValue(login);
        if (!q.exec() || !q.next())
            return {};
        return Session{q.value(0).toString(), login, q.value(1).toString(),
                       RoleNames::fromStorage(q.value(2).toString())};
    }

    // One of the records this vault holds, drawn at random (received ones too).
    QString any(const QString &sql)
    {
        QSqlQuery q(m_vault.database());
        if (!q.exec(sql + QStringLiteral(" ORDER BY random() LIMIT 1")) || !q.next())
            return {};
        return q.value(0).toString();
    }
    QString anyPatient() { return any(QStringLiteral("SELECT id FROM patient WHERE deleted = 0")); }

    void newFile()
    {
        const PatientIdentity patient = DemoPractice::makePatient(m_state);
        auto id = PatientRegistry(m_vault).create(m_assistant, patient);
        if (!id)
            return;
        created("patient", *id);
        // Most files get their history at once, a change at a time.
        if (draw(2) == 0)
            (void)DemoPractice::fillFile(m_vault, m_physician, *id, patient, m_state);
    }

    void notes()
    {
        PatientDetails details(m_vault);
        auto file = details.load(m_assistant, anyPatient());
        if (!file)
            return;
        file->notes = QStringLiteral("Préfère les rendez-vous du matin (%1)").arg(m_random());
        (void)details.update(m_assistant, *file);
    }

    void condition()
    {
        Condition c;
        c.patientId = anyPatient();
        c.label = QStringLiteral("Lombalgie commune");
        c.icd10 = QStringLiteral("M54.5");
        if (auto id = PatientHistory(m_vault).saveCondition(m_physician, c))
            created("patient_condition", *id);
    }

    // The assistant prepares a consultation with the vital signs; the GP reviews it now and then.
    void vitals()
    {
        const QString patient = anyPatient();
        PreparedConsultations consultations(m_vault);
        auto id = consultations.start(m_assistant, patient, m_physician.userId,
                                      QStringLiteral("Suivi tension"));
        if (!id)
            return;
        created("consultation", *id);
        VitalEntry entry;
        entry.patientId = patient;
        entry.consultationId = *id;
        const int systolic = 115 + static_cast<int>(draw(30));
        entry.pressures = {{QString::number(systolic), QString::number(systolic / 2 + 15)}};
        entry.typed.insert(VitalKind::HeartRate, QString::number(60 + draw(30)));
        auto recorded = PatientVitals(m_vault).record(m_assistant, entry);
        if (!recorded)
            return;
        for (const QString &vital : std::as_const(recorded->ids))
            created("vital_sign", vital);
        if (!consultations.markReady(m_assistant, *id))
            return;
        if (draw(2) == 0)
            (void)consultations.markReviewed(m_physician, *id, QStringLiteral("Vu, à revoir"));
    }

    void appointment()
    {
        QSqlQuery type(m_vault.database());
        if (!type.exec(QStringLiteral("SELECT code, minutes FROM appointment_type WHERE "
                                      "deleted = 0 ORDER BY random() LIMIT 1")) ||
            !type.next())
            return;
        Appointment a;
        a.practitionerId = m_physician.userId;
        a.patientId = anyPatient();
        a.type = type.value(0).toString();
        // Within the next two weeks, on the quarter hour, in the morning: the workstations
        // often want the same times.
        const QDate day = m_vault.clock().today().addDays(1 + draw(14));
        a.start =
            QDateTime(day, QTime(8 + static_cast<int>(draw(4)), 15 * static_cast<int>(draw(4))),
                      Qt::LocalTime)
                .toUTC();
        a.end = a.start.addSecs(60LL * type.value(1).toInt());
        if (auto id = Agenda(m_vault).book(m_assistant, a))
            created("appointment", *id);
    }

    void cancelAppointment()
    {
        const QString id = any(QStringLiteral("SELECT id FROM appointment WHERE deleted = 0 AND "
                                              "status = 'booked'"));
        if (!id.isEmpty())
            (void)Agenda(m_vault).cancel(m_assistant, id, Appointment::CancelledBy::Patient,
                                         QStringLiteral("Empêchement"));
    }

    void draftPrescription()
    {
        Prescription draft;
        draft.patientId = anyPatient();
        PrescriptionLine line;
        line.dci = QStringLiteral("PARACÉTAMOL");
        line.strength = QStringLiteral("1 g");
        line.form = QStringLiteral("comprimé");
        line.route = QStringLiteral("orale");
        line.posology.unit = Posology::unitFor(line.form);
        line.posology.rhythm = Posology::Rhythm::AsNeeded;
        line.posology.dose = 1;
        line.posology.maxPerDay = 3;
        line.posology.duration = Posology::Duration{5, Posology::DurationUnit::Days};
        draft.lines = {line};
        if (auto id = Prescriptions(m_vault).saveDraft(m_assistant, draft))
            created("prescription", *id);
    }

    void signPrescription()
    {
        const QString id = any(
            QStringLiteral("SELECT id FROM prescription WHERE deleted = 0 AND status = 'draft'"));
        if (id.isEmpty())
            return;
        Prescriptions::SignOff signOff{QLatin1String(DemoPractice::Password), {}, true};
        (void)Prescriptions(m_vault).sign(m_physician, id, signOff);
    }

    Vault &m_vault;
    std::mt19937 m_random;
    quint32 m_state;
    Session m_physician;
    Session m_assistant;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (sodium_init() < 0 || argc != 5)
        return 2;
    const auto key = relais::test::keyFromStandardInput();
    if (!key)
        return 2;
    const quint32 seed = QString::fromLocal8Bit(argv[2]).toUInt();
    const int steps = QString::fromLocal8Bit(argv[3]).toInt();
    AheadClock clock(QString::fromLocal8Bit(argv[4]).toLongLong());
    Vault::Options options;
    options.clock = &clock;
    auto vault = Vault::open(QString::fromLocal8Bit(argv[1]), *key, options);
    if (!vault) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(vault.error().message));
        return 1;
    }
    Day day(**vault, seed);
    if (!day.ready())
        return 1;
    std::mt19937 random(seed ^ 0x5eedu);
    for (int step = 0; step < steps; ++step) {
        if (random() % 6 == 0)
            day.sync();
        else
            day.act();
    }
    say(QStringLiteral("D"));
    return 0;
}
