#pragma once

#include <QIcon>
#include <QString>

namespace cchc::ui {

// The toolbar's icons, drawn from the SVGs in resources/icons/actions: "new", "open",
// "undo", "redo", "met", "partial", "notmet", "notapplicable", "next", "preview", "pdf",
// "word". Rendered by QtSvg into pixmaps here (not through the SVG icon-engine plugin),
// so they show on Windows and Linux wherever the program links, with no plugin to deploy.
// A null icon for an unknown name.
QIcon actionIcon(const QString &name);

} // namespace cchc::ui
