#include "Icons.h"

#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace cchc::ui {

QIcon actionIcon(const QString &name)
{
    if (name.isEmpty())
        return {}; // an action without a drawing of its own
    QSvgRenderer renderer(QStringLiteral(":/actions/%1.svg").arg(name));
    if (!renderer.isValid())
        return {};
    QIcon icon;
    // Toolbar and menu sizes at 100–200% scaling; QIcon picks the nearest.
    for (const int size : {16, 20, 24, 32, 40, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        renderer.render(&painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace cchc::ui
