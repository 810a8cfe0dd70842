#include "ui/Icons.h"

#include "resources/icons/PngSizesIcon.h"

#include <QApplication>
#include <QFile>
#include <QStyle>
#include <QStyleOption>

namespace cchc::ui {

namespace {

// Toolbar and menu sizes at 100–200% scaling (ui/CMakeLists.txt), smallest first.
const QList<int> kSizes = {16, 20, 24, 32, 40, 48, 64};

QString pngPath(const QString &name, int size)
{
    return QStringLiteral(":/actions/%1-%2.png").arg(name).arg(size);
}

} // namespace

QIcon actionIcon(const QString &name)
{
    if (name.isEmpty())
        return {}; // an action without a drawing of its own
    for (const int size : kSizes) {
        if (!QFile::exists(pngPath(name, size)))
            return {};
    }
    return pngSizesIcon([name](int size) { return pngPath(name, size); }, kSizes,
                        [](QIcon::Mode mode, const QPixmap &normal) {
                            QStyleOption option;
                            option.palette = QGuiApplication::palette();
                            return QApplication::style()->generatedIconPixmap(mode, normal, &option);
                        });
}

} // namespace cchc::ui
