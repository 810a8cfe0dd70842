#include "core/report/PdfOutput.h"

#include "core/common/SaveFile.h"
#include "core/report/OfficialLayout.h"
#include "core/report/TextDocumentRenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

#include <map>

namespace cchc::report {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cchc::report::PdfOutput)
};

// The whole sheet is the paint area: the official margins are applied by us, so they are
// exact on every device and the page number can be drawn inside the top margin.
QPageLayout pageLayoutFor(Orientation orientation)
{
    return QPageLayout(QPageSize(QPageSize::A4),
                       orientation == Orientation::Portrait ? QPageLayout::Portrait
                                                            : QPageLayout::Landscape,
                       QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

void drawPageNumber(QPainter &painter, int number, double textWidth, const LayoutScale &scale)
{
    QFont font(layout::fontFamily());
    font.setPointSizeF(layout::kPageNumberPt);
    painter.setFont(font);
    painter.setPen(Qt::black);
    const QRectF margin(scale.fromMm(layout::kMarginLeftMm), 0, textWidth,
                        scale.fromMm(layout::kMarginTopMm));
    painter.drawText(margin, Qt::AlignCenter, QString::number(number));
}

// An issued notice's footer (the short digest of its snapshot), small and centred in the
// bottom margin of every page: a printed page can be matched to the file.
void drawFooter(QPainter &painter, const QString &footer, double textWidth, double sheetHeight,
                const LayoutScale &scale)
{
    if (footer.isEmpty())
        return;
    QFont font(layout::fontFamily());
    font.setPointSizeF(layout::kFooterPt);
    painter.setFont(font);
    painter.setPen(Qt::black);
    const double margin = scale.fromMm(layout::kMarginBottomMm);
    const QRectF area(scale.fromMm(layout::kMarginLeftMm), sheetHeight - margin, textWidth, margin);
    painter.drawText(area, Qt::AlignCenter, footer);
}

// Pages are painted line by line, not with QAbstractTextDocumentLayout::draw: in Qt 6.4
// QTextLayout::draw also draws the line just above its clip rectangle, so a paragraph that
// straddles a page boundary would leave its last line of one page in the PDF of the next
// (invisible in the top margin, but extracted, searched and copied twice). Each line is
// drawn once, on the page its top lies on; rules and table grids are drawn here too.
// What goes on which page is worked out once per section (a 200-unit annex has thousands
// of cells; asking the layout for every block on every page was quadratic).
struct PlacedLine
{
    QTextLine line;
    QPointF origin;
};

struct Segment
{
    QPointF from;
    QPointF to;
};

// A row of one of our tables (TableLayout.h), where its block was laid out.
struct PlacedRow
{
    const LaidOutTable *table;
    int row;
    double top;
};

// Qt repeats a QTextTable's header row on every page the table continues on, but only when
// it draws the document itself; painting line by line, we draw the copies.
struct RepeatedHeader
{
    QList<PlacedLine> lines;
    QList<Segment> grid;
    double tableTop = 0.0;
    int firstPage = 0;
    int lastPage = 0;
};

class SectionPainter
{
public:
    explicit SectionPainter(const RenderedSection &section)
        : m_document(*section.document), m_pageHeight(m_document.pageSize().height()),
          m_deviceDpi(m_document.documentLayout()->paintDevice()->logicalDpiY())
    {
        const int pages = m_document.pageCount();
        m_lines.resize(pages);
        m_rules.resize(pages);
        m_grid.resize(pages);
        m_rows.resize(pages);
        indexBlocks();
        indexTables(*m_document.rootFrame());
        for (const LaidOutTable &table : section.tables)
            indexRows(table);
    }

    int pageCount() const { return int(m_lines.size()); }

    // The keyed paragraphs of the section by page, in layout units from the page's top.
    QList<ParagraphPlace> places(int firstPage, double marginTop, double sheetHeight) const
    {
        QList<ParagraphPlace> result;
        QAbstractTextDocumentLayout *layout = m_document.documentLayout();
        for (QTextBlock block = m_document.begin(); block.isValid(); block = block.next()) {
            const QString key = block.blockFormat().property(kParagraphKeyProperty).toString();
            const QTextLayout *textLayout = block.layout();
            if (key.isEmpty() || !textLayout || textLayout->lineCount() == 0)
                continue;
            const QRectF rect = layout->blockBoundingRect(block);
            for (int i = 0; i < textLayout->lineCount(); ++i) {
                const QTextLine line = textLayout->lineAt(i);
                const double top = rect.top() + line.y();
                const int page = pageOf(top);
                const double y = marginTop + top - page * m_pageHeight;
                if (result.isEmpty() || result.constLast().key != key
                    || result.constLast().page != firstPage + page)
                    result.append({key, firstPage + page, y / sheetHeight, y / sheetHeight});
                result.last().bottom = (y + line.height()) / sheetHeight;
            }
        }
        return result;
    }

    void paint(QPainter &painter, int page, const LayoutScale &scale) const
    {
        const QSizeF area = m_document.pageSize();
        const QRectF pageRect(0, page * area.height(), area.width(), area.height());
        painter.save();
        painter.translate(scale.fromMm(layout::kMarginLeftMm),
                          scale.fromMm(layout::kMarginTopMm) - pageRect.top());
        painter.setPen(QPen(Qt::black, scale.fromPoints(layout::kTableBorderPt)));
        for (const Segment &segment : m_grid.at(page))
            painter.drawLine(segment.from, segment.to);
        for (const Segment &rule : m_rules.at(page))
            painter.drawLine(rule.from, rule.to);
        painter.setPen(Qt::black);
        for (const PlacedLine &placed : m_lines.at(page))
            placed.line.draw(&painter, placed.origin);
        for (const PlacedRow &placed : m_rows.at(page))
            paintRow(painter, *placed.table, placed.row, QPointF(0, placed.top));
        for (const RepeatedHeader &header : m_headers) {
            if (page <= header.firstPage || page > header.lastPage)
                continue;
            // The copy sits where the table's top would be if it started on this page.
            const QPointF shift(0, pageRect.top() - header.tableTop);
            for (const Segment &segment : header.grid)
                painter.drawLine(segment.from + shift, segment.to + shift);
            for (const PlacedLine &placed : header.lines)
                placed.line.draw(&painter, placed.origin + shift);
        }
        painter.restore();
    }

private:
    int pageOf(double y) const
    {
        return std::clamp(int((y + 0.5) / m_pageHeight), 0, pageCount() - 1);
    }

    // Asks the layout for each block's place once: for a block inside a table cell that
    // question costs several cell lookups, and the table grid below needs it again per cell.
    void indexBlocks()
    {
        QAbstractTextDocumentLayout *layout = m_document.documentLayout();
        m_blockRects.resize(m_document.blockCount());
        for (QTextBlock block = m_document.begin(); block.isValid(); block = block.next()) {
            const QTextLayout *textLayout = block.layout();
            if (!textLayout || block.blockFormat().hasProperty(kTableRowProperty))
                continue;
            const QRectF rect = layout->blockBoundingRect(block);
            m_blockRects[block.blockNumber()] = rect;
            for (int i = 0; i < textLayout->lineCount(); ++i) {
                const QTextLine line = textLayout->lineAt(i);
                m_lines[pageOf(rect.top() + line.y())].append({line, rect.topLeft()});
            }
            const QTextBlockFormat format = block.blockFormat();
            if (format.hasProperty(kRulePercentProperty)) {
                const double width =
                    rect.width() * format.doubleProperty(kRulePercentProperty) / 100.0;
                const QPointF centre = rect.center();
                m_rules[pageOf(centre.y())].append({QPointF(centre.x() - width / 2, centre.y()),
                                                    QPointF(centre.x() + width / 2, centre.y())});
            }
        }
    }

    QRectF blockRect(const QTextBlock &block) const { return m_blockRects.value(block.blockNumber()); }

    QRectF cellRect(const QTextTableCell &cell, double padding) const
    {
        return blockRect(cell.firstCursorPosition().block()).adjusted(-padding, -padding, 0, 0);
    }

    // Calls `visit` for every laid-out line of `cell`, with the origin to draw it at.
    template <typename Visit> void forEachLine(const QTextTableCell &cell, Visit visit) const
    {
        const QTextBlock last = cell.lastCursorPosition().block();
        for (QTextBlock block = cell.firstCursorPosition().block(); block.isValid();
             block = block.next()) {
            const QPointF origin = blockRect(block).topLeft();
            for (int i = 0; i < block.layout()->lineCount(); ++i)
                visit(block.layout()->lineAt(i), origin);
            if (block == last)
                break;
        }
    }

    void horizontal(int page, double left, double right, double y)
    {
        m_grid[page].append({QPointF(left, y), QPointF(right, y)});
    }

    // The grid of a bordered table, page by page: row lines, column lines from the table's
    // top on that page (its repeated header) down to its last line there, and a closing line
    // where the table breaks.
    void indexTable(const QTextTable &table)
    {
        const QTextTableFormat format = table.format();
        if (format.border() <= 0)
            return;
        const QRectF bounds =
            m_document.documentLayout()->frameBoundingRect(const_cast<QTextTable *>(&table));
        // Cell padding is a format length: in Qt's default-DPI pixels, not the device's.
        const double padding = format.cellPadding() * m_deviceDpi / formatScale().dpi;
        QList<double> columns;
        for (int column = 0; column < table.columns(); ++column)
            columns.append(cellRect(table.cellAt(0, column), padding).left());
        columns.append(bounds.right());
        QList<double> rows;
        QHash<int, double> partBottom; // page -> bottom of the table's lowest line there
        for (int row = 0; row < table.rows(); ++row) {
            double top = bounds.bottom();
            for (int column = 0; column < table.columns(); ++column) {
                const QTextTableCell cell = table.cellAt(row, column);
                top = std::min(top, cellRect(cell, padding).top());
                forEachLine(cell, [&](const QTextLine &line, const QPointF &origin) {
                    const double y = origin.y() + line.y();
                    double &bottom = partBottom[pageOf(y)];
                    bottom = std::max(bottom, y + line.height() + padding);
                });
            }
            rows.append(top);
        }
        rows.append(bounds.bottom());
        const int firstPage = pageOf(bounds.top());
        const int lastPage = pageOf(bounds.bottom() - 1);
        if (format.headerRowCount() > 0 && table.rows() > 1 && lastPage > firstPage)
            indexHeader(table, bounds, columns, rows.at(0), rows.at(1), firstPage, lastPage);
        for (int i = 0; i < rows.size(); ++i)
            horizontal(pageOf(i + 1 == rows.size() ? rows.at(i) - 1 : rows.at(i)),
                       columns.constFirst(), columns.constLast(), rows.at(i));
        for (int page = firstPage; page <= lastPage; ++page) {
            const double top = page == firstPage
                                   ? rows.constFirst()
                                   : page * m_pageHeight + rows.constFirst() - bounds.top();
            const double bottom = page == lastPage ? rows.constLast() : partBottom.value(page, top);
            if (page < lastPage)
                horizontal(page, columns.constFirst(), columns.constLast(), bottom);
            for (double x : columns)
                m_grid[page].append({QPointF(x, top), QPointF(x, bottom)});
        }
    }

    // Our own tables' rows by page, and their grid: a line above each row (and under a
    // repeated header), the columns' lines from the table's top on a page to its last row
    // there, and a line under that row.
    void indexRows(const LaidOutTable &table)
    {
        // Page -> the top and the bottom of the table on that page.
        std::map<int, std::pair<double, double>> extent;
        for (int row = 0; row < table.rowBlocks.size(); ++row) {
            const double bottom = slotBottom(table.rowBlocks.at(row));
            const double top = bottom - table.slotHeight(row);
            // A row lies whole on one page: the page of its middle (pageOf adds half a pixel).
            const int page = pageOf((top + bottom) / 2 - 0.5);
            m_rows[page].append({&table, row, top});
            horizontal(page, table.columnEdges.constFirst(), table.columnEdges.constLast(), top);
            if (table.headerAbove.value(row))
                horizontal(page, table.columnEdges.constFirst(), table.columnEdges.constLast(),
                           top + table.headerHeight());
            auto [place, added] = extent.try_emplace(page, top, bottom);
            if (!added)
                place->second.second = bottom;
        }
        for (const auto &[page, place] : extent) {
            const auto [top, bottom] = place;
            horizontal(page, table.columnEdges.constFirst(), table.columnEdges.constLast(), bottom);
            for (double x : table.columnEdges)
                m_grid[page].append({QPointF(x, top), QPointF(x, bottom)});
        }
    }

    void indexHeader(const QTextTable &table, const QRectF &bounds, const QList<double> &columns,
                     double top, double bottom, int firstPage, int lastPage)
    {
        RepeatedHeader header;
        header.tableTop = bounds.top();
        header.firstPage = firstPage;
        header.lastPage = lastPage;
        for (int column = 0; column < table.columns(); ++column) {
            forEachLine(table.cellAt(0, column), [&](const QTextLine &line, const QPointF &origin) {
                header.lines.append({line, origin});
            });
        }
        for (double y : {top, bottom})
            header.grid.append({QPointF(columns.constFirst(), y), QPointF(columns.constLast(), y)});
        m_headers.append(header);
    }

    void indexTables(const QTextFrame &frame)
    {
        for (QTextFrame *child : frame.childFrames()) {
            if (auto *table = qobject_cast<QTextTable *>(child))
                indexTable(*table);
            indexTables(*child);
        }
    }

    QTextDocument &m_document;
    double m_pageHeight;
    double m_deviceDpi;
    QList<QRectF> m_blockRects;       // by block number
    QList<QList<PlacedLine>> m_lines; // by page
    QList<QList<Segment>> m_rules;    // by page
    QList<QList<Segment>> m_grid;     // table grids, by page
    QList<QList<PlacedRow>> m_rows;   // our tables' rows, by page
    QList<RepeatedHeader> m_headers;
};

} // namespace

int paintReport(const ReportDocument &document, QPagedPaintDevice &device,
                QList<ParagraphPlace> *places)
{
    if (places)
        places->clear();
    if (document.sections.isEmpty())
        return 0;
    device.setPageLayout(pageLayoutFor(document.sections.constFirst().orientation));
    QPainter painter(&device);
    const LayoutScale scale{double(device.logicalDpiY())};
    int pages = 0;
    for (const ReportSection &section : document.sections) {
        if (pages > 0) {
            device.setPageLayout(pageLayoutFor(section.orientation));
            device.newPage();
        }
        const RenderedSection rendered = renderSection(section, &device);
        const QTextDocument *text = rendered.document.get();
        const SectionPainter sectionPainter(rendered);
        const double sheet =
            scale.fromPoints(pageLayoutFor(section.orientation).fullRect(QPageLayout::Point).height());
        if (places)
            places->append(sectionPainter.places(pages, scale.fromMm(layout::kMarginTopMm), sheet));
        for (int page = 0; page < sectionPainter.pageCount(); ++page) {
            if (page > 0)
                device.newPage();
            sectionPainter.paint(painter, page, scale);
            if (page > 0)
                drawPageNumber(painter, page + 1, text->pageSize().width(), scale);
            drawFooter(painter, document.footer, text->pageSize().width(), sheet, scale);
            ++pages;
        }
    }
    return pages;
}

Status writePdf(const ReportDocument &document, const QString &path)
{
    return saveFileAtomically(path, [&](QIODevice &out) -> Status {
        QPdfWriter writer(&out);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setTitle(document.title);
        // Qt 6.4 writes only Title, Creator and Producer (and the XMP copy of them): an
        // issued notice's snapshot digest goes after the program's name in Creator.
        const QString creator = QStringLiteral("CCHC Inspector %1").arg(QStringLiteral(CCHC_VERSION));
        writer.setCreator(document.metadataNote.isEmpty()
                              ? creator
                              : QStringLiteral("%1; %2").arg(creator, document.metadataNote));
        writer.setResolution(layout::kDeviceDpi);
        if (paintReport(document, writer) == 0)
            return Error{Tr::tr("The report is empty: nothing was written to “%1”.").arg(path)};
        return {};
    });
}

} // namespace cchc::report
