#include "InviteDialog.h"

#include "common/FormHelpers.h"
#include "documents/QrCode.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QVBoxLayout>

namespace relais::ui {

InviteDialog::InviteDialog(const Invitation::Made &made, const QString &hub, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Invite a workstation"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("On the new workstation, choose “Join a practice” when Relais first starts (or run "
           "relais sync join), give the hub's address and type this code. It is valid until "
           "%1, for one workstation.")
            .arg(QLocale().toString(made.expiresAt.toLocalTime().time(), QLocale::ShortFormat)),
        this);
    intro->setWordWrap(true);
    keepWhole(intro);
    layout->addWidget(intro);

    auto *code = new QLabel(made.code, this);
    code->setObjectName(QStringLiteral("invitationCode"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 2);
    mono.setBold(true);
    code->setFont(mono);
    code->setAlignment(Qt::AlignCenter);
    code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(code);

    auto *address = new QLabel(tr("Hub: %1").arg(hub), this);
    address->setAlignment(Qt::AlignCenter);
    address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(address);

    // The code and the hub together, for a workstation that reads QR codes.
    const QrCode qr =
        QrCode::encode(QStringLiteral("relais:join?hub=%1&code=%2").arg(hub, made.code).toUtf8());
    if (!qr.isNull()) {
        auto *picture = new QLabel(this);
        picture->setPixmap(QPixmap::fromImage(qr.image(4)));
        picture->setAlignment(Qt::AlignCenter);
        layout->addWidget(picture);
    }

    m_state = new QLabel(tr("Waiting for the new workstation… This window lets it in as soon as "
                            "it answers."),
                         this);
    m_state->setObjectName(QStringLiteral("invitationState"));
    m_state->setWordWrap(true);
    keepWhole(m_state);
    layout->addWidget(m_state);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void InviteDialog::enrolled()
{
    m_state->setText(tr("The new workstation is in: it is receiving the practice's records. "
                        "Its users log in with their own passwords."));
}

} // namespace relais::ui
