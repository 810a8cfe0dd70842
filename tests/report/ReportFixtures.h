#pragma once

#include "report/RoundData.h"

#include <QStringList>

namespace cchc::test {

// A small hand-made round held in memory: one group, one criterion per entry of `results`,
// each a string with one letter per unit (D Đạt, E exemplary, P partly, C not met,
// N not applicable, - unchecked).
report::RoundData makeRound(const QStringList &unitNames, const QStringList &results);
// The drafted notice body as one text (what the PDF's lines come from).
QString draftedText(const report::RoundData &data);
// The demo file written to `path` and its 2022 round loaded for drafting.
report::RoundData demoRound(const QString &path);

} // namespace cchc::test
