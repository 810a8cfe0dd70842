#include "Gui.h"

#include "MainWindow.h"

#include <QApplication>

namespace cchc::ui {

int runGui(QApplication &app, const QString &file)
{
    MainWindow window;
    window.show();
    if (!file.isEmpty())
        window.openFile(file);
    return app.exec();
}

} // namespace cchc::ui
