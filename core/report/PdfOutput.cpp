#include "PdfOutput.h"

#include "OfficialLayout.h"
#include "TextDocumentRenderer.h"
#include "common/SaveFile.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QTextLayout>

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
QPointF layoutOrigin(const QTextDocument &document, const QTextBlock &block)
{
    return document.documentLayout()->blockBoundingRect(block).topLeft();
}

void drawLines(QPainter &painter, const QTextDocument &document, const QRectF &page)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextLayout *layout = block.layout();
        if (!layout)
            continue;
        const QPointF origin = layoutOrigin(document, block);
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const double lineTop = origin.y() + line.y();
            if (lineTop >= page.top() - 0.5 && lineTop < page.bottom() - 0.5)
                line.draw(&painter, origin);
        }
    }
}

void drawRules(QPainter &painter, const QTextDocument &document, const QRectF &page)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat format = block.blockFormat();
        if (!format.hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth))
            continue;
        const QRectF rect = document.documentLayout()->blockBoundingRect(block);
        if (!page.contains(rect.center()))
            continue;
        const double width =
            format.lengthProperty(QTextFormat::BlockTrailingHorizontalRulerWidth).value(rect.width());
        const double y = rect.center().y();
        painter.drawLine(QPointF(rect.center().x() - width / 2, y),
                         QPointF(rect.center().x() + width / 2, y));
    }
}

QRectF cellRect(const QTextDocument &document, const QTextTableCell &cell, double padding)
{
    const QTextBlock first = cell.firstCursorPosition().block();
    return document.documentLayout()->blockBoundingRect(first).adjusted(-padding, -padding, 0, 0);
}

void drawTableGrid(QPainter &painter, const QTextDocument &document, const QTextTable &table)
{
    const QTextTableFormat format = table.format();
    if (format.border() <= 0)
        return;
    const QRectF bounds = document.documentLayout()->frameBoundingRect(const_cast<QTextTable *>(&table));
    const double padding = format.cellPadding();
    QList<double> columns;
    for (int column = 0; column < table.columns(); ++column)
        columns.append(cellRect(document, table.cellAt(0, column), padding).left());
    columns.append(bounds.right());
    QList<double> rows;
    for (int row = 0; row < table.rows(); ++row) {
        double top = bounds.bottom();
        for (int column = 0; column < table.columns(); ++column)
            top = std::min(top, cellRect(document, table.cellAt(row, column), padding).top());
        rows.append(top);
    }
    rows.append(bounds.bottom());
    for (double y : rows)
        painter.drawLine(QPointF(columns.constFirst(), y), QPointF(columns.constLast(), y));
    for (double x : columns)
        painter.drawLine(QPointF(x, rows.constFirst()), QPointF(x, rows.constLast()));
}

void drawTables(QPainter &painter, const QTextDocument &document, const QTextFrame &frame)
{
    for (QTextFrame *child : frame.childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child))
            drawTableGrid(painter, document, *table);
        drawTables(painter, document, *child);
    }
}

void paintPage(QPainter &painter, QTextDocument &document, int page, const LayoutScale &scale)
{
    const QSizeF area = document.pageSize();
    const QRectF pageRect(0, page * area.height(), area.width(), area.height());
    painter.save();
    painter.translate(scale.fromMm(layout::kMarginLeftMm),
                      scale.fromMm(layout::kMarginTopMm) - pageRect.top());
    painter.setPen(QPen(Qt::black, scale.fromPoints(0.5)));
    painter.save();
    painter.setClipRect(pageRect.adjusted(-scale.fromPoints(1), -scale.fromPoints(1),
                                          scale.fromPoints(1), scale.fromPoints(1)));
    drawTables(painter, document, *document.rootFrame());
    painter.restore();
    drawRules(painter, document, pageRect);
    painter.setPen(Qt::black);
    drawLines(painter, document, pageRect);
    painter.restore();
}

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
        const int sectionPages = text->pageCount();
        for (int page = 0; page < sectionPages; ++page) {
            if (page > 0)
                device.newPage();
            paintPage(painter, *text, page, scale);
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
