#pragma once

#include <QString>

class QApplication;

namespace cchc::ui {

// Shows the main window (on `file` when given) and runs the event loop.
int runGui(QApplication &app, const QString &file);

} // namespace cchc::ui
