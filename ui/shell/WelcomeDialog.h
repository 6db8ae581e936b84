#pragma once

#include <QDialog>

namespace relais::ui {

// Shown when this workstation has no vault yet: what can be done from here.
class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice
    {
        Quit,
        NewPractice,
        Demo,
        Restore,
        Join
    };

    explicit WelcomeDialog(const QString &vaultPath, QWidget *parent = nullptr);
    Choice choice() const { return m_choice; }

private:
    Choice m_choice = Choice::Quit;
};

} // namespace relais::ui
