#include "Gui.h"

#include "MainWindow.h"

#include <QApplication>
#include <QTimer>
#include <QWindow>

#include <chrono>
#include <cstdio>

namespace cchc::ui {

int runGui(QApplication &app, const QString &file)
{
    MainWindow window;
    window.show();
    if (!file.isEmpty())
        window.openFile(file);
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
        QCoreApplication::processEvents(); // the first frame
        const auto now = std::chrono::steady_clock::now().time_since_epoch();
        std::printf("interactive %lld\n", static_cast<long long>(
                                              std::chrono::nanoseconds(now).count()));
        std::fflush(stdout);
        QCoreApplication::quit();
    });
    poll->start(0);
}

} // namespace cchc::ui
