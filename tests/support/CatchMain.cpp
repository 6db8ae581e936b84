#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef RELAIS_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

#include <QLocale>

#include <sodium.h>

// Catch2 runs the tests inside a Qt application so that event loops (the keychain's D-Bus calls,
// timers, widgets) work as they do in Relais.
int main(int argc, char **argv)
{
    if (sodium_init() < 0)
        return 1;
    QLocale::setDefault(QLocale(QLocale::English));
#ifdef RELAIS_TEST_GUI
    // Widgets are tested offscreen unless told otherwise; ctest also lists the tests this way,
    // where no display exists.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("RelaisTests"));
    TestApplication::setApplicationName(QStringLiteral("relais-tests"));
    return Catch::Session().run(argc, argv);
}
