#include "ComingSoonPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace relais::ui {

ComingSoonPage::ComingSoonPage(const QString &title, const QString &whatItWillDo, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped()), this);
    auto *text = new QLabel(tr("Coming in a next version of Relais: %1").arg(whatItWillDo), this);
    text->setObjectName(QStringLiteral("comingSoon"));
    text->setWordWrap(true);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addStretch();
}

} // namespace relais::ui
