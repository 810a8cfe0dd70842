#include "ui/widgets/WindowSize.h"

#include <QScreen>
#include <QWidget>

namespace cchc::ui {

void resizeToFit(QWidget *window, QSize preferred)
{
    QSize size = preferred.boundedTo(kLaptopClientArea);
    if (const QScreen *screen = window->screen()) {
        // The frame is not known before the window is shown: leave room for a title bar.
        const QSize free = screen->availableSize() - QSize(16, 40);
        if (free.isValid())
            size = size.boundedTo(free.expandedTo(window->minimumSizeHint()));
    }
    window->resize(size);
}

} // namespace cchc::ui
