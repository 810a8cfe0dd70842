#pragma once

#include "core/report/ScoreAnnex.h"

#include <QList>
#include <QSizeF>
#include <QString>

class QFont;
class QFontMetricsF;
class QImage;
class QPainter;

namespace cchc::report {

// Which bars of the annex chart carry which labels. Every label that is drawn is readable:
// none overlaps another, whatever the number of units.
struct ChartLabels
{
    // The percentage above each bar, when the widest one fits over a bar; else none (the
    // table beside the chart gives every figure).
    bool values = false;
    // Under the bars: every unit's short name when each has one and there are few units;
    // else the STT of every `step`-th bar (1, then step, 2 × step, …) where one under every
    // bar would not fit.
    bool shortNames = false;
    int step = 1;
    QList<int> labelledBars; // indices into the rows, ascending
    QStringList texts;       // one per labelled bar
};
ChartLabels planChartLabels(const QList<UnitScoreRow> &rows, double slotMm,
                            const QFontMetricsF &labelMetrics, double mmPerLabelUnit);

// The bar chart of the units' appraised percentages in the order of `rows`.
QImage scoreChart(const QList<UnitScoreRow> &rows, double widthMm, double heightMm,
                  double dotsPerMm);
// The same chart painted in millimetres (the painter scaled to them): vector graphics and
// text in a PDF, where the picture above would be millions of pixels to compress.
void paintScoreChart(QPainter &painter, const QList<UnitScoreRow> &rows, const QSizeF &sizeMm);

// The chart's label font: 3 mm tall, drawn a hundred times larger under a scale a hundred
// times smaller (see ScoreChart.cpp). Exposed for the tests' measurements.
QFont chartLabelFont();
constexpr double kChartLabelScale = 100.0;

} // namespace cchc::report
