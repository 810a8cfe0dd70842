#pragma once

#include "ReportDocument.h"
#include "domain/ReportSettings.h"
#include "RoundData.h"

namespace cchc::report {

// Biên bản kiểm tra of one unit, printable on site: time and place, participants of both
// sides, results by area (a table per area), findings, requests with deadlines, and the
// signatures of both sides.
Result<ReportDocument> buildMinutes(const RoundData &data, const ReportSettings &settings,
                                    const QString &roundUnitId);

} // namespace cchc::report
