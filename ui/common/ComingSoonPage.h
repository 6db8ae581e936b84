#pragma once

#include <QWidget>

namespace relais::ui {

// A section of the window whose feature has not landed yet: it says so, and nothing more.
class ComingSoonPage : public QWidget
{
    Q_OBJECT

public:
    ComingSoonPage(const QString &title, const QString &whatItWillDo, QWidget *parent = nullptr);
};

} // namespace relais::ui
