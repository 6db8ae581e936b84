#include "demo/DemoPractice.h"
#include "documents/PrescriptionPrinter.h"
#include "documents/QrCode.h"
#include "services/Prescriptions.h"
#include "support/TempDir.h"
#include "support/TestPractice.h"
#include "util/Translations.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <catch2/catch.hpp>

using namespace relais;
using relais::test::TempDir;
using relais::test::TestPractice;

namespace {

// Runs a tool of poppler-utils or zbar-tools (installed by .ci/deps) and gives its output.
QString toolOutput(const QString &tool, const QStringList &arguments)
{
    const QString path = QStandardPaths::findExecutable(tool);
    INFO(tool.toStdString() << " is missing: bash .ci/deps installs it");
    REQUIRE_FALSE(path.isEmpty());
    QProcess process;
    process.start(path, arguments);
    REQUIRE(process.waitForFinished(60000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

PrescriptionLine line(const char *dci, const char *strength, const char *form)
{
    PrescriptionLine l;
    l.dci = QString::fromUtf8(dci);
    l.strength = QString::fromUtf8(strength);
    l.form = QString::fromUtf8(form);
    l.route = QStringLiteral("orale");
    l.posology.unit = l.form;
    return l;
}

// A bizone ordonnance: levothyroxine for the long-term condition, not substitutable (MTE),
// renewed; amoxicillin for a sore throat.
Prescription bizone(const QString &patient)
{
    PrescriptionLine thyroid = line("LÉVOTHYROXINE SODIQUE", "75 µg", "comprimé");
    thyroid.brand = QStringLiteral("LEVOTHYROX 75 microgrammes, comprimé sécable");
    thyroid.posology.intakes = {{Posology::Moment::Morning, 1}};
    thyroid.posology.duration = Posology::Duration{3, Posology::DurationUnit::Months};
    thyroid.renewals = 2;
    thyroid.nonSubstitutable = SubstitutionBan::Mte;
    thyroid.ald = true;
    PrescriptionLine antibiotic = line("AMOXICILLINE", "1 g", "comprimé");
    antibiotic.posology.intakes = {{Posology::Moment::Morning, 1}, {Posology::Moment::Evening, 1}};
    antibiotic.posology.duration = Posology::Duration{6, Posology::DurationUnit::Days};
    Prescription p;
    p.patientId = patient;
    p.lines = {thyroid, antibiotic};
    return p;
}

} // namespace

TEST_CASE("ordonnance: a QR code of libqrencode is square, with its quiet zone")
{
    const QrCode code = QrCode::encode(QByteArrayLiteral("019b5c4e-0000-7000-8000-000000000000"));
    REQUIRE_FALSE(code.isNull());
    CHECK(code.size() >= 21);
    CHECK((code.size() - 17) % 4 == 0); // versions grow by 4 modules
    CHECK(code.isDark(0, 0));           // the finder pattern's corner
    CHECK_FALSE(code.isDark(-1, 0));
    const QImage image = code.image(3);
    CHECK(image.width() == (code.size() + 8) * 3);
    CHECK(image.pixelColor(0, 0) == Qt::white);
    CHECK(image.pixelColor(12, 12) == Qt::black);
}

TEST_CASE("ordonnance: every mention of R.5132-3 in the PDF, the bizone parts, the QR code")
{
    Translations::install(QLocale(QLocale::French, QLocale::France));
    TestPractice desk;
    desk.withDemo(0);
    const QString patient = *desk.registry().create(desk.assistant, relais::test::helene());
    Prescriptions prescriptions(*desk.vault);
    const QString id = *prescriptions.saveDraft(desk.assistant, bizone(patient));
    REQUIRE(prescriptions.sign(desk.doctor, id, {QLatin1String(DemoPractice::Password), {}, true})
                .has_value());
    auto sheet = prescriptions.sheet(desk.assistant, id);
    REQUIRE(sheet.has_value());

    TempDir dir;
    const QString pdf = dir.file(QStringLiteral("ordonnance.pdf"));
    REQUIRE(PrescriptionPrinter(*sheet).writePdf(pdf).has_value());
    // The font's ligatures ("ﬀ") read back as the letters they join.
    const QString text = toolOutput(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")})
                             .normalized(QString::NormalizationForm_KC)
                             .simplified();
    INFO(text.toStdString());
    const QStringList mentions{
        // The prescriber: names, qualification and specialty, RPPS, address with the country,
        // phone with its international prefix, e-mail; the date.
        sheet->prescriber.name, QStringLiteral("Médecin"), QStringLiteral("Médecine générale"),
        QStringLiteral("RPPS"), sheet->prescriber.rpps, QStringLiteral("France"),
        QStringLiteral("+33 5 53 00 00 00"), sheet->prescriber.email,
        QLocale().toString(sheet->date, QStringLiteral("d MMMM yyyy")),
        // The patient: names (the strict traits, as the identity keeps them), sex, birth date.
        QStringLiteral("DUPONT"), QStringLiteral("HELENE MARIE"), QStringLiteral("féminin"),
        QStringLiteral("17/04/1962"),
        // Each line in DCI with strength and form, posology and duration, renewals, "non
        // substituable" with its reason.
        QStringLiteral("LÉVOTHYROXINE SODIQUE 75 µg, comprimé"),
        QStringLiteral("1 comprimé le matin pendant 3 mois"), QStringLiteral("2 fois"),
        QStringLiteral("non substituable (MTE)"), QStringLiteral("AMOXICILLINE 1 g, comprimé"),
        QStringLiteral("1 comprimé matin et soir pendant 6 jours"),
        // The bizone parts, the signature, the prescription's own number.
        QStringLiteral("affection de longue durée"), QStringLiteral("SANS RAPPORT"),
        QStringLiteral("Signature"), id};
    for (const QString &mention : mentions) {
        INFO(mention.toStdString());
        CHECK(text.contains(mention.normalized(QString::NormalizationForm_KC)));
    }
    // The ALD part comes first, and the signature right under the last line.
    CHECK(text.indexOf(QStringLiteral("VOTHYROXINE")) <
          text.indexOf(QStringLiteral("SANS RAPPORT")));
    CHECK(text.indexOf(QStringLiteral("SANS RAPPORT")) <
          text.indexOf(QStringLiteral("AMOXICILLINE")));
    CHECK(text.indexOf(QStringLiteral("AMOXICILLINE")) < text.indexOf(QStringLiteral("Signature")));
    CHECK_FALSE(text.contains(QStringLiteral("DUPLICATA")));

    // The QR code reads back to the prescription's id, from the page as an image.
    const QString page = dir.file(QStringLiteral("page"));
    if (const QByteArray keep = qgetenv("RELAIS_SCREENSHOTS"); !keep.isEmpty())
        QFile::copy(pdf, QString::fromLocal8Bit(keep) + QStringLiteral("/ordonnance.pdf"));
    toolOutput(QStringLiteral("pdftoppm"),
               {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"),
                QStringLiteral("-singlefile"), pdf, page});
    const QString decoded =
        toolOutput(QStringLiteral("zbarimg"),
                   {QStringLiteral("--raw"), QStringLiteral("-q"), page + QStringLiteral(".png")})
            .trimmed();
    CHECK(decoded == id);

    // Printed again: a duplicate, said on the page.
    REQUIRE(prescriptions.markPrinted(desk.assistant, id).has_value());
    sheet = prescriptions.sheet(desk.assistant, id);
    REQUIRE(sheet->duplicate);
    REQUIRE(PrescriptionPrinter(*sheet).writePdf(pdf).has_value());
    CHECK(toolOutput(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")})
              .contains(QStringLiteral("DUPLICATA")));
    // A folder that cannot be written: said, with the path.
    auto refused =
        PrescriptionPrinter(*sheet).writePdf(dir.file(QStringLiteral("no/such/folder/o.pdf")));
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().message.contains(QStringLiteral("no/such/folder")));
    Translations::install(QLocale(QLocale::English, QLocale::UnitedKingdom));
}
