#pragma once

#include <QSize>

class QWidget;

namespace cchc::ui {

// The client area a window gets on the smallest screen teams use, a 1366 × 768 laptop:
// minus the taskbar (40 px on Windows) and the window's title bar and frame (~40 px).
// Default window sizes stay inside it, so nothing (the save status, the buttons) starts
// off screen.
constexpr QSize kLaptopClientArea{1350, 688};

// Resizes `window` to `preferred`, bounded by kLaptopClientArea and by the free area of
// the screen it is on.
void resizeToFit(QWidget *window, QSize preferred);

} // namespace cchc::ui
