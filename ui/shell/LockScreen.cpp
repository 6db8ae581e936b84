#include "LockScreen.h"

#include "common/FormHelpers.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace relais::ui {

LockScreen::LockScreen(QWidget *parent)
    : QWidget(parent)
{
    // Centred by stretches, not by an alignment flag: an aligned widget loses height-for-width,
    // and the word-wrapped lines below would be squeezed into one.
    auto *outer = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    outer->addStretch();
    outer->addLayout(row);
    outer->addStretch();
    auto *box = new QWidget(this);
    box->setFixedWidth(460);
    auto *layout = new QVBoxLayout(box);
    m_title = new QLabel(box);
    m_who = new QLabel(box);
    m_who->setWordWrap(true);
    m_password = new QLineEdit(box);
    m_password->setObjectName(QStringLiteral("unlockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Password"));
    m_reason = makeReasonLabel(box);
    m_reason->setStyleSheet(QStringLiteral("color: #a40000;"));
    auto *buttons = new QHBoxLayout;
    auto *unlock = new QPushButton(tr("&Unlock"), box);
    unlock->setObjectName(QStringLiteral("unlock"));
    unlock->setDefault(true);
    auto *other = new QPushButton(tr("Log in as &someone else…"), box);
    other->setObjectName(QStringLiteral("otherUser"));
    buttons->addWidget(unlock);
    buttons->addWidget(other);
    layout->addWidget(m_title);
    layout->addWidget(m_who);
    layout->addWidget(m_password);
    layout->addWidget(m_reason);
    layout->addLayout(buttons);
    row->addStretch();
    row->addWidget(box);
    row->addStretch();
    connect(unlock, &QPushButton::clicked, this, &LockScreen::unlockRequested);
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::unlockRequested);
    connect(other, &QPushButton::clicked, this, &LockScreen::otherUserRequested);
}

void LockScreen::prepare(const QString &practiceName, const QString &lockedBy)
{
    m_title->setText(tr("<h2>Relais is locked</h2>%1").arg(practiceName.toHtmlEscaped()));
    m_who->setText(tr("Locked by %1. Type the password to go on, or log in as someone else.")
                       .arg(lockedBy.toHtmlEscaped()));
    m_password->clear();
    m_reason->clear();
    m_password->setFocus();
}

void LockScreen::showReason(const QString &reason)
{
    m_reason->setText(reason);
    m_password->setFocus();
}

QString LockScreen::takePassword()
{
    const QString password = m_password->text();
    m_password->clear();
    return password;
}

} // namespace relais::ui
