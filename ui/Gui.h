#pragma once

#include <QString>

class QApplication;
class QWidget;

namespace cchc::ui {

// Shows the main window (on `file` when given) and runs the event loop.
int runGui(QApplication &app, const QString &file);

// For measuring start-up from outside (cchc-bench): when the environment variable
// CCHC_STARTUP_PROBE is set, prints "interactive <ns>" on the system's monotonic clock
// (std::chrono::steady_clock) once `window` is exposed and its first frame painted, then
// quits. With CCHC_STARTUP_GRAB=PREFIX too, it first saves that frame as PREFIX-first.png
// and, a second later, the settled window as PREFIX-settled.png. Without the variable it
// does nothing.
void probeStartup(QWidget *window);

} // namespace cchc::ui
