#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace relais::ui {

class HubAddressField;

// What a new workstation needs to join its practice: the hub's address and the invitation code
// shown on an enrolled workstation (the code gives the login on the hub). Checks their form before
// anything is created; the joining itself is the caller's.
class JoinDialog : public QDialog
{
    Q_OBJECT

public:
    explicit JoinDialog(QWidget *parent = nullptr);

    QString hub() const;
    QString code() const;
    // Shows why the last attempt failed, and lets the person try again.
    void showRefusal(const QString &reason);

private:
    void tryAccept();

    HubAddressField *m_hubField = nullptr;
    QLineEdit *m_hub = nullptr; // m_hubField's
    QLineEdit *m_code = nullptr;
    QLabel *m_reason = nullptr;
};

} // namespace relais::ui
