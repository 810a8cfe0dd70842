// Entry point: chooses between the window and the command line, sets up language and
// application identity, and hands over.
#include "app/Command.h"
#include "app/CommandLine.h"
#include "core/teamwork/EditHistory.h"

#include "core/common/Language.h"
#include "resources/icons/ApplicationIcon.h"
#include "ui/Gui.h"

#include <QApplication>
#include <QDir>

#include <cstdio>
#include <cstring>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace {

// Command names are ASCII, so the raw argv is enough to decide, before any application
// object exists, whether a window may be needed.
bool wantsCommandLineOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (argv[i][0] != '-' && i > 1 && std::strcmp(argv[i - 1], "--lang") == 0)
            continue;
        if (argv[i][0] != '-')
            return cchc::app::isCommandName(QString::fromLatin1(argv[i]));
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0
            || std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0)
            return true;
    }
    return false;
}

#ifdef Q_OS_WIN
bool hasStandardHandle(DWORD which)
{
    const HANDLE handle = GetStdHandle(which);
    return handle != nullptr && handle != INVALID_HANDLE_VALUE
           && GetFileType(handle) != FILE_TYPE_UNKNOWN;
}

// A GUI-subsystem program has no console of its own: borrow the caller's, if any, so the
// command line prints where it was typed, in UTF-8. Output already redirected to a file or
// a pipe (scripts, ctest) has valid handles and must stay where it was sent.
void attachParentConsole()
{
    const bool outRedirected = hasStandardHandle(STD_OUTPUT_HANDLE);
    const bool errRedirected = hasStandardHandle(STD_ERROR_HANDLE);
    if ((!outRedirected || !errRedirected) && AttachConsole(ATTACH_PARENT_PROCESS)) {
        if (!outRedirected)
            std::freopen("CONOUT$", "w", stdout);
        if (!errRedirected)
            std::freopen("CONOUT$", "w", stderr);
    }
    SetConsoleOutputCP(CP_UTF8);
}
#endif

bool displayAvailable()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
           || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

// Where the command line runs without a window. On Linux that is Qt's offscreen platform
// (no X or Wayland needed). Windows' own platform needs no screen and is the one that sees
// the system's fonts (Times New Roman for reports); offscreen there finds none, and a PDF
// written through it would have no text at all.
bool useOffscreenWhenHeadless()
{
#ifdef Q_OS_WIN
    return false;
#else
    return true;
#endif
}

} // namespace

int main(int argc, char **argv)
{
#ifdef Q_OS_WIN
    attachParentConsole();
#endif
    const bool commandLineOnly = wantsCommandLineOnly(argc, argv);
    const bool headless = commandLineOnly || !displayAvailable();
    if (headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && useOffscreenWhenHeadless())
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CCHC Inspector"));
    QCoreApplication::setApplicationName(QStringLiteral("cchc-inspector"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CCHC_VERSION));
    // Who edits on this laptop: recorded with every change (Preferences sets the name).
    cchc::teamwork::setEditor(cchc::teamwork::editorFromSettings());
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Kiểm tra CCHC"));
    // Lets Wayland and the taskbar match windows to cchc-inspector.desktop and its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("cchc-inspector"));
    QGuiApplication::setWindowIcon(cchc::applicationIcon());

    const cchc::app::Invocation invocation =
        cchc::app::parseInvocation(QCoreApplication::arguments());
    cchc::installTranslations(app, invocation.language.isEmpty() ? cchc::storedLanguage()
                                                                  : invocation.language);

    if (invocation.kind != cchc::app::Invocation::Kind::Gui)
        return cchc::app::runInvocation(invocation);
    if (headless) {
        // No screen (a server, CI, an SSH session): say so, then do the main job without one.
        cchc::app::fail(QCoreApplication::translate(
                            "cchc::app::main",
                            "No display is available, so the window cannot open; printing the "
                            "file's summary instead."),
                        0);
        if (invocation.file.isEmpty())
            return cchc::app::fail(QCoreApplication::translate(
                "cchc::app::main", "Give a file to summarise: cchc-inspector FILE"));
        cchc::app::Invocation list = invocation;
        list.kind = cchc::app::Invocation::Kind::SubCommand;
        list.command = QStringLiteral("list");
        list.commandArguments = {invocation.file};
        return cchc::app::runInvocation(list);
    }
    return cchc::ui::runGui(app, invocation.file);
}
