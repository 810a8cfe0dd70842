#include "ui/Gui.h"

#include "ui/MainWindow.h"

#include <QApplication>
#include <QTimer>
#include <QWindow>

#include <chrono>
#include <cstdio>

namespace cchc::ui {

int runGui(QApplication &app, const QString &file)
{
    MainWindow window;
    // The file first, then the window: its first frame is the file's, and the start page is
    // never built for it (a file that cannot be opened says why, then the start page shows).
    if (!file.isEmpty())
        window.openFileAtStartup(file);
    window.show();
    probeStartup(&window);
    return app.exec();
}

void probeStartup(QWidget *window)
{
    if (qEnvironmentVariableIsEmpty("CCHC_STARTUP_PROBE"))
        return;
    auto *poll = new QTimer(window);
    QObject::connect(poll, &QTimer::timeout, window, [window, poll] {
        if (!window->windowHandle() || !window->windowHandle()->isExposed())
            return;
        poll->stop();
        // The first frame, painted whole now. Not processEvents(): that would also run
        // what the window queued for after its first frame (progress, scores), which by
        // then is on screen.
        window->repaint();
        const auto now = std::chrono::steady_clock::now().time_since_epoch();
        std::printf("interactive %lld\n", static_cast<long long>(
                                              std::chrono::nanoseconds(now).count()));
        std::fflush(stdout);
        // To look at what that frame showed, and the window once settled (docs/benchmarks.md).
        const QString grab = qEnvironmentVariable("CCHC_STARTUP_GRAB");
        if (grab.isEmpty())
            return QCoreApplication::quit();
        window->grab().save(grab + QStringLiteral("-first.png"));
        QTimer::singleShot(1000, window, [window, grab] {
            window->grab().save(grab + QStringLiteral("-settled.png"));
            QCoreApplication::quit();
        });
    });
    poll->start(0);
}

} // namespace cchc::ui
