#include "core/report/TableLayout.h"

#include "core/report/OfficialLayout.h"

#include <QGlyphRun>
#include <QPainter>
#include <QRawFont>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace cchc::report {

namespace {

QFont cellFont(const layout::TextStyle &style)
{
    QFont font(layout::fontFamily());
    font.setPointSizeF(style.pt);
    font.setWeight(style.bold ? QFont::Bold : QFont::Normal);
    font.setItalic(style.italic);
    return font;
}

// The room a line takes as QTextDocumentLayout stacks a paragraph's lines at single
// spacing: its height rounded up to a whole pixel.
double lineAdvance(const QTextLine &line)
{
    return std::ceil(line.ascent() + line.descent() + line.leading());
}

void stackLines(QTextLayout &text, double width)
{
    double y = 0.0;
    text.beginLayout();
    for (QTextLine line = text.createLine(); line.isValid(); line = text.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0.0, y));
        y += lineAdvance(line);
    }
    text.endLayout();
}

double textHeight(const QTextLayout &text)
{
    if (text.lineCount() == 0)
        return 0.0;
    const QTextLine last = text.lineAt(text.lineCount() - 1);
    return last.y() + lineAdvance(last);
}

} // namespace

size_t qHash(const CellTextCache::Key &key, size_t seed)
{
    return qHashMulti(seed, key.text, key.pt, key.face, key.align, key.width);
}

QFont CellTextCache::fontOf(const layout::TextStyle &style)
{
    const Key face{QString(), style.pt, int(style.bold) | int(style.italic) << 1, 0, 0.0};
    for (const auto &[key, font] : m_fonts) {
        if (key == face)
            return font;
    }
    m_fonts.append({face, cellFont(style)});
    return m_fonts.constLast().second;
}

std::shared_ptr<const CellLayout>
CellTextCache::layOut(const QString &text, const layout::TextStyle &style, double width)
{
    const Key key{text, style.pt, int(style.bold) | int(style.italic) << 1, int(style.align),
                  width};
    if (auto found = m_laidOut.constFind(key); found != m_laidOut.constEnd())
        return *found;
    // Typed text as is; a line break typed in a cell stays a line break.
    QString literal = text;
    literal.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    literal.replace(QLatin1Char('\n'), QChar::LineSeparator);
    auto laidOut = std::make_shared<CellLayout>(literal, fontOf(style), m_device);
    QTextOption option(style.align);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // as QTextDocument
    option.setUseDesignMetrics(true);
    laidOut->text.setTextOption(option);
    laidOut->text.setCacheEnabled(true); // shaped once, for the lines and their glyphs
    stackLines(laidOut->text, width);
    laidOut->glyphs = laidOut->text.glyphRuns();
    for (const QGlyphRun &run : std::as_const(laidOut->glyphs)) {
        const QRawFont font = run.rawFont();
        qsizetype number = m_runFonts.indexOf(font);
        if (number < 0) {
            number = m_runFonts.size();
            m_runFonts.append(font);
        }
        laidOut->fonts.append(int(number));
    }
    m_laidOut.insert(key, laidOut);
    return laidOut;
}

LaidOutTable layOutTable(const TableBlock &block, double width, double padding,
                         CellTextCache &cache)
{
    LaidOutTable table;
    const int columns = int(std::max(block.header.size(), block.columnPercents.size()));
    double total = std::accumulate(block.columnPercents.cbegin(), block.columnPercents.cend(), 0.0);
    if (total <= 0.0)
        total = 100.0;
    double percent = 0.0;
    for (int column = 0; column < columns; ++column) {
        table.columnEdges.append(width * percent / total);
        percent += block.columnPercents.value(column, total / columns);
    }
    table.columnEdges.append(width);

    const auto addRow = [&](const QStringList &cells, bool header) {
        TableRow row;
        double tallest = 0.0;
        for (int column = 0; column < columns; ++column) {
            const double left = table.columnEdges.at(column);
            const double cellWidth =
                std::max(1.0, table.columnEdges.at(column + 1) - left - 2 * padding);
            const auto style =
                layout::tableCellStyle(block.fontPt, header, block.centredColumns.contains(column));
            auto text = cache.layOut(cells.value(column), style, cellWidth);
            tallest = std::max(tallest, textHeight(text->text));
            row.cells.append({std::move(text), QPointF(left + padding, padding)});
        }
        row.height = tallest + 2 * padding;
        table.rows.append(row);
    };
    table.hasHeader = !block.header.isEmpty();
    if (table.hasHeader)
        addRow(block.header, true);
    for (const QStringList &cells : block.rows)
        addRow(cells, false);
    table.headerAbove = QList<bool>(table.rows.size(), false);
    return table;
}

double slotBottom(const QTextBlock &slot)
{
    const QTextLayout *lines = slot.layout();
    if (!lines || lines->lineCount() == 0)
        return 0.0;
    const QTextLine line = lines->lineAt(0);
    return lines->position().y() + line.y() + line.height();
}

namespace {

// One glyph run per font for a whole row. Qt's PDF writer opens a text object for each run
// it draws (about 100 bytes before the glyphs, deflated with the page), which was one per
// cell: 15 000 for the 1 000-unit annex.
QList<QGlyphRun> rowGlyphRuns(const TableRow &row)
{
    // Gathered per font first, set on each run once: a row has two or three fonts at most.
    struct Gathered
    {
        int font;
        QGlyphRun run;
        QList<quint32> indexes;
        QList<QPointF> positions;
    };
    qsizetype glyphs = 0;
    for (const CellText &cell : row.cells) {
        for (const QGlyphRun &run : cell.layout->glyphs)
            glyphs += run.glyphIndexes().size();
    }
    QList<Gathered> fonts;
    for (const CellText &cell : row.cells) {
        for (qsizetype i = 0; i < cell.layout->glyphs.size(); ++i) {
            const QGlyphRun &run = cell.layout->glyphs.at(i);
            const int font = cell.layout->fonts.at(i);
            auto same = std::find_if(fonts.begin(), fonts.end(), [&](const Gathered &gathered) {
                return gathered.font == font && gathered.run.flags() == run.flags();
            });
            if (same == fonts.end()) {
                fonts.append({font, run, {}, {}});
                same = std::prev(fonts.end());
                same->indexes.reserve(glyphs);
                same->positions.reserve(glyphs);
            }
            same->indexes.append(run.glyphIndexes());
            for (const QPointF &position : run.positions())
                same->positions.append(position + cell.offset);
        }
    }
    QList<QGlyphRun> runs;
    for (Gathered &font : fonts) {
        font.run.setGlyphIndexes(font.indexes);
        font.run.setPositions(font.positions);
        runs.append(font.run);
    }
    return runs;
}

void paintCells(QPainter &painter, const TableRow &row, const QPointF &origin)
{
    for (const QGlyphRun &run : rowGlyphRuns(row))
        painter.drawGlyphRun(origin, run);
}

} // namespace

void paintRow(QPainter &painter, const LaidOutTable &table, int row, const QPointF &topLeft)
{
    QPointF origin = topLeft;
    if (table.headerAbove.value(row)) {
        paintCells(painter, table.rows.constFirst(), origin);
        origin.ry() += table.headerHeight();
    }
    paintCells(painter, table.rows.at(row), origin);
}

} // namespace cchc::report
