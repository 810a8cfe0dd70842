#pragma once

#include "ReportDocument.h"
#include "RoundData.h"

namespace cchc::report {

// One unit's line of the score annex (Phụ lục: bảng điểm).
struct UnitScoreRow
{
    QString unitName;
    UnitScore score;
    int rank = 0; // 1 = best appraised percentage; equal percentages share a rank
};
QList<UnitScoreRow> rankedScores(const RoundData &data); // in round order

// The bar chart of the units' appraised percentages, drawn at `dotsPerMm`.
QImage scoreChart(const QList<UnitScoreRow> &rows, double widthMm, double heightMm,
                  double dotsPerMm);

// The annex as its own landscape section: units × areas, self-assessed / appraised scores,
// total, percentage, grade and rank, then the chart. `reference` is the line tying it to its
// notice ("(Kèm theo Thông báo số … )"), or empty when printed alone.
ReportSection scoreAnnexSection(const RoundData &data, const QString &reference);
ReportDocument buildScoreAnnex(const RoundData &data);

QString scoreText(double value); // "3,5": Vietnamese decimal comma, no trailing zeros

} // namespace cchc::report
