#pragma once

#include "core/report/ReportDocument.h"
#include "core/domain/ReportSettings.h"
#include "core/report/RoundData.h"

namespace cchc::report {

// Biên bản kiểm tra of one unit, printable on site: time and place, participants of both
// sides, results by area (a table per area), findings, requests with deadlines, and the
// signatures of both sides.
Result<ReportDocument> buildMinutes(const RoundData &data, const ReportSettings &settings,
                                    const QString &roundUnitId);

} // namespace cchc::report
