#include "storage/Vault.h"
#include "support/TestPractice.h"

#include <QJsonValue>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>

#include <catch2/catch.hpp>

using namespace relais;
using relais::test::TestPractice;

namespace {

const Actor Amel{QStringLiteral("u-amel")};

Result<QString> addPractice(Vault &vault, const QString &name)
{
    return vault.write(Amel, [&](RecordWriter &w) {
        return w.create(QStringLiteral("practice"), {{QStringLiteral("name"), name}});
    });
}

// The journal of a desk, oldest first, as another workstation would receive it.
QList<JournalChange> journalOf(TestPractice &desk)
{
    QSqlQuery q(desk.vault->database());
    REQUIRE(q.exec(QStringLiteral("SELECT payload FROM change_journal ORDER BY seq")));
    QList<JournalChange> changes;
    while (q.next()) {
        auto change = JournalChange::fromPayload(q.value(0).toString().toUtf8());
        REQUIRE(change.has_value());
        changes.append(*change);
    }
    return changes;
}

// Everything a record's state is made of, to compare two workstations.
QStringList rowsOf(TestPractice &desk, const QString &table)
{
    QSqlQuery q(desk.vault->database());
    REQUIRE(q.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY id").arg(table)));
    QStringList rows;
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i)
            values.append(q.record().fieldName(i) + QLatin1Char('=') + q.value(i).toString());
        rows.append(values.join(QLatin1Char('|')));
    }
    return rows;
}

// A consultation prepared today for the patient, for a cough.
Result<QString> prepareConsultation(Vault &vault, const QString &patient)
{
    return vault.write(Amel, [&](RecordWriter &w) {
        return w.create(QStringLiteral("consultation"),
                        {{QStringLiteral("patient_id"), patient},
                         {QStringLiteral("day"), QStringLiteral("2026-11-24")},
                         {QStringLiteral("prepared_by"), Amel.userId},
                         {QStringLiteral("reason"), QStringLiteral("Toux")}});
    });
}

VaultChanges changesIn(const QSignalSpy &spy, int i)
{
    return spy.at(i).at(0).value<VaultChanges>();
}

} // namespace

TEST_CASE("write path: a write returns what its work produced, or nothing at all")
{
    TestPractice desk;
    Result<QString> id = addPractice(*desk.vault, QStringLiteral("Cabinet"));
    REQUIRE(id.has_value());
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM practice")) == 1);

    const Result<int> counted = desk.vault->write(Amel, [&](RecordWriter &w) -> Result<int> {
        if (Status ok = w.update(QStringLiteral("practice"), *id,
                                 {{QStringLiteral("phone"), QStringLiteral("0102030405")}});
            !ok)
            return std::unexpected(ok.error());
        return 42;
    });
    REQUIRE(counted.has_value());
    CHECK(*counted == 42);

    const Result<QString> refused = desk.vault->write(Amel, [&](RecordWriter &w) {
        return w.create(QStringLiteral("practice"), {{QStringLiteral("no_such"), 1}});
    });
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().message.contains(QStringLiteral("no_such")));
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM practice")) == 1);

    // A record already removed cannot be removed or changed again, governed by a policy or not.
    const auto remove = [&] {
        return desk.vault->write(
            Amel, [&](RecordWriter &w) { return w.remove(QStringLiteral("practice"), *id); });
    };
    REQUIRE(remove());
    CHECK(remove().error().code == ErrorCode::NotFound);
    const Status changed = desk.vault->write(Amel, [&](RecordWriter &w) {
        return w.update(QStringLiteral("practice"), *id, {{QStringLiteral("phone"), QString()}});
    });
    CHECK(changed.error().code == ErrorCode::NotFound);
}

TEST_CASE("change notices: every handle on a vault hears each committed write, with its origin")
{
    TestPractice desk;
    QSignalSpy spy(desk.vault->changes(), &ChangeNotifier::changed);
    auto worker = desk.vault->openAnother();
    REQUIRE(worker.has_value());
    CHECK((*worker)->changes() == desk.vault->changes()); // one notifier per file

    auto id = addPractice(*desk.vault, QStringLiteral("Cabinet"));
    REQUIRE(id.has_value());
    REQUIRE(spy.count() == 1);
    CHECK(changesIn(spy, 0).origin == ChangeOrigin::Here);
    CHECK(changesIn(spy, 0).handle == desk.vault->handleId());
    CHECK(changesIn(spy, 0).touches(QStringLiteral("practice"), *id));
    CHECK(changesIn(spy, 0).touches(QStringLiteral("audit_log")));
    CHECK_FALSE(changesIn(spy, 0).touches(QStringLiteral("patient")));

    // The second handle's write: same notifier, said to come from a worker.
    REQUIRE(addPractice(**worker, QStringLiteral("Annexe")).has_value());
    REQUIRE(spy.count() == 2);
    CHECK(changesIn(spy, 1).origin == ChangeOrigin::Worker);
    CHECK(changesIn(spy, 1).handle == (*worker)->handleId());

    SECTION("a write rolled back announces nothing")
    {
        const Status failed = desk.vault->write(Amel, [&](RecordWriter &w) -> Status {
            if (auto made = w.create(QStringLiteral("practice"), {}); !made)
                return std::unexpected(made.error());
            return fail(ErrorCode::Cancelled, QStringLiteral("changed my mind"));
        });
        REQUIRE_FALSE(failed.has_value());
        CHECK(spy.count() == 2);
    }
    SECTION("an audit row alone is announced, for the audit trail's screen")
    {
        REQUIRE(desk.vault->audit(Amel, QStringLiteral("read"), QStringLiteral("patient"), *id));
        REQUIRE(spy.count() == 3);
        CHECK(changesIn(spy, 2).tables.keys() == QStringList{QStringLiteral("audit_log")});
    }
    SECTION("a write on a worker thread reaches the window's thread through its event loop")
    {
        std::unique_ptr<Vault> threadHandle;
        QThread thread;
        QObject::connect(&thread, &QThread::started, [&] {
            auto opened = desk.vault->openAnother();
            if (opened) {
                threadHandle = std::move(*opened);
                threadHandle->setOrigin(ChangeOrigin::Import);
                (void)addPractice(*threadHandle, QStringLiteral("Depuis un fil"));
                threadHandle.reset();
            }
            thread.quit();
        });
        QObject receiver; // lives on this thread: the notice is queued to it
        QList<VaultChanges> heard;
        QObject::connect(desk.vault->changes(), &ChangeNotifier::changed, &receiver,
                         [&](const VaultChanges &c) {
                             CHECK(QThread::currentThread() == receiver.thread());
                             heard.append(c);
                         });
        thread.start();
        REQUIRE(spy.wait(5000));
        REQUIRE(thread.wait(5000));
        QCoreApplication::processEvents();
        REQUIRE(heard.size() == 1);
        CHECK(heard.first().origin == ChangeOrigin::Import);
        CHECK(heard.first().touches(QStringLiteral("practice")));
    }
}

TEST_CASE("write path: a reviewed consultation and a measured value are frozen, with why")
{
    TestPractice desk;
    auto patient = desk.registry().create(relais::test::DeskAssistant, relais::test::helene());
    REQUIRE(patient.has_value());
    auto consultation = prepareConsultation(*desk.vault, *patient);
    REQUIRE(consultation.has_value());
    const auto update = [&](const QVariantMap &fields) {
        return desk.vault->write(Amel, [&](RecordWriter &w) {
            return w.update(QStringLiteral("consultation"), *consultation, fields);
        });
    };
    REQUIRE(update({{QStringLiteral("reason"), QStringLiteral("Toux sèche")}}));
    const Status movedDay = update({{QStringLiteral("day"), QStringLiteral("2026-11-25")}});
    REQUIRE_FALSE(movedDay.has_value());
    CHECK(movedDay.error().code == ErrorCode::Frozen);
    CHECK(movedDay.error().message.contains(QStringLiteral("never changes")));

    REQUIRE(update({{QStringLiteral("status"), QStringLiteral("reviewed")},
                    {QStringLiteral("reviewed_by"), QStringLiteral("u-leroy")}}));
    const Status late = update({{QStringLiteral("reason"), QStringLiteral("Fièvre")}});
    REQUIRE_FALSE(late.has_value());
    CHECK(late.error().code == ErrorCode::Frozen);
    CHECK(late.error().message ==
          QStringLiteral("The physician has reviewed this consultation: it can no longer change."));
    const Status removed = desk.vault->write(Amel, [&](RecordWriter &w) {
        return w.remove(QStringLiteral("consultation"), *consultation);
    });
    CHECK(removed.error().code == ErrorCode::Frozen);
    // Writing a value as it already is changes nothing, so it is no change to refuse.
    CHECK(update({{QStringLiteral("reason"), QStringLiteral("Toux sèche")}}));
    // Undoing the review is the one way out.
    REQUIRE(update({{QStringLiteral("status"), QStringLiteral("ready")},
                    {QStringLiteral("reviewed_by"), QString()}}));
    CHECK(update({{QStringLiteral("reason"), QStringLiteral("Fièvre")}}));
}

TEST_CASE("write path: a cancelled appointment is frozen, its history never rewritten")
{
    TestPractice desk;
    auto appointment = desk.vault->write(Amel, [&](RecordWriter &w) {
        return w.create(QStringLiteral("appointment"),
                        {{QStringLiteral("practitioner_id"), QStringLiteral("u-leroy")},
                         {QStringLiteral("patient_id"), QStringLiteral("p-1")},
                         {QStringLiteral("start_at"), QStringLiteral("2026-11-30T08:00:00.000Z")},
                         {QStringLiteral("end_at"), QStringLiteral("2026-11-30T08:15:00.000Z")},
                         {QStringLiteral("series_id"), QStringLiteral("s-1")},
                         {QStringLiteral("booked_by"), Amel.userId}});
    });
    REQUIRE(appointment.has_value());
    const auto update = [&](const QVariantMap &fields) {
        return desk.vault->write(Amel, [&](RecordWriter &w) {
            return w.update(QStringLiteral("appointment"), *appointment, fields);
        });
    };
    // Moved: fine. Taken out of its series: never.
    REQUIRE(update({{QStringLiteral("start_at"), QStringLiteral("2026-11-30T09:00:00.000Z")},
                    {QStringLiteral("end_at"), QStringLiteral("2026-11-30T09:15:00.000Z")}}));
    CHECK(update({{QStringLiteral("series_id"), QString()}}).error().code == ErrorCode::Frozen);
    REQUIRE(update({{QStringLiteral("status"), QStringLiteral("cancelled")},
                    {QStringLiteral("cancelled_by"), QStringLiteral("patient")}}));
    const Status revived = update({{QStringLiteral("status"), QStringLiteral("booked")}});
    REQUIRE_FALSE(revived.has_value());
    CHECK(revived.error().code == ErrorCode::Frozen);
    CHECK(revived.error().message.contains(QStringLiteral("book a new one")));
    // A merge of two files still moves it.
    CHECK(update({{QStringLiteral("patient_id"), QStringLiteral("p-2")}}));

    auto event = desk.vault->write(Amel, [&](RecordWriter &w) {
        return w.create(QStringLiteral("appointment_event"),
                        {{QStringLiteral("appointment_id"), *appointment},
                         {QStringLiteral("action"), QStringLiteral("cancelled")},
                         {QStringLiteral("at"), QStringLiteral("2026-11-30T07:00:00.000Z")},
                         {QStringLiteral("by_user"), Amel.userId}});
    });
    REQUIRE(event.has_value());
    const Status rewritten = desk.vault->write(Amel, [&](RecordWriter &w) {
        return w.update(QStringLiteral("appointment_event"), *event,
                        {{QStringLiteral("action"), QStringLiteral("moved")}});
    });
    CHECK(rewritten.error().code == ErrorCode::Frozen);
}

TEST_CASE("apply: a change made elsewhere keeps its id, clock and author, and converges")
{
    TestPractice here;
    TestPractice there;
    auto registry = there.registry();
    auto id = registry.create(relais::test::DeskAssistant, relais::test::helene());
    REQUIRE(id.has_value());
    PatientIdentity changed = *registry.refresh(relais::test::DeskAssistant, *id);
    changed.phone = QStringLiteral("06 99 88 77 66");
    REQUIRE(registry.updateIdentity(relais::test::DeskAssistant, changed, {}));
    const QList<JournalChange> all = journalOf(there);
    QList<JournalChange> patientChanges;
    for (const JournalChange &c : all) {
        if (c.table == QStringLiteral("patient"))
            patientChanges.append(c);
    }
    REQUIRE(patientChanges.size() == 2);
    const qint64 journalBefore = here.count(QStringLiteral("SELECT count(*) FROM change_journal"));
    QSignalSpy spy(here.vault->changes(), &ChangeNotifier::changed);

    SECTION("in order, then again: the same state, and nothing journalled to push back")
    {
        auto applied = here.vault->apply(patientChanges);
        REQUIRE(applied.has_value());
        CHECK(*applied == QList<RecordWriter::Applied>{RecordWriter::Applied::Written,
                                                       RecordWriter::Applied::Written});
        CHECK(rowsOf(here, QStringLiteral("patient")) == rowsOf(there, QStringLiteral("patient")));
        auto again = here.vault->apply(patientChanges);
        REQUIRE(again.has_value());
        CHECK(*again == QList<RecordWriter::Applied>{RecordWriter::Applied::Superseded,
                                                     RecordWriter::Applied::Superseded});
        CHECK(rowsOf(here, QStringLiteral("patient")) == rowsOf(there, QStringLiteral("patient")));
        CHECK(here.count(QStringLiteral("SELECT count(*) FROM change_journal")) == journalBefore);
        REQUIRE(spy.count() >= 1);
        CHECK(changesIn(spy, 0).origin == ChangeOrigin::Sync);
        CHECK(changesIn(spy, 0).touches(QStringLiteral("patient"), *id));
    }
    SECTION("out of order: the older change arriving last is skipped")
    {
        REQUIRE(here.vault->apply({patientChanges.at(1)}));
        auto late = here.vault->apply({patientChanges.at(0)});
        REQUIRE(late.has_value());
        CHECK(late->first() == RecordWriter::Applied::Superseded);
        CHECK(rowsOf(here, QStringLiteral("patient")) == rowsOf(there, QStringLiteral("patient")));
    }
    SECTION("the record keeps its author in the audit trail, and the clock moves past it")
    {
        REQUIRE(here.vault->apply(patientChanges));
        CHECK(here.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE user_id = 'u-amel' "
                                        "AND entity = 'patient' AND action = 'update'")) == 1);
        // Found by the search like a file typed here: the search words followed the write.
        auto found = here.registry().search(relais::test::DeskAssistant, QStringLiteral("dupont"));
        REQUIRE(found.has_value());
        REQUIRE(found->size() == 1);
        CHECK(found->first().id == *id);
        auto local = addPractice(*here.vault, QStringLiteral("Ici"));
        REQUIRE(local.has_value());
        QSqlQuery q(here.vault->database());
        REQUIRE(q.exec(QStringLiteral("SELECT updated_at FROM practice")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() > patientChanges.at(1).clock.toString());
    }
}

TEST_CASE("apply: a reviewed consultation wins over a later edit made elsewhere, in either order")
{
    TestPractice here;
    TestPractice there;
    auto patient = there.registry().create(relais::test::DeskAssistant, relais::test::helene());
    REQUIRE(patient.has_value());
    auto consultation = prepareConsultation(*there.vault, *patient);
    REQUIRE(consultation.has_value());
    REQUIRE(here.vault->apply(journalOf(there)));
    const qint64 sent = there.count(QStringLiteral("SELECT max(seq) FROM change_journal"));

    // There, the physician reviews; here, a minute later by the clock, the reason is edited.
    REQUIRE(there.vault->write(Amel, [&](RecordWriter &w) {
        return w.update(QStringLiteral("consultation"), *consultation,
                        {{QStringLiteral("status"), QStringLiteral("reviewed")},
                         {QStringLiteral("reviewed_by"), QStringLiteral("u-leroy")}});
    }));
    here.clock.advanceMs(60'000);
    REQUIRE(here.vault->write(Amel, [&](RecordWriter &w) {
        return w.update(QStringLiteral("consultation"), *consultation,
                        {{QStringLiteral("reason"), QStringLiteral("Fièvre")}});
    }));
    const JournalChange review = journalOf(there).last();
    const JournalChange edit = journalOf(here).last();
    REQUIRE(edit.clock > review.clock);
    REQUIRE(sent > 0);

    JournalChange asideHere;
    auto atHere =
        here.vault->write(Amel, [&](RecordWriter &w) { return w.apply(review, &asideHere); });
    REQUIRE(atHere.has_value());
    CHECK(*atHere == RecordWriter::Applied::Displaced);
    CHECK(asideHere.row.value(QStringLiteral("reason")).toString() == QStringLiteral("Fièvre"));

    JournalChange asideThere;
    auto atThere =
        there.vault->write(Amel, [&](RecordWriter &w) { return w.apply(edit, &asideThere); });
    REQUIRE(atThere.has_value());
    CHECK(*atThere == RecordWriter::Applied::KeptAside);
    CHECK(asideThere.changeId == edit.changeId);

    CHECK(rowsOf(here, QStringLiteral("consultation")) ==
          rowsOf(there, QStringLiteral("consultation")));
    QSqlQuery q(here.vault->database());
    REQUIRE(q.exec(QStringLiteral("SELECT status, reason FROM consultation")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("reviewed"));
    CHECK(q.value(1).toString() == QStringLiteral("Toux"));

    SECTION("a review undone later by the physician is a state that may follow it")
    {
        there.clock.advanceMs(120'000);
        REQUIRE(there.vault->write(Amel, [&](RecordWriter &w) {
            return w.update(QStringLiteral("consultation"), *consultation,
                            {{QStringLiteral("status"), QStringLiteral("ready")},
                             {QStringLiteral("reviewed_by"), QString()}});
        }));
        auto undone = here.vault->apply({journalOf(there).last()});
        REQUIRE(undone.has_value());
        CHECK(undone->first() == RecordWriter::Applied::Written);
        CHECK(rowsOf(here, QStringLiteral("consultation")) ==
              rowsOf(there, QStringLiteral("consultation")));
    }
}

TEST_CASE("apply: a change that cannot be applied is refused with why, and nothing is written")
{
    TestPractice here;
    TestPractice there;
    there.clock.advanceMs(3'600'000); // the other workstation's clock is an hour ahead
    auto id = there.registry().create(relais::test::DeskAssistant, relais::test::helene());
    REQUIRE(id.has_value());
    JournalChange good;
    for (const JournalChange &c : journalOf(there)) {
        if (c.table == QStringLiteral("patient"))
            good = c;
    }
    REQUIRE_FALSE(good.id.isEmpty());
    const QStringList before = rowsOf(here, QStringLiteral("patient"));
    const qint64 auditBefore = here.count(QStringLiteral("SELECT count(*) FROM audit_log"));
    const QString clockBefore = here.vault->localSetting(QStringLiteral("clock"));

    JournalChange bad = good;
    QString expected;
    SECTION("an unknown table")
    {
        bad.table = QStringLiteral("prescription_of_the_future");
        expected = QStringLiteral("not a kind of record");
    }
    SECTION("an unknown column")
    {
        bad.row.insert(QStringLiteral("favourite_colour"), QStringLiteral("bleu"));
        expected = QStringLiteral("favourite_colour");
    }
    SECTION("a newer schema")
    {
        bad.schemaVersion = here.vault->schemaVersion() + 1;
        expected = QStringLiteral("newer version of Relais");
    }
    SECTION("a clock far ahead")
    {
        bad.clock.wallMs = here.clock.nowMs() + RecordWriter::MostClockLeadMs + 60'000;
        expected = QStringLiteral("further ahead");
    }
    SECTION("a value a column cannot hold")
    {
        bad.row.insert(QStringLiteral("birth_name"), QJsonValue::Null);
        ++bad.clock.counter; // newer than the good one, so not merely skipped
        expected = QStringLiteral("Applying a change");
    }
    // Second in the batch: the first, good one is not kept either.
    JournalChange alsoGood = good;
    auto refused = here.vault->apply({alsoGood, bad});
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().message.contains(expected));
    CHECK(rowsOf(here, QStringLiteral("patient")) == before);
    CHECK(here.count(QStringLiteral("SELECT count(*) FROM audit_log")) == auditBefore);
    CHECK(here.vault->localSetting(QStringLiteral("clock")) == clockBefore);
    // Nor is its clock folded in: a refused batch does not drag this workstation's clock.
    auto local = addPractice(*here.vault, QStringLiteral("Ici"));
    REQUIRE(local.has_value());
    QSqlQuery q(here.vault->database());
    REQUIRE(q.exec(QStringLiteral("SELECT updated_at FROM practice")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() < good.clock.toString());
}

TEST_CASE("journal payloads: what cannot be read is refused with why")
{
    const QList<std::pair<QByteArray, QString>> cases = {
        {QByteArray("not json"), QStringLiteral("not a JSON object")},
        {QByteArray("[]"), QStringLiteral("not a JSON object")},
        {QByteArray(R"({"format":2})"), QStringLiteral("format 2")},
        {QByteArray(R"({"format":1,"change":"x"})"), QStringLiteral("no table")},
        {QByteArray(
             R"({"format":1,"change":"0190d0a0-0000-7000-8000-000000000001","table":"patient",)"
             R"("id":"0190d0a0-0000-7000-8000-000000000002","clock":"soon","by":"u",)"
             R"("schema":12,"deleted":false,"row":{}})"),
         QStringLiteral("clock")},
        {QByteArray(
             R"({"format":1,"change":"0190d0a0-0000-7000-8000-000000000001","table":"patient",)"
             R"("id":"42","clock":"1750000000000-00000000-ab","by":"u",)"
             R"("schema":12,"deleted":false,"row":{}})"),
         QStringLiteral("id")},
        {QByteArray(
             R"({"format":1,"change":"0190d0a0-0000-7000-8000-000000000001","table":"patient",)"
             R"("id":"0190d0a0-0000-7000-8000-000000000002","clock":"1750000000000-00000000-ab",)"
             R"("by":"u","schema":12,"deleted":false,"row":{"a":[1]}})"),
         QStringLiteral("plain value")},
    };
    for (const auto &[payload, why] : cases) {
        INFO(payload.toStdString());
        auto parsed = JournalChange::fromPayload(payload);
        REQUIRE_FALSE(parsed.has_value());
        CHECK(parsed.error().message.contains(why));
    }
}
