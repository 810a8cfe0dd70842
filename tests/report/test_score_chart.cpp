// The annex chart's labels (core/report/ScoreChart.cpp): every label drawn is readable, at
// 8 units as at 1 000.
#include "tests/report/PdfProbe.h"
#include "tests/report/ReportFixtures.h"
#include "tests/support/TestSupport.h"

#include "core/report/PdfOutput.h"
#include "core/report/ScoreAnnex.h"
#include "core/report/ScoreChart.h"

#include <QFontMetricsF>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace cchc;
using namespace cchc::report;
using namespace cchc::test;

namespace {

constexpr double kPlotWidthMm = 226.0; // the annex chart: 240 mm less its axis and margin

// `count` units whose results differ, so their percentages do ("D" met, "P" partly, "C" not).
QList<UnitScoreRow> rowsOf(int count)
{
    QStringList names, results(4);
    for (int unit = 0; unit < count; ++unit) {
        names.append(QStringLiteral("Đơn vị số %1").arg(unit + 1));
        for (int criterion = 0; criterion < 4; ++criterion)
            results[criterion].append(QLatin1Char("DPCD"[(unit + criterion * (unit / 3)) % 4]));
    }
    return rankedScores(makeRound(names, results));
}

double widthMm(const QString &text)
{
    return QFontMetricsF(chartLabelFont()).horizontalAdvance(text) / kChartLabelScale;
}

ChartLabels planFor(const QList<UnitScoreRow> &rows)
{
    return planChartLabels(rows, kPlotWidthMm / rows.size(), QFontMetricsF(chartLabelFont()),
                           1.0 / kChartLabelScale);
}

} // namespace

TEST_CASE("A few units' bars carry their percentage and short name", "[chart]")
{
    QList<UnitScoreRow> rows = rowsOf(8);
    for (int i = 0; i < rows.size(); ++i)
        rows[i].shortName = QStringLiteral("Phường %1").arg(i + 1);
    const ChartLabels plan = planFor(rows);
    CHECK(plan.values);
    CHECK(plan.shortNames);
    CHECK(plan.labelledBars == QList<int>({0, 1, 2, 3, 4, 5, 6, 7}));
    CHECK(plan.texts.first() == rows.first().shortName);

    // A unit without a short name: every bar gets its STT instead, as the table numbers it.
    rows[3].shortName.clear();
    const ChartLabels numbered = planFor(rows);
    CHECK_FALSE(numbered.shortNames);
    CHECK(numbered.step == 1);
    CHECK(numbered.texts.join(QLatin1Char(' ')) == QStringLiteral("1 2 3 4 5 6 7 8"));
}

TEST_CASE("No two labels of the chart overlap, at any number of units", "[chart]")
{
    for (const int count : {8, 30, 45, 60, 200, 1000}) {
        INFO(count << " units");
        const QList<UnitScoreRow> rows = rowsOf(count);
        const double slot = kPlotWidthMm / count;
        const ChartLabels plan = planFor(rows);
        REQUIRE_FALSE(plan.labelledBars.isEmpty());
        if (plan.values) {
            for (const UnitScoreRow &row : rows)
                CHECK(widthMm(percentText(roundedPercent(row.score))) < slot);
        }
        // STTs centred on their bars: each ends before the next begins.
        for (int i = 0; i < plan.labelledBars.size(); ++i) {
            const int bar = plan.labelledBars.at(i);
            CHECK(plan.texts.at(i) == QString::number(bar + 1));
            if (i == 0)
                continue;
            const int previous = plan.labelledBars.at(i - 1);
            const double apart = (bar - previous) * slot;
            CHECK(apart > (widthMm(plan.texts.at(i)) + widthMm(plan.texts.at(i - 1))) / 2);
        }
        // Labelled at a round step, the last multiple of it within the last step's bars.
        CHECK(QList<int>({1, 2, 5, 10, 20, 50, 100}).contains(plan.step));
        CHECK(plan.labelledBars.last() >= count - plan.step);
    }
    // The figures a reader can tell apart: all of them at 8 units, 1, 10, 20 … at 200.
    CHECK(planFor(rowsOf(8)).values);
    CHECK_FALSE(planFor(rowsOf(200)).values);
    CHECK(planFor(rowsOf(1000)).labelledBars.size() <= 60);
}

TEST_CASE("The annex chart's words stand apart in the PDF, at 8 units as at 200", "[chart][pdf]")
{
    for (const int count : {8, 200}) {
        INFO(count << " units");
        QStringList names, results(2);
        for (int unit = 0; unit < count; ++unit) {
            names.append(QStringLiteral("Đơn vị số %1").arg(unit + 1));
            results[0].append(QLatin1Char("DPC"[unit % 3]));
            results[1].append(QLatin1Char("DDPC"[unit % 4]));
        }
        TempDir dir;
        const QString pdf = dir.path(QStringLiteral("annex.pdf"));
        REQUIRE(writePdf(buildScoreAnnex(makeRound(names, results)), pdf).ok());
        const QList<pdf::Word> all = pdf::words(pdf);
        const int chartPage = all.constLast().page;
        QList<pdf::Word> chartWords;
        static const QRegularExpression axisLabel(QStringLiteral("^\\d+%$"));
        for (const pdf::Word &word : all) {
            if (word.page == chartPage && axisLabel.match(word.text).hasMatch())
                chartWords.append(word); // the axis: 0% … 100%
        }
        REQUIRE(chartWords.size() == 5);
        const double axisTop = chartWords.constFirst().yMin;
        chartWords.clear();
        for (const pdf::Word &word : all) {
            if (word.page == chartPage && word.yMin >= axisTop - 10)
                chartWords.append(word);
        }
        CHECK(chartWords.size() > 5);
        for (int i = 0; i < chartWords.size(); ++i) {
            for (int j = i + 1; j < chartWords.size(); ++j) {
                const pdf::Word &a = chartWords.at(i), &b = chartWords.at(j);
                const double across = std::min(a.xMax, b.xMax) - std::max(a.xMin, b.xMin);
                const double down = std::min(a.yMax, b.yMax) - std::max(a.yMin, b.yMin);
                INFO("“" << a.text.toStdString() << "” and “" << b.text.toStdString() << "”");
                CHECK_FALSE((across > 0.2 && down > 0.2));
            }
        }
    }
}

TEST_CASE("The annex chart's pixels are drawn only for the outputs that keep them", "[chart]")
{
    const ReportSection annex = scoreAnnexSection(
        makeRound({QStringLiteral("A"), QStringLiteral("B")}, {QStringLiteral("DC")}), QString());
    const auto chart = std::find_if(annex.blocks.cbegin(), annex.blocks.cend(), [](const Block &b) {
        return std::holds_alternative<ImageBlock>(b);
    });
    REQUIRE(chart != annex.blocks.cend());
    const ImageBlock &block = std::get<ImageBlock>(*chart);
    CHECK(block.image.isNull()); // the PDF paints it as vector graphics
    CHECK_FALSE(block.isEmpty());
    CHECK(block.aspect() == Approx(55.0 / 240.0));
    // The DOCX and a notice's snapshot ask for the pixels: 150 dpi at twice the size.
    const QImage pixels = block.picture();
    CHECK(pixels.width() == qRound(240.0 * 2 * 150 / 25.4));
    CHECK(double(pixels.height()) / pixels.width() == Approx(block.aspect()).epsilon(0.01));
    CHECK(pixels.pixelColor(pixels.width() / 4, pixels.height() / 2) != QColor(Qt::white));
}
