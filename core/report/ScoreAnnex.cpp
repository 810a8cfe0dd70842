#include "ScoreAnnex.h"

#include "OfficialLayout.h"

#include <QFont>
#include <QPainter>

#include <algorithm>

namespace cchc::report {

namespace {

double percentOf(const UnitScore &score)
{
    return score.total.percent().value_or(0.0);
}

QStringList annexHeader(const RoundData &data)
{
    QStringList header = {QStringLiteral("STT"), QStringLiteral("Đơn vị")};
    for (const CriteriaGroup &group : data.checklist.groups) {
        double maximum = 0.0;
        for (const Criterion &criterion : group.criteria)
            maximum += criterion.maxScore;
        header.append(QStringLiteral("%1 (%2)").arg(group.code, scoreText(maximum)));
    }
    header << QStringLiteral("Tự đánh giá") << QStringLiteral("Thẩm định")
           << QStringLiteral("Tỷ lệ (%)") << QStringLiteral("Xếp loại")
           << QStringLiteral("Xếp hạng");
    return header;
}

QStringList annexRow(int index, const UnitScoreRow &row)
{
    QStringList cells = {QString::number(index + 1), row.unitName};
    for (const GroupScore &group : row.score.groups)
        cells.append(scoreText(group.summary.selfScore) + QStringLiteral(" / ") +
                     scoreText(group.summary.appraisedScore));
    const auto percent = row.score.total.percent();
    cells << scoreText(row.score.total.selfScore) << scoreText(row.score.total.appraisedScore)
          << (percent
                  ? QString::number(*percent, 'f', 1).replace(QLatin1Char('.'), QLatin1Char(','))
                  : QStringLiteral("–"))
          << (row.score.grade ? row.score.grade->name : QStringLiteral("–"))
          << QString::number(row.rank);
    return cells;
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

QList<UnitScoreRow> rankedScores(const RoundData &data)
{
    QList<UnitScoreRow> rows;
    for (const RoundUnit &roundUnit : data.round.units)
        rows.append({data.unitName(roundUnit), data.score(roundUnit), 0});
    for (UnitScoreRow &row : rows) {
        const double mine = percentOf(row.score);
        row.rank =
            1 + int(std::count_if(rows.cbegin(), rows.cend(), [&](const UnitScoreRow &other) {
                return percentOf(other.score) > mine + 1e-9;
            }));
    }
    return rows;
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
    QFont font(layout::fontFamily());
    font.setPixelSize(3); // 3 mm ≈ 8.5 pt
    painter.setFont(font);
    const double left = 12.0, bottom = heightMm - 14.0, top = 4.0;
    const double plotWidth = widthMm - left - 2.0, plotHeight = bottom - top;
    painter.setPen(QPen(Qt::black, 0.2));
    for (int percent = 0; percent <= 100; percent += 25) {
        const double y = bottom - plotHeight * percent / 100.0;
        painter.setPen(QPen(percent == 0 ? Qt::black : Qt::lightGray, 0.2));
        painter.drawLine(QPointF(left, y), QPointF(left + plotWidth, y));
        painter.setPen(Qt::black);
        painter.drawText(QRectF(0, y - 2, left - 1.5, 4), Qt::AlignRight | Qt::AlignVCenter,
                         QStringLiteral("%1%").arg(percent));
    }
    const double slot = plotWidth / rows.size();
    for (int i = 0; i < rows.size(); ++i) {
        const double percent = std::clamp(percentOf(rows.at(i).score), 0.0, 100.0);
        const double barHeight = plotHeight * percent / 100.0;
        const QRectF bar(left + slot * i + slot * 0.2, bottom - barHeight, slot * 0.6, barHeight);
        painter.fillRect(bar, QColor(0x35, 0x5f, 0x8c));
        painter.drawText(
            QRectF(bar.left() - 3, bar.top() - 4.5, bar.width() + 6, 4), Qt::AlignCenter,
            QString::number(percent, 'f', 1).replace(QLatin1Char('.'), QLatin1Char(',')));
        painter.drawText(QRectF(left + slot * i, bottom + 1, slot, 12),
                         Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                         QString::number(i + 1));
    }
    return image;
}

ReportSection scoreAnnexSection(const RoundData &data, const QString &reference)
{
    ReportSection section;
    section.orientation = Orientation::Landscape;
    section.blocks.append(
        ParagraphBlock{QString(), QStringLiteral("Phụ lục"), ParagraphStyle::Centered});
    section.blocks.append(ParagraphBlock{QString(),
                                         QStringLiteral("BẢNG ĐIỂM KẾT QUẢ KIỂM TRA CÔNG TÁC CẢI "
                                                        "CÁCH HÀNH CHÍNH - HOẠT ĐỘNG CÔNG VỤ"),
                                         ParagraphStyle::Centered});
    if (!reference.isEmpty())
        section.blocks.append(ParagraphBlock{QString(), reference, ParagraphStyle::Reference});

    const QList<UnitScoreRow> rows = rankedScores(data);
    TableBlock table;
    table.header = annexHeader(data);
    table.fontPt = layout::kAnnexTablePt;
    const int groups = int(data.checklist.groups.size());
    const double groupPercent = groups > 0 ? 46.0 / groups : 0.0;
    table.columnPercents = {4.0, 22.0};
    for (int i = 0; i < groups; ++i)
        table.columnPercents.append(groupPercent);
    table.columnPercents << 6.0 << 6.0 << 5.5 << 6.5 << 4.0;
    for (int column = 0; column < table.header.size(); ++column) {
        if (column != 1)
            table.centredColumns.append(column);
    }
    for (int i = 0; i < rows.size(); ++i)
        table.rows.append(annexRow(i, rows.at(i)));
    section.blocks.append(table);
    section.blocks.append(
        ParagraphBlock{QString(),
                       QStringLiteral("Ghi chú: mỗi lĩnh vực ghi điểm tự đánh giá / "
                                      "điểm thẩm định; trong ngoặc là điểm tối đa "
                                      "của lĩnh vực. Biểu đồ: tỷ lệ điểm thẩm định "
                                      "của từng đơn vị theo số thứ tự trong bảng."),
                       ParagraphStyle::Note});
    constexpr double kChartWidthMm = 240.0, kChartHeightMm = 55.0;
    constexpr double kChartDotsPerMm = 2 * 150 / 25.4; // 150 dpi, rendered at 2× for print
    section.blocks.append(ImageBlock{
        scoreChart(rows, kChartWidthMm, kChartHeightMm, kChartDotsPerMm), kChartWidthMm});
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
