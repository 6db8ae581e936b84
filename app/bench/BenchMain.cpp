// relais-bench: builds (or reuses) a large generated practice and measures the vault on it.
// Prints one JSON object; each key names a measure and holds p50_ms/p95_ms/p99_ms, or per_s for
// throughputs. Not a test: nothing here passes or fails.
#include "agenda/AgendaModel.h"
#include "demo/DemoPractice.h"
#include "documents/PrescriptionPrinter.h"
#include "domain/Nir.h"
#include "domain/PracticeTime.h"
#include "geo/PlaceDirectory.h"
#include "services/Agenda.h"
#include "services/CalendarExport.h"
#include "services/DrugInteractions.h"
#include "services/DrugSearch.h"
#include "services/DrugSubstances.h"
#include "services/FhirExchange.h"
#include "services/PatientAllergies.h"
#include "services/PatientDetails.h"
#include "services/PatientHistory.h"
#include "services/PatientMerger.h"
#include "services/PatientRegistry.h"
#include "services/PatientVitals.h"
#include "services/PracticeSettings.h"
#include "services/PreparedConsultations.h"
#include "services/PrescriptionChecks.h"
#include "services/Prescriptions.h"
#include "services/Schedules.h"
#include "services/UserAccounts.h"
#include "services/WaitingRoom.h"
#include "storage/RecordWriter.h"
#include "storage/Rows.h"
#include "storage/Vault.h"
#include "sync/Envelope.h"
#include "sync/Hub.h"
#include "sync/HubAddress.h"
#include "sync/RecordDigest.h"
#include "sync/Synchronizer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <sodium.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <random>
#include <thread>

using namespace relais;

namespace {

QTextStream &progress()
{
    static QTextStream stream(stderr);
    return stream;
}

// Bench vaults hold generated people only; a fixed key lets --out vaults be reused across runs.
SecureBytes benchKey()
{
    SecureBytes key(32);
    const char label[] = "relais-bench vault key";
    crypto_generichash(key.data(), key.size(), reinterpret_cast<const unsigned char *>(label),
                       sizeof label - 1, nullptr, 0);
    return key;
}

struct Samples
{
    QList<double> ms;

    QJsonObject summary() const
    {
        QList<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        auto at = [&](double q) {
            if (sorted.isEmpty())
                return 0.0;
            const auto index =
                static_cast<qsizetype>(std::lround(q * static_cast<double>(sorted.size() - 1)));
            return sorted.at(index);
        };
        auto round3 = [](double v) { return std::round(v * 1000.0) / 1000.0; };
        return {{QStringLiteral("p50_ms"), round3(at(0.50))},
                {QStringLiteral("p95_ms"), round3(at(0.95))},
                {QStringLiteral("p99_ms"), round3(at(0.99))},
                {QStringLiteral("samples"), static_cast<qint64>(ms.size())}};
    }
    double p50() const { return summary().value(QStringLiteral("p50_ms")).toDouble(); }
};

template<typename F>
Samples measure(int times, F &&work)
{
    Samples samples;
    QElapsedTimer timer;
    for (int i = 0; i < times; ++i) {
        timer.start();
        work(i);
        samples.ms.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    return samples;
}

QJsonObject throughput(qint64 count, qint64 nsecs)
{
    return {{QStringLiteral("per_s"),
             std::round(static_cast<double>(count) * 1e9 / static_cast<double>(nsecs))},
            {QStringLiteral("count"), count}};
}

[[noreturn]] void die(const QString &why)
{
    progress() << "relais-bench: " << why << Qt::endl;
    std::exit(1);
}

// A measured call that fails makes the figures meaningless: the bench stops and says why.
template<typename T>
void must(const Result<T> &result)
{
    if (!result)
        die(result.error().message);
}

// The value of a measured call, or the bench stops and says why.
template<typename T>
T take(Result<T> result)
{
    if (!result)
        die(result.error().message);
    return std::move(*result);
}

const Session BenchDesk{QStringLiteral("bench"), QStringLiteral("bench"), QStringLiteral("Bench"),
                        Role::Assistant};

// Through the patient registry: the same checks, write path, journal, audit and search index
// as the reception desk.
Status createPatients(Vault &vault, int count, quint32 &state, int perTransaction)
{
    PatientRegistry registry(vault);
    for (int done = 0; done < count; done += perTransaction) {
        const int size = std::min(perTransaction, count - done);
        if (size == 1) {
            // One at a time, as at the desk: duplicate check included (confirmed, to go on).
            if (auto id = registry.create(BenchDesk, DemoPractice::makePatient(state), true); !id)
                return std::unexpected(id.error());
            continue;
        }
        QList<PatientIdentity> batch;
        for (int i = 0; i < size; ++i)
            batch.append(DemoPractice::makePatient(state));
        if (auto written = registry.createBatch(BenchDesk, batch); !written)
            return std::unexpected(written.error());
    }
    return {};
}

qint64 fileBytes(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

// Syncs `vault` with the hub once, as `actor`; dies when it fails.
SyncReport syncOnce(Vault &vault, const Actor &actor, const QString &hub = {},
                    const QString &password = {})
{
    auto report = Synchronizer(vault, actor).run(hub, password);
    if (!report)
        die(report.error().message);
    return *report;
}

// A second workstation joining `first`'s practice: invited, let in while it waits, then its
// first sync. Returns its first sync's time in ms.
double joinPractice(Vault &first, Vault &joining, const QString &hub, double *grantMs = nullptr)
{
    const Actor admin{QStringLiteral("bench-admin")};
    auto made = Synchronizer(first, admin).invite();
    if (!made)
        die(made.error().message);
    const Status joined = Synchronizer(joining, Actor::system()).join(hub, made->code, [&](qint64) {
        // Letting it in: the snapshot, when one is due, is made here.
        QElapsedTimer granting;
        granting.start();
        must(Synchronizer(first, admin).grantAnswered());
        if (grantMs)
            *grantMs = static_cast<double>(granting.nsecsElapsed()) / 1e6;
        return true;
    });
    if (!joined)
        die(joined.error().message);
    syncOnce(first, admin); // pushes the enrolment
    QElapsedTimer timer;
    timer.start();
    syncOnce(joining, Actor::system());
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// Where the space of a vault goes, table by table: the bytes of its values (numbers as text),
// and of each index's keys. Debian's SQLCipher has no dbstat; B-tree overhead comes on top.
QJsonObject payloadBytes(const Vault &vault)
{
    QJsonObject out;
    QSqlQuery tables(vault.database());
    tables.setForwardOnly(true);
    tables.exec(QStringLiteral("SELECT name, type, tbl_name FROM sqlite_master WHERE type IN "
                               "('table', 'index') AND name NOT LIKE 'sqlite_%'"));
    QList<std::tuple<QString, QString, QString>> objects;
    while (tables.next())
        objects.append(
            {tables.value(0).toString(), tables.value(1).toString(), tables.value(2).toString()});
    for (const auto &[name, type, table] : std::as_const(objects)) {
        QStringList columns;
        QSqlQuery info(vault.database());
        info.exec(type == QLatin1String("table")
                      ? QStringLiteral("PRAGMA table_info(\"%1\")").arg(name)
                      : QStringLiteral("PRAGMA index_info(\"%1\")").arg(name));
        while (info.next())
            if (!info.value(type == QLatin1String("table") ? 1 : 2).toString().isEmpty())
                columns.append(
                    QStringLiteral("coalesce(length(\"%1\"), 0)")
                        .arg(info.value(type == QLatin1String("table") ? 1 : 2).toString()));
        if (columns.isEmpty())
            continue;
        QSqlQuery sum(vault.database());
        if (sum.exec(QStringLiteral("SELECT sum(%1) + 8 * count(*) FROM \"%2\"")
                         .arg(columns.join(QLatin1Char('+')), table)) &&
            sum.next() && sum.value(0).toLongLong() > 1000000)
            out.insert(type == QLatin1String("table") ? name : table + QLatin1Char('.') + name,
                       sum.value(0).toLongLong());
    }
    return out;
}

// One hub for a CPTS: 50 practices of 4 workstations and a million envelopes of a change's
// size, pushed in turn by the practices as a day goes. Timed at the hub's interface (push,
// pull): sealing and applying are each workstation's own work, measured by "sync".
QJsonObject measureHubScale(const QString &uri, const QString &password)
{
    constexpr int Practices = 50, Devices = 4, Total = 1'000'000, Batch = Synchronizer::PageSize;
    constexpr int Pushers = 20, PushesEach = 20;
    auto address = HubAddress::parse(uri);
    if (!address)
        die(address.error().message);
    must(Synchronizer::initHub(uri, password));
    auto connected = Hub::connect(*address, password);
    if (!connected)
        die(connected.error().message);
    Hub &hub = **connected;
    // Envelopes sealed for real, of the sizes changes have (a few hundred bytes of JSON: the
    // 512 and 1,024-byte buckets), then sent under new ids.
    const SecureBytes key = Envelope::newSyncKey();
    const DeviceKeys signer = DeviceKeys::generate();
    QList<SealedEnvelope> shapes;
    std::mt19937 random(16);
    std::uniform_int_distribution<int> length(250, 900);
    for (int i = 0; i < 64; ++i)
        shapes.append(Envelope::seal({Envelope::randomId(), QString(), QString(), 1},
                                     QByteArray(length(random), 'x'), key, signer));
    // Each workstation with its own login, as the host and the invitations make them: pulls
    // and concurrent pushes go through row-level security, as a workstation's do.
    progress() << "making " << Practices * Devices << " workstations' logins" << Qt::endl;
    QStringList practices;
    QList<QStringList> devices;
    QList<QList<HubAddress>> logins;
    QList<QStringList> passwords;
    const auto workstation = [&](int practice, int device) {
        const HubAddress &login = logins.at(practice).at(device);
        auto own = Hub::connect(login, passwords.at(practice).at(device));
        if (!own)
            die(own.error().message);
        return std::move(*own);
    };
    for (int p = 0; p < Practices; ++p) {
        devices.append(QStringList());
        logins.append(QList<HubAddress>());
        passwords.append(QStringList());
        for (int d = 0; d < Devices; ++d) {
            const auto made = take(hub.addPractice(d == 0 ? QString() : practices.last()));
            if (d == 0)
                practices.append(made.practiceId);
            HubAddress login = *address;
            login.user = made.login.role;
            logins.last().append(login);
            passwords.last().append(QString::fromLatin1(
                made.login.password.chars(), static_cast<qsizetype>(made.login.password.size())));
            devices.last().append(Envelope::randomId());
            auto own = workstation(p, d);
            must(own->claimDevice(devices.last().last()));
            must(own->touchDevice(practices.last(), devices.last().last(), 0));
        }
    }
    const auto batchOf = [&](int practice, int device, int n) {
        QList<SealedEnvelope> batch;
        batch.reserve(n);
        for (int i = 0; i < n; ++i) {
            SealedEnvelope e = shapes.at(i % shapes.size());
            e.header = {Envelope::randomId(), practices.at(practice),
                        devices.at(practice).at(device), 1};
            batch.append(std::move(e));
        }
        return batch;
    };
    // The hub's own view of its size, as `relais hub status` shows it.
    const auto hubBytes = [&] { return take(hub.overview()).databaseBytes; };
    const qint64 before = hubBytes();

    progress() << "filling the hub: " << Total << " envelopes of " << Practices << " practices"
               << Qt::endl;
    QElapsedTimer timer;
    timer.start();
    int pushed = 0;
    for (int round = 0; pushed < Total; ++round) {
        for (int p = 0; p < Practices && pushed < Total; ++p) {
            must(hub.push(practices.at(p), batchOf(p, round % Devices, Batch)));
            pushed += Batch;
        }
        if (round % 10 == 9)
            progress() << "  " << pushed << Qt::endl;
    }
    const qint64 fillNs = timer.nsecsElapsed();
    const qint64 after = hubBytes();

    // A workstation behind by a thousand, on its own login: its next page.
    std::vector<std::unique_ptr<Hub>> readers;
    readers.reserve(Practices);
    for (int p = 0; p < Practices; ++p)
        readers.push_back(workstation(p, 0));
    std::uniform_int_distribution<int> anyPractice(0, Practices - 1);
    qint64 pulledCount = 0;
    const Samples pulls = measure(200, [&](int) {
        const int p = anyPractice(random);
        const QString &practice = practices.at(p);
        Hub &reader = *readers.at(static_cast<std::size_t>(p));
        const qint64 last = take(reader.lastSeq(practice));
        // Its envelopes are spread over the whole table: a thousand of them go back about
        // Practices thousand sequences.
        const qint64 cursor = std::max<qint64>(0, last - qint64{1000} * Practices - 1);
        const auto page = take(reader.pull(practice, cursor, 1000));
        pulledCount += page.size();
    });
    readers.clear();

    // Twenty workstations of five practices pushing at once, each on its own connection.
    progress() << "pushing from " << Pushers << " workstations at once" << Qt::endl;
    std::vector<std::thread> pushers;
    pushers.reserve(Pushers);
    std::atomic<int> failed{0};
    std::atomic<int> ready{0};
    for (int w = 0; w < Pushers; ++w) {
        pushers.emplace_back([&, w] {
            const int practice = w / Devices, device = w % Devices;
            auto own =
                Hub::connect(logins.at(practice).at(device), passwords.at(practice).at(device));
            if (!own) {
                ++failed;
                return;
            }
            QList<QList<SealedEnvelope>> batches;
            for (int i = 0; i < PushesEach; ++i)
                batches.append(batchOf(practice, device, Batch));
            ++ready;
            while (ready.load() < Pushers)
                std::this_thread::yield();
            for (const auto &batch : std::as_const(batches)) {
                if (!(*own)->push(practices.at(practice), batch))
                    ++failed;
            }
        });
    }
    while (ready.load() < Pushers && failed.load() == 0)
        std::this_thread::yield();
    timer.restart();
    for (std::thread &t : pushers)
        t.join();
    const qint64 concurrentNs = timer.nsecsElapsed();
    if (failed.load() > 0)
        die(QStringLiteral("a concurrent push failed"));

    const auto perMillion = [](qint64 bytes, qint64 count) {
        return static_cast<qint64>(static_cast<double>(bytes) * 1e6 / static_cast<double>(count));
    };
    return {
        {QStringLiteral("practices"), Practices},
        {QStringLiteral("workstations"), Practices * Devices},
        {QStringLiteral("envelopes"), pushed},
        {QStringLiteral("fill_one_connection"), throughput(pushed, fillNs)},
        {QStringLiteral("pull_1000_behind"), pulls.summary()},
        {QStringLiteral("pull_1000_behind_average_rows"), static_cast<qint64>(pulledCount / 200)},
        {QStringLiteral("push_20_workstations_at_once"),
         throughput(qint64{Pushers} * PushesEach * Batch, concurrentNs)},
        {QStringLiteral("database_bytes_per_million_envelopes"),
         perMillion(after - before, pushed)}};
}

QString digestOf(const Vault &vault)
{
    auto digest = RecordDigest::of(vault);
    if (!digest)
        die(digest.error().message);
    return digest->hex;
}

QStringList sampleIds(Vault &vault, int count)
{
    QStringList ids;
    QSqlQuery query(vault.database());
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT id FROM patient ORDER BY random() LIMIT %1").arg(count));
    while (query.next())
        ids.append(query.value(0).toString());
    return ids;
}

Samples readById(const QSqlDatabase &db, const QStringList &ids, int times)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, birth_name, first_names, used_name, sex, birth_date "
                                 "FROM patient WHERE id = ? AND deleted = 0"));
    return measure(times, [&](int i) {
        query.addBindValue(ids.at(i % ids.size()));
        query.exec();
        query.next();
    });
}

// The workload that is compared with and without encryption: fresh database, single-record
// write transactions, then reads by id.
struct Workload
{
    Samples writes;
    Samples reads;
    qint64 bulkNsecs = 0;
    int bulkCount = 0;
};

Workload runWorkload(Vault &vault, int bulk, int singles, int reads)
{
    Workload result;
    quint32 state = 7;
    QElapsedTimer timer;
    timer.start();
    if (auto ok = createPatients(vault, bulk, state, 1000); !ok)
        die(ok.error().message);
    result.bulkNsecs = timer.nsecsElapsed();
    result.bulkCount = bulk;
    result.writes = measure(singles, [&](int) {
        if (auto ok = createPatients(vault, 1, state, 1); !ok)
            die(ok.error().message);
    });
    const QStringList ids = sampleIds(vault, 1000);
    result.reads = readById(vault.database(), ids, reads);
    return result;
}

const Session BenchDoctor{QStringLiteral("bench-gp-1"), QStringLiteral("gp1"),
                          QStringLiteral("Dr Bench"), Role::Physician};

qint64 countOf(Vault &vault, const QString &sql)
{
    QSqlQuery query(vault.database());
    query.exec(sql);
    return query.next() ? query.value(0).toLongLong() : 0;
}

// Vital signs for every patient through the write path (journal and audit included): a few
// visits each over ten years, weight and blood pressure at each, as a practice accumulates them.
Status generateVitals(Vault &vault, int perPatient, std::mt19937 &random)
{
    QStringList patients;
    QSqlQuery query(vault.database());
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT id FROM patient WHERE deleted = 0 ORDER BY id"));
    while (query.next())
        patients.append(query.value(0).toString());
    const QDateTime now = vault.clock().now();
    std::uniform_int_distribution<qint64> when(0, 10LL * 365 * 86400);
    std::normal_distribution<double> weight(74, 14);
    std::normal_distribution<double> systolic(132, 17);
    constexpr int PatientsPerTransaction = 500;
    for (qsizetype start = 0; start < patients.size(); start += PatientsPerTransaction) {
        const Status written = vault.write(BenchDesk.actor(), [&](RecordWriter &w) -> Status {
            for (qsizetype p = start; p < std::min(start + PatientsPerTransaction, patients.size());
                 ++p) {
                const double kg = std::clamp(weight(random), 35.0, 180.0);
                for (int i = 0; i < perPatient; i += 2) {
                    VitalRecord r;
                    r.patientId = patients.at(p);
                    r.measuredBy = BenchDesk.userId;
                    r.measuredAt = now.addSecs(-when(random));
                    r.kind = VitalKind::Weight;
                    r.value = std::round((kg + (i % 3) - 1) * 10) / 10;
                    if (auto id = PatientVitals::insertImported(w, r); !id)
                        return std::unexpected(id.error());
                    r.kind = VitalKind::BloodPressure;
                    r.value = std::round(std::clamp(systolic(random), 95.0, 210.0));
                    r.value2 = std::round(r.value * 0.62);
                    r.measuredAt = r.measuredAt.addSecs(60);
                    if (auto id = PatientVitals::insertImported(w, r); !id)
                        return std::unexpected(id.error());
                }
            }
            return {};
        });
        if (!written)
            return written;
        if (start % 10000 == 0)
            progress() << "  vital signs for " << start << " / " << patients.size() << " patients"
                       << Qt::endl;
    }
    return {};
}

// Ten years of monthly weight and blood pressure for one patient: the chart's worst case.
Status generateChartPatient(Vault &vault, const QString &patientId)
{
    const QDateTime now = vault.clock().now();
    return vault.write(BenchDesk.actor(), [&](RecordWriter &w) -> Status {
        for (int month = 0; month < 120; ++month) {
            VitalRecord r;
            r.patientId = patientId;
            r.measuredBy = BenchDesk.userId;
            r.measuredAt = now.addMonths(-month);
            r.kind = VitalKind::Weight;
            r.value = 80 - month / 20.0;
            if (auto id = PatientVitals::insertImported(w, r); !id)
                return std::unexpected(id.error());
            r.kind = VitalKind::BloodPressure;
            r.value = 130 + month % 15;
            r.value2 = 80 + month % 9;
            if (auto id = PatientVitals::insertImported(w, r); !id)
                return std::unexpected(id.error());
        }
        return {};
    });
}

// A year of prepared consultations for three physicians, sixty a day; today's made ready.
Status generateConsultations(Vault &vault, const QStringList &patients, std::mt19937 &random)
{
    const QDate today = vault.clock().today();
    std::uniform_int_distribution<int> level(0, 9);
    for (int day = 0; day < 365; ++day) {
        const Status written = vault.write(BenchDesk.actor(), [&](RecordWriter &w) -> Status {
            for (int i = 0; i < 60; ++i) {
                const int l = level(random);
                auto id = w.create(
                    QStringLiteral("consultation"),
                    {{QStringLiteral("patient_id"), patients.at((day * 60 + i) % patients.size())},
                     {QStringLiteral("physician_id"), QStringLiteral("bench-gp-%1").arg(i % 3 + 1)},
                     {QStringLiteral("day"), today.addDays(-day).toString(Qt::ISODate)},
                     {QStringLiteral("reason"), QStringLiteral("Suivi")},
                     {QStringLiteral("status"),
                      day == 0 ? QStringLiteral("ready") : QStringLiteral("reviewed")},
                     {QStringLiteral("prepared_by"), BenchDesk.userId},
                     {QStringLiteral("ready_at"), vault.clock().now().toString(Qt::ISODate)},
                     {QStringLiteral("alert_level"), l == 0  ? 2
                                                     : l < 3 ? 1
                                                             : 0}});
                if (!id)
                    return std::unexpected(id.error());
            }
            return {};
        });
        if (!written)
            return written;
    }
    return {};
}

// The agenda of a busy group practice: five practitioners open every day 08:00–20:00 with a
// lunch break, ten-minute appointments filling five slots in six, from two years ago to a year
// ahead, each with the first line of its history; one in twenty cancelled.
constexpr int AgendaPractitioners = 5;
const Session BenchAdmin{QStringLiteral("bench-admin"), QStringLiteral("admin"),
                         QStringLiteral("Admin"), Role::Admin};

QStringList agendaPractitioners(Vault &vault)
{
    QSqlQuery q(vault.database());
    q.exec(QStringLiteral("SELECT id FROM app_user WHERE login LIKE 'bench-dr-%' ORDER BY login"));
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

Status generateAgenda(Vault &vault, const QStringList &patients, int wanted, std::mt19937 &random)
{
    if (auto made = vault.write(
            Actor::system(),
            [&](RecordWriter &w) -> Status {
                for (int i = 1; i <= AgendaPractitioners; ++i) {
                    const QString login = QStringLiteral("bench-dr-%1").arg(i);
                    auto created = w.create(
                        QStringLiteral("app_user"),
                        {{QStringLiteral("login"), login},
                         {QStringLiteral("login_key"), login},
                         {QStringLiteral("display_name"), QStringLiteral("Dr Bench %1").arg(i)},
                         {QStringLiteral("roles"), RoleNames::toStorage(Role::Physician)},
                         {QStringLiteral("password_hash"), QStringLiteral("x")},
                         {QStringLiteral("disabled"), 0}});
                    if (!created)
                        return std::unexpected(created.error());
                }
                return toStatus(w.create(QStringLiteral("appointment_type"),
                                         {{QStringLiteral("code"), QStringLiteral("C")},
                                          {QStringLiteral("label"), QStringLiteral("Consultation")},
                                          {QStringLiteral("minutes"), 10},
                                          {QStringLiteral("colour"), QStringLiteral("#4a90d9")}}));
            });
        !made)
        return made;
    const QStringList practitioners = agendaPractitioners(vault);
    Schedules schedules(vault);
    for (const QString &id : practitioners) {
        Schedule week;
        week.practitionerId = id;
        for (int day = 1; day <= 7; ++day) {
            week.hours.append({day, QTime(8, 0), QTime(12, 30)});
            week.hours.append({day, QTime(13, 30), QTime(20, 0)});
        }
        if (auto saved = schedules.save(BenchAdmin, week); !saved)
            return saved;
    }
    // 66 slots a day; five in six taken. Days run back from a year ahead until `wanted`.
    const QDate today = vault.clock().today();
    const int perDay = AgendaPractitioners * 55;
    const int days = std::max(1, wanted / perDay);
    std::uniform_int_distribution<qsizetype> anyone(0, patients.size() - 1);
    std::uniform_int_distribution<int> twenty(0, 19);
    const QString stamp = vault.clock().now().toUTC().toString(Qt::ISODateWithMs);
    for (int d = 0; d < days; ++d) {
        const QDate day = today.addDays(365 - days + d);
        const Status written = vault.write(BenchDesk.actor(), [&](RecordWriter &w) -> Status {
            for (const QString &practitioner : practitioners) {
                int slot = 0;
                for (QTime at(8, 0); at < QTime(20, 0); at = at.addSecs(600), ++slot) {
                    if ((at >= QTime(12, 30) && at < QTime(13, 30)) || slot % 6 == 5)
                        continue;
                    const QDateTime start = *PracticeTime::toUtc(day, at);
                    const bool cancelled = twenty(random) == 0;
                    auto id = w.create(
                        QStringLiteral("appointment"),
                        {{QStringLiteral("practitioner_id"), practitioner},
                         {QStringLiteral("patient_id"), patients.at(anyone(random))},
                         {QStringLiteral("type"), QStringLiteral("C")},
                         {QStringLiteral("start_at"), start.toUTC().toString(Qt::ISODateWithMs)},
                         {QStringLiteral("end_at"),
                          start.addSecs(600).toUTC().toString(Qt::ISODateWithMs)},
                         {QStringLiteral("status"),
                          cancelled ? QStringLiteral("cancelled") : QStringLiteral("booked")},
                         {QStringLiteral("cancelled_by"),
                          cancelled ? QStringLiteral("patient") : QString()},
                         {QStringLiteral("booked_by"), BenchDesk.userId}});
                    if (!id)
                        return std::unexpected(id.error());
                    if (auto event = w.create(QStringLiteral("appointment_event"),
                                              {{QStringLiteral("appointment_id"), *id},
                                               {QStringLiteral("action"), QStringLiteral("booked")},
                                               {QStringLiteral("at"), stamp},
                                               {QStringLiteral("by_user"), BenchDesk.userId}});
                        !event)
                        return std::unexpected(event.error());
                }
            }
            return {};
        });
        if (!written)
            return written;
        if (d % 100 == 0)
            progress() << "  " << d << "/" << days << " days" << Qt::endl;
    }
    return {};
}

QJsonObject measureAgenda(Vault &vault, const QString &path, int wanted,
                          const QStringList &patients)
{
    QJsonObject out;
    std::mt19937 random(13);
    if (countOf(vault, QStringLiteral("SELECT count(*) FROM appointment")) < wanted / 2) {
        progress() << "generating " << wanted << " appointments" << Qt::endl;
        QElapsedTimer timer;
        timer.start();
        if (auto done = generateAgenda(vault, patients, wanted, random); !done)
            die(done.error().message);
        out.insert(QStringLiteral("generate_appointments_write_path"),
                   throughput(countOf(vault, QStringLiteral("SELECT count(*) FROM appointment")),
                              timer.nsecsElapsed()));
    }
    const QStringList practitioners = agendaPractitioners(vault);
    if (practitioners.isEmpty())
        die(QStringLiteral("the bench vault has no agenda"));
    out.insert(QStringLiteral("agenda"),
               QJsonObject{{QStringLiteral("appointments"),
                            countOf(vault, QStringLiteral("SELECT count(*) FROM appointment"))},
                           {QStringLiteral("practitioners"), practitioners.size()},
                           {QStringLiteral("vault_bytes"), QFileInfo(path).size()}});
    Agenda agenda(vault);
    Schedules schedules(vault);
    const QDate today = vault.clock().today();
    std::uniform_int_distribution<int> anyDay(-300, 300);

    // The agenda page's views: read, then laid out in the grid the window shows (every cell's
    // text and shade asked for, as the view does when painting). The page shows a day of
    // every practitioner, or one practitioner's week; the five's weeks at once (35 columns) is
    // measured as well. One Agenda for all, as the page keeps one (and with it the patients'
    // names).
    progress() << "measuring the agenda" << Qt::endl;
    qint64 shown = 0;
    const auto view = [&](const QStringList &ids, int days) {
        const QDate any = today.addDays(anyDay(random));
        const QDate first = days == 7 ? any.addDays(1 - any.dayOfWeek()) : any;
        const QDateTime from = *PracticeTime::toUtc(first, QTime(0, 0));
        const QDateTime to = *PracticeTime::toUtc(first.addDays(days), QTime(0, 0));
        auto week = schedules.of(ids, from);
        auto entries = agenda.between(BenchDesk, ids, from, to);
        must(week);
        must(entries);
        QList<ui::AgendaModel::Column> columns;
        for (const QString &id : ids) {
            for (int d = 0; d < days; ++d)
                columns.append({id, id, first.addDays(d)});
        }
        ui::AgendaModel model;
        model.setView(columns, QTime(8, 0), QTime(20, 0), *week, PublicHolidays::Region::France,
                      days == 7);
        model.setEntries(*entries);
        for (int r = 0; r < model.rowCount(); ++r) {
            for (int c = 0; c < model.columnCount(); ++c) {
                const QModelIndex cell = model.index(r, c);
                shown += cell.data().toString().size();
                shown += cell.data(Qt::BackgroundRole).isValid() ? 1 : 0;
            }
        }
    };
    out.insert(QStringLiteral("agenda_day_view_5_practitioners"),
               measure(500, [&](int) { view(practitioners, 1); }).summary());
    out.insert(QStringLiteral("agenda_week_view_one_practitioner"),
               measure(500, [&](int i) {
                   view({practitioners.at(i % practitioners.size())}, 7);
               }).summary());
    out.insert(QStringLiteral("agenda_week_view_5_practitioners"),
               measure(300, [&](int) { view(practitioners, 7); }).summary());

    // Booking: the conflict check of the practitioner and the patient, then the write (or the
    // refusal, when the time is taken: five in six are).
    std::uniform_int_distribution<int> ahead(1, 300);
    std::uniform_int_distribution<int> slot(0, 71);
    std::uniform_int_distribution<qsizetype> anyone(0, patients.size() - 1);
    std::uniform_int_distribution<qsizetype> anyPractitioner(0, practitioners.size() - 1);
    int booked = 0;
    out.insert(QStringLiteral("agenda_book_conflict_check_and_write"),
               measure(500, [&](int) {
                   Appointment a;
                   a.practitionerId = practitioners.at(anyPractitioner(random));
                   a.patientId = patients.at(anyone(random));
                   a.type = QStringLiteral("C");
                   a.start = *PracticeTime::toUtc(today.addDays(ahead(random)),
                                                  QTime(8, 0).addSecs(slot(random) * 600));
                   a.end = a.start.addSecs(600);
                   booked += agenda.book(BenchDesk, a) ? 1 : 0;
               }).summary());
    out.insert(QStringLiteral("agenda_book_accepted"),
               QJsonObject{{QStringLiteral("of_500"), booked}});

    SlotQuery query;
    query.from = today;
    query.minutes = 10;
    query.count = 3;
    query.days = 92;
    out.insert(QStringLiteral("agenda_next_free_slot_one_practitioner_3_months"),
               measure(500, [&](int i) {
                   query.from = today.addDays(i % 60);
                   must(agenda.freeSlots({practitioners.at(i % practitioners.size())}, query));
               }).summary());
    query.part = SlotQuery::Part::Afternoon;
    query.weekdays = {2, 4};
    out.insert(QStringLiteral("agenda_next_free_slot_5_practitioners_tue_thu_afternoon"),
               measure(500, [&](int i) {
                   query.from = today.addDays(i % 60);
                   must(agenda.freeSlots(practitioners, query));
               }).summary());
    out.insert(
        QStringLiteral("agenda_third_next_available_5"),
        measure(200, [&](int) { must(agenda.thirdNextAvailable(practitioners)); }).summary());

    // Today's waiting room, with forty patients come in.
    WaitingRoom room(vault);
    auto rows = room.today(BenchDesk);
    must(rows);
    // Forty in all: a vault measured again the same day already has some in.
    int arrived = static_cast<int>(std::count_if(rows->cbegin(), rows->cend(), [](const auto &r) {
        return r.status != WaitingRoomRow::Status::Expected;
    }));
    for (const WaitingRoomRow &row : std::as_const(*rows)) {
        if (row.status == WaitingRoomRow::Status::Expected && arrived < 40 &&
            room.checkIn(BenchDesk, row.appointmentId))
            ++arrived;
    }
    out.insert(QStringLiteral("agenda_waiting_room_today"),
               measure(500, [&](int) { must(room.today(BenchDesk)); }).summary());
    out.insert(QStringLiteral("agenda_waiting_room_rows"),
               QJsonObject{{QStringLiteral("count"), room.today(BenchDesk)->size()},
                           {QStringLiteral("arrived"), arrived}});

    CalendarExport calendar(vault);
    qint64 bytes = 0;
    out.insert(QStringLiteral("agenda_ics_export_one_practitioner_year"),
               measure(5, [&](int) {
                   auto ics =
                       calendar.ics(BenchDesk, practitioners.first(), today.addDays(-364), today);
                   must(ics);
                   bytes = ics->size();
               }).summary());
    out.insert(QStringLiteral("agenda_ics_year_bytes"),
               QJsonObject{{QStringLiteral("count"), bytes}});
    return out;
}

// From a committed write to its change notice reaching a receiver on this thread (the window's,
// where the item models live): delivered at once for this handle's own writes, through the
// event loop for a worker thread's handle.
QJsonObject measureNotices(Vault &vault)
{
    constexpr int HereWrites = 500, WorkerWrites = 300;
    const auto nowNs = [] {
        return std::chrono::duration_cast<std::chrono::nanoseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
    };
    Samples here;
    Samples fromWorker;
    Samples *into = &here;
    QEventLoop loop;
    QObject receiver;
    QObject::connect(vault.changes(), &ChangeNotifier::changed, &receiver,
                     [&](const VaultChanges &changes) {
                         if (!changes.touches(QStringLiteral("practice")))
                             return;
                         into->ms.append(static_cast<double>(nowNs() - changes.committedNs) / 1e6);
                         if (into == &fromWorker && fromWorker.ms.size() == WorkerWrites)
                             loop.quit();
                     });
    const auto addPractice = [](Vault &on, int i) {
        return on.write(BenchDesk.actor(), [&](RecordWriter &w) {
            return w.create(QStringLiteral("practice"),
                            {{QStringLiteral("name"), QStringLiteral("Annexe %1").arg(i)}});
        });
    };
    for (int i = 0; i < HereWrites; ++i)
        must(addPractice(vault, i));

    into = &fromWorker;
    QString failed;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        auto handle = vault.openAnother();
        if (!handle) {
            failed = handle.error().message;
            return;
        }
        for (int i = 0; i < WorkerWrites && failed.isEmpty(); ++i) {
            if (auto made = addPractice(**handle, i); !made)
                failed = made.error().message;
            QThread::msleep(1);
        }
    }));
    QTimer::singleShot(60'000, &loop, [&] { loop.quit(); });
    worker->start();
    loop.exec();
    worker->wait();
    if (!failed.isEmpty())
        die(failed);
    if (fromWorker.ms.size() != WorkerWrites)
        die(QStringLiteral("change notices from the worker thread did not all arrive"));
    return {{QStringLiteral("same_thread"), here.summary()},
            {QStringLiteral("worker_thread_to_ui_thread"), fromWorker.summary()}};
}

} // namespace

int main(int argc, char **argv)
{
    // The ordonnance's PDF is laid out with fonts: a GUI application, with no window.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("relais-bench"));
    QLoggingCategory::setFilterRules(QStringLiteral("relais.*.info=false"));
    if (sodium_init() < 0)
        return 1;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Measures the Relais vault on a generated practice."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("patients"), QStringLiteral("Size of the generated practice."),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("out"),
                      QStringLiteral("Keep the generated vault in FILE (reused if it exists)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("vitals-per-patient"),
                      QStringLiteral("Vital signs generated for each patient (weight and blood "
                                     "pressure, half each)."),
                      QStringLiteral("N"), QStringLiteral("10")});
    parser.addOption(
        {QStringLiteral("fhir"), QStringLiteral("Folder of FHIR bundles whose import is measured."),
         QStringLiteral("DIR"), QStringLiteral(RELAIS_SHARED_DATA_DEFAULT "/fhir-r4-synthea")});
    parser.addOption({QStringLiteral("appointments"),
                      QStringLiteral("Appointments generated for the agenda's measures."),
                      QStringLiteral("N"), QStringLiteral("300000")});
    parser.addOption(
        {QStringLiteral("only"),
         QStringLiteral(
             "Measure only these parts (comma-separated): places, open, "
             "drugs, patients, prescriptions, vitals, writes, agenda, audit, "
             "notices, compare, sync, sync-practice, hub-scale (the last three need --hub; "
             "hub-scale runs only when named)."),
         QStringLiteral("PARTS")});
    parser.addOption({QStringLiteral("hub"),
                      QStringLiteral("A Relais hub (postgresql://user@host:port/database, the "
                                     "password in PGPASSWORD) for the sync parts."),
                      QStringLiteral("URL")});
    parser.process(app);
    const QStringList only =
        parser.value(QStringLiteral("only")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    // Every part unless some are named: one part can then be measured again in minutes.
    const auto wants = [&only](const char *part) {
        return only.isEmpty() || only.contains(QLatin1String(part));
    };
    bool ok = false;
    const int patients = parser.value(QStringLiteral("patients")).toInt(&ok);
    if (!ok || patients < 1000)
        die(QStringLiteral("--patients takes a whole number of at least 1000"));

    QTemporaryDir scratch;
    const QString path = parser.isSet(QStringLiteral("out"))
                             ? parser.value(QStringLiteral("out"))
                             : scratch.filePath(QStringLiteral("bench.relais"));
    const SecureBytes key = benchKey();
    QJsonObject report;

    if (!QFileInfo::exists(path)) {
        progress() << "generating " << patients << " patients in " << path << Qt::endl;
        auto vault = Vault::create(path, key);
        if (!vault)
            die(vault.error().message);
        quint32 state = 2022;
        QElapsedTimer timer;
        timer.start();
        if (auto done = createPatients(**vault, patients, state, 1000); !done)
            die(done.error().message);
        report.insert(QStringLiteral("generate_patients_write_path"),
                      throughput(patients, timer.nsecsElapsed()));
    }

    if (wants("places")) {
        // Intake's birth-place field: the table read once, then one search per keystroke, over
        // names as an assistant types them (lower case, no accents, "st" for saint).
        progress() << "measuring birth-place search" << Qt::endl;
        QElapsedTimer timer;
        timer.start();
        const Result<PlaceDirectory> &places = PlaceDirectory::shipped();
        if (!places)
            die(places.error().message);
        const qint64 load = timer.nsecsElapsed();
        std::mt19937 random(11);
        QStringList typed;
        const auto &all = places->all();
        while (typed.size() < 5000) {
            QString name = all.at(random() % all.size()).name.toLower();
            name.replace(QStringLiteral("saint-"), QStringLiteral("st "));
            name = name.normalized(QString::NormalizationForm_D);
            name.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
            for (qsizetype n = 2; n <= std::min<qsizetype>(name.size(), 12); ++n)
                typed.append(name.left(n));
        }
        qint64 found = 0;
        QJsonObject search = measure(static_cast<int>(typed.size()), [&](int i) {
                                 found += places->findBirthPlaces(typed.at(i)).size();
                             }).summary();
        search.insert(QStringLiteral("table_places"), places->size());
        search.insert(QStringLiteral("table_read_ms"), std::round(double(load) / 1e4) / 100);
        search.insert(QStringLiteral("mean_results"),
                      std::round(double(found) / double(typed.size()) * 10) / 10);
        report.insert(QStringLiteral("birth_place_search_as_you_type"), search);
    }

    if (wants("drugs")) {
        // A whole BDPM release into an empty vault, as import-bdpm does it, five times.
        progress() << "measuring the drug database import" << Qt::endl;
        const QString bdpm = QStringLiteral(RELAIS_SHARED_DATA_DEFAULT "/bdpm");
        const Session physician{QStringLiteral("bench-dr"), QStringLiteral("bench-dr"),
                                QStringLiteral("Bench"), Role::Physician};
        int specialties = 0;
        QJsonObject imports =
            measure(5, [&](int i) {
                QTemporaryDir dir;
                auto vault =
                    Vault::create(dir.filePath(QStringLiteral("drugs%1.relais").arg(i)), key);
                if (!vault)
                    die(vault.error().message);
                auto imported = DrugSubstances(**vault).importFrom(physician, bdpm);
                if (!imported || !imported->release)
                    die(imported ? QStringLiteral("no release in %1").arg(bdpm)
                                 : imported.error().message);
                specialties = imported->release->specialties;
            }).summary();
        imports.insert(QStringLiteral("specialties"), specialties);
        report.insert(QStringLiteral("drug_database_import_whole_release"), imports);

        // The interaction thesaurus over that release, its review, and the search a prescriber
        // types: names letter by letter, substances, and boxes by their code.
        QTemporaryDir dir;
        auto drugs = Vault::create(dir.filePath(QStringLiteral("drugs.relais")), key);
        if (!drugs)
            die(drugs.error().message);
        must(DrugSubstances(**drugs).importFrom(physician, bdpm));
        const QString thesaurus = QStringLiteral(RELAIS_SHARED_DATA_DEFAULT "/interactions");
        progress() << "measuring the interaction thesaurus import" << Qt::endl;
        int matched = 0;
        QJsonObject thesaurusImport =
            measure(5, [&](int) {
                auto imported = DrugInteractions(**drugs).importFrom(physician, thesaurus);
                if (!imported)
                    die(imported.error().message);
                matched = imported->substancesMatched;
            }).summary();
        thesaurusImport.insert(QStringLiteral("substance_codes_matched"), matched);
        report.insert(QStringLiteral("interaction_thesaurus_import"), thesaurusImport);
        std::optional<DrugInteractions::Coverage> coverage;
        QJsonObject review = measure(5, [&](int) {
                                 auto found = DrugInteractions(**drugs).coverage(physician);
                                 if (!found)
                                     die(found.error().message);
                                 coverage = std::move(*found);
                             }).summary();
        review.insert(QStringLiteral("prescribed_substances"),
                      static_cast<qint64>(coverage->substances.size()));
        review.insert(QStringLiteral("matched"), coverage->matched);
        review.insert(QStringLiteral("homeopathic"), coverage->homeopathic);
        review.insert(QStringLiteral("share_percent"), std::round(coverage->share() * 1000) / 10);
        review.insert(QStringLiteral("share_without_homeopathy_percent"),
                      std::round(coverage->shareWithoutHomeopathy() * 1000) / 10);
        report.insert(QStringLiteral("substance_matching_review"), review);

        progress() << "measuring the drug search" << Qt::endl;
        QStringList typed;
        QStringList codes;
        QSqlQuery sample((*drugs)->database());
        sample.exec(QStringLiteral("SELECT s.name, p.cip13 FROM drug_specialty s "
                                   "JOIN drug_presentation p ON p.cis = s.cis "
                                   "ORDER BY s.cis LIMIT 300"));
        for (int i = 0; sample.next(); ++i) {
            if (i % 3 != 0)
                continue;
            const QString name = sample.value(0).toString().toLower();
            // Letter by letter from the third, as search-as-you-type runs, then with the
            // strength's word: "amox", "amoxi"…, "amoxicilline biogaran".
            const QString first = name.section(QLatin1Char(' '), 0, 0);
            for (qsizetype n = 3; n <= first.size(); ++n)
                typed.append(first.left(n));
            typed.append(name.section(QLatin1Char(' '), 0, 1));
            codes.append(sample.value(1).toString());
        }
        const DrugSearch search(**drugs);
        qint64 results = 0;
        QJsonObject byName = measure(static_cast<int>(typed.size()), [&](int i) {
                                 auto found = search.find(physician, typed.at(i));
                                 if (!found)
                                     die(found.error().message);
                                 results += found->size();
                             }).summary();
        byName.insert(QStringLiteral("mean_results"),
                      std::round(double(results) / double(typed.size()) * 10) / 10);
        report.insert(QStringLiteral("drug_search_as_you_type"), byName);
        // A 10-line prescription checked against 10 current treatments and 5 allergies, as
        // the drafting screen checks it at each change.
        progress() << "measuring the prescription checks" << Qt::endl;
        quint32 seed = 7;
        must(createPatients(**drugs, 1, seed, 1));
        const QString patient = sampleIds(**drugs, 1).constFirst();
        QSqlQuery marketed((*drugs)->database());
        marketed.exec(QStringLiteral("SELECT s.cis, s.name FROM drug_specialty s WHERE s.marketed "
                                     "= 1 AND s.routes LIKE '%orale%' ORDER BY s.cis LIMIT 20"));
        QList<std::pair<QString, QString>> oral;
        while (marketed.next())
            oral.append({marketed.value(0).toString(), marketed.value(1).toString()});
        if (oral.size() < 20)
            die(QStringLiteral("the release has too few oral drugs to check"));
        for (int i = 10; i < 20; ++i) {
            Treatment t;
            t.patientId = patient;
            t.drug = oral.at(i).second;
            t.dosage = QStringLiteral("1 comprimé le matin");
            must(PatientHistory(**drugs).saveTreatment(physician, t));
        }
        for (const char *substance :
             {"AMOXICILLINE", "CODÉINE", "IBUPROFÈNE", "PARACÉTAMOL", "ACIDE ACÉTYLSALICYLIQUE"})
            must(PatientAllergies(**drugs).add(physician, {{},
                                                           patient,
                                                           Allergy::Kind::Allergy,
                                                           QString::fromUtf8(substance),
                                                           {},
                                                           QStringLiteral("urticaire")}));
        Prescription draft;
        draft.patientId = patient;
        for (int i = 0; i < 10; ++i) {
            PrescriptionLine line;
            line.cis = oral.at(i).first;
            line.dci = oral.at(i).second.section(QLatin1Char(' '), 0, 0);
            draft.lines.append(line);
        }
        const PrescriptionChecks checks(**drugs);
        qint64 alerts = 0;
        QJsonObject checking = measure(200, [&](int) {
                                   auto checked = checks.check(physician, draft);
                                   if (!checked)
                                       die(checked.error().message);
                                   alerts = checked->alerts.size();
                               }).summary();
        checking.insert(QStringLiteral("alerts"), alerts);
        report.insert(QStringLiteral("prescription_check_10_lines_10_treatments_5_allergies"),
                      checking);
        report.insert(QStringLiteral("drug_search_by_cip13"),
                      measure(static_cast<int>(codes.size()), [&](int i) {
                          auto found = search.find(physician, codes.at(i));
                          if (!found || found->size() != 1)
                              die(QStringLiteral("the box %1 was not found").arg(codes.at(i)));
                      }).summary());
    }
    if (wants("open")) {
        progress() << "measuring open" << Qt::endl;
        report.insert(QStringLiteral("vault_open"), measure(30, [&](int) {
                                                        auto vault = Vault::open(path, key);
                                                        if (!vault)
                                                            die(vault.error().message);
                                                    }).summary());
    }

    auto vault = Vault::open(path, key);
    if (!vault)
        die(vault.error().message);
    QSqlQuery total((*vault)->database());
    total.exec(QStringLiteral("SELECT count(*) FROM patient WHERE deleted = 0"));
    total.next();
    report.insert(
        QStringLiteral("practice"),
        QJsonObject{{QStringLiteral("patients"), total.value(0).toLongLong()},
                    {QStringLiteral("vault_bytes"),
                     QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size()}});

    const QStringList ids = sampleIds(**vault, 1000);
    if (wants("patients")) {
        progress() << "measuring reads" << Qt::endl;
        report.insert(QStringLiteral("read_patient_by_id"),
                      readById((*vault)->database(), ids, 20000).summary());
    }
    if (wants("patients")) {
        progress() << "measuring patient search, opening and duplicate checks" << Qt::endl;
        PatientRegistry registry(**vault);
        // Queries as typed at the desk: 1, 2, 3 and 5 letters of a name, a date, a NIR.
        QStringList queries;
        QList<PatientIdentity> sample;
        QSqlQuery pick((*vault)->database());
        pick.setForwardOnly(true);
        pick.exec(QStringLiteral("SELECT birth_name, first_names, birth_date, nir, sex, used_name "
                                 "FROM patient ORDER BY random() LIMIT 300"));
        while (pick.next()) {
            const QString name = pick.value(0).toString();
            for (int length : {1, 2, 3, 5})
                queries.append(name.left(length).toLower());
            queries.append(QDate::fromString(pick.value(2).toString(), Qt::ISODate)
                               .toString(QStringLiteral("dd/MM/yyyy")));
            if (auto nir = Nir::parse(pick.value(3).toString()))
                queries.append(nir->formatted());
            PatientIdentity p;
            p.birthName = name;
            p.firstNames = pick.value(1).toString();
            p.birthDate = QDate::fromString(pick.value(2).toString(), Qt::ISODate);
            p.sex = pick.value(4).toString().at(0);
            p.usedName = pick.value(5).toString();
            sample.append(p);
        }
        qint64 found = 0;
        report.insert(QStringLiteral("patient_search_as_you_type"),
                      measure(static_cast<int>(queries.size()), [&](int i) {
                          if (auto hits = registry.search(BenchDesk, queries.at(i)))
                              found += hits->size();
                      }).summary());
        report.insert(QStringLiteral("patient_search_results_per_query"),
                      QJsonObject{{QStringLiteral("mean"),
                                   std::round(double(found) / double(queries.size()) * 10) / 10}});
        report.insert(QStringLiteral("patient_open_file"),
                      measure(2000, [&](int i) {
                          must(registry.open(BenchDesk, ids.at(i % ids.size())));
                      }).summary());
        // The whole file as the Patients section shows it: identity (audited), allergies,
        // details, history, treatments, identity events and merges. The files opened get
        // history, treatments and allergies first, as a practice's files have.
        const QStringList filled = ids.mid(0, 2000);
        quint32 fillState = 4242;
        PatientAllergies allergies(**vault);
        for (const QString &id : filled) {
            // A vault kept with --out and measured again has filled some of them already; their
            // listed allergies would refuse a "none known".
            if (auto known = allergies.status(BenchDesk, id);
                known && known->state == AllergyStatus::State::Listed)
                continue;
            auto patient = registry.refresh(BenchDesk, id);
            if (!patient)
                die(patient.error().message);
            if (auto done = DemoPractice::fillFile(**vault, BenchDesk, id, *patient, fillState);
                !done)
                die(done.error().message);
        }
        PatientDetails details(**vault);
        PatientHistory history(**vault);
        PatientMerger merger(**vault);
        qint64 clinicalRows = 0;
        report.insert(QStringLiteral("patient_open_whole_file"),
                      measure(2000, [&](int i) {
                          const QString &id = filled.at(i % filled.size());
                          must(registry.open(BenchDesk, id));
                          clinicalRows += allergies.list(BenchDesk, id)->size();
                          must(details.load(BenchDesk, id));
                          clinicalRows += history.conditions(BenchDesk, id)->size();
                          clinicalRows += history.treatments(BenchDesk, id)->size();
                          must(registry.identityEvents(BenchDesk, id));
                          must(merger.mergesInto(BenchDesk, id));
                      }).summary());
        report.insert(QStringLiteral("patient_open_whole_file_rows_per_file"),
                      QJsonObject{{QStringLiteral("mean"),
                                   std::round(double(clinicalRows) / 2000.0 * 10) / 10}});
        report.insert(QStringLiteral("patient_duplicate_check"),
                      measure(static_cast<int>(sample.size()), [&](int i) {
                          if (auto normalised = registry.normalise(sample.at(i)))
                              must(registry.duplicatesOf(*normalised));
                      }).summary());
    }

    if (wants("prescriptions")) {
        progress() << "measuring prescriptions in the patient file, drafts and the PDF" << Qt::endl;
        // A physician to sign them: the bench practice has no account until this part runs.
        Session physician;
        if (countOf(**vault, QStringLiteral("SELECT count(*) FROM app_user")) == 0) {
            PracticeDetails practice;
            practice.name = QStringLiteral("Cabinet du banc d'essai");
            practice.address = QStringLiteral("1 place de la Mairie, 24200 Sarlat-la-Canéda");
            practice.phone = QStringLiteral("05 53 00 00 00");
            UserAccount doctor;
            doctor.login = QStringLiteral("bench-dr");
            doctor.displayName = QStringLiteral("Dr Banc d'Essai");
            doctor.roles = Role::Physician | Role::Admin;
            doctor.rpps = QStringLiteral("10003123451");
            doctor.specialty = QStringLiteral("Médecine générale");
            doctor.email = QStringLiteral("banc@cabinet.example");
            auto admin = PracticeSettings(**vault).setUp(practice, doctor,
                                                         QStringLiteral("Ordonnance-7-Tilleuls"),
                                                         Passwords::Cost::quick());
            if (!admin)
                die(admin.error().message);
            physician = *admin;
        } else {
            auto found = UserAccounts(**vault).findByLogin(QStringLiteral("bench-dr"));
            if (!found || !found->has_value())
                die(QStringLiteral("the bench vault has accounts but no bench-dr"));
            physician = {(*found)->id, (*found)->login, (*found)->displayName, (*found)->roles};
        }
        // 200,000 lines: 50,000 printed prescriptions of 4 lines, ten for each of the 2,000
        // files measured and the rest spread over the practice, as years of prescribing leave.
        const QStringList measured = ids.mid(0, 1000);
        const qint64 wantedLines = 200000;
        if (countOf(**vault, QStringLiteral("SELECT count(*) FROM prescription_line")) <
            wantedLines / 2) {
            progress() << "generating " << wantedLines << " prescription lines" << Qt::endl;
            QStringList everyone;
            QSqlQuery all((*vault)->database());
            all.setForwardOnly(true);
            all.exec(QStringLiteral("SELECT id FROM patient WHERE deleted = 0"));
            while (all.next())
                everyone.append(all.value(0).toString());
            std::mt19937 random(2019);
            const char *const drugs[][3] = {{"AMLODIPINE", "5 mg", "gélule"},
                                            {"METFORMINE", "1000 mg", "comprimé"},
                                            {"PARACÉTAMOL", "1 g", "comprimé"},
                                            {"ATORVASTATINE", "20 mg", "comprimé pelliculé"},
                                            {"LÉVOTHYROXINE SODIQUE", "75 µg", "comprimé"},
                                            {"AMOXICILLINE", "1 g", "comprimé"}};
            const QDateTime now = (*vault)->clock().now();
            QElapsedTimer timer;
            timer.start();
            const int prescriptions = static_cast<int>(wantedLines / 4);
            for (int done = 0; done < prescriptions; done += 500) {
                const Status written =
                    (*vault)->write(physician.actor(), [&](RecordWriter &writer) -> Status {
                        for (int n = done; n < std::min(done + 500, prescriptions); ++n) {
                            const QString patient =
                                n < measured.size() * 10
                                    ? measured.at(n % measured.size())
                                    : everyone.at(static_cast<qsizetype>(
                                          random() % static_cast<quint64>(everyone.size())));
                            const QString at =
                                storedInstant(now.addDays(-static_cast<qint64>(random() % 3650)));
                            auto id = writer.create(
                                QStringLiteral("prescription"),
                                {{QStringLiteral("patient_id"), patient},
                                 {QStringLiteral("status"), QStringLiteral("printed")},
                                 {QStringLiteral("drafted_by"), physician.userId},
                                 {QStringLiteral("drafted_at"), at},
                                 {QStringLiteral("signed_by"), physician.userId},
                                 {QStringLiteral("signed_at"), at},
                                 {QStringLiteral("printed_at"), at}});
                            if (!id)
                                return std::unexpected(id.error());
                            for (int position = 0; position < 4; ++position) {
                                const auto &drug = drugs[random() % std::size(drugs)];
                                Posology posology;
                                posology.unit = Posology::unitFor(QString::fromUtf8(drug[2]));
                                posology.intakes = {{Posology::Moment::Morning, 1}};
                                posology.duration =
                                    Posology::Duration{3, Posology::DurationUnit::Months};
                                auto line = writer.create(
                                    QStringLiteral("prescription_line"),
                                    {{QStringLiteral("prescription_id"), *id},
                                     {QStringLiteral("position"), position},
                                     {QStringLiteral("dci"), QString::fromUtf8(drug[0])},
                                     {QStringLiteral("strength"), QString::fromUtf8(drug[1])},
                                     {QStringLiteral("form"), QString::fromUtf8(drug[2])},
                                     {QStringLiteral("posology"), posology.toJson()},
                                     {QStringLiteral("posology_text"), posology.text()},
                                     {QStringLiteral("signed"), 1}});
                                if (!line)
                                    return std::unexpected(line.error());
                            }
                        }
                        return {};
                    });
                if (!written)
                    die(written.error().message);
            }
            report.insert(QStringLiteral("generate_prescription_lines_write_path"),
                          throughput(wantedLines, timer.nsecsElapsed()));
        }
        Prescriptions prescriptions(**vault);
        // A few drafts waiting, as on any morning.
        if (countOf(**vault, QStringLiteral("SELECT count(*) FROM prescription WHERE status = "
                                            "'draft' AND deleted = 0")) == 0) {
            for (int i = 0; i < 20; ++i) {
                Prescription draft;
                draft.patientId = measured.at(i);
                PrescriptionLine line;
                line.dci = QStringLiteral("PARACÉTAMOL");
                line.strength = QStringLiteral("1 g");
                line.form = QStringLiteral("comprimé");
                line.posology.intakes = {{Posology::Moment::Morning, 1}};
                line.posology.duration = Posology::Duration{5, Posology::DurationUnit::Days};
                draft.lines = {line};
                must(prescriptions.saveDraft(physician, draft));
            }
        }
        report.insert(
            QStringLiteral("prescriptions"),
            QJsonObject{
                {QStringLiteral("prescriptions"),
                 countOf(**vault, QStringLiteral("SELECT count(*) FROM prescription"))},
                {QStringLiteral("lines"),
                 countOf(**vault, QStringLiteral("SELECT count(*) FROM prescription_line"))},
                {QStringLiteral("vault_bytes"),
                 QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size()}});
        // The patient file as the window opens it, its Prescriptions tab included: the files
        // with the most prescriptions, whichever run generated them.
        QStringList busiest;
        QSqlQuery most((*vault)->database());
        most.setForwardOnly(true);
        most.exec(QStringLiteral("SELECT patient_id FROM prescription GROUP BY patient_id "
                                 "ORDER BY count(*) DESC LIMIT 1000"));
        while (most.next())
            busiest.append(most.value(0).toString());
        PatientRegistry registry(**vault);
        PatientAllergies allergies(**vault);
        PatientDetails details(**vault);
        PatientHistory history(**vault);
        PatientMerger merger(**vault);
        // The file opens without its prescriptions (the tab reads them when shown): opening
        // the busiest files is measured as it was before them, then the tab on its own, then
        // both in a row as a physician going straight to the tab feels it.
        const auto openFile = [&](const QString &id) {
            must(registry.open(physician, id));
            must(allergies.list(physician, id));
            must(details.load(physician, id));
            must(history.conditions(physician, id));
            must(history.treatments(physician, id));
            must(registry.identityEvents(physician, id));
            must(merger.mergesInto(physician, id));
        };
        qint64 lines = 0;
        const auto showTab = [&](const QString &id) {
            auto list = prescriptions.ofPatient(physician, id);
            must(list);
            for (const Prescription &p : *list)
                lines += p.lines.size();
        };
        report.insert(
            QStringLiteral("patient_open_whole_file_busiest_prescribers"),
            measure(2000, [&](int i) { openFile(busiest.at(i % busiest.size())); }).summary());
        report.insert(
            QStringLiteral("prescriptions_tab_shown"),
            measure(2000, [&](int i) { showTab(busiest.at(i % busiest.size())); }).summary());
        report.insert(QStringLiteral("patient_open_whole_file_then_prescriptions_tab"),
                      measure(2000, [&](int i) {
                          openFile(busiest.at(i % busiest.size()));
                          showTab(busiest.at(i % busiest.size()));
                      }).summary());
        report.insert(
            QStringLiteral("prescription_lines_per_file_opened"),
            QJsonObject{{QStringLiteral("mean"), std::round(double(lines) / 4000.0 * 10) / 10}});
        report.insert(
            QStringLiteral("prescription_drafts_waiting"),
            measure(500, [&](int) { must(prescriptions.waitingDrafts(physician)); }).summary());
        // The ordonnance of a 4-line prescription, from the vault to a PDF file.
        QSqlQuery one((*vault)->database());
        one.exec(QStringLiteral("SELECT id FROM prescription WHERE status = 'printed' LIMIT 1"));
        one.next();
        const QString printedId = one.value(0).toString();
        QTemporaryDir pdfs;
        report.insert(QStringLiteral("prescription_pdf_4_lines"),
                      measure(50, [&](int i) {
                          auto sheet = prescriptions.sheet(physician, printedId);
                          must(sheet);
                          must(PrescriptionPrinter(*sheet).writePdf(
                              pdfs.filePath(QStringLiteral("o%1.pdf").arg(i))));
                      }).summary());
    }

    if (wants("vitals")) {
        progress() << "measuring vital signs, charts and the review list" << Qt::endl;
        std::mt19937 random(1966);
        const int perPatient = parser.value(QStringLiteral("vitals-per-patient")).toInt();
        const qint64 wanted =
            countOf(**vault, QStringLiteral("SELECT count(*) FROM patient")) * perPatient;
        if (countOf(**vault, QStringLiteral("SELECT count(*) FROM vital_sign")) < wanted / 2) {
            progress() << "generating " << wanted << " vital signs" << Qt::endl;
            QElapsedTimer timer;
            timer.start();
            if (auto done = generateVitals(**vault, perPatient, random); !done)
                die(done.error().message);
            report.insert(QStringLiteral("generate_vitals_write_path"),
                          throughput(wanted, timer.nsecsElapsed()));
            if (auto done = generateChartPatient(**vault, ids.first()); !done)
                die(done.error().message);
            if (auto done = generateConsultations(**vault, ids, random); !done)
                die(done.error().message);
        }
        report.insert(
            QStringLiteral("vitals"),
            QJsonObject{
                {QStringLiteral("vital_signs"),
                 countOf(**vault, QStringLiteral("SELECT count(*) FROM vital_sign"))},
                {QStringLiteral("consultations"),
                 countOf(**vault, QStringLiteral("SELECT count(*) FROM consultation"))},
                {QStringLiteral("vault_bytes"),
                 QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size()}});
        PatientVitals vitals(**vault);
        qint64 alerts = 0;
        report.insert(QStringLiteral("vitals_latest_and_alerts"),
                      measure(3000, [&](int i) {
                          if (auto latest = vitals.latest(BenchDesk, ids.at(i % ids.size())))
                              alerts += latest->alerts.size();
                      }).summary());
        // The chart patient: the one with ten years of monthly values.
        QSqlQuery most((*vault)->database());
        most.exec(QStringLiteral("SELECT patient_id FROM vital_sign GROUP BY patient_id "
                                 "ORDER BY count(*) DESC LIMIT 1"));
        most.next();
        const QString chartPatient = most.value(0).toString();
        const QDateTime tenYears = (*vault)->clock().now().addYears(-10);
        qint64 points = 0;
        report.insert(
            QStringLiteral("vitals_chart_ten_years_weight_and_bp"),
            measure(500, [&](int) {
                points =
                    vitals.series(BenchDesk, chartPatient, VitalKind::Weight, tenYears)->size();
                points +=
                    vitals.series(BenchDesk, chartPatient, VitalKind::BloodPressure, tenYears)
                        ->size();
            }).summary());
        report.insert(QStringLiteral("vitals_chart_points"),
                      QJsonObject{{QStringLiteral("count"), points}});
        PreparedConsultations consultations(**vault);
        qint64 listed = 0;
        report.insert(QStringLiteral("review_list_for_a_day_own"),
                      measure(500, [&](int) {
                          listed =
                              consultations
                                  .reviewList(BenchDoctor, consultations.clock().today(), false)
                                  ->size();
                      }).summary());
        report.insert(QStringLiteral("review_list_for_a_day_all_physicians"),
                      measure(500, [&](int) {
                          listed = consultations
                                       .reviewList(BenchDoctor, consultations.clock().today(), true)
                                       ->size();
                      }).summary());
        report.insert(QStringLiteral("review_list_files"),
                      QJsonObject{{QStringLiteral("count"), listed}});

        QDir fhir(parser.value(QStringLiteral("fhir")));
        QStringList bundles;
        for (const QString &name :
             fhir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            bundles.append(fhir.filePath(name));
        if (!bundles.isEmpty()) {
            FhirExchange exchange(**vault);
            QElapsedTimer timer;
            timer.start();
            auto reports = exchange.importFiles(BenchDesk, bundles);
            if (!reports)
                die(reports.error().message);
            const qint64 first = timer.nsecsElapsed();
            int created = 0;
            int imported = 0;
            for (const auto &r : *reports) {
                created += r.patientsCreated;
                imported += r.vitalsImported;
            }
            timer.restart();
            if (auto again = exchange.importFiles(BenchDesk, bundles); !again)
                die(again.error().message);
            const qint64 second = timer.nsecsElapsed();
            report.insert(
                QStringLiteral("fhir_import_bundles"),
                QJsonObject{{QStringLiteral("bundles"), static_cast<qint64>(bundles.size())},
                            {QStringLiteral("patients_created"), created},
                            {QStringLiteral("vitals_imported"), imported},
                            {QStringLiteral("total_s"), std::round(double(first) / 1e7) / 100},
                            {QStringLiteral("again_unchanged_total_s"),
                             std::round(double(second) / 1e7) / 100}});
        }
    }

    if (wants("writes")) {
        progress() << "measuring writes" << Qt::endl;
        quint32 state = 99;
        report.insert(QStringLiteral("write_path_one_patient_per_transaction"),
                      measure(500, [&](int) {
                          if (auto done = createPatients(**vault, 1, state, 1); !done)
                              die(done.error().message);
                      }).summary());
        {
            QElapsedTimer timer;
            timer.start();
            if (auto done = createPatients(**vault, 10000, state, 1000); !done)
                die(done.error().message);
            const qint64 nsecs = timer.nsecsElapsed();
            report.insert(
                QStringLiteral("create_10000_patients_batched_1000"),
                QJsonObject{{QStringLiteral("total_s"), std::round(double(nsecs) / 1e7) / 100},
                            {QStringLiteral("per_s"), std::round(1e4 * 1e9 / double(nsecs))}});
        }
    }
    if (wants("agenda")) {
        const QJsonObject measured =
            measureAgenda(**vault, path, parser.value(QStringLiteral("appointments")).toInt(),
                          sampleIds(**vault, 20000));
        for (auto it = measured.begin(); it != measured.end(); ++it)
            report.insert(it.key(), it.value());
    }
    if (wants("audit")) {
        // What `relais audit verify` does: every page and index, then the whole chain.
        progress() << "measuring audit verify" << Qt::endl;
        QElapsedTimer timer;
        timer.start();
        auto problems = (*vault)->checkIntegrity();
        if (!problems || !problems->isEmpty())
            die(QStringLiteral("the bench vault is damaged"));
        const qint64 integrity = timer.nsecsElapsed();
        timer.restart();
        auto trail = (*vault)->verifyAuditTrail();
        if (!trail || !trail->intact())
            die(QStringLiteral("the bench vault's audit trail does not verify"));
        const qint64 chain = timer.nsecsElapsed();
        report.insert(
            QStringLiteral("audit_verify"),
            QJsonObject{
                {QStringLiteral("integrity_check_s"), std::round(double(integrity) / 1e7) / 100},
                {QStringLiteral("chain_s"), std::round(double(chain) / 1e7) / 100},
                {QStringLiteral("entries"), trail->rowsChecked},
                {QStringLiteral("file_mb"),
                 static_cast<qint64>(QFileInfo(path).size() / (qint64{1024} * 1024))}});
    }
    const QString hub = parser.value(QStringLiteral("hub"));
    const QString hubPassword = qEnvironmentVariable("PGPASSWORD");
    if ((only.contains(QStringLiteral("sync")) || only.contains(QStringLiteral("sync-practice")) ||
         only.contains(QStringLiteral("hub-scale"))) &&
        hub.isEmpty())
        die(QStringLiteral("the sync parts need --hub URL"));
    if (!hub.isEmpty() && wants("sync")) {
        // Two fresh workstations: 10,000 changes made on one (new patients, through the
        // registry), pushed, then pulled and applied by the other; then syncs with nothing to do.
        progress() << "measuring push and pull of 10,000 changes through the hub" << Qt::endl;
        must(Synchronizer::initHub(hub, hubPassword));
        QTemporaryDir dir;
        auto first = Vault::create(dir.filePath(QStringLiteral("first.relais")), key);
        auto second = Vault::create(dir.filePath(QStringLiteral("second.relais")), key);
        if (!first || !second)
            die(QStringLiteral("cannot create the sync bench's vaults"));
        const Actor admin{QStringLiteral("bench-admin")};
        syncOnce(**first, admin, hub, hubPassword); // sets the practice up
        // Both workstations of the practice before the changes: the second receives them as
        // envelopes, as every day (a workstation joining starts from a snapshot instead).
        joinPractice(**first, **second, hub);
        quint32 state = 5;
        must(createPatients(**first, 10000, state, 1000));
        const qint64 changes =
            countOf(**first, QStringLiteral("SELECT count(*) FROM change_journal"));
        QElapsedTimer timer;
        timer.start();
        const SyncReport pushed = syncOnce(**first, admin);
        const double pushMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        const SyncReport pulled = syncOnce(**second, Actor::system());
        const double pullMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        if (pulled.snapshotChunks > 0 || pulled.applied < changes)
            die(QStringLiteral("the second workstation did not receive the changes as envelopes"));
        if (digestOf(**first) != digestOf(**second))
            die(QStringLiteral("the two workstations differ after syncing"));
        QJsonObject both{{QStringLiteral("changes"), changes},
                         {QStringLiteral("pushed"), pushed.pushed},
                         {QStringLiteral("push_ms"), std::round(pushMs)},
                         {QStringLiteral("pull_and_apply_ms"), std::round(pullMs)},
                         {QStringLiteral("total_ms"), std::round(pushMs + pullMs)}};
        report.insert(QStringLiteral("sync_push_then_pull_10000_changes"), both);
        report.insert(QStringLiteral("sync_with_nothing_to_do"),
                      measure(30, [&](int) { syncOnce(**first, admin); }).summary());
    }
    if (!hub.isEmpty() && only.contains(QStringLiteral("hub-scale"))) {
        // Asked for by name only: it leaves a million envelopes on the hub.
        progress() << "measuring a hub of 50 practices" << Qt::endl;
        report.insert(QStringLiteral("hub_scale"), measureHubScale(hub, hubPassword));
    }
    if (!hub.isEmpty() && wants("sync-practice")) {
        // The bench practice on a copy: its first full push (the journal compacted after it),
        // then a new workstation joining it.
        progress() << "measuring the bench practice's first push and a workstation joining it"
                   << Qt::endl;
        must(Synchronizer::initHub(hub, hubPassword));
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("practice.relais"));
        {
            auto source = Vault::open(path, key);
            if (!source)
                die(source.error().message);
            must((*source)->backupTo(copy, Actor::system()));
        }
        auto practice = Vault::open(copy, key);
        auto joining = Vault::create(dir.filePath(QStringLiteral("joining.relais")), key);
        if (!practice || !joining)
            die(QStringLiteral("cannot open the sync bench's vaults"));
        const qint64 before = fileBytes(copy);
        const qint64 journal =
            countOf(**practice, QStringLiteral("SELECT count(*) FROM change_journal"));
        QElapsedTimer timer;
        timer.start();
        const SyncReport pushed =
            syncOnce(**practice, Actor{QStringLiteral("bench-admin")}, hub, hubPassword);
        const double pushMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        double grantMs = 0;
        const double joinMs = joinPractice(**practice, **joining, hub, &grantMs);
        const bool same = digestOf(**practice) == digestOf(**joining);
        const QJsonObject tables = payloadBytes(**practice);
        report.insert(
            QStringLiteral("sync_bench_practice"),
            QJsonObject{
                {QStringLiteral("journal_rows"), journal},
                {QStringLiteral("pushed"), pushed.pushed},
                {QStringLiteral("first_push_s"), std::round(pushMs / 100) / 10},
                {QStringLiteral("vault_bytes_before_push"), before},
                {QStringLiteral("vault_bytes_after_push"), fileBytes(copy)},
                {QStringLiteral("letting_in_with_snapshot_s"), std::round(grantMs / 100) / 10},
                {QStringLiteral("new_workstation_first_sync_s"), std::round(joinMs / 100) / 10},
                {QStringLiteral("vault_bytes_by_table"), tables},
                {QStringLiteral("new_workstation_vault_bytes"),
                 fileBytes(dir.filePath(QStringLiteral("joining.relais")))},
                {QStringLiteral("digests_equal"), same}});
    }

    if (wants("notices")) {
        progress() << "measuring change notices" << Qt::endl;
        report.insert(QStringLiteral("change_notice_to_model"), measureNotices(**vault));
    }
    vault->reset();
    if (wants("compare")) {

        progress() << "comparing with an unencrypted database" << Qt::endl;
        constexpr int Bulk = 20000, Singles = 300, Reads = 20000;
        QTemporaryDir compare;
        auto encrypted = Vault::create(compare.filePath(QStringLiteral("enc.relais")), key);
        if (!encrypted)
            die(encrypted.error().message);
        const Workload withKey = runWorkload(**encrypted, Bulk, Singles, Reads);
        // The same SQLCipher library with no key is plain SQLite 3.15: the same workload,
        // unencrypted.
        Vault::Options unencrypted;
        unencrypted.unencryptedForBenchmark = true;
        auto plain =
            Vault::create(compare.filePath(QStringLiteral("plain.db")), SecureBytes(), unencrypted);
        if (!plain)
            die(plain.error().message);
        const Workload without = runWorkload(**plain, Bulk, Singles, Reads);

        report.insert(QStringLiteral("compare_encrypted_write_one"), withKey.writes.summary());
        report.insert(QStringLiteral("compare_plain_write_one"), without.writes.summary());
        report.insert(QStringLiteral("compare_encrypted_read_by_id"), withKey.reads.summary());
        report.insert(QStringLiteral("compare_plain_read_by_id"), without.reads.summary());
        report.insert(QStringLiteral("compare_encrypted_bulk_write"),
                      throughput(withKey.bulkCount, withKey.bulkNsecs));
        report.insert(QStringLiteral("compare_plain_bulk_write"),
                      throughput(without.bulkCount, without.bulkNsecs));
        auto ratio = [](double a, double b) {
            return b > 0 ? std::round(a / b * 100.0) / 100.0 : 0.0;
        };
        report.insert(QStringLiteral("encryption_cost_ratio"),
                      QJsonObject{{QStringLiteral("write_one_p50"),
                                   ratio(withKey.writes.p50(), without.writes.p50())},
                                  {QStringLiteral("read_by_id_p50"),
                                   ratio(withKey.reads.p50(), without.reads.p50())},
                                  {QStringLiteral("bulk_write_time"),
                                   ratio(static_cast<double>(withKey.bulkNsecs),
                                         static_cast<double>(without.bulkNsecs))}});
    }

    QTextStream(stdout) << QJsonDocument(report).toJson(QJsonDocument::Indented);
    return 0;
}
