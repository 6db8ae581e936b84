#pragma once

#include <QString>

namespace relais {

// Sends Qt's log messages to a file as well as to stderr. Relais logs carry categories, codes
// and counts, never patient data or secrets: that rule is kept where messages are written, and
// checked by a test that searches the log for the vault key.
class LogFile
{
public:
    // Appends to path (created with owner-only permissions). Messages also reach stderr when
    // echo is on, and otherwise only from critical up. Returns false if path cannot be opened.
    static bool install(const QString &path, bool echo = true);
    static void uninstall();
    static QString defaultPath();
};

} // namespace relais
