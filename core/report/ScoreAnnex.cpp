#include "core/report/ScoreAnnex.h"

#include "core/report/OfficialLayout.h"
#include "core/report/ProseText.h"

#include <QFont>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace cchc::report {

namespace {

// Rounded as printed, so two units that read "74,4" share a rank.
double percentOf(const UnitScore &score)
{
    return std::round(score.total.percent().value_or(0.0) * 10.0) / 10.0;
}

// Whether any unit of the round gave a full self-assessment: without one the column is left out.
bool anySelfScores(const QList<UnitScoreRow> &rows)
{
    return std::any_of(rows.cbegin(), rows.cend(),
                       [](const UnitScoreRow &row) { return row.score.total.selfScoredFully(); });
}

QStringList annexHeader(const RoundData &data, bool withSelf)
{
    QStringList header = {QStringLiteral("STT"), QStringLiteral("Đơn vị")};
    for (const CriteriaGroup &group : data.checklist.groups)
        header.append(group.code);
    if (withSelf)
        header << QStringLiteral("Tự đánh giá");
    header << QStringLiteral("Thẩm định") << QStringLiteral("Tỷ lệ (%)")
           << QStringLiteral("Xếp loại") << QStringLiteral("Xếp hạng");
    return header;
}

// "3,5/4": a score out of the unit's own maximum; "–" when nothing of it applies.
QString outOf(double score, double maximum)
{
    if (maximum <= 0.0)
        return QStringLiteral("–");
    return scoreText(score) + QLatin1Char('/') + scoreText(maximum);
}

QStringList annexRow(int index, const UnitScoreRow &row, bool withSelf)
{
    QStringList cells = {QString::number(index + 1), row.unitName};
    for (const GroupScore &group : row.score.groups)
        cells.append(outOf(group.summary.appraisedScore, group.summary.maximum));
    const ScoreSummary &total = row.score.total;
    if (withSelf)
        cells << (total.selfScoredFully() ? outOf(total.selfScore, total.maximum)
                                          : QStringLiteral("–"));
    const auto percent = total.percent();
    cells << outOf(total.appraisedScore, total.maximum)
          << (percent ? percentText(*percent) : QStringLiteral("–"))
          << (row.score.grade ? row.score.grade->name : QStringLiteral("–"))
          << QString::number(row.rank);
    return cells;
}

// "Ghi chú: I. Công tác …; II. …" and how to read the cells.
QString annexLegend(const RoundData &data, bool withSelf)
{
    QStringList areas;
    for (const CriteriaGroup &group : data.checklist.groups)
        areas.append(group.code + QStringLiteral(". ") + group.title.trimmed());
    QString text = QStringLiteral("Ghi chú: ") + areas.join(QStringLiteral("; ")) +
                   QStringLiteral(". Mỗi ô ghi điểm thẩm định/điểm tối đa của đơn vị (tiêu chí "
                                  "không áp dụng không tính vào điểm tối đa); “–”: không có "
                                  "tiêu chí áp dụng.");
    if (withSelf)
        text += QStringLiteral(" Cột “Tự đánh giá”: “–” khi đơn vị chưa tự chấm đủ các tiêu chí.");
    text += QStringLiteral(" Đơn vị cùng tỷ lệ điểm có cùng thứ hạng, xếp theo thứ tự kiểm tra. "
                           "Biểu đồ: tỷ lệ điểm thẩm định của từng đơn vị theo thứ tự trong "
                           "bảng.");
    return text;
}

// Short names label the chart's bars when every unit has one and they fit under a bar.
QStringList chartLabels(const QList<UnitScoreRow> &rows)
{
    constexpr int kMostLabelled = 12;
    QStringList labels;
    const bool shortNames =
        rows.size() <= kMostLabelled &&
        std::all_of(rows.cbegin(), rows.cend(),
                    [](const UnitScoreRow &row) { return !row.shortName.trimmed().isEmpty(); });
    for (int i = 0; i < rows.size(); ++i)
        labels.append(shortNames ? rows.at(i).shortName.trimmed() : QString::number(i + 1));
    return labels;
}

// The chart is drawn in millimetres, where its labels are 3 units tall. Windows' font engine
// (GDI) measures a font in whole pixels: at 3 px every letter's advance was rounded, and in
// the PDF, where the painter's scale enlarges the text, the letters stood apart ("9 7 , 6").
// So labels are drawn with a font a hundred times larger, under a scale a hundred times
// smaller, where the rounding is invisible.
constexpr double kLabelScale = 100.0;

void drawLabel(QPainter &painter, const QRectF &rectMm, int flags, const QString &text)
{
    painter.save();
    painter.scale(1.0 / kLabelScale, 1.0 / kLabelScale);
    painter.drawText(QRectF(rectMm.topLeft() * kLabelScale, rectMm.size() * kLabelScale), flags,
                     text);
    painter.restore();
}

} // namespace

QString scoreText(double value)
{
    QString text = QString::number(value, 'f', 2);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text.replace(QLatin1Char('.'), QLatin1Char(','));
}

QString percentText(double percent)
{
    return QString::number(percent, 'f', 1).replace(QLatin1Char('.'), QLatin1Char(','));
}

QList<UnitScoreRow> rankedScores(const RoundData &data)
{
    QList<UnitScoreRow> rows;
    for (const RoundUnit &roundUnit : data.round.units) {
        const Unit unit = data.units.value(roundUnit.unitId);
        rows.append({roundUnit.id, unit.name, unit.shortName, data.score(roundUnit), 0});
    }
    for (UnitScoreRow &row : rows) {
        const double mine = percentOf(row.score);
        row.rank =
            1 + int(std::count_if(rows.cbegin(), rows.cend(), [&](const UnitScoreRow &other) {
                return percentOf(other.score) > mine + 1e-9;
            }));
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const UnitScoreRow &a, const UnitScoreRow &b) { return a.rank < b.rank; });
    return rows;
}

void paintScoreChart(QPainter &painter, const QList<UnitScoreRow> &rows, const QSizeF &sizeMm)
{
    if (rows.isEmpty())
        return;
    painter.save();
    const double widthMm = sizeMm.width(), heightMm = sizeMm.height();
    QFont font(layout::fontFamily());
    font.setPixelSize(qRound(3 * kLabelScale)); // 3 mm ≈ 8.5 pt
    painter.setFont(font);
    const double left = 12.0, bottom = heightMm - 14.0, top = 4.0;
    const double plotWidth = widthMm - left - 2.0, plotHeight = bottom - top;
    painter.setPen(QPen(Qt::black, 0.2));
    for (int percent = 0; percent <= 100; percent += 25) {
        const double y = bottom - plotHeight * percent / 100.0;
        painter.setPen(QPen(percent == 0 ? Qt::black : Qt::lightGray, 0.2));
        painter.drawLine(QPointF(left, y), QPointF(left + plotWidth, y));
        painter.setPen(Qt::black);
        drawLabel(painter, QRectF(0, y - 2, left - 1.5, 4), Qt::AlignRight | Qt::AlignVCenter,
                  QStringLiteral("%1%").arg(percent));
    }
    const double slot = plotWidth / rows.size();
    const QStringList labels = chartLabels(rows);
    for (int i = 0; i < rows.size(); ++i) {
        const double percent = std::clamp(percentOf(rows.at(i).score), 0.0, 100.0);
        const double barHeight = plotHeight * percent / 100.0;
        const QRectF bar(left + slot * i + slot * 0.2, bottom - barHeight, slot * 0.6, barHeight);
        painter.fillRect(bar, QColor(0x35, 0x5f, 0x8c));
        drawLabel(painter, QRectF(bar.left() - 3, bar.top() - 4.5, bar.width() + 6, 4),
                  Qt::AlignCenter, percentText(percent));
        drawLabel(painter, QRectF(left + slot * i, bottom + 1, slot, 12),
                  Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, labels.at(i));
    }
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

ReportSection scoreAnnexSection(const RoundData &data, const QString &reference)
{
    ReportSection section;
    section.orientation = Orientation::Landscape;
    section.blocks.append(
        ParagraphBlock{QString(), QStringLiteral("Phụ lục"), ParagraphStyle::Centered});
    section.blocks.append(ParagraphBlock{
        QString(), QStringLiteral("BẢNG ĐIỂM KẾT QUẢ KIỂM TRA ") + roundSubject(data.round).toUpper(),
        ParagraphStyle::Centered});
    if (!reference.isEmpty())
        section.blocks.append(ParagraphBlock{QString(), reference, ParagraphStyle::Reference});

    const QList<UnitScoreRow> rows = rankedScores(data);
    const bool withSelf = anySelfScores(rows);
    TableBlock table;
    table.header = annexHeader(data, withSelf);
    table.fontPt = layout::kAnnexTablePt;
    const int groups = int(data.checklist.groups.size());
    const double groupPercent = groups > 0 ? (withSelf ? 44.0 : 50.0) / groups : 0.0;
    table.columnPercents = {4.0, 22.0};
    for (int i = 0; i < groups; ++i)
        table.columnPercents.append(groupPercent);
    if (withSelf)
        table.columnPercents << 6.0;
    table.columnPercents << 6.0 << 5.5 << 6.5 << 6.0;
    for (int column = 0; column < table.header.size(); ++column) {
        if (column != 1)
            table.centredColumns.append(column);
    }
    for (int i = 0; i < rows.size(); ++i)
        table.rows.append(annexRow(i, rows.at(i), withSelf));
    section.blocks.append(table);
    section.blocks.append(
        ParagraphBlock{QString(), annexLegend(data, withSelf), ParagraphStyle::Note});
    // 55 mm where the page has room; down to 35 mm (bars still 17 mm tall) to stay on the
    // table's page. DOCX keeps 55 mm: Word lays the page out, not us.
    constexpr double kChartWidthMm = 240.0, kChartHeightMm = 55.0, kChartMinHeightMm = 35.0;
    constexpr double kChartDotsPerMm = 2 * 150 / 25.4; // 150 dpi, rendered at 2× for print
    section.blocks.append(
        ImageBlock{scoreChart(rows, kChartWidthMm, kChartHeightMm, kChartDotsPerMm), kChartWidthMm,
                   [rows](double heightMm) {
                       return scoreChart(rows, kChartWidthMm, heightMm, kChartDotsPerMm);
                   },
                   kChartMinHeightMm,
                   [rows](QPainter &painter, const QSizeF &sizeMm) {
                       paintScoreChart(painter, rows, sizeMm);
                   }});
    return section;
}

ReportDocument buildScoreAnnex(const RoundData &data)
{
    ReportDocument document;
    document.title = QStringLiteral("Bảng điểm – ") + data.round.title;
    document.sections.append(scoreAnnexSection(data, QString()));
    return document;
}

} // namespace cchc::report
