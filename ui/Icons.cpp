#include "ui/Icons.h"

#include <QFile>

namespace cchc::ui {

QIcon actionIcon(const QString &name)
{
    if (name.isEmpty())
        return {}; // an action without a drawing of its own
    QIcon icon;
    // Toolbar and menu sizes at 100–200% scaling (ui/CMakeLists.txt); QIcon picks the nearest.
    for (const int size : {16, 20, 24, 32, 40, 48, 64}) {
        const QString png = QStringLiteral(":/actions/%1-%2.png").arg(name).arg(size);
        if (!QFile::exists(png))
            return {};
        icon.addFile(png, QSize(size, size));
    }
    return icon;
}

} // namespace cchc::ui
