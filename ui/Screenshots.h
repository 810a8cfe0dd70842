#pragma once

#include "core/common/Result.h"

#include <QString>
#include <QStringList>

namespace cchc::ui {

// Renders the main screens with the demo file at 1366×768 into PNGs in `directory`
// (start page, main window, round editor, template editor, preferences, a question box)
// and returns the paths written. Used for the documentation and to look at the layout.
Result<QStringList> writeScreenshots(const QString &directory);

} // namespace cchc::ui
