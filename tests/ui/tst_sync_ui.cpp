#include "common/HubAddressField.h"
#include "security/IdleMonitor.h"
#include "services/Authenticator.h"
#include "services/PracticeSync.h"
#include "shell/JoinDialog.h"
#include "shell/MainWindow.h"
#include "storage/JournalChange.h"
#include "storage/RecordWriter.h"
#include "storage/Vault.h"
#include "support/TestHub.h"
#include "support/TestPractice.h"
#include "sync/InviteDialog.h"
#include "sync/SyncPage.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace relais;
using namespace relais::test;
using relais::ui::SyncPage;

namespace {

template<typename T>
T *named(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    REQUIRE(found != nullptr);
    return found;
}

// Lets a sync running on its worker finish and report back to the page.
void waitForSync(SyncPage &page)
{
    for (int i = 0; i < 600 && page.isSyncing(); ++i)
        QTest::qWait(50);
    REQUIRE_FALSE(page.isSyncing());
}

// Tomorrow at 10:00 with the GP, twice: as two workstations that booked it before they synced
// leave it (each refuses the second of its own).
void bookTwice(TestPractice &desk)
{
    QStringList patients;
    QSqlQuery ids(desk.vault->database());
    REQUIRE(ids.exec(QStringLiteral("SELECT id FROM patient ORDER BY id LIMIT 2")));
    while (ids.next())
        patients.append(ids.value(0).toString());
    const QDateTime at = desk.clock.now().addDays(1);
    const QString format = QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ");
    for (const QString &patient : std::as_const(patients)) {
        REQUIRE(desk.vault->write(Actor::system(), [&](RecordWriter &w) -> Status {
            return toStatus(w.create(QStringLiteral("appointment"),
                                     {{QStringLiteral("practitioner_id"), desk.doctor.userId},
                                      {QStringLiteral("patient_id"), patient},
                                      {QStringLiteral("type"), QStringLiteral("C")},
                                      {QStringLiteral("start_at"), at.toString(format)},
                                      {QStringLiteral("end_at"), at.addSecs(900).toString(format)},
                                      {QStringLiteral("booked_by"), desk.assistant.userId}}));
        }));
    }
}

} // namespace

TEST_CASE("the Sync section says what it is for, and only an administrator sets it up")
{
    TestPractice desk;
    desk.withDemo(2);
    SyncPage page(*desk.vault);
    QSignalSpy status(&page, &SyncPage::statusChanged);
    page.setSession(desk.assistant);
    REQUIRE_FALSE(status.isEmpty());
    CHECK(status.last().at(0).toString() == QStringLiteral("Not synced yet: working offline"));
    CHECK(named<QLineEdit>(&page, "hub")->isReadOnly());
    CHECK_FALSE(named<QPushButton>(&page, "syncNow")->isEnabled());
    CHECK(named<QPushButton>(&page, "invite")->isHidden());
    CHECK(named<QTreeWidget>(&page, "workstations")
              ->topLevelItem(0)
              ->text(0)
              .contains(QStringLiteral("first sync")));

    page.setSession(desk.doctor);
    CHECK_FALSE(named<QLineEdit>(&page, "hub")->isReadOnly());
    CHECK(named<QPushButton>(&page, "syncNow")->isEnabled());
    CHECK_FALSE(named<QPushButton>(&page, "invite")->isHidden());
    CHECK_FALSE(named<QPushButton>(&page, "invite")->isEnabled());

    SECTION("a hub that does not answer is one calm line, and nothing is set up")
    {
        named<QLineEdit>(&page, "hub")
            ->setText(QStringLiteral("postgresql://relais@127.0.0.1:1/relais"));
        page.syncNow();
        waitForSync(page);
        CHECK(named<QLabel>(&page, "syncWarning")
                  ->text()
                  .contains(QStringLiteral("does not answer")));
        CHECK_FALSE(PracticeSync(*desk.vault).state()->setUp);
    }
}

TEST_CASE("the Sync section sets the practice up on its hub and follows what waits")
{
    TestHub hub;
    if (!hub.available())
        return;
    REQUIRE(Synchronizer::initHub(hub.uri(), hub.password()).has_value());
    TestPractice desk;
    desk.withDemo(3);
    desk.clock.set(QDateTime::currentDateTimeUtc());
    SyncPage page(*desk.vault);
    QSignalSpy status(&page, &SyncPage::statusChanged);
    page.setSession(desk.doctor);
    named<QLineEdit>(&page, "hub")->setText(hub.uri());
    named<QLineEdit>(&page, "hubPassword")->setText(hub.password());
    page.syncNow();
    CHECK_FALSE(named<QPushButton>(&page, "syncNow")->isEnabled());
    waitForSync(page);
    INFO(named<QLabel>(&page, "syncWarning")->text().toStdString());
    CHECK(named<QLabel>(&page, "syncWarning")->text().isEmpty());
    CHECK(named<QLabel>(&page, "lastSync")->text().contains(QStringLiteral("sent")));
    CHECK(named<QLineEdit>(&page, "hub")->isReadOnly());
    CHECK(named<QLineEdit>(&page, "hubPassword")->isHidden());
    CHECK(named<QTreeWidget>(&page, "workstations")->topLevelItemCount() == 1);
    CHECK(named<QTreeWidget>(&page, "workstations")
              ->topLevelItem(0)
              ->text(0)
              .startsWith(QStringLiteral("This workstation")));
    CHECK(status.last().at(0).toString().startsWith(QStringLiteral("Synced at")));
    // Its own workstation is not one it can revoke.
    auto *revoke = named<QPushButton>(&page, "revokeWorkstation");
    CHECK_FALSE(revoke->isHidden());
    named<QTreeWidget>(&page, "workstations")
        ->setCurrentItem(named<QTreeWidget>(&page, "workstations")->topLevelItem(0));
    CHECK_FALSE(revoke->isEnabled());

    // A write made elsewhere in the window shows as waiting at once in the status bar, and on
    // the page when it is in view.
    REQUIRE(desk.registry().create(desk.assistant, helene()).has_value());
    CHECK(status.last().at(0).toString().startsWith(QStringLiteral("1 change")));
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    CHECK(named<QLabel>(&page, "pending")->text().startsWith(QStringLiteral("1 change")));
    named<QCheckBox>(&page, "autoSync")->setChecked(true);
    CHECK(PracticeSync(*desk.vault).autoSyncMinutes() == 5);
}

TEST_CASE("the Sync section lists files that may be one person, until someone decides")
{
    TwinFiles twins;
    TestPractice &here = twins.here;
    const QString &theirs = twins.theirs;
    REQUIRE(PracticeSync(*here.vault).findDuplicates({theirs}).value() == 1);

    SyncPage page(*here.vault);
    page.setSession(here.assistant);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    auto *list = named<QTreeWidget>(&page, "duplicates");
    CHECK(list->isVisible());
    if (const QString dir = qEnvironmentVariable("RELAIS_SCREENSHOTS"); !dir.isEmpty()) {
        page.resize(900, 560);
        QCoreApplication::processEvents();
        CHECK(page.grab().save(dir + QStringLiteral("/sync-duplicates.png")));
    }
    REQUIRE(list->topLevelItemCount() == 1);
    // The pair in id order: either file may come first.
    const QString pair = list->topLevelItem(0)->text(0) + list->topLevelItem(0)->text(1);
    CHECK(pair.contains(QStringLiteral("DUPOND")));
    CHECK(pair.contains(QStringLiteral("DUPONT")));
    named<QPushButton>(&page, "dismissDuplicate")->click();
    CHECK_FALSE(list->isVisible());
    CHECK(here.patients() == 2);
}

TEST_CASE("the Sync section lists times booked twice, until someone keeps both or cancels one")
{
    TestPractice desk;
    desk.withDemo(3);
    bookTwice(desk);

    SyncPage page(*desk.vault);
    page.setSession(desk.assistant);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    auto *list = named<QTreeWidget>(&page, "doubleBookings");
    CHECK(list->isVisible());
    REQUIRE(list->topLevelItemCount() == 1);
    CHECK(list->topLevelItem(0)->text(2).contains(QStringLiteral(" and ")));
    if (const QString dir = qEnvironmentVariable("RELAIS_SCREENSHOTS"); !dir.isEmpty()) {
        page.resize(900, 560);
        QCoreApplication::processEvents();
        CHECK(page.grab().save(dir + QStringLiteral("/sync-double-bookings.png")));
    }

    SECTION("kept both: the second is marked overbooked, and the list empties")
    {
        named<QPushButton>(&page, "keepBoth")->click();
        CHECK_FALSE(list->isVisible());
        CHECK(desk.count(QStringLiteral("SELECT count(*) FROM appointment WHERE overbooked = 1")) ==
              1);
    }
    SECTION("refused (the appointment went meanwhile): the reason stays in view")
    {
        // Removed behind the page's back, with no change notice: the list still shows it.
        QSqlQuery gone(desk.vault->database());
        REQUIRE(gone.exec(QStringLiteral("DELETE FROM appointment")));
        named<QPushButton>(&page, "keepBoth")->click();
        auto *warning = named<QLabel>(&page, "syncWarning");
        CHECK(warning->isVisible());
        CHECK(warning->text().contains(QStringLiteral("no longer exists")));
    }
    SECTION("one cancelled, chosen in a list")
    {
        QTimer::singleShot(0, [] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            REQUIRE(dialog != nullptr);
            CHECK(dialog->comboBoxItems().size() == 2);
            dialog->setTextValue(dialog->comboBoxItems().at(1));
            dialog->accept();
        });
        named<QPushButton>(&page, "cancelOne")->click();
        CHECK_FALSE(list->isVisible());
        CHECK(desk.count(QStringLiteral("SELECT count(*) FROM appointment WHERE status = "
                                        "'cancelled'")) == 1);
    }
}

TEST_CASE("joining a practice: the address and the code are checked before anything is made")
{
    ui::JoinDialog dialog;
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *join = [&] {
        for (QPushButton *b : dialog.findChildren<QPushButton *>())
            if (b->text() == QStringLiteral("&Join"))
                return b;
        return static_cast<QPushButton *>(nullptr);
    }();
    REQUIRE(join != nullptr);
    named<QLineEdit>(&dialog, "hub")->setText(QStringLiteral("hub.cabinet.local"));
    named<QLineEdit>(&dialog, "code")->setText(QStringLiteral("abcd-efgh-jkmn-pqrs"));
    join->click();
    CHECK(dialog.isVisible());
    CHECK(named<QLabel>(&dialog, "reason")->text().contains(QStringLiteral("PostgreSQL")));
    // A hub beyond this computer: not without the practice's CA, which the CA… button writes
    // into the address.
    named<QLineEdit>(&dialog, "hub")->setText(QStringLiteral("postgresql://relais@hub/relais"));
    join->click();
    CHECK(dialog.isVisible());
    CHECK(named<QLabel>(&dialog, "reason")->text().contains(QStringLiteral("TLS")));
    CHECK(named<QPushButton>(&dialog, "hubCa")->isVisible());
    dialog.findChild<ui::HubAddressField *>()->setCaFile(
        QStringLiteral("/etc/relais/ca du cabinet.crt"));
    CHECK(named<QLineEdit>(&dialog, "hub")->text() ==
          QStringLiteral(
              "postgresql://relais@hub/relais?sslrootcert=/etc/relais/ca%20du%20cabinet.crt"));
    dialog.findChild<ui::HubAddressField *>()->setCaFile(QStringLiteral("/srv/ca.pem"));
    CHECK(named<QLineEdit>(&dialog, "hub")->text() ==
          QStringLiteral("postgresql://relais@hub/relais?sslrootcert=/srv/ca.pem"));
    named<QLineEdit>(&dialog, "code")->setText(QStringLiteral("abcd-efgh"));
    join->click();
    CHECK(dialog.isVisible());
    CHECK(named<QLabel>(&dialog, "reason")->text().contains(QStringLiteral("16 letters")));
    named<QLineEdit>(&dialog, "code")->setText(QStringLiteral("abcd-efgh jkmn-pqrs"));
    join->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.code() == QStringLiteral("ABCDEFGHJKMNPQRS"));
    CHECK(dialog.hub().endsWith(QStringLiteral("?sslrootcert=/srv/ca.pem")));
}

// RELAIS_SCREENSHOTS=DIR relais_ui_tests "[screenshots]" under Xvfb and pg_virtualenv.
TEST_CASE("screenshots of the Sync section in French", "[.][screenshots]")
{
    const QString dir = qEnvironmentVariable("RELAIS_SCREENSHOTS");
    REQUIRE_FALSE(dir.isEmpty());
    TestHub hub;
    REQUIRE(hub.available());
    REQUIRE(Synchronizer::initHub(hub.uri(), hub.password()).has_value());
    Translations::install(QLocale(QLocale::French, QLocale::France));
    TestPractice desk;
    desk.withDemo(12);
    desk.clock.set(QDateTime::currentDateTimeUtc());
    Authenticator auth(*desk.vault);
    IdleMonitor idle(desk.clock);
    ui::MainWindow window(*desk.vault, auth, desk.doctor, &idle);
    const auto shoot = [&](QWidget *w, const QString &name) {
        QCoreApplication::processEvents();
        CHECK(w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
    };
    window.resize(1024, 600);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showSection(ui::MainWindow::Sync);
    shoot(&window, QStringLiteral("sync-alone-1024"));
    SyncPage *page = window.syncPage();
    named<QLineEdit>(page, "hub")->setText(hub.uri());
    named<QLineEdit>(page, "hubPassword")->setText(hub.password());
    page->syncNow();
    waitForSync(*page);
    REQUIRE(desk.registry().create(desk.assistant, helene()).has_value());
    for (const QSize &size : {QSize(1366, 768), QSize(1024, 600)}) {
        window.resize(size);
        shoot(&window, QStringLiteral("sync-") + QString::number(size.width()));
    }
    auto made = PracticeSync(*desk.vault).invite(desk.doctor);
    REQUIRE(made.has_value());
    ui::InviteDialog invite(*made, hub.uri(), &window);
    invite.show();
    REQUIRE(QTest::qWaitForWindowExposed(&invite));
    shoot(&invite, QStringLiteral("sync-invite"));
    invite.close();
    ui::JoinDialog join(&window);
    join.show();
    REQUIRE(QTest::qWaitForWindowExposed(&join));
    shoot(&join, QStringLiteral("sync-join"));
    join.close();
    bookTwice(desk);
    window.resize(1024, 600);
    QTest::qWait(200);
    shoot(&window, QStringLiteral("sync-double-1024"));
    Translations::install(QLocale(QLocale::English, QLocale::UnitedKingdom));
}
