#pragma once

#include <QLocale>
#include <QString>

namespace relais {

// What this workstation's user chose before any vault is open: the interface language and
// which vault to open. Kept in QSettings (~/.config/relais.conf on Linux), never in the vault.
class Preferences
{
public:
    enum class Language
    {
        System,
        French,
        English
    };

    static Language language();
    static void setLanguage(Language language);
    static QLocale locale(); // the locale to translate into

    // Empty: the default place in the user's data folder.
    static QString vaultPath();
    static void setVaultPath(const QString &path);
};

} // namespace relais
