#pragma once

#include "core/report/ReportDocument.h"
#include "core/report/RoundData.h"

namespace cchc::report {

// One unit's line of the score annex (Phụ lục: bảng điểm).
struct UnitScoreRow
{
    QString roundUnitId;
    QString unitName;
    QString shortName; // from the unit register; may be empty
    UnitScore score;
    int rank = 0; // 1 = best appraised percentage; equal percentages share a rank
};
// Best first; units with the same appraised percentage share a rank and keep the order they
// were visited in (the annex's note says so).
QList<UnitScoreRow> rankedScores(const RoundData &data);

// The annex as its own landscape section: units by rank × areas (appraised score out of the
// unit's maximum, "–" where nothing applies), the self-assessed total where the unit gave
// one (the column is left out when no unit did), appraised total, percentage, grade and
// rank, a legend naming the areas, then the chart. `reference` is the line tying it to its
// notice ("(Kèm theo Thông báo số … )"), or empty when printed alone.
ReportSection scoreAnnexSection(const RoundData &data, const QString &reference);
ReportDocument buildScoreAnnex(const RoundData &data);

// A unit's appraised percentage rounded as printed ("74,4"): what ranks and the chart use.
double roundedPercent(const UnitScore &score);

QString scoreText(double value);     // "3,5": Vietnamese decimal comma, no trailing zeros
QString percentText(double percent); // "74,4": one decimal, decimal comma, in every report

} // namespace cchc::report
