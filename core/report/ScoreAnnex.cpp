#include "core/report/ScoreAnnex.h"

#include "core/report/OfficialLayout.h"
#include "core/report/ProseText.h"
#include "core/report/ScoreChart.h"

#include <QImage>

#include <algorithm>
#include <cmath>

namespace cchc::report {

namespace {

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

} // namespace

// Rounded as printed, so two units that read "74,4" share a rank.
double roundedPercent(const UnitScore &score)
{
    return std::round(score.total.percent().value_or(0.0) * 10.0) / 10.0;
}

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
        const double mine = roundedPercent(row.score);
        row.rank =
            1 + int(std::count_if(rows.cbegin(), rows.cend(), [&](const UnitScoreRow &other) {
                return roundedPercent(other.score) > mine + 1e-9;
            }));
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const UnitScoreRow &a, const UnitScoreRow &b) { return a.rank < b.rank; });
    return rows;
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
    // table's page. DOCX takes the 35 mm one: Word lays the page out, not us.
    constexpr double kChartWidthMm = 240.0, kChartHeightMm = 55.0, kChartMinHeightMm = 35.0;
    constexpr double kChartDotsPerMm = 2 * 150 / 25.4; // 150 dpi, rendered at 2× for print
    // No pixels drawn here: the PDF and its preview paint the chart as vector graphics, and
    // the DOCX and a notice's snapshot ask `redraw` for them. Drawing them for every notice
    // built was two fifths of building an 8-unit one.
    section.blocks.append(ImageBlock{
        QImage(), kChartWidthMm,
        [rows](double heightMm) {
            return scoreChart(rows, kChartWidthMm, heightMm, kChartDotsPerMm);
        },
        kChartMinHeightMm,
        [rows](QPainter &painter, const QSizeF &sizeMm) { paintScoreChart(painter, rows, sizeMm); },
        kChartHeightMm});
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
