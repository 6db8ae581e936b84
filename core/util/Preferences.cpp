#include "Preferences.h"

#include <QSettings>

namespace relais {

namespace {
const QString LanguageKey = QStringLiteral("interface/language");
const QString VaultKey = QStringLiteral("vault/path");
} // namespace

Preferences::Language Preferences::language()
{
    const QString value = QSettings().value(LanguageKey).toString();
    if (value == QLatin1String("fr"))
        return Language::French;
    if (value == QLatin1String("en"))
        return Language::English;
    return Language::System;
}

void Preferences::setLanguage(Language language)
{
    QSettings settings;
    switch (language) {
    case Language::System: settings.remove(LanguageKey); break;
    case Language::French: settings.setValue(LanguageKey, QStringLiteral("fr")); break;
    case Language::English: settings.setValue(LanguageKey, QStringLiteral("en")); break;
    }
}

QLocale Preferences::locale()
{
    switch (language()) {
    case Language::French: return QLocale(QLocale::French, QLocale::France);
    case Language::English: return QLocale(QLocale::English, QLocale::UnitedKingdom);
    case Language::System: break;
    }
    return QLocale::system();
}

QString Preferences::vaultPath()
{
    return QSettings().value(VaultKey).toString();
}

void Preferences::setVaultPath(const QString &path)
{
    QSettings settings;
    if (path.isEmpty())
        settings.remove(VaultKey);
    else
        settings.setValue(VaultKey, path);
}

} // namespace relais
