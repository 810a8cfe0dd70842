#pragma once

#include "core/common/Result.h"

#include <QStringList>

namespace cchc {

class InspectionFile;

// What `cchc-inspector check` reports: SQLite's own integrity check plus the rules the
// application relies on (results and scores in range, assessments that belong to their
// round's template version, foreign keys). An empty list means the file is sound.
// The schema is compared with the one the file's format number defines (SchemaCheck).
// `Depth::Records` leaves out SQLite's scan of every page, which open() already ran as
// PRAGMA quick_check: what drafting runs before each report.
enum class CheckDepth { Full, Records };
Result<QStringList> findProblems(const InspectionFile &file, CheckDepth depth = CheckDepth::Full);

// Reports are drafted only from a file that check passes: the first problem is named, and
// the user is sent to `check` (or a backup copy) instead of reading a half-true report.
Status requireSoundForDrafting(const InspectionFile &file);

} // namespace cchc
