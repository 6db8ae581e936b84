#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace relais {

void Translations::install(const QLocale &locale)
{
    static QTranslator *relais = nullptr;
    static QTranslator *qt = nullptr;
    for (QTranslator *old : {relais, qt}) {
        if (old) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
    }
    relais = new QTranslator;
    qt = new QTranslator;
    // Relais's own strings are compiled into the executable; Qt's come with Qt.
    if (relais->load(locale, QStringLiteral("relais"), QStringLiteral("_"),
                     QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(relais);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    QLocale::setDefault(locale);
}

} // namespace relais
