#include "common/FormHelpers.h"
#include "common/WaitDialog.h"
#include "demo/DemoPractice.h"
#include "security/RecoveryCode.h"
#include "settings/VaultSummaryModel.h"
#include "shell/MainWindow.h"
#include "shell/PassphraseDialog.h"
#include "shell/RecoveryCodeDialog.h"
#include "shell/WelcomeDialog.h"
#include "storage/Vault.h"
#include "support/TempDir.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <catch2/catch.hpp>

using namespace relais;
using namespace relais::ui;
using relais::test::TempDir;

namespace {

std::unique_ptr<Vault> demoVault(const QString &path, int patients)
{
    auto vault = Vault::create(path, SecureBytes::random(32));
    REQUIRE(vault.has_value());
    REQUIRE(DemoPractice::populate(**vault, patients));
    return std::move(*vault);
}

QPushButton *okButton(QDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

} // namespace

TEST_CASE("the vault summary model counts what the vault holds")
{
    TempDir dir;
    auto vault = demoVault(dir.file(QStringLiteral("v.relais")), 40);
    VaultSummaryModel model(*vault);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 5);
    REQUIRE(model.columnCount() == VaultSummaryModel::ColumnCount);
    CHECK(model.index(1, VaultSummaryModel::Kind).data().toString() == QStringLiteral("Patients"));
    CHECK(model.index(1, VaultSummaryModel::Count).data(Qt::UserRole).toLongLong() == 40);
    CHECK(model.index(0, VaultSummaryModel::Count).data(Qt::UserRole).toLongLong() == 1);
    // The demo's three accounts: two physicians and the assistant.
    CHECK(model.index(2, VaultSummaryModel::Count).data(Qt::UserRole).toLongLong() == 3);
    // Every write so far waits to be pushed: the practice, 2 accounts, 40 patients and the
    // history, treatments, allergies and coverage the demo gives some of them.
    QSqlQuery journal(vault->database());
    REQUIRE(journal.exec(QStringLiteral("SELECT count(*) FROM change_journal")));
    REQUIRE(journal.next());
    CHECK(journal.value(0).toLongLong() > 43);
    CHECK(model.index(3, VaultSummaryModel::Count).data(Qt::UserRole).toLongLong() ==
          journal.value(0).toLongLong());
    CHECK(model.index(1, VaultSummaryModel::LastChange).data().toString() !=
          QStringLiteral("never"));

    quint32 state = 7;
    const PatientIdentity zoe = DemoPractice::makePatient(state);
    REQUIRE(vault->write(Actor::system(), [&](RecordWriter &w) {
        return toStatus(w.create(QStringLiteral("patient"), DemoPractice::fields(zoe)));
    }));
    model.refresh();
    CHECK(model.index(1, VaultSummaryModel::Count).data(Qt::UserRole).toLongLong() == 41);
}

TEST_CASE("a new passphrase is accepted only when strong enough and typed twice")
{
    PassphraseDialog dialog(VaultKeys::Ask::NewPassphrase);
    dialog.show();
    auto edits = dialog.findChildren<QLineEdit *>();
    REQUIRE(edits.size() == 2);
    auto *reason = dialog.findChild<QLabel *>(QStringLiteral("reason"));
    REQUIRE(reason);
    CHECK_FALSE(okButton(dialog)->isEnabled());
    CHECK(reason->text().isEmpty()); // nothing typed, nothing reproached

    QTest::keyClicks(edits[0], QStringLiteral("court"));
    CHECK_FALSE(okButton(dialog)->isEnabled());
    CHECK(reason->text().contains(QStringLiteral("10")));

    QTest::keyClicks(edits[0], QStringLiteral(" mais assez long"));
    QTest::keyClicks(edits[1], QStringLiteral("court mais"));
    CHECK_FALSE(okButton(dialog)->isEnabled());
    CHECK(reason->text().contains(QStringLiteral("differ")));

    QTest::keyClicks(edits[1], QStringLiteral(" assez long"));
    CHECK(okButton(dialog)->isEnabled());
    CHECK(reason->text().isEmpty());
    const SecureBytes typed = dialog.passphrase();
    CHECK(QByteArray(typed.chars(), static_cast<qsizetype>(typed.size())) ==
          "court mais assez long");
}

TEST_CASE("the recovery code is shown once and cannot be dismissed before it is written down")
{
    const SecureBytes key = SecureBytes::random(32);
    const SecureBytes code = RecoveryCode::format(key);
    RecoveryCodeNotice notice(code);
    notice.show();
    auto *shown = notice.findChild<QLabel *>(QStringLiteral("code"));
    REQUIRE(shown);
    CHECK(shown->text() == QString::fromLatin1(code.chars(), static_cast<qsizetype>(code.size())));
    auto *done = notice.findChild<QDialogButtonBox *>()->buttons().constFirst();
    CHECK_FALSE(done->isEnabled());
    QTest::keyClick(&notice, Qt::Key_Escape);
    CHECK(notice.isVisible());
    notice.findChild<QCheckBox *>()->setChecked(true);
    CHECK(done->isEnabled());
    QSignalSpy accepted(&notice, &QDialog::accepted);
    QTest::mouseClick(done, Qt::LeftButton);
    CHECK(accepted.count() == 1);
}

TEST_CASE("the recovery code dialog returns what was typed")
{
    RecoveryCodeDialog dialog(QStringLiteral("why"));
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit *>(), QStringLiteral("abcde fghjk"));
    CHECK(dialog.code() == QStringLiteral("abcde fghjk"));
}

TEST_CASE("the welcome dialog offers a new practice, joining one, a restore and a demo")
{
    WelcomeDialog welcome(QStringLiteral("/home/a/practice.relais"));
    welcome.show();
    QPushButton *create = nullptr;
    QPushButton *join = nullptr;
    QPushButton *restore = nullptr;
    QPushButton *demo = nullptr;
    for (QPushButton *button : welcome.findChildren<QPushButton *>()) {
        // Each choice whole, at the dialog's width.
        CHECK(button->width() >= button->sizeHint().width());
        if (button->text().contains(QStringLiteral("new practice")))
            create = button;
        if (button->text().contains(QStringLiteral("Join")))
            join = button;
        if (button->text().contains(QStringLiteral("demo")))
            demo = button;
        if (button->text().contains(QStringLiteral("Restore")))
            restore = button;
    }
    REQUIRE(create);
    REQUIRE(join);
    REQUIRE(demo);
    REQUIRE(restore);
    CHECK(create->isDefault());
    QTest::mouseClick(restore, Qt::LeftButton);
    CHECK(welcome.result() == QDialog::Accepted);
    CHECK(welcome.choice() == WelcomeDialog::Choice::Restore);
}

TEST_CASE("a sentence kept whole gives back the height it needed when it was narrow")
{
    QWidget page;
    auto *layout = new QVBoxLayout(&page);
    auto *sentence = new QLabel(QStringLiteral("<b>Horaires réservés deux fois</b> (sur deux "
                                               "postes avant leur synchronisation : appelez l’un "
                                               "des patients et annulez, ou gardez les deux)"),
                                &page);
    sentence->setWordWrap(true);
    ui::keepWhole(sentence);
    layout->addWidget(sentence);
    layout->addStretch(1);
    page.resize(120, 600);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    QCoreApplication::processEvents();
    const int narrow = sentence->height();
    page.resize(1000, 600);
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    QFontMetrics metrics(sentence->font());
    CHECK(sentence->height() < narrow);
    CHECK(sentence->height() <= 2 * metrics.lineSpacing() + 4);
}

TEST_CASE("a wait that may be cancelled stops its task when asked, and follows its progress")
{
    bool stopped = false;
    QTimer::singleShot(1000, [] {
        QProgressDialog *dialog = nullptr;
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *progress = qobject_cast<QProgressDialog *>(w); progress && w->isVisible())
                dialog = progress;
        REQUIRE(dialog != nullptr);
        CHECK(dialog->maximum() == 10);
        CHECK(dialog->labelText().startsWith(QStringLiteral("Waiting")));
        auto *cancel = dialog->findChild<QPushButton *>();
        REQUIRE(cancel != nullptr);
        cancel->click();
    });
    ui::waitFor(
        nullptr, QStringLiteral("Waiting for the other workstation"), nullptr,
        [&stopped](const BackgroundTask::Context &task) {
            task.progress(3, 10, QStringLiteral("Waiting for the other workstation"));
            for (int i = 0; i < 1000 && !task.stopRequested(); ++i)
                QThread::msleep(10);
            stopped = task.stopRequested();
        },
        true);
    CHECK(stopped);
}
