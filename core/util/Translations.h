#pragma once

#include <QLocale>

namespace relais {

// Loads Relais's and Qt's own translations for a language (the system's by default) into the
// running application. English needs none: it is the source language.
class Translations
{
public:
    static void install(const QLocale &locale = QLocale::system());
};

} // namespace relais
