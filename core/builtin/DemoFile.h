#pragma once

#include "core/common/Result.h"

#include <QString>

namespace cchc {

class InspectionFile;

// The demo: the 2022 round of Hà Tĩnh city at eight public-service units (the round
// behind docs/domain/example-report-2022), with results consistent with its report, so a
// new user sees a realistic file at once.
Status writeDemoFile(const QString &path);
// Fills an open, empty file with the demo content.
Status fillDemo(InspectionFile &file);

} // namespace cchc
