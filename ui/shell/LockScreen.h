#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace relais::ui {

// What the window shows while locked: who locked it and a password field, no patient data.
class LockScreen : public QWidget
{
    Q_OBJECT

public:
    explicit LockScreen(QWidget *parent = nullptr);

    void prepare(const QString &practiceName, const QString &lockedBy);
    void showReason(const QString &reason);
    QString takePassword();

Q_SIGNALS:
    void unlockRequested();
    void otherUserRequested();

private:
    QLabel *m_title = nullptr;
    QLabel *m_who = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_reason = nullptr;
};

} // namespace relais::ui
