#include "core/report/ScoreChart.h"

#include "core/report/OfficialLayout.h"

#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QSet>

#include <algorithm>

namespace cchc::report {

namespace {

constexpr int kMostNamed = 12;         // short names under the bars up to this many units
constexpr double kLabelGapMm = 1.0;    // between two labels side by side
constexpr double kNameHeightMm = 12.0; // room under the bars: three lines of a name

double textWidthMm(const QFontMetricsF &metrics, const QString &text, double mmPerUnit)
{
    return metrics.horizontalAdvance(text) * mmPerUnit;
}

double widestMm(const QFontMetricsF &metrics, const QStringList &texts, double mmPerUnit)
{
    // Each text measured once: 1 000 units share a few hundred percentages.
    const QSet<QString> distinct(texts.cbegin(), texts.cend());
    double widest = 0.0;
    for (const QString &text : distinct)
        widest = std::max(widest, textWidthMm(metrics, text, mmPerUnit));
    return widest;
}

QStringList valueTexts(const QList<UnitScoreRow> &rows)
{
    QStringList texts;
    for (const UnitScoreRow &row : rows)
        texts.append(percentText(std::clamp(roundedPercent(row.score), 0.0, 100.0)));
    return texts;
}

// Each name, wrapped at the bar's width, within the room under the bars and no word wider
// than the bar.
bool namesFit(const QList<UnitScoreRow> &rows, double slotMm, const QFontMetricsF &metrics,
              double mmPerUnit)
{
    if (rows.size() > kMostNamed)
        return false;
    const QRectF room(0, 0, slotMm / mmPerUnit, 1e6);
    return std::all_of(rows.cbegin(), rows.cend(), [&](const UnitScoreRow &row) {
        const QString name = row.shortName.trimmed();
        if (name.isEmpty())
            return false;
        const QRectF used =
            metrics.boundingRect(room, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, name);
        return used.width() * mmPerUnit <= slotMm && used.height() * mmPerUnit <= kNameHeightMm;
    });
}

// The smallest step of 1, 2, 5, 10, 20, 50, … bars at which the widest STT fits between
// two labelled bars.
int numberStep(int count, double slotMm, double widestNumberMm)
{
    for (int decade = 1; decade < count * 10; decade *= 10) {
        for (int factor : {1, 2, 5}) {
            if (decade * factor * slotMm >= widestNumberMm + kLabelGapMm)
                return decade * factor;
        }
    }
    return count; // only the first bar
}

void planNumbers(ChartLabels &plan, int count, double slotMm, const QFontMetricsF &metrics,
                 double mmPerUnit)
{
    plan.step = numberStep(count, slotMm, textWidthMm(metrics, QString::number(count), mmPerUnit));
    const int step = plan.step;
    // "1" as well when it clears the first multiple of the step (centres step − 1 bars apart).
    const double firstGap = (textWidthMm(metrics, QStringLiteral("1"), mmPerUnit) +
                             textWidthMm(metrics, QString::number(step), mmPerUnit)) /
                                2 +
                            kLabelGapMm;
    if (step == 1 || step > count || (step - 1) * slotMm >= firstGap) {
        plan.labelledBars.append(0);
        plan.texts.append(QStringLiteral("1"));
    }
    for (int bar = std::max(step - 1, 1); bar < count; bar += step) {
        plan.labelledBars.append(bar);
        plan.texts.append(QString::number(bar + 1));
    }
}

// The chart is drawn in millimetres, where its labels are 3 units tall. Windows' font engine
// (GDI) measures a font in whole pixels: at 3 px every letter's advance was rounded, and in
// the PDF, where the painter's scale enlarges the text, the letters stood apart ("9 7 , 6").
// So labels are drawn with a font a hundred times larger, under a scale a hundred times
// smaller, where the rounding is invisible.
void drawLabel(QPainter &painter, const QRectF &rectMm, int flags, const QString &text)
{
    painter.save();
    painter.scale(1.0 / kChartLabelScale, 1.0 / kChartLabelScale);
    painter.drawText(QRectF(rectMm.topLeft() * kChartLabelScale, rectMm.size() * kChartLabelScale),
                     flags, text);
    painter.restore();
}

void paintPercentAxis(QPainter &painter, double left, double width, double top, double bottom)
{
    for (int percent = 0; percent <= 100; percent += 25) {
        const double y = bottom - (bottom - top) * percent / 100.0;
        painter.setPen(QPen(percent == 0 ? Qt::black : Qt::lightGray, 0.2));
        painter.drawLine(QPointF(left, y), QPointF(left + width, y));
        painter.setPen(Qt::black);
        drawLabel(painter, QRectF(0, y - 2, left - 1.5, 4), Qt::AlignRight | Qt::AlignVCenter,
                  QStringLiteral("%1%").arg(percent));
    }
}

// A name wraps within its bar's width; an STT is centred on its bar, with a tick to point
// at the bar when not every bar has one.
void paintBarLabels(QPainter &painter, const ChartLabels &plan, double left, double slot,
                    double bottom)
{
    for (int i = 0; i < plan.labelledBars.size(); ++i) {
        const double centre = left + slot * (plan.labelledBars.at(i) + 0.5);
        if (plan.shortNames) {
            drawLabel(painter, QRectF(centre - slot / 2, bottom + 1, slot, kNameHeightMm),
                      Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, plan.texts.at(i));
            continue;
        }
        const double width = std::max(slot * plan.step, 10.0);
        drawLabel(painter, QRectF(centre - width / 2, bottom + 1, width, 4),
                  Qt::AlignHCenter | Qt::AlignTop, plan.texts.at(i));
        if (plan.step > 1) {
            painter.setPen(QPen(Qt::black, 0.2));
            painter.drawLine(QPointF(centre, bottom), QPointF(centre, bottom + 0.8));
        }
    }
}

} // namespace

QFont chartLabelFont()
{
    QFont font(layout::fontFamily());
    font.setPixelSize(qRound(3 * kChartLabelScale)); // 3 mm ≈ 8.5 pt
    return font;
}

ChartLabels planChartLabels(const QList<UnitScoreRow> &rows, double slotMm,
                            const QFontMetricsF &labelMetrics, double mmPerLabelUnit)
{
    ChartLabels plan;
    if (rows.isEmpty() || slotMm <= 0.0)
        return plan;
    plan.values = widestMm(labelMetrics, valueTexts(rows), mmPerLabelUnit) + kLabelGapMm <= slotMm;
    plan.shortNames = namesFit(rows, slotMm, labelMetrics, mmPerLabelUnit);
    if (!plan.shortNames) {
        planNumbers(plan, int(rows.size()), slotMm, labelMetrics, mmPerLabelUnit);
        return plan;
    }
    for (int bar = 0; bar < rows.size(); ++bar) {
        plan.labelledBars.append(bar);
        plan.texts.append(rows.at(bar).shortName.trimmed());
    }
    return plan;
}

void paintScoreChart(QPainter &painter, const QList<UnitScoreRow> &rows, const QSizeF &sizeMm)
{
    if (rows.isEmpty())
        return;
    painter.save();
    painter.setFont(chartLabelFont());
    const double left = 12.0, bottom = sizeMm.height() - 14.0, top = 4.0;
    const double plotWidth = sizeMm.width() - left - 2.0, plotHeight = bottom - top;
    paintPercentAxis(painter, left, plotWidth, top, bottom);
    const double slot = plotWidth / rows.size();
    const ChartLabels plan = planChartLabels(
        rows, slot, QFontMetricsF(painter.font(), painter.device()), 1.0 / kChartLabelScale);
    painter.setPen(Qt::black);
    for (int i = 0; i < rows.size(); ++i) {
        const double percent = std::clamp(roundedPercent(rows.at(i).score), 0.0, 100.0);
        const double barHeight = plotHeight * percent / 100.0;
        const QRectF bar(left + slot * i + slot * 0.2, bottom - barHeight, slot * 0.6, barHeight);
        painter.fillRect(bar, QColor(0x35, 0x5f, 0x8c));
        if (plan.values)
            drawLabel(painter, QRectF(bar.left() - 3, bar.top() - 4.5, bar.width() + 6, 4),
                      Qt::AlignCenter, percentText(percent));
    }
    paintBarLabels(painter, plan, left, slot, bottom);
    painter.restore();
}

QImage scoreChart(const QList<UnitScoreRow> &rows, double widthMm, double heightMm,
                  double dotsPerMm)
{
    QImage image(qRound(widthMm * dotsPerMm), qRound(heightMm * dotsPerMm), QImage::Format_RGB32);
    image.fill(Qt::white);
    if (rows.isEmpty())
        return image;
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    // Sizes in millimetres, so the chart looks the same at every resolution.
    painter.scale(dotsPerMm, dotsPerMm);
    paintScoreChart(painter, rows, QSizeF(widthMm, heightMm));
    return image;
}

} // namespace cchc::report
