#pragma once

#include <QIcon>

namespace cchc {

// The application icon in every rendered size (16–256 px), compiled in as Qt resources
// under :/icons/, so window, taskbar and dialogs show it on every platform without an
// image plugin or an installed theme.
QIcon applicationIcon();

} // namespace cchc
