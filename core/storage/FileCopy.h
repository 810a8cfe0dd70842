#pragma once

#include "common/Result.h"

#include <QString>

namespace cchc {

class InspectionFile;

// "Save a copy as": writes a consistent, compacted copy of the open file to `target`
// (SQLite VACUUM INTO), replacing it if it exists. The open file stays the document.
Status copyInspectionFile(InspectionFile &file, const QString &target);

} // namespace cchc
