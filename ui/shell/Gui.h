#pragma once

#include <QString>

namespace relais {
class KeyStore;
}

namespace relais::ui {

struct GuiOptions
{
    QString vaultPath;
    QString screenshot; // when set: save a picture of the main window there and quit
};

// Opens (or, on a workstation with none, sets up) the vault, then shows the main window.
// Returns the process exit status.
int runGui(const GuiOptions &options, KeyStore &keychain);

} // namespace relais::ui
