#include "security/AccessPolicy.h"
#include "services/Agenda.h"
#include "services/AuditBrowser.h"
#include "services/DrugSubstances.h"
#include "services/FhirExchange.h"
#include "services/PatientAllergies.h"
#include "services/PatientDetails.h"
#include "services/PatientHistory.h"
#include "services/PatientMerger.h"
#include "services/PatientVitals.h"
#include "services/PracticeSettings.h"
#include "services/PreparedConsultations.h"
#include "services/Schedules.h"
#include "services/UserAccounts.h"
#include "services/VaultBackups.h"
#include "storage/Vault.h"
#include "support/TestData.h"
#include "support/TestPractice.h"

#include <QBuffer>

#include <catch2/catch.hpp>

using namespace relais;
using relais::test::TestPractice;

namespace {

// What a call came to: allowed (whatever happened next) or refused for who asked.
template<typename T>
bool denied(const Result<T> &result)
{
    return !result && result.error().code == ErrorCode::Denied;
}

struct EntryPoint
{
    const char *name;
    Permission permission;
    std::function<bool(TestPractice &, const Session &)> deniedFor; // true: refused as Denied
};

// Every service entry point that needs a permission, called with plausible arguments: the
// patient, the consultation and the account below exist, so an allowed call gets past its
// check and a refused one is refused for the role alone.
struct Ids
{
    QString patient;
    QString consultation;
    QString user;
};

QList<EntryPoint> entryPoints(const Ids &ids, const QString &dir)
{
    const QString p = ids.patient;
    const QString c = ids.consultation;
    const QString u = ids.user;
    return {
        {"UserAccounts::list", Permission::ManageUsers,
         [](TestPractice &d, const Session &s) { return denied(UserAccounts(*d.vault).list(s)); }},
        {"UserAccounts::create", Permission::ManageUsers,
         [](TestPractice &d, const Session &s) {
             UserAccount a;
             a.login = QStringLiteral("nina");
             a.displayName = QStringLiteral("Nina");
             a.roles = Role::Assistant;
             return denied(UserAccounts(*d.vault, Passwords::Cost::quick())
                               .create(s, a, QStringLiteral("long enough pass phrase 42")));
         }},
        {"UserAccounts::update", Permission::ManageUsers,
         [u](TestPractice &d, const Session &s) {
             auto a = UserAccounts(*d.vault).find(u);
             return denied(UserAccounts(*d.vault).update(s, *a));
         }},
        {"UserAccounts::setDisabled", Permission::ManageUsers,
         [u](TestPractice &d, const Session &s) {
             return denied(UserAccounts(*d.vault).setDisabled(s, u, false));
         }},
        {"UserAccounts::resetPassword", Permission::ManageUsers,
         [u](TestPractice &d, const Session &s) {
             return denied(UserAccounts(*d.vault, Passwords::Cost::quick())
                               .resetPassword(s, u, QStringLiteral("another long pass phrase 7")));
         }},
        {"PracticeSettings::update", Permission::EditPractice,
         [](TestPractice &d, const Session &s) {
             return denied(PracticeSettings(*d.vault).update(
                 s, PracticeDetails{{}, QStringLiteral("Cabinet"), {}, {}, {}}));
         }},
        {"PracticeSettings::setIdleMinutes", Permission::EditPractice,
         [](TestPractice &d, const Session &s) {
             return denied(PracticeSettings(*d.vault).setIdleMinutes(s, 10));
         }},
        {"AuditBrowser::entries", Permission::ViewAudit,
         [](TestPractice &d, const Session &s) {
             return denied(AuditBrowser(*d.vault).entries(s, {}));
         }},
        {"AuditBrowser::exportCsv", Permission::ViewAudit,
         [](TestPractice &d, const Session &s) {
             QBuffer out;
             out.open(QIODevice::WriteOnly);
             return denied(AuditBrowser(*d.vault).exportCsv(s, {}, out));
         }},
        {"VaultBackups::backUp", Permission::BackUpVault,
         [dir](TestPractice &d, const Session &s) {
             return denied(VaultBackups(*d.vault).backUp(
                 s, dir + QStringLiteral("/b-%1.relais-backup").arg(s.login)));
         }},
        {"DrugSubstances::importFrom", Permission::UpdateDrugDatabase,
         [](TestPractice &d, const Session &s) {
             return denied(DrugSubstances(*d.vault).importFrom(
                 s, relais::test::fixture(QStringLiteral("bdpm")), DrugSubstances::Import::Forced));
         }},
        {"DrugSubstances::search", Permission::ReadPatients,
         [](TestPractice &d, const Session &s) {
             return denied(DrugSubstances(*d.vault).search(s, QStringLiteral("para")));
         }},
        {"PatientRegistry::create", Permission::EditPatients,
         [](TestPractice &d, const Session &s) {
             return denied(d.registry().create(s, relais::test::helene(), true));
         }},
        {"PatientRegistry::createBatch", Permission::EditPatients,
         [](TestPractice &d, const Session &s) {
             return denied(d.registry().createBatch(s, {relais::test::helene()}));
         }},
        {"PatientRegistry::search", Permission::ReadPatients,
         [](TestPractice &d, const Session &s) {
             return denied(d.registry().search(s, QStringLiteral("dupont")));
         }},
        {"PatientRegistry::open", Permission::ReadPatients,
         [p](TestPractice &d, const Session &s) { return denied(d.registry().open(s, p)); }},
        {"PatientRegistry::refresh", Permission::ReadPatients,
         [p](TestPractice &d, const Session &s) { return denied(d.registry().refresh(s, p)); }},
        {"PatientRegistry::identityEvents", Permission::ReadPatients,
         [p](TestPractice &d, const Session &s) {
             return denied(d.registry().identityEvents(s, p));
         }},
        {"PatientRegistry::validateIdentity", Permission::EditPatients,
         [p](TestPractice &d, const Session &s) {
             return denied(d.registry().validateIdentity(s, p, ProofDocument::IdentityCard));
         }},
        {"PatientRegistry::updateIdentity", Permission::EditPatients,
         [p](TestPractice &d, const Session &s) {
             auto current = d.registry().refresh(relais::test::DeskAssistant, p);
             return denied(d.registry().updateIdentity(s, *current, {}, true));
         }},
        {"PatientAllergies::list", Permission::ReadPatients,
         [p](TestPractice &d, const Session &s) {
             return denied(PatientAllergies(*d.vault).list(s, p));
         }},
        {"PatientAllergies::status", Permission::ReadPatients,
         [p](TestPractice &d, const Session &s) {
             return denied(PatientAllergies(*d.vault).status(s, p));
         }},
        {"PatientAllergies::add", Permission::EditPatients,
         [p](TestPractice &d, const Session &s) {
             Allergy a;
             a.patientId = p;
             a.substance = QStringLiteral("latex");
             return denied(PatientAllergies(*d.vault).add(s, a));
         }},
        {"PatientAllergies::remove", Permission::EditPatients,
         [](TestPractice &d, const Session &s) {
             return denied(PatientAllergies(*d.vault).remove(s, QStringLiteral("none")));
         }},
        {"PatientAllergies::recordNoneKnown", Permission::EditPatients,
         [p](TestPractice &d, const Session &s) {
             return denied(PatientAllergies(*d.vault).recordNoneKnown(s, p));
         }},
        {"PatientDetails::load", Permission::ReadPatients,
         [p](TestPractice &d, const Session &s) {
             return denied(PatientDetails(*d.vault).load(s, p));
         }},
        {"PatientDetails::practicePhysicians", Permission::ReadPatients,
         [](TestPractice &d, const Session &s) {
             return denied(PatientDetails(*d.vault).practicePhysicians(s));
         }},
        {"PatientDetails::update", Permission::EditPatients,
         [p](TestPractice &d, const Session &s) {
             PatientDetailsRecord r;
             r.patientId = p;
             return denied(PatientDetails(*d.vault).update(s, r));
         }},
        {"PatientHistory::conditions", Permission::ReadPatients,
         [p](TestPractice &d, const Session &s) {
             return denied(PatientHistory(*d.vault).conditions(s, p));
         }},
        {"PatientHistory::saveCondition", Permission::EditPatients,
         [p](TestPractice &d, const Session &s) {
             Condition condition;
             condition.patientId = p;
             condition.label = QStringLiteral("Asthme");
             return denied(PatientHistory(*d.vault).saveCondition(s, condition));
         }},
        {"PatientHistory::removeCondition", Permission::EditPatients,
         [](TestPractice &d, const Session &s) {
             return denied(PatientHistory(*d.vault).removeCondition(s, QStringLiteral("none")));
         }},
        {"PatientHistory::treatments", Permission::ReadPatients,
         [p](TestPractice &d, const Session &s) {
             return denied(PatientHistory(*d.vault).treatments(s, p));
         }},
        {"PatientHistory::saveTreatment", Permission::EditPatients,
         [p](TestPractice &d, const Session &s) {
             Treatment t;
             t.patientId = p;
             t.drug = QStringLiteral("METFORMINE 1000 mg");
             return denied(PatientHistory(*d.vault).saveTreatment(s, t));
         }},
        {"PatientHistory::removeTreatment", Permission::EditPatients,
         [](TestPractice &d, const Session &s) {
             return denied(PatientHistory(*d.vault).removeTreatment(s, QStringLiteral("none")));
         }},
        {"PatientMerger::merge", Permission::MergePatients,
         [p](TestPractice &d, const Session &s) {
             return denied(PatientMerger(*d.vault).merge(s, p, QStringLiteral("none"),
                                                         QStringLiteral("same person")));
         }},
        {"PatientMerger::undo", Permission::MergePatients,
         [](TestPractice &d, const Session &s) {
             return denied(PatientMerger(*d.vault).undo(s, QStringLiteral("none")));
         }},
        {"PatientMerger::mergesInto", Permission::ReadPatients,
         [p](TestPractice &d, const Session &s) {
             return denied(PatientMerger(*d.vault).mergesInto(s, p));
         }},
        {"PatientVitals::record", Permission::RecordVitals,
         [p](TestPractice &d, const Session &s) {
             VitalEntry e;
             e.patientId = p;
             e.typed.insert(VitalKind::Weight, QStringLiteral("70"));
             return denied(PatientVitals(*d.vault).record(s, e));
         }},
        {"PatientVitals::correct", Permission::RecordVitals,
         [](TestPractice &d, const Session &s) {
             return denied(PatientVitals(*d.vault).correct(
                 s, QStringLiteral("none"), QStringLiteral("71"), QStringLiteral("typo")));
         }},
        {"PatientVitals::history", Permission::ReadPatients,
         [p](TestPractice &d, const Session &s) {
             return denied(PatientVitals(*d.vault).history(s, p));
         }},
        {"PatientVitals::latest", Permission::ReadPatients,
         [p](TestPractice &d, const Session &s) {
             return denied(PatientVitals(*d.vault).latest(s, p));
         }},
        {"PatientVitals::series", Permission::ReadPatients,
         [p](TestPractice &d, const Session &s) {
             return denied(PatientVitals(*d.vault).series(s, p, VitalKind::Weight, {}));
         }},
        {"PatientVitals::ofConsultation", Permission::ReadPatients,
         [c](TestPractice &d, const Session &s) {
             return denied(PatientVitals(*d.vault).ofConsultation(s, c));
         }},
        {"PatientVitals::unattachedOfDay", Permission::ReadPatients,
         [p](TestPractice &d, const Session &s) {
             return denied(PatientVitals(*d.vault).unattachedOfDay(s, p, TestPractice::today()));
         }},
        {"PreparedConsultations::start", Permission::RecordVitals,
         [p](TestPractice &d, const Session &s) {
             return denied(PreparedConsultations(*d.vault).start(s, p, QStringLiteral("u-leroy"),
                                                                 QStringLiteral("renewal")));
         }},
        {"PreparedConsultations::current", Permission::ReadPatients,
         [p](TestPractice &d, const Session &s) {
             return denied(PreparedConsultations(*d.vault).current(s, p));
         }},
        {"PreparedConsultations::load", Permission::ReadPatients,
         [c](TestPractice &d, const Session &s) {
             return denied(PreparedConsultations(*d.vault).load(s, c));
         }},
        {"PreparedConsultations::lastReviewed", Permission::ReadPatients,
         [p](TestPractice &d, const Session &s) {
             return denied(PreparedConsultations(*d.vault).lastReviewed(s, p));
         }},
        {"PreparedConsultations::save", Permission::RecordVitals,
         [c](TestPractice &d, const Session &s) {
             PreparedConsultation pc;
             pc.id = c;
             return denied(PreparedConsultations(*d.vault).save(s, pc));
         }},
        {"PreparedConsultations::markReady", Permission::RecordVitals,
         [c](TestPractice &d, const Session &s) {
             return denied(PreparedConsultations(*d.vault).markReady(s, c));
         }},
        {"PreparedConsultations::reviewList", Permission::ReviewPreparedFile,
         [](TestPractice &d, const Session &s) {
             return denied(
                 PreparedConsultations(*d.vault).reviewList(s, TestPractice::today(), true));
         }},
        {"PreparedConsultations::summary", Permission::ReadPatients,
         [c](TestPractice &d, const Session &s) {
             return denied(PreparedConsultations(*d.vault).summary(s, c));
         }},
        {"PreparedConsultations::markReviewed", Permission::ReviewPreparedFile,
         [c](TestPractice &d, const Session &s) {
             return denied(
                 PreparedConsultations(*d.vault).markReviewed(s, c, QStringLiteral("seen")));
         }},
        {"PreparedConsultations::undoReview", Permission::ReviewPreparedFile,
         [c](TestPractice &d, const Session &s) {
             return denied(PreparedConsultations(*d.vault).undoReview(s, c));
         }},
        {"Agenda::book", Permission::BookAppointments,
         [p, u](TestPractice &d, const Session &s) {
             Appointment a;
             a.practitionerId = u;
             a.patientId = p;
             a.start = QDateTime(QDate(2026, 11, 25), QTime(8, 0), Qt::UTC);
             a.end = a.start.addSecs(15 * 60);
             return denied(Agenda(*d.vault).book(s, a, QStringLiteral("test")));
         }},
        {"Agenda::move", Permission::BookAppointments,
         [u](TestPractice &d, const Session &s) {
             const QDateTime at(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC);
             return denied(
                 Agenda(*d.vault).move(s, QStringLiteral("none"), at, at.addSecs(900), u));
         }},
        {"Agenda::cancel", Permission::BookAppointments,
         [](TestPractice &d, const Session &s) {
             return denied(Agenda(*d.vault).cancel(s, QStringLiteral("none"),
                                                   Appointment::CancelledBy::Patient,
                                                   QStringLiteral("grippe")));
         }},
        {"Agenda::bookSeries", Permission::BookAppointments,
         [p, u](TestPractice &d, const Session &s) {
             Appointment a;
             a.practitionerId = u;
             a.patientId = p;
             a.start = QDateTime(QDate(2026, 12, 2), QTime(8, 0), Qt::UTC);
             a.end = a.start.addSecs(15 * 60);
             return denied(Agenda(*d.vault).bookSeries(s, a, 1, 2, QStringLiteral("test")));
         }},
        {"Agenda::markReminded", Permission::BookAppointments,
         [](TestPractice &d, const Session &s) {
             return denied(Agenda(*d.vault).markReminded(s, QStringLiteral("none"), true));
         }},
        {"Agenda::between", Permission::ReadPatients,
         [u](TestPractice &d, const Session &s) {
             const QDateTime at(QDate(2026, 11, 25), QTime(0, 0), Qt::UTC);
             return denied(Agenda(*d.vault).between(s, {u}, at, at.addDays(1)));
         }},
        {"Schedules::save (anyone's)", Permission::EditAnySchedule,
         [u](TestPractice &d, const Session &s) {
             Schedule week;
             week.practitionerId = u;
             week.hours.append({1, QTime(9, 0), QTime(12, 0)});
             return denied(Schedules(*d.vault).save(s, week));
         }},
        {"Schedules::save (one's own)", Permission::EditOwnSchedule,
         [](TestPractice &d, const Session &s) {
             Schedule week;
             week.practitionerId = s.userId;
             week.hours.append({2, QTime(9, 0), QTime(12, 0)});
             return denied(Schedules(*d.vault).save(s, week));
         }},
        {"Schedules::addAbsence", Permission::EditAnySchedule,
         [u](TestPractice &d, const Session &s) {
             const QDateTime at(QDate(2026, 12, 25), QTime(0, 0), Qt::UTC);
             return denied(Schedules(*d.vault).addAbsence(s, u, {at, at.addDays(1), {}}));
         }},
        {"Schedules::saveType", Permission::EditAppointmentTypes,
         [](TestPractice &d, const Session &s) {
             return denied(Schedules(*d.vault).saveType(
                 s, {QString(), QStringLiteral("T") + s.login.left(3).toUpper(),
                     QStringLiteral("Test"), 15, QStringLiteral("#123456")}));
         }},
        {"Agenda::markNoShow", Permission::BookAppointments,
         [](TestPractice &d, const Session &s) {
             return denied(Agenda(*d.vault).markNoShow(s, QStringLiteral("none")));
         }},
    };
}

Session withRoles(const char *login, Roles roles)
{
    return Session{QStringLiteral("u-") + QLatin1String(login), QLatin1String(login),
                   QLatin1String(login), roles};
}

} // namespace

TEST_CASE("permissions: every service entry point refuses exactly whom AccessPolicy's table "
          "refuses")
{
    TestPractice desk;
    // A physician account (the consultation's), a patient and a consultation in preparation.
    UserAccounts accounts(*desk.vault, Passwords::Cost::quick());
    const Session admin = withRoles("root", Role::Admin);
    auto leroy = desk.vault->write(Actor::system(), [&](RecordWriter &w) {
        return w.create(QStringLiteral("app_user"),
                        {{QStringLiteral("login"), QStringLiteral("leroy")},
                         {QStringLiteral("login_key"), QStringLiteral("leroy")},
                         {QStringLiteral("display_name"), QStringLiteral("Dr Leroy")},
                         {QStringLiteral("roles"), RoleNames::toStorage(Role::Physician)},
                         {QStringLiteral("rpps"), QStringLiteral("10003456789")},
                         {QStringLiteral("specialty"), QStringLiteral("Médecine générale")},
                         {QStringLiteral("password_hash"), QStringLiteral("x")},
                         {QStringLiteral("disabled"), 0}});
    });
    REQUIRE(leroy.has_value());
    auto patient = desk.registry().create(relais::test::DeskAssistant, relais::test::helene());
    REQUIRE(patient.has_value());
    auto consultation =
        PreparedConsultations(*desk.vault)
            .start(relais::test::DeskAssistant, *patient, *leroy, QStringLiteral("renewal"));
    REQUIRE(consultation.has_value());
    const Ids ids{*patient, *consultation, *leroy};

    const QList<Session> people = {withRoles("assistant", Role::Assistant),
                                   withRoles("physician", Role::Physician), admin,
                                   withRoles("nobody", Roles())};
    const auto table = entryPoints(ids, desk.dir.path());
    // Each permission of the enum is exercised by at least one entry point.
    QSet<Permission> covered;
    for (const EntryPoint &entry : table)
        covered.insert(entry.permission);
    for (Permission p :
         {Permission::ManageUsers, Permission::EditPractice, Permission::ViewAudit,
          Permission::BackUpVault, Permission::UpdateDrugDatabase, Permission::ReadPatients,
          Permission::EditPatients, Permission::MergePatients, Permission::RecordVitals,
          Permission::ReviewPreparedFile, Permission::BookAppointments, Permission::EditOwnSchedule,
          Permission::EditAnySchedule, Permission::EditAppointmentTypes})
        CHECK(covered.contains(p));

    for (const EntryPoint &entry : table) {
        for (const Session &who : people) {
            const bool allowed = AccessPolicy::allows(who.roles, entry.permission);
            INFO(entry.name << " called by " << who.login.toStdString());
            const qint64 journal =
                desk.count(QStringLiteral("SELECT count(*) FROM change_journal"));
            CHECK(entry.deniedFor(desk, who) == !allowed);
            if (!allowed) // a refusal writes nothing
                CHECK(desk.count(QStringLiteral("SELECT count(*) FROM change_journal")) == journal);
        }
    }
}
