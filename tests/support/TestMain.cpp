// The Catch2 runner with a Qt application object created first, as Qt requires.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "core/common/Language.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>

#ifdef CCHC_TEST_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#endif

namespace {

// Test mode puts settings and the demo file under ~/.qttest, which every test process shares:
// two suites running at once (ctest --parallel, or two checkouts on one machine) then open,
// lock and rewrite each other's demo file. Each process gets a home of its own; the font
// cache stays where it was, so fontconfig does not rebuild it for every test binary.
void isolateHome()
{
#ifndef Q_OS_WIN
    static QTemporaryDir home;
    if (!home.isValid())
        return;
    if (qEnvironmentVariableIsEmpty("XDG_CACHE_HOME"))
        qputenv("XDG_CACHE_HOME", QDir::home().filePath(QStringLiteral(".cache")).toLocal8Bit());
    qputenv("HOME", home.path().toLocal8Bit());
#endif
}

} // namespace

int main(int argc, char **argv)
{
    // Test discovery runs this binary at build time without the CTest environment: without
    // this a missing display would abort it and CTest would find no tests at all.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir runtimeDir;
    qputenv("XDG_RUNTIME_DIR", runtimeDir.path().toLocal8Bit());
    isolateHome();
    QStandardPaths::setTestModeEnabled(true); // settings go to a test location, not the user's

    TestApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CCHC Inspector Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("cchc-inspector-tests"));
    // Users see Vietnamese by default, so that is what the tests check.
    cchc::installTranslations(app, cchc::defaultLanguage());
    return Catch::Session().run(argc, argv);
}
