#pragma once

#include "common/Result.h"

#include <QStringList>

namespace cchc {

class InspectionFile;

// What `cchc-inspector check` reports: SQLite's own integrity check plus the rules the
// application relies on (results and scores in range, assessments that belong to their
// round's template version, foreign keys). An empty list means the file is sound.
Result<QStringList> findProblems(const InspectionFile &file);

} // namespace cchc
