#include "ReceptionPage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace relais::ui {

ReceptionPage::ReceptionPage(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Reception")), this);
    auto *row = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("receptionSearch"));
    m_search->setPlaceholderText(
        tr("A patient arrives: name, birth date, social-security number or phone…"));
    auto *create = new QPushButton(tr("&New patient…"), this);
    create->setObjectName(QStringLiteral("receptionNewPatient"));
    create->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    create->setToolTip(tr("New patient (Ctrl+N)"));
    row->addWidget(m_search, 1);
    row->addWidget(create);
    auto *later = new QLabel(tr("Today's arrivals and the waiting room come with the agenda, in "
                                "a next version of Relais."),
                             this);
    later->setObjectName(QStringLiteral("comingSoon"));
    later->setWordWrap(true);
    layout->addWidget(heading);
    layout->addLayout(row);
    layout->addWidget(later);
    layout->addStretch();
    // The first letter typed is enough: the search goes on in the Patients section.
    connect(m_search, &QLineEdit::textEdited, this, [this](const QString &typed) {
        if (typed.trimmed().isEmpty())
            return;
        m_search->clear();
        Q_EMIT findPatient(typed);
    });
    connect(create, &QPushButton::clicked, this, &ReceptionPage::newPatient);
}

void ReceptionPage::focusSearch()
{
    m_search->setFocus();
}

} // namespace relais::ui
