#pragma once

#include <QIcon>
#include <QList>
#include <QPixmap>

#include <functional>

namespace cchc {

// An icon drawn from one compiled-in PNG per size, each decoded the first time that size is
// drawn. QIcon::addFile decodes every file at once: for the window icon and the toolbar's
// actions that was a noticeable part of start-up, for sizes most screens never draw.
// `pathOf` names the PNG of a size; `sizes` are smallest first. `otherMode` makes the
// disabled and selected drawings from the normal one (the style's, in the window).
using IconModeFilter = std::function<QPixmap(QIcon::Mode, const QPixmap &)>;
QIcon pngSizesIcon(std::function<QString(int)> pathOf, QList<int> sizes,
                   IconModeFilter otherMode = {});

} // namespace cchc
