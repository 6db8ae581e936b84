#include "demo/DemoPractice.h"
#include "patients/PatientFileView.h"
#include "patients/TreatmentDialog.h"
#include "prescriptions/DraftsToSignPanel.h"
#include "prescriptions/DrugSearchBox.h"
#include "prescriptions/DrugSearchModel.h"
#include "prescriptions/PatientPrescriptionsPanel.h"
#include "prescriptions/PrescriptionEditor.h"
#include "prescriptions/PrescriptionLinesModel.h"
#include "prescriptions/SignDialog.h"
#include "review/ReviewPage.h"
#include "services/DrugInteractions.h"
#include "services/DrugSearch.h"
#include "services/DrugSubstances.h"
#include "services/PatientAllergies.h"
#include "services/PatientHistory.h"
#include "services/PreparedConsultations.h"
#include "services/PrescriptionChecks.h"
#include "services/Prescriptions.h"
#include "support/TestData.h"
#include "support/TestPractice.h"
#include "util/Translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStringListModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

#include <catch2/catch.hpp>

using namespace relais;
using namespace relais::ui;
using relais::test::TestPractice;

namespace {

// A practice with the fixture drug data, and a patient allergic to amoxicillin.
struct DrugDesk : TestPractice
{
    QString patient;
    DrugDesk()
    {
        withDemo(0);
        REQUIRE(DrugSubstances(*vault).importFrom(
            doctor, relais::test::fixture(QStringLiteral("bdpm")), DrugSubstances::Import::Forced));
        REQUIRE(DrugInteractions(*vault).importFrom(
            doctor, relais::test::fixture(QStringLiteral("interactions")),
            DrugInteractions::Import::Forced));
        patient = *registry().create(assistant, relais::test::helene());
    }
    void allergicToAmoxicillin()
    {
        REQUIRE(PatientAllergies(*vault).add(doctor, {{},
                                                      patient,
                                                      Allergy::Kind::Allergy,
                                                      QStringLiteral("Amoxicilline"),
                                                      {},
                                                      QStringLiteral("urticaire")}));
    }
    Prescription blank() const
    {
        Prescription p;
        p.patientId = patient;
        return p;
    }
    // Amoxicillin as found in the search, for a week: a draft that can be saved.
    Prescription amoxicillin() const
    {
        auto found = DrugSearch(*vault).find(doctor, QStringLiteral("amoxicilline"));
        REQUIRE(found.has_value());
        REQUIRE_FALSE(found->isEmpty());
        PrescriptionLine line = PrescriptionLine::fromChoice(found->first());
        line.posology.duration = Posology::Duration{7, Posology::DurationUnit::Days};
        Prescription p = blank();
        p.lines = {line};
        return p;
    }
};

void settleEvents()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

template<typename T>
T *child(QWidget *parent, const char *name)
{
    auto *found = parent->findChild<T *>(QLatin1String(name));
    REQUIRE(found);
    return found;
}

} // namespace

TEST_CASE("prescription editor: a drug from the search becomes a line, its posology in fields")
{
    DrugDesk desk;
    PrescriptionEditor editor(*desk.vault, desk.assistant, desk.blank(), QStringLiteral("DUPONT"));
    QAbstractItemModelTester tester(editor.lines(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    // An assistant drafts; she has no signing button.
    editor.show();
    CHECK(editor.findChild<QWidget *>(QStringLiteral("signPrescription")) == nullptr);
    CHECK(editor.checks()->toPlainText().contains(QStringLiteral("as lines are added")));

    editor.searchBox()->search(QStringLiteral("amoxicilline"));
    REQUIRE(editor.searchBox()->results()->rowCount() > 0);
    // Enter on the result adds it; it does not save a draft half made.
    editor.searchBox()->table()->setFocus();
    QTest::keyClick(editor.searchBox()->table(), Qt::Key_Return);
    REQUIRE(editor.lines()->rowCount() == 1);
    CHECK(editor.result() == 0);
    CHECK(editor.lines()->line(0).dci.startsWith(QStringLiteral("AMOXICILLINE")));

    // Morning and evening for 7 days: the French that will print, as it is typed.
    child<QDoubleSpinBox>(&editor, "evening")->setValue(1);
    child<QSpinBox>(&editor, "duration")->setValue(7);
    const PrescriptionLine line = editor.lines()->line(0);
    CHECK(line.posology.duration->count == 7);
    CHECK(child<QLabel>(&editor, "posologyPreview")->text().contains(QStringLiteral("7 jours")));
    CHECK(editor.lines()
              ->data(editor.lines()->index(0, PrescriptionLinesModel::Posology))
              .toString() == line.posology.text());

    // A zero dose everywhere: refused under the doses, with the line named, nothing saved.
    child<QDoubleSpinBox>(&editor, "morning")->setValue(0);
    child<QDoubleSpinBox>(&editor, "evening")->setValue(0);
    editor.save();
    CHECK(editor.result() == 0);
    CHECK(editor.savedId().isEmpty());
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM prescription")) == 0);
    child<QDoubleSpinBox>(&editor, "morning")->setValue(1);
    editor.save();
    CHECK(editor.result() == QDialog::Accepted);
    REQUIRE_FALSE(editor.savedId().isEmpty());
    const Prescription saved = *Prescriptions(*desk.vault).load(desk.assistant, editor.savedId());
    CHECK(saved.status == Prescription::Status::Draft);
    REQUIRE(saved.lines.size() == 1);
    CHECK(saved.lines.first().posology.text() == editor.lines()->line(0).posology.text());
}

TEST_CASE("prescription editor: the checks show as lines are added, serious ones to acknowledge")
{
    DrugDesk desk;
    desk.allergicToAmoxicillin();
    PrescriptionEditor editor(*desk.vault, desk.doctor, desk.blank(), QStringLiteral("DUPONT"));
    CHECK(child<QLabel>(&editor, "prescriptionAllergies")
              ->text()
              .contains(QStringLiteral("Amoxicilline")));
    // A physician may sign from here (the buttons join the dialog when it shows).
    editor.show();
    CHECK(editor.findChild<QWidget *>(QStringLiteral("signPrescription")) != nullptr);
    editor.searchBox()->search(QStringLiteral("amoxicilline"));
    REQUIRE(editor.searchBox()->results()->rowCount() > 0);
    editor.addDrug(editor.searchBox()->results()->choice(0));
    REQUIRE_FALSE(editor.lastChecks().alerts.isEmpty());
    CHECK(editor.lastChecks().alerts.first().kind == DrugAlert::Kind::Allergy);
    const QString shown = editor.checks()->toPlainText();
    CHECK(shown.contains(QStringLiteral("Amoxicilline")));
    CHECK(shown.contains(QStringLiteral("acknowledge")));
    // Removed again: the alert goes with it.
    editor.lineTable()->selectRow(0);
    editor.removeSelectedLine();
    CHECK(editor.lines()->rowCount() == 0);
    CHECK(editor.lastChecks().alerts.isEmpty());
}

TEST_CASE("sign dialog: several drafts in a row, a reason for each serious alert, one password")
{
    DrugDesk desk;
    desk.allergicToAmoxicillin();
    Prescriptions prescriptions(*desk.vault);
    const Prescription first = desk.amoxicillin();
    const QString one = prescriptions.saveDraft(desk.assistant, first).value();
    const QString two = prescriptions.saveDraft(desk.assistant, first).value();
    auto checked = PrescriptionChecks(*desk.vault).check(desk.doctor, first);
    INFO((checked ? QString() : checked.error().message).toStdString());
    REQUIRE(checked.has_value());
    const QList<DrugAlert> alerts = checked->alerts;
    REQUIRE_FALSE(alerts.isEmpty());

    SignDialog dialog(*desk.vault, desk.doctor, {one, two});
    QLineEdit *reasonOne = dialog.reasonField(one, alerts.first().key);
    QLineEdit *reasonTwo = dialog.reasonField(two, alerts.first().key);
    REQUIRE(reasonOne);
    REQUIRE(reasonTwo);
    child<QLineEdit>(&dialog, "password")->setText(QLatin1String(DemoPractice::Password));
    // The first has its reason, the second not: the first is signed, the second is not, and
    // the dialog says so with the cursor in the reason missing.
    reasonOne->setText(QStringLiteral("Test cutané négatif en 2025"));
    dialog.save();
    CHECK(dialog.result() == 0);
    CHECK(dialog.signedIds() == QStringList{one});
    CHECK(child<QLabel>(&dialog, "reason")->text().contains(QStringLiteral("1 signed")));
    CHECK(prescriptions.load(desk.doctor, two)->status == Prescription::Status::Draft);
    reasonTwo->setText(QStringLiteral("Idem"));
    dialog.save();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.signedIds() == (QStringList{one, two}));
    CHECK(prescriptions.load(desk.doctor, two)->acknowledged.first().reason ==
          QStringLiteral("Idem"));
}

TEST_CASE("patient file: the prescriptions tab lists drafts and signed ones, with their checks")
{
    DrugDesk desk;
    PatientRegistry registry(*desk.vault);
    PatientFileView view(*desk.vault, registry);
    view.setSession(desk.assistant);
    view.showPatient(*registry.refresh(desk.assistant, desk.patient));
    PatientPrescriptionsPanel *panel = view.prescriptions();
    QAbstractItemModelTester tester(panel->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    // Read when the tab shows, not when the file opens.
    view.show();
    view.tabs()->setCurrentWidget(panel);
    CHECK(panel->model()->rowCount() == 0);
    CHECK(child<QLabel>(panel, "prescriptionsTitle")
              ->text()
              .contains(QStringLiteral("No prescription")));

    Prescriptions prescriptions(*desk.vault);
    const Prescription p = desk.amoxicillin();
    const QString signedId = prescriptions.saveDraft(desk.assistant, p).value();
    REQUIRE(
        prescriptions.sign(desk.doctor, signedId, {QLatin1String(DemoPractice::Password), {}, true})
            .has_value());
    const QString draftId = prescriptions.saveDraft(desk.assistant, p).value();
    panel->reload();
    REQUIRE(panel->model()->rowCount() == 2);
    // The newest first: the draft, then the signed one, whose details say what it was checked
    // against.
    CHECK(panel->model()->record(0).id == draftId);
    panel->table()->selectRow(1);
    CHECK(panel->details()->toPlainText().contains(QStringLiteral("Signed by")));
    CHECK(child<QWidget>(panel, "printPrescription")->isEnabled());
    CHECK_FALSE(child<QWidget>(panel, "discardPrescription")->isEnabled());
    // The assistant sees no signing button.
    CHECK(child<QWidget>(panel, "signPrescription")->isHidden());
    panel->table()->selectRow(0);
    CHECK(child<QWidget>(panel, "discardPrescription")->isEnabled());
    CHECK_FALSE(child<QWidget>(panel, "printPrescription")->isEnabled());
}

TEST_CASE("screenshots of drafting and signing a prescription in French", "[.][screenshots]")
{
    const QString dir = qEnvironmentVariable("RELAIS_SCREENSHOTS");
    REQUIRE_FALSE(dir.isEmpty());
    Translations::install(QLocale(QLocale::French, QLocale::France));
    DrugDesk desk;
    desk.allergicToAmoxicillin();
    const auto shoot = [&](QWidget *w, const QString &name) {
        settleEvents();
        CHECK(w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
    };
    for (const QSize size : {QSize(1366, 768), QSize(1024, 600)}) {
        const QString suffix = QString::number(size.width());
        PrescriptionEditor editor(*desk.vault, desk.doctor, desk.blank(),
                                  QStringLiteral("DUPONT (MARTIN) Hélène Marie, 64 ans"));
        editor.show();
        REQUIRE(QTest::qWaitForWindowExposed(&editor));
        editor.resize(size.width() - 24, size.height() - 48);
        shoot(&editor, QStringLiteral("prescription-empty-") + suffix);
        editor.searchBox()->search(QStringLiteral("amoxicilline"));
        editor.addDrug(editor.searchBox()->results()->choice(0));
        child<QDoubleSpinBox>(&editor, "evening")->setValue(1);
        child<QSpinBox>(&editor, "duration")->setValue(7);
        editor.searchBox()->search(QStringLiteral("ibuprofene"));
        REQUIRE(editor.searchBox()->results()->rowCount() > 0);
        editor.addDrug(editor.searchBox()->results()->choice(0));
        child<QSpinBox>(&editor, "duration")->setValue(5);
        shoot(&editor, QStringLiteral("prescription-editor-") + suffix);
        editor.save();
        INFO(child<QLabel>(&editor, "reason")->text().toStdString());
        REQUIRE(editor.result() == QDialog::Accepted);
    }
    const auto drafts = Prescriptions(*desk.vault).waitingDrafts(desk.doctor);
    REQUIRE(drafts.has_value());
    QStringList ids;
    for (const Prescription &p : *drafts)
        ids.append(p.id);
    SignDialog sign(*desk.vault, desk.doctor, ids);
    sign.show();
    REQUIRE(QTest::qWaitForWindowExposed(&sign));
    shoot(&sign, QStringLiteral("prescription-sign"));
    PatientRegistry registry(*desk.vault);
    PatientFileView view(*desk.vault, registry);
    view.setSession(desk.doctor);
    view.resize(1024, 560);
    view.show();
    view.showPatient(*registry.refresh(desk.doctor, desk.patient));
    view.tabs()->setCurrentWidget(view.prescriptions());
    shoot(&view, QStringLiteral("prescription-file-1024"));
    Translations::install(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

TEST_CASE("to review: the drafts of a prepared consultation wait beside it, signed in a row")
{
    DrugDesk desk;
    PreparedConsultations consultations(*desk.vault);
    const QString consultation = consultations
                                     .start(desk.assistant, desk.patient, desk.doctor.userId,
                                            QStringLiteral("Renouvellement"))
                                     .value();
    REQUIRE(
        consultations.markReady(desk.assistant, consultation, QStringLiteral("ordonnance seule")));
    Prescriptions prescriptions(*desk.vault);
    Prescription forVisit = desk.amoxicillin();
    forVisit.consultationId = consultation;
    const QString withVisit = prescriptions.saveDraft(desk.assistant, forVisit).value();
    const QString alone = prescriptions.saveDraft(desk.assistant, desk.amoxicillin()).value();

    ReviewPage page(*desk.vault);
    page.setSession(desk.doctor);
    page.reload();
    DraftsToSignPanel *drafts = page.drafts();
    QAbstractItemModelTester tester(drafts->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(drafts->model()->rowCount() == 2);
    CHECK(drafts->model()->record(0).consultation.contains(QStringLiteral("Renouvellement")));
    CHECK(drafts->model()->record(1).consultation.isEmpty());
    CHECK(drafts->model()->record(0).draftedByName == QStringLiteral("Amel Benali"));
    // The file reviewed shows its draft, and the draft is the one chosen to sign.
    REQUIRE(page.files()->rowCount() == 1);
    CHECK(page.summary()->toPlainText().contains(QStringLiteral("to sign")));
    CHECK(drafts->selectedIds() == QStringList{withVisit});
    // The assistant has no such list.
    ReviewPage assistantPage(*desk.vault);
    assistantPage.setSession(desk.assistant);
    assistantPage.reload();
    CHECK(assistantPage.drafts()->isHidden());
    CHECK(assistantPage.drafts()->model()->rowCount() == 0);
    // Signed elsewhere (at another desk): the list follows.
    REQUIRE(
        prescriptions.sign(desk.doctor, alone, {QLatin1String(DemoPractice::Password), {}, true}));
    settleEvents();
    CHECK(drafts->model()->rowCount() == 1);
}

TEST_CASE("treatment: picked from the drug database as typed, then checked by its substances")
{
    DrugDesk desk;
    desk.allergicToAmoxicillin();
    PatientHistory history(*desk.vault);
    const DrugSearch search(*desk.vault);
    Treatment fresh;
    fresh.patientId = desk.patient;
    TreatmentDialog dialog(history, search, desk.doctor, fresh);
    auto *drug = child<QLineEdit>(&dialog, "drug");
    CHECK(child<QLabel>(&dialog, "drugLink")->text().contains(QStringLiteral("Not linked")));
    // Typed as the box says it, then picked among the suggestions.
    drug->setText(QStringLiteral("amoxicilline"));
    Q_EMIT drug->textEdited(drug->text());
    REQUIRE(dialog.suggestions()->rowCount() > 0);
    const QString name = dialog.suggestions()->stringList().first();
    dialog.pickDrug(name);
    CHECK(drug->text() == name);
    REQUIRE_FALSE(dialog.linkedCis().isEmpty());
    CHECK(child<QLabel>(&dialog, "drugLink")->text().contains(dialog.linkedCis()));
    child<QLineEdit>(&dialog, "dosage")->setText(QStringLiteral("1 sachet matin et soir"));
    dialog.save();
    REQUIRE(dialog.result() == QDialog::Accepted);
    const auto treatments = history.treatments(desk.doctor, desk.patient);
    REQUIRE(treatments.has_value());
    REQUIRE(treatments->size() == 1);
    CHECK(treatments->first().cis == dialog.linkedCis());
    // Typing again unlinks.
    TreatmentDialog again(history, search, desk.doctor, treatments->first());
    auto *typedAgain = child<QLineEdit>(&again, "drug");
    CHECK_FALSE(again.linkedCis().isEmpty());
    typedAgain->setText(QStringLiteral("amoxicilline 1 g"));
    Q_EMIT typedAgain->textEdited(typedAgain->text());
    CHECK(again.linkedCis().isEmpty());
}

TEST_CASE("prescription editor: a frequent prescription kept as a template, then started from")
{
    DrugDesk desk;
    {
        PrescriptionEditor editor(*desk.vault, desk.assistant, desk.blank(), QStringLiteral("X"));
        CHECK_FALSE(editor.templateChoice()->isEnabled()); // none yet, and it says so
        CHECK_FALSE(editor.saveAsTemplate(QStringLiteral("Vide")));
        const Prescription sore = desk.amoxicillin();
        editor.lines()->setLines(sore.lines);
        REQUIRE(editor.saveAsTemplate(QStringLiteral("Angine de l'adulte")));
        CHECK(editor.templateChoice()->isEnabled());
        CHECK(editor.templateChoice()->count() == 2);
    }
    // Another day, another patient: the template's lines in one choice.
    PrescriptionEditor next(*desk.vault, desk.doctor, desk.blank(), QStringLiteral("Y"));
    REQUIRE(next.templateChoice()->count() == 2);
    CHECK(next.templateChoice()->itemText(1).startsWith(QStringLiteral("Angine de l'adulte")));
    next.addTemplate(1);
    REQUIRE(next.lines()->rowCount() == 1);
    CHECK(next.lines()->line(0).posology.duration->count == 7);
    CHECK(next.templateChoice()->currentIndex() == 0);
}
