#pragma once

#include "core/report/OfficialLayout.h"
#include "core/report/ReportDocument.h"

#include <QFont>
#include <QGlyphRun>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QRawFont>
#include <QTextBlock>
#include <QTextLayout>

#include <memory>

class QPaintDevice;
class QPainter;

namespace cchc::report {

// A bordered table laid out by us, row by row, instead of as a QTextTable. Qt lays every
// cell of a QTextTable out at unlimited width first and looks each cell up by position
// several times per pass: the 200-row score annex spent more time there than on all the
// rest of the notice. Here each cell is one QTextLayout at its column's width (identical
// cells share one), and each row stands in the section's QTextDocument as one empty block
// as tall as the row, so Qt's own pagination puts whole rows on pages and the headings,
// signatures and chart around the table are placed as before.

// A cell's text laid out at its column's width, and the glyphs it draws, asked of the layout
// once: QTextLayout::glyphRuns() costs more than drawing them.
struct CellLayout
{
    CellLayout(const QString &text, const QFont &font, QPaintDevice *device)
        : text(text, font, device)
    {
    }
    QTextLayout text;
    QList<QGlyphRun> glyphs; // in the layout's coordinates
    // Each run's font as a number, the same for the same font in every cell of the cache:
    // QGlyphRun::rawFont() makes a new QRawFont each time it is asked.
    QList<int> fonts;
};

// One cell of a row, and where it sits in the row.
struct CellText
{
    std::shared_ptr<const CellLayout> layout;
    QPointF offset; // from the row's top left corner (the table's left edge)
};

struct TableRow
{
    QList<CellText> cells;
    double height = 0.0; // device pixels, padding included
};

// Same text in the same style and width: laid out once per section. Most cells of the
// annex are a handful of distinct scores.
class CellTextCache
{
public:
    explicit CellTextCache(QPaintDevice *device) : m_device(device) {}
    std::shared_ptr<const CellLayout> layOut(const QString &text, const layout::TextStyle &style,
                                             double width);

    struct Key
    {
        QString text;
        double pt;
        int face; // bold, italic
        int align;
        double width;
        bool operator==(const Key &) const = default;
    };

private:
    QFont fontOf(const layout::TextStyle &style); // a shared copy of the face's one

    QPaintDevice *m_device;
    QHash<Key, std::shared_ptr<const CellLayout>> m_laidOut;
    // One QFont per face and size: a QFont made anew finds its font engine again.
    QList<std::pair<Key, QFont>> m_fonts;
    QList<QRawFont> m_runFonts; // CellLayout::fonts index this
};

size_t qHash(const CellTextCache::Key &key, size_t seed = 0);

struct LaidOutTable
{
    QList<double> columnEdges; // x of each column's left edge, then the table's right edge
    bool hasHeader = false;    // rows.first() is the header, repeated on every page
    QList<TableRow> rows;
    // The block standing for each row in the document, in the same order as `rows`; a row
    // that opens a page after the first carries the header's height above its own.
    QList<QTextBlock> rowBlocks;
    QList<bool> headerAbove;

    double headerHeight() const { return hasHeader ? rows.constFirst().height : 0.0; }
    // The height a row's block must have: its own, plus a copy of the header above it.
    double slotHeight(int row) const
    {
        return rows.at(row).height + (headerAbove.value(row) ? headerHeight() : 0.0);
    }
};

// Lays `block` out `width` device pixels wide, with `padding` device pixels between each
// cell's text and its grid lines.
LaidOutTable layOutTable(const TableBlock &block, double width, double padding,
                         CellTextCache &cache);

// The place of a row's block as laid out: its block is one line, pushed to the bottom of the
// height it was given (QTextBlockFormat::MinimumHeight), so the row's bottom is that line's.
double slotBottom(const QTextBlock &slot);

// Paints a row (and the header above it, when it carries one) with its top left at `topLeft`.
void paintRow(QPainter &painter, const LaidOutTable &table, int row, const QPointF &topLeft);

} // namespace cchc::report
