#pragma once

#include "sync/Invitation.h"

#include <QDialog>

class QLabel;

namespace relais::ui {

// Shows an invitation's code, in letters and as a QR code, until the new workstation is let
// in or the code expires; the page behind it syncs meanwhile, which lets the new one in.
class InviteDialog : public QDialog
{
    Q_OBJECT

public:
    InviteDialog(const Invitation::Made &made, const QString &hub, QWidget *parent = nullptr);
    // The new workstation is in: says so, and offers to close.
    void enrolled();

private:
    QLabel *m_state = nullptr;
};

} // namespace relais::ui
