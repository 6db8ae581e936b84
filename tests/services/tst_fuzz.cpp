// Generated bad input thrown at both importers. Each case is a mutation of a good file; the
// oracles are what must hold whatever the input: no crash, a refusal changes nothing, and what
// is accepted obeys the rules (a drug release no smaller than the plausibility allows, vital
// signs only on patients that exist, in their range, between birth and today).
//
// CI runs RELAIS_FUZZ_CASES cases of each kind (100 by default); by hand:
//   RELAIS_FUZZ_CASES=2000 build/ci/tests/relais_storage_tests "[fuzz]" -s
#include "domain/VitalSign.h"
#include "services/DrugSubstances.h"
#include "services/FhirExchange.h"
#include "support/TestData.h"
#include "support/TestPractice.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include <cstdio>
#include <random>

using namespace relais;
using relais::test::TestPractice;

namespace {

int casesPerKind()
{
    bool ok = false;
    const int asked = qEnvironmentVariableIntValue("RELAIS_FUZZ_CASES", &ok);
    return ok && asked > 0 ? asked : 100;
}

struct Tally
{
    int accepted = 0;
    int refused = 0;
    qint64 slowestMs = 0;
    QMap<QString, int> byMutation;
    void print(const char *what, int cases) const
    {
        std::printf("fuzz %s: %d cases, %d accepted, %d refused, slowest %lld ms, 0 crashes\n",
                    what, cases, accepted, refused, static_cast<long long>(slowestMs));
        for (auto it = byMutation.cbegin(); it != byMutation.cend(); ++it)
            std::printf("  %s: %d\n", qPrintable(it.key()), it.value());
        std::fflush(stdout);
    }
};

// A synthetic release above every plausibility floor: 1,500 substances, each in two
// specialties, CRLF, windows-1252 accents and the trailing tab of the real file.
QByteArray syntheticRelease()
{
    QByteArray text;
    for (int code = 0; code < 1500; ++code) {
        for (int cis = 0; cis < 2; ++cis) {
            text += QByteArray::number(60000000 + code * 2 + cis) + "\tcomprim\xe9\t" +
                    QByteArray::number(10000 + code) + "\tSUBSTANCE " + QByteArray::number(code) +
                    " ANHYDR\xc9" + "E\t" + QByteArray::number(cis + 1) +
                    "00 mg\tun comprim\xe9\t" + "SA\t1\t\r\n";
        }
    }
    return text;
}

QByteArray mutateText(QByteArray text, std::mt19937 &random, QString *name)
{
    auto pick = [&](qsizetype n) {
        return n <= 0 ? qsizetype(0) : static_cast<qsizetype>(random() % static_cast<quint32>(n));
    };
    switch (random() % 10) {
    case 0: *name = QStringLiteral("cut anywhere"); return text.left(pick(text.size()));
    case 1: {
        *name = QStringLiteral("bytes flipped");
        for (int i = 0; i < 1 + pick(50); ++i)
            text[pick(text.size())] = static_cast<char>(random());
        return text;
    }
    case 2:
        *name = QStringLiteral("control characters");
        for (int i = 0; i < 1 + pick(20); ++i)
            text.insert(pick(text.size()), static_cast<char>(random() % 32));
        return text;
    case 3:
        *name = QStringLiteral("line ends changed");
        text.replace("\r\n", random() % 2 ? "\r" : "\n");
        return text;
    case 4: {
        *name = QStringLiteral("lines dropped");
        QList<QByteArray> lines = text.split('\n');
        const qsizetype keep = pick(lines.size());
        return lines.mid(0, keep).join('\n') + '\n';
    }
    case 5:
        *name = QStringLiteral("tabs added or removed");
        for (int i = 0; i < 1 + pick(200); ++i) {
            const qsizetype at = text.indexOf('\t', pick(text.size()));
            if (at >= 0)
                random() % 2 ? text.insert(at, '\t') : text.remove(at, 1);
        }
        return text;
    case 6:
        *name = QStringLiteral("a very long line");
        text.insert(pick(text.size()), QByteArray(20000 + pick(100000), 'X'));
        return text;
    case 7: {
        *name = QStringLiteral("random binary");
        QByteArray noise(pick(200000), '\0');
        for (char &c : noise)
            c = static_cast<char>(random());
        return noise;
    }
    case 8:
        *name = QStringLiteral("UTF-8 and windows-1252 mixed");
        text.replace("\xe9", random() % 2 ? "\xc3\xa9" : "\xc3");
        return text;
    default:
        *name = QStringLiteral("duplicated block");
        {
            const qsizetype from = pick(text.size());
            text.insert(pick(text.size()), text.mid(from, pick(50000)));
        }
        return text;
    }
}

} // namespace

TEST_CASE("fuzz: damaged drug files never replace a release wrongly, and never crash", "[fuzz]")
{
    TestPractice desk;
    DrugSubstances catalogue(*desk.vault);
    const QString folder = desk.dir.file(QStringLiteral("bdpm"));
    REQUIRE(QDir().mkpath(folder));
    const QString compo = folder + QStringLiteral("/CIS_COMPO_bdpm.txt");
    const QByteArray release = syntheticRelease();
    REQUIRE(relais::test::writeAll(compo, release));
    REQUIRE(catalogue.importFrom(relais::test::DeskPhysician, folder).has_value());
    REQUIRE(catalogue.count() == 1500);

    std::mt19937 random(20261128);
    Tally tally;
    const int cases = casesPerKind();
    for (int i = 0; i < cases; ++i) {
        QString mutation;
        const QByteArray mutated = mutateText(release, random, &mutation);
        REQUIRE(relais::test::writeAll(compo, mutated));
        const int before = catalogue.count();
        QElapsedTimer timer;
        timer.start();
        auto imported = catalogue.importFrom(relais::test::DeskPhysician, folder);
        tally.slowestMs = std::max(tally.slowestMs, timer.elapsed());
        INFO("case " << i << ": " << mutation.toStdString());
        if (!imported) {
            ++tally.refused;
            CHECK(catalogue.count() == before);
            continue;
        }
        ++tally.accepted;
        tally.byMutation[mutation + QStringLiteral(" (accepted)")] += 1;
        // Accepted: a whole file, no smaller than the plausibility allows, names without controls.
        CHECK((mutated.endsWith('\n') || mutated.endsWith('\r')));
        CHECK(catalogue.count() >= before * BdpmSubstances::MinimumShareOfPrevious);
        CHECK(desk.count(QStringLiteral("SELECT count(*) FROM drug_substance WHERE name GLOB "
                                        "'*[' || char(1) || '-' || char(31) || ']*'")) == 0);
    }
    tally.print("bdpm", cases);
}

namespace {

// Mutations of a FHIR bundle at the level of its JSON: fields removed, of the wrong kind, too
// long, numbers out of range, entries doubled or stripped of id and subject.
QJsonValue wrongKind(std::mt19937 &random)
{
    switch (random() % 6) {
    case 0: return QJsonValue(1e300);
    case 1: return QJsonValue(QStringLiteral("x"));
    case 2: return QJsonArray{1, 2};
    case 3: return QJsonObject{{QStringLiteral("a"), 1}};
    case 4: return QJsonValue(QJsonValue::Null);
    default: return QJsonValue(QString(300 + static_cast<int>(random() % 5000), QChar(0x00E9)));
    }
}

QJsonValue mutateJson(const QJsonValue &value, std::mt19937 &random, int depth, QString *name)
{
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        const QStringList keys = o.keys();
        if (!keys.isEmpty() && random() % 6 == 0) {
            const QString key =
                keys.at(static_cast<qsizetype>(random() % static_cast<quint32>(keys.size())));
            switch (random() % 3) {
            case 0:
                o.remove(key);
                *name = QStringLiteral("field removed");
                break;
            case 1:
                o.insert(key, wrongKind(random));
                *name = QStringLiteral("field of the wrong kind");
                break;
            default:
                if (o.value(key).isDouble()) {
                    const double weird[] = {1e300, -1e300, 0, -1, 2147483648.0, 1e-300};
                    o.insert(key, weird[random() % 6]);
                    *name = QStringLiteral("number out of range");
                }
            }
        }
        for (const QString &key : o.keys()) {
            if (depth < 8)
                o.insert(key, mutateJson(o.value(key), random, depth + 1, name));
        }
        return o;
    }
    if (value.isArray()) {
        QJsonArray a = value.toArray();
        if (!a.isEmpty() && random() % 40 == 0) {
            a.append(a.at(static_cast<qsizetype>(random() % static_cast<quint32>(a.size()))));
            *name = QStringLiteral("item doubled");
        }
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (depth < 8)
                a[i] = mutateJson(a.at(i), random, depth + 1, name);
        }
        return a;
    }
    return value;
}

// Every vital sign kept is on a patient that exists, in its range, between birth and today.
void checkVitalsObeyTheRules(TestPractice &desk)
{
    QSqlQuery q(desk.vault->database());
    REQUIRE(q.exec(QStringLiteral(
        "SELECT v.kind, v.value, v.value2, v.measured_at, p.birth_date, p.id IS NULL "
        "FROM vital_sign v LEFT JOIN patient p ON p.id = v.patient_id")));
    const QDateTime now = desk.clock.now();
    while (q.next()) {
        CHECK(q.value(5).toInt() == 0);
        const auto kind = VitalSigns::fromCode(q.value(0).toString());
        REQUIRE(kind.has_value());
        const VitalDefinition &d = VitalSigns::definition(*kind);
        if (*kind != VitalKind::BloodPressure) {
            CHECK(q.value(1).toDouble() >= d.minimum);
            CHECK(q.value(1).toDouble() <= d.maximum);
        }
        const QDateTime at = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        CHECK(at.date() >= QDate::fromString(q.value(4).toString(), Qt::ISODate));
        CHECK(at.date() <= now.date());
    }
}

} // namespace

TEST_CASE("fuzz: damaged FHIR bundles file nothing wrong, and never crash", "[fuzz]")
{
    TestPractice desk;
    FhirExchange exchange(*desk.vault);
    QDir fixtures(relais::test::fixture(QStringLiteral("fhir")));
    const QStringList names =
        fixtures.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    REQUIRE_FALSE(names.isEmpty());
    // The smaller bundle, cut to its patient and vital signs so that each case stays quick.
    QFile source(fixtures.filePath(names.first()));
    REQUIRE(source.open(QIODevice::ReadOnly));
    QJsonObject bundle = QJsonDocument::fromJson(source.readAll()).object();
    QJsonArray kept;
    for (const QJsonValue &entry : bundle.value(QStringLiteral("entry")).toArray()) {
        const QString type = entry.toObject()
                                 .value(QStringLiteral("resource"))
                                 .toObject()
                                 .value(QStringLiteral("resourceType"))
                                 .toString();
        if (type == QLatin1String("Patient") || type == QLatin1String("Observation"))
            kept.append(entry);
    }
    bundle.insert(QStringLiteral("entry"), kept);
    const QByteArray good = QJsonDocument(bundle).toJson(QJsonDocument::Compact);
    const QString file = desk.dir.file(QStringLiteral("case.json"));

    std::mt19937 random(1128);
    Tally tally;
    const int cases = casesPerKind();
    for (int i = 0; i < cases; ++i) {
        QString mutation = QStringLiteral("none");
        QByteArray bytes;
        if (random() % 4 == 0) {
            bytes = mutateText(good, random, &mutation);
            mutation = QStringLiteral("text: ") + mutation;
        } else {
            bytes = QJsonDocument(mutateJson(bundle, random, 0, &mutation).toObject())
                        .toJson(QJsonDocument::Compact);
        }
        REQUIRE(relais::test::writeAll(file, bytes));
        const qint64 journal = desk.count(QStringLiteral("SELECT count(*) FROM change_journal"));
        QElapsedTimer timer;
        timer.start();
        auto report = exchange.importFile(relais::test::DeskAssistant, file);
        tally.slowestMs = std::max(tally.slowestMs, timer.elapsed());
        INFO("case " << i << ": " << mutation.toStdString());
        if (!report) {
            ++tally.refused;
            tally.byMutation[mutation + QStringLiteral(" (refused)")] += 1;
            CHECK(desk.count(QStringLiteral("SELECT count(*) FROM change_journal")) == journal);
            continue;
        }
        ++tally.accepted;
        tally.byMutation[mutation + QStringLiteral(" (accepted)")] += 1;
        CHECK(report->patientsCreated <= 1);
    }
    checkVitalsObeyTheRules(desk);
    CHECK(desk.patients() <= 1); // one person's bundle, however mangled, is one file at most
    tally.print("fhir", cases);
}
