#include "WelcomeDialog.h"

#include "common/FormHelpers.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace relais::ui {

WelcomeDialog::WelcomeDialog(const QString &vaultPath, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Welcome")); // Qt adds " — Relais"
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(
        tr("<h3>No practice vault on this workstation yet</h3>"
           "<p>Relais keeps the practice's records in an encrypted vault:<br><tt>%1</tt></p>"
           "<p>Set up a new practice, join a practice whose other workstations sync (with an "
           "invitation code), restore a backup made on another workstation of the practice (its "
           "recovery code will be asked), or try Relais on a demo practice of invented "
           "patients.</p>")
            .arg(QDir::toNativeSeparators(vaultPath).toHtmlEscaped()),
        this);
    text->setWordWrap(true);
    keepWhole(text);
    layout->addWidget(text);

    // One choice a line: five side by side were cut short in French at 1024 pixels.
    const auto choice = [this, layout](const QString &label) {
        auto *button = new QPushButton(label, this);
        button->setAutoDefault(false);
        layout->addWidget(button);
        return button;
    };
    QPushButton *create = choice(tr("Set up a &new practice…"));
    QPushButton *join = choice(tr("&Join a practice…"));
    QPushButton *restore = choice(tr("&Restore a backup…"));
    QPushButton *demo = choice(tr("Open a &demo practice"));
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *quit = buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    const auto choose = [this](Choice chosen) {
        m_choice = chosen;
        accept();
    };
    connect(create, &QPushButton::clicked, this, [choose] { choose(Choice::NewPractice); });
    connect(join, &QPushButton::clicked, this, [choose] { choose(Choice::Join); });
    connect(restore, &QPushButton::clicked, this, [choose] { choose(Choice::Restore); });
    connect(demo, &QPushButton::clicked, this, [choose] { choose(Choice::Demo); });
    connect(quit, &QPushButton::clicked, this, &QDialog::reject);
    create->setDefault(true);
    create->setFocus();
    setMinimumWidth(620);
}

} // namespace relais::ui
