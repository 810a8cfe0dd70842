#pragma once

#include <QIcon>
#include <QString>

namespace cchc::ui {

// The toolbar's icons, drawn from the SVGs in resources/icons/actions: "new", "open",
// "undo", "redo", "met", "partial", "notmet", "notapplicable", "next", "preview", "pdf",
// "word". Rendered to PNG at build time (ui/CMakeLists.txt) and compiled in, so they show
// on Windows and Linux with no QtSvg and no icon-engine plugin to deploy.
// A null icon for an unknown name.
QIcon actionIcon(const QString &name);

} // namespace cchc::ui
