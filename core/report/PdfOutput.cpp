#include "PdfOutput.h"

#include "common/SaveFile.h"
#include "OfficialLayout.h"
#include "TextDocumentRenderer.h"

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

// Qt repeats a table's header row on every page the table continues on, but only when it
// draws the document itself; painting line by line, we draw the copies.
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
    explicit SectionPainter(QTextDocument &document)
        : m_document(document), m_pageHeight(document.pageSize().height())
    {
        m_lines.resize(document.pageCount());
        m_rules.resize(document.pageCount());
        indexBlocks();
        indexTables(*document.rootFrame());
    }

    int pageCount() const { return int(m_lines.size()); }

    void paint(QPainter &painter, int page, const LayoutScale &scale) const
    {
        const QSizeF area = m_document.pageSize();
        const QRectF pageRect(0, page * area.height(), area.width(), area.height());
        painter.save();
        painter.translate(scale.fromMm(layout::kMarginLeftMm),
                          scale.fromMm(layout::kMarginTopMm) - pageRect.top());
        painter.setPen(QPen(Qt::black, scale.fromPoints(0.5)));
        painter.save();
        const double bleed = scale.fromPoints(1);
        painter.setClipRect(pageRect.adjusted(-bleed, -bleed, bleed, bleed));
        for (const Segment &segment : m_grid) {
            if (std::max(segment.from.y(), segment.to.y()) >= pageRect.top() - bleed &&
                std::min(segment.from.y(), segment.to.y()) <= pageRect.bottom() + bleed)
                painter.drawLine(segment.from, segment.to);
        }
        painter.restore();
        for (const Segment &rule : m_rules.at(page))
            painter.drawLine(rule.from, rule.to);
        painter.setPen(Qt::black);
        for (const PlacedLine &placed : m_lines.at(page))
            placed.line.draw(&painter, placed.origin);
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

    void indexBlocks()
    {
        QAbstractTextDocumentLayout *layout = m_document.documentLayout();
        for (QTextBlock block = m_document.begin(); block.isValid(); block = block.next()) {
            const QTextLayout *textLayout = block.layout();
            if (!textLayout)
                continue;
            const QRectF rect = layout->blockBoundingRect(block);
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

    QRectF cellRect(const QTextTableCell &cell, double padding) const
    {
        const QTextBlock first = cell.firstCursorPosition().block();
        return m_document.documentLayout()->blockBoundingRect(first).adjusted(-padding, -padding, 0,
                                                                              0);
    }

    void indexTable(const QTextTable &table)
    {
        const QTextTableFormat format = table.format();
        if (format.border() <= 0)
            return;
        const QRectF bounds =
            m_document.documentLayout()->frameBoundingRect(const_cast<QTextTable *>(&table));
        const double padding = format.cellPadding();
        QList<double> columns;
        for (int column = 0; column < table.columns(); ++column)
            columns.append(cellRect(table.cellAt(0, column), padding).left());
        columns.append(bounds.right());
        QList<double> rows;
        for (int row = 0; row < table.rows(); ++row) {
            double top = bounds.bottom();
            for (int column = 0; column < table.columns(); ++column)
                top = std::min(top, cellRect(table.cellAt(row, column), padding).top());
            rows.append(top);
        }
        rows.append(bounds.bottom());
        if (format.headerRowCount() > 0 && table.rows() > 1)
            indexHeader(table, bounds, columns, rows.at(0), rows.at(1));
        for (double y : rows)
            m_grid.append({QPointF(columns.constFirst(), y), QPointF(columns.constLast(), y)});
        for (double x : columns)
            m_grid.append({QPointF(x, rows.constFirst()), QPointF(x, rows.constLast())});
    }

    void indexHeader(const QTextTable &table, const QRectF &bounds, const QList<double> &columns,
                     double top, double bottom)
    {
        RepeatedHeader header;
        header.tableTop = bounds.top();
        header.firstPage = pageOf(bounds.top());
        header.lastPage = pageOf(bounds.bottom() - 1);
        if (header.lastPage == header.firstPage)
            return;
        for (int column = 0; column < table.columns(); ++column) {
            const QTextTableCell cell = table.cellAt(0, column);
            const QTextBlock last = cell.lastCursorPosition().block();
            for (QTextBlock block = cell.firstCursorPosition().block(); block.isValid();
                 block = block.next()) {
                const QRectF rect = m_document.documentLayout()->blockBoundingRect(block);
                for (int i = 0; i < block.layout()->lineCount(); ++i)
                    header.lines.append({block.layout()->lineAt(i), rect.topLeft()});
                if (block == last)
                    break;
            }
        }
        for (double y : {top, bottom})
            header.grid.append({QPointF(columns.constFirst(), y), QPointF(columns.constLast(), y)});
        for (double x : columns)
            header.grid.append({QPointF(x, top), QPointF(x, bottom)});
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
    QList<QList<PlacedLine>> m_lines; // by page
    QList<QList<Segment>> m_rules;    // by page
    QList<Segment> m_grid;            // table grids, clipped to each page
    QList<RepeatedHeader> m_headers;
};

} // namespace

int paintReport(const ReportDocument &document, QPagedPaintDevice &device)
{
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
        auto text = renderSection(section, &device);
        const SectionPainter sectionPainter(*text);
        for (int page = 0; page < sectionPainter.pageCount(); ++page) {
            if (page > 0)
                device.newPage();
            sectionPainter.paint(painter, page, scale);
            if (page > 0)
                drawPageNumber(painter, page + 1, text->pageSize().width(), scale);
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
        writer.setCreator(QStringLiteral("CCHC Inspector %1").arg(QStringLiteral(CCHC_VERSION)));
        writer.setResolution(600);
        if (paintReport(document, writer) == 0)
            return Error{Tr::tr("The report is empty: nothing was written to “%1”.").arg(path)};
        return {};
    });
}

} // namespace cchc::report
