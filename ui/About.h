#pragma once

#include <QString>

namespace cchc::ui {

// The About box text: name, version (CCHC_VERSION), licence notice and Qt version.
QString aboutText();

} // namespace cchc::ui
