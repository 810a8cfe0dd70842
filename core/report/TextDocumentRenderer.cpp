#include "core/report/TextDocumentRenderer.h"

#include "core/report/OfficialLayout.h"
#include "core/report/VectorPictures.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QUrl>

#include <algorithm>
#include <cmath>

// QtGui's own default DPI (screen-dependent: 96 offscreen, more on a high-DPI desktop);
// exported but only declared in a private header. Formats must use it to be exact.
Q_GUI_EXPORT int qt_defaultDpiY();

namespace cchc::report {

namespace {

using namespace layout;

using Style = TextStyle;

// A picture that may be drawn shorter to stay on the page of what precedes it.
struct ShrinkableImage
{
    QTextBlock block; // the paragraph holding the picture
    QUrl name;        // its resource (none for a vector picture)
    ImageBlock source;
};

// What must not be split across pages: the signatures (a signer's name alone at the top of
// a page, away from the title, is not a signed document), with the paragraph of text before
// them (a page of signatures alone is not a document either).
struct KeptTogether
{
    QTextBlock text; // may be invalid: nothing to keep before the tables
    QList<QTextTable *> tables;
};

// A table row stands in the document as a block of one line, its height (in device pixels)
// given as the line's minimum; line heights are format lengths (see formatScale).
void setRowHeight(QTextBlockFormat &format, double height, double deviceDpi)
{
    format.setLineHeight(height * formatScale().dpi / deviceDpi, QTextBlockFormat::MinimumHeight);
}

class Renderer
{
public:
    // Unlike margins, QTextDocumentLayout does not scale the first-line indent to the device.
    Renderer(QTextDocument &document, QPaintDevice *device, const LayoutScale &scale,
             const LayoutScale &deviceScale)
        : m_doc(document), m_scale(scale), m_device(deviceScale), m_cursor(&document),
          m_cells(device)
    {
    }

    void render(const ReportSection &section)
    {
        bool afterSignature = false;
        for (const Block &block : section.blocks) {
            const bool signature = std::holds_alternative<SignatureBlock>(block);
            // Signatures that follow one another, with only blank lines between (the
            // minutes' secretary under the heads), are kept on one page: a group each.
            if (signature && !afterSignature)
                m_keepTogether.append({m_lastText, {}});
            afterSignature = signature || (afterSignature && isBlankParagraph(block));
            std::visit([this](const auto &b) { add(b); }, block);
            if (std::holds_alternative<ParagraphBlock>(block) && !isBlankParagraph(block))
                m_lastText = m_cursor.block();
        }
    }

    const QList<KeptTogether> &keepTogether() const { return m_keepTogether; }
    // Headings and titles, which must stay on the page of what follows them.
    const QList<QTextBlock> &headings() const { return m_headings; }
    const QList<ShrinkableImage> &shrinkableImages() const { return m_shrinkable; }
    QList<LaidOutTable> &tables() { return m_tables; }

private:
    static bool isBlankParagraph(const Block &block)
    {
        const auto *paragraph = std::get_if<ParagraphBlock>(&block);
        return paragraph && paragraph->text.trimmed().isEmpty();
    }

    QTextBlockFormat blockFormat(const Style &style) const
    {
        QTextBlockFormat format;
        format.setAlignment(style.align);
        format.setTextIndent(m_device.fromMm(style.indentCm * 10.0));
        format.setBottomMargin(m_scale.fromPoints(style.afterPt));
        format.setLineHeight(kLineHeightPercent, QTextBlockFormat::ProportionalHeight);
        return format;
    }

    static QTextCharFormat charFormat(const Style &style)
    {
        QTextCharFormat format;
        format.setFontFamilies({fontFamily()});
        format.setFontPointSize(style.pt);
        format.setFontWeight(style.bold ? QFont::Bold : QFont::Normal);
        format.setFontItalic(style.italic);
        return format;
    }

    // A paragraph at the cursor. The first block of a document or a cell already exists.
    void paragraph(QTextCursor &cursor, const QString &text, const Style &style, bool first = false)
    {
        if (first) {
            cursor.setBlockFormat(blockFormat(style));
            cursor.setBlockCharFormat(charFormat(style));
        } else {
            cursor.insertBlock(blockFormat(style), charFormat(style));
        }
        insertLiteral(cursor, text, charFormat(style));
    }

    // Typed text as is: line breaks become line breaks inside the paragraph, everything else
    // (including "<b>" and "&") is characters.
    static void insertLiteral(QTextCursor &cursor, const QString &text,
                              const QTextCharFormat &format)
    {
        QString literal = text;
        literal.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        literal.replace(QLatin1Char('\n'), QChar::LineSeparator);
        cursor.insertText(literal, format);
    }

    void paragraph(const QString &text, const Style &style)
    {
        paragraph(m_cursor, text, style, m_first);
        m_first = false;
    }

    // An empty block drawn as a centred horizontal rule `percent` of the column wide.
    void rule(QTextCursor &cursor, double percent, bool first = false)
    {
        Style style;
        style.pt = 8.0; // the rule sits half of this below the text above it
        style.align = Qt::AlignHCenter;
        QTextBlockFormat format = blockFormat(style);
        format.setProperty(kRulePercentProperty, percent);
        if (first)
            cursor.setBlockFormat(format);
        else
            cursor.insertBlock(format, charFormat(style));
    }

    QTextTable *borderlessTable(int rows, const QList<double> &percents)
    {
        QTextTableFormat format;
        format.setBorder(0);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
        format.setCellPadding(0);
        format.setCellSpacing(0);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        QList<QTextLength> widths;
        for (double percent : percents)
            widths.append(QTextLength(QTextLength::PercentageLength, percent));
        format.setColumnWidthConstraints(widths);
        QTextTable *table = m_cursor.insertTable(rows, int(percents.size()), format);
        m_first = false;
        return table;
    }

    void leaveTable() { m_cursor.movePosition(QTextCursor::End); }

    void add(const HeaderBlock &header)
    {
        QTextTable *table =
            borderlessTable(2, {kHeaderLeftColumnPercent, 100.0 - kHeaderLeftColumnPercent});
        QTextCursor left = table->cellAt(0, 0).firstCursorPosition();
        bool first = true;
        if (!header.governingBody.isEmpty()) {
            paragraph(left, header.governingBody, centred(kHeaderBodyPt, false), first);
            first = false;
        }
        paragraph(left, header.issuingBody, centred(kHeaderBodyPt, true), first);
        rule(left, kIssuerRulePercent * 100.0 / kHeaderLeftColumnPercent);
        QTextCursor right = table->cellAt(0, 1).firstCursorPosition();
        paragraph(right, QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                  centred(kNationalTitlePt, true), true);
        paragraph(right, QStringLiteral("Độc lập - Tự do - Hạnh phúc"), centred(kMottoPt, true));
        rule(right, kMottoRulePercent);
        QTextCursor number = table->cellAt(1, 0).firstCursorPosition();
        paragraph(number, header.number, centred(kNumberPt, false), true);
        QTextCursor date = table->cellAt(1, 1).firstCursorPosition();
        paragraph(date, header.placeAndDate, centred(kPlaceDatePt, false, true), true);
        leaveTable();
    }

    void add(const TitleBlock &title)
    {
        Style type = centred(kTitlePt, true);
        paragraph(QString(), centred(kBodyPt, false)); // a blank line under the header
        paragraph(title.documentType, type);
        paragraph(title.subject, centred(kSubjectPt, true));
        rule(m_cursor, kSubjectRulePercent);
        Style space = centred(kBodyPt, false);
        space.afterPt = kSpaceAfterParagraphPt;
        paragraph(QString(), space);
    }

    void add(const ParagraphBlock &block)
    {
        paragraph(block.text, paragraphStyle(block.style));
        if (block.style == ParagraphStyle::Heading || block.style == ParagraphStyle::Centered)
            m_headings.append(m_cursor.block());
        if (block.key.isEmpty())
            return;
        QTextBlockFormat format = m_cursor.blockFormat();
        format.setProperty(kParagraphKeyProperty, block.key);
        m_cursor.setBlockFormat(format);
    }

    // A bordered table as rows of our own (TableLayout.h), one empty block per row, as tall
    // as the row. A row taller than a page could not be placed whole: such a table (a
    // criterion of thousands of characters) is left to Qt, which breaks rows across pages.
    void add(const TableBlock &block)
    {
        LaidOutTable table = layOutTable(block, m_doc.pageSize().width(),
                                         m_device.fromPoints(kTableCellPaddingPt), m_cells);
        if (table.rows.isEmpty())
            return; // neither a header nor rows: nothing to print
        const double page = m_doc.pageSize().height();
        const bool fits =
            std::all_of(table.rows.cbegin(), table.rows.cend(), [&](const TableRow &row) {
                return row.height + table.headerHeight() < page;
            });
        if (fits) {
            for (int row = 0; row < table.rows.size(); ++row) {
                rowSlot(table.slotHeight(row));
                table.rowBlocks.append(m_cursor.block());
            }
            m_tables.append(table);
        } else {
            addQtTable(block);
        }
        Style space;
        space.pt = 6.0;
        paragraph(QString(), space);
    }

    // An empty block `height` device pixels tall: its one line, in a font far smaller than
    // any row, is given that height as its minimum.
    void rowSlot(double height)
    {
        QTextBlockFormat format;
        setRowHeight(format, height, m_device.dpi);
        format.setProperty(kTableRowProperty, true);
        QTextCharFormat tiny;
        tiny.setFontPointSize(1.0);
        if (m_first) {
            m_cursor.setBlockFormat(format);
            m_cursor.setBlockCharFormat(tiny);
        } else {
            m_cursor.insertBlock(format, tiny);
        }
        m_first = false;
    }

    void addQtTable(const TableBlock &block)
    {
        QTextTableFormat format;
        format.setBorder(m_scale.fromPoints(kTableBorderPt));
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setBorderBrush(Qt::black);
        format.setBorderCollapse(true);
        format.setCellSpacing(0);
        format.setCellPadding(m_scale.fromPoints(kTableCellPaddingPt));
        format.setHeaderRowCount(block.header.isEmpty() ? 0 : 1);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        QList<QTextLength> widths;
        for (double percent : block.columnPercents)
            widths.append(QTextLength(QTextLength::PercentageLength, percent));
        format.setColumnWidthConstraints(widths);
        const int columns = int(std::max(block.header.size(), block.columnPercents.size()));
        const int headerRows = block.header.isEmpty() ? 0 : 1;
        QTextTable *table =
            m_cursor.insertTable(int(block.rows.size()) + headerRows, columns, format);
        m_first = false;
        auto fill = [&](int row, const QStringList &cells, bool bold) {
            for (int column = 0; column < columns; ++column) {
                const Style style =
                    tableCellStyle(block.fontPt, bold, block.centredColumns.contains(column));
                QTextCursor cell = table->cellAt(row, column).firstCursorPosition();
                paragraph(cell, cells.value(column), style, true);
            }
        };
        if (headerRows)
            fill(0, block.header, true);
        for (int row = 0; row < block.rows.size(); ++row)
            fill(row + headerRows, block.rows.at(row), false);
        leaveTable();
    }

    void add(const ImageBlock &block)
    {
        if (block.isEmpty())
            return;
        if (block.paint) {
            addVectorPicture(block);
            return;
        }
        const QUrl name(QStringLiteral("cchc-image://%1").arg(++m_images));
        m_doc.addResource(QTextDocument::ImageResource, name, block.picture());
        QTextImageFormat format;
        format.setName(name.toString());
        const double width = m_scale.fromMm(block.widthMm);
        format.setWidth(width);
        format.setHeight(width * block.aspect());
        paragraph(QString(), centred(kBodyPt, false));
        m_cursor.insertImage(format);
        if (block.redraw)
            m_shrinkable.append({m_cursor.block(), name, block});
    }

    // Painted as vector graphics (VectorPictures.h); drawn shorter, it is painted again at
    // that height, so it needs no redrawn image.
    void addVectorPicture(const ImageBlock &block)
    {
        if (!m_pictures)
            m_pictures = new VectorPictures(m_doc); // owned by the document
        const QTextCharFormat format = m_pictures->add(block);
        paragraph(QString(), centred(kBodyPt, false));
        m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
        if (block.minHeightMm > 0)
            m_shrinkable.append({m_cursor.block(), QUrl(), block});
    }

    void add(const SignatureBlock &block)
    {
        Style space;
        space.pt = 6.0;
        paragraph(QString(), space);
        const bool twoSigners = block.signers.size() > 1;
        QTextTable *table =
            borderlessTable(1, twoSigners ? QList<double>{50.0, 50.0} : QList<double>{45.0, 55.0});
        m_keepTogether.last().tables.append(table);
        QTextCursor left = table->cellAt(0, 0).firstCursorPosition();
        if (twoSigners) {
            signer(left, block.signers.constFirst());
        } else if (!block.recipients.isEmpty()) {
            paragraph(left, QStringLiteral("Nơi nhận:"), recipientsTitleStyle(), true);
            for (const QString &recipient : block.recipients)
                paragraph(left, recipient, recipientStyle());
        }
        if (!block.signers.isEmpty()) {
            QTextCursor right = table->cellAt(0, 1).firstCursorPosition();
            signer(right, block.signers.constLast());
        }
        leaveTable();
    }

    void signer(QTextCursor &cursor, const Signer &signer)
    {
        bool first = true;
        for (const QString &line : signer.headLines()) {
            paragraph(cursor, line, centred(kSignaturePt, true), first);
            first = false;
        }
        Style gap = centred(kSignaturePt, false);
        gap.afterPt = kSignatureSpaceMm * 72.0 / 25.4;
        paragraph(cursor, QString(), gap, first);
        paragraph(cursor, signer.name, centred(kSignaturePt, true));
    }

    QTextDocument &m_doc;
    LayoutScale m_scale;
    LayoutScale m_device;
    QTextCursor m_cursor;
    bool m_first = true;
    int m_images = 0;
    QList<KeptTogether> m_keepTogether;
    QTextBlock m_lastText; // the last paragraph with text, at the top level
    QList<QTextBlock> m_headings;
    QList<ShrinkableImage> m_shrinkable;
    CellTextCache m_cells;
    QList<LaidOutTable> m_tables;
    VectorPictures *m_pictures = nullptr;
};

// Qt 6.4 has no keep-together: what the layout split across a page boundary (and fits on
// one page) starts on the next page instead.
// Makes `block` start a page (what the two rules below do to move text down).
void startPageAt(const QTextBlock &block)
{
    QTextCursor cursor(block);
    QTextBlockFormat format = cursor.blockFormat();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    cursor.setBlockFormat(format);
}

void keepOnOnePage(QTextDocument &document, const KeptTogether &kept)
{
    if (kept.tables.isEmpty())
        return;
    const double page = document.pageSize().height();
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    QRectF box;
    for (QTextTable *table : kept.tables)
        box |= layout->frameBoundingRect(table);
    const auto splits = [page](const QRectF &r) {
        return std::floor(r.top() / page) != std::floor((r.bottom() - 1.0) / page);
    };
    if (page <= 0 || box.height() >= page)
        return;
    const QRectF withText =
        kept.text.isValid() ? box | layout->blockBoundingRect(kept.text) : box;
    if (kept.text.isValid() && withText.height() < page && splits(withText)) {
        startPageAt(kept.text);
    } else if (splits(box)) {
        QTextTable *first = kept.tables.constFirst();
        QTextTableFormat format = first->format();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        first->setFormat(format);
    }
}

// The page on which a block's first (or last) line is laid out. Qt puts a line it moved to
// the next page at that page's top give or take rounding: hence the pixel.
int pageOfLine(QTextDocument &document, const QTextBlock &block, bool last)
{
    const QTextLayout *lines = block.layout();
    const double page = document.pageSize().height();
    if (!lines || lines->lineCount() == 0 || page <= 0)
        return -1;
    const QRectF rect = document.documentLayout()->blockBoundingRect(block);
    const QTextLine line = lines->lineAt(last ? lines->lineCount() - 1 : 0);
    return int(std::floor((rect.top() + line.y() + (last ? line.height() - 1.0 : 1.0)) / page));
}

// Qt 6.4 has no keep-with-next either: a heading left at the bottom of a page, with what
// it heads on the next, moves to the next page, with the headings right before it.
void keepHeadingWithNext(QTextDocument &document, const QList<QTextBlock> &headings, int i)
{
    const QTextBlock heading = headings.at(i);
    const QTextBlock next = heading.next();
    const int page = pageOfLine(document, heading, true);
    if (!next.isValid() || page < 0 || pageOfLine(document, next, false) <= page)
        return;
    int first = i;
    while (first > 0 && headings.at(first - 1) == headings.at(first).previous())
        --first;
    if (pageOfLine(document, headings.at(first), false) != page)
        return; // a chain of headings longer than a page: leave it as it falls
    startPageAt(headings.at(first));
}

// Gives a table row's block its height in device pixels (see Renderer::rowSlot).
void setSlotHeight(QTextDocument &document, const QTextBlock &slot, double height)
{
    const double deviceDpi = document.documentLayout()->paintDevice()->logicalDpiY();
    QTextCursor cursor(slot);
    QTextBlockFormat format = cursor.blockFormat();
    setRowHeight(format, height, deviceDpi);
    cursor.setBlockFormat(format);
}

// The rows that will open a page, each carrying the header above it, worked out from the
// rows' heights as Qt paginates a line (one that does not fit in what is left of its page
// goes to the next page's top), starting under the header's row at `headerBottom`.
QList<bool> predictHeaderCopies(const LaidOutTable &table, double headerBottom, double page)
{
    QList<bool> above(table.rows.size(), false);
    double y = headerBottom;
    for (int row = 1; row < table.rows.size(); ++row) {
        double height = table.rows.at(row).height;
        const double pageEnd = (std::floor(y / page) + 1) * page;
        if (row > 1 && y + height > pageEnd) {
            above[row] = true;
            height += table.headerHeight();
            y = pageEnd;
        }
        y += height;
    }
    return above;
}

// A table's header is on every page the table is on: the row that opens each later page
// carries a copy of it above its own cells (its block made taller by the header's height),
// and a header that would stay alone at the foot of a page goes to the next with the first
// row. The copies are predicted and set in one edit, so the section is laid out again once;
// then each row is checked against that layout, in order, and corrected where the
// prediction missed (a row ending exactly at a page's end), each correction moving only the
// rows after it.
void repeatHeader(QTextDocument &document, LaidOutTable &table)
{
    if (!table.hasHeader || table.rows.size() < 2)
        return;
    const double page = document.pageSize().height();
    const auto pageOfRow = [&](int row) {
        const double middle = slotBottom(table.rowBlocks.at(row)) - table.slotHeight(row) / 2;
        return int(std::floor(middle / page));
    };
    if (pageOfRow(1) != pageOfRow(0))
        startPageAt(table.rowBlocks.constFirst());
    const QList<bool> predicted =
        predictHeaderCopies(table, slotBottom(table.rowBlocks.constFirst()), page);
    QTextCursor edit(&document);
    edit.beginEditBlock();
    for (int row = 2; row < table.rows.size(); ++row) {
        if (!predicted.at(row))
            continue;
        table.headerAbove[row] = true;
        setSlotHeight(document, table.rowBlocks.at(row), table.slotHeight(row));
    }
    edit.endEditBlock();
    for (int row = 2; row < table.rows.size(); ++row) {
        const bool opensPage = pageOfRow(row) != pageOfRow(row - 1);
        if (opensPage == table.headerAbove.at(row))
            continue;
        table.headerAbove[row] = opensPage;
        setSlotHeight(document, table.rowBlocks.at(row), table.slotHeight(row));
    }
}

// Headings kept with what follows them and table headers repeated, in the order they come
// in: each move pushes down only what comes after it.
void settlePageBreaks(QTextDocument &document, const QList<QTextBlock> &headings,
                      QList<LaidOutTable> &tables)
{
    int heading = 0;
    int table = 0;
    while (heading < headings.size() || table < tables.size()) {
        const bool tableFirst =
            table < tables.size() &&
            (heading == headings.size() ||
             tables.at(table).rowBlocks.constFirst().position() < headings.at(heading).position());
        if (tableFirst)
            repeatHeader(document, tables[table++]);
        else
            keepHeadingWithNext(document, headings, heading++);
    }
}

// A picture pushed to the next page by a few millimetres is drawn shorter (not below its
// minimum height) so that it stays on the page of what precedes it: the chart under its
// annex table. Qt moves the picture's line to the next page; the room it left is measured
// from the layout done already.
void keepImageWithPrevious(QTextDocument &document, const ShrinkableImage &image,
                           const LayoutScale &device)
{
    const QTextBlock previous = image.block.previous();
    if (!previous.isValid())
        return;
    const int pageBefore = pageOfLine(document, previous, true);
    const int picturePage = pageOfLine(document, image.block, false);
    if (pageBefore < 0 || picturePage < 0 || picturePage == pageBefore)
        return;
    const double page = document.pageSize().height();
    const QRectF before = document.documentLayout()->blockBoundingRect(previous);
    const QTextLine line = image.block.layout()->lineAt(0);
    // The room from the end of what precedes (and the spacing after it and before the
    // picture's paragraph) to the page's end, less the paragraph's spacing below and what
    // the line adds to the picture (its descent).
    const double toDevice = device.dpi / formatScale().dpi;
    const double start = before.bottom() + previous.blockFormat().bottomMargin() * toDevice +
                         image.block.blockFormat().topMargin() * toDevice;
    const double below = image.block.blockFormat().bottomMargin() * toDevice;
    QTextCursor cursor(image.block);
    cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
    QTextImageFormat format = cursor.charFormat().toImageFormat();
    const double picture = format.height() * toDevice;
    const double available =
        (pageBefore + 1) * page - start - below - (line.height() - picture) - device.fromMm(0.5);
    if (available <= 0 || available >= picture)
        return;
    const double heightMm = image.source.widthMm * image.source.aspect() * available / picture;
    if (heightMm < image.source.minHeightMm)
        return;
    if (!image.source.paint) // a vector picture is painted at whatever height it is given
        document.addResource(QTextDocument::ImageResource, image.name,
                             image.source.redraw(heightMm));
    // From the height asked for, not the drawn pixels: those are rounded, and up.
    format.setHeight(format.width() * heightMm / image.source.widthMm);
    cursor.setCharFormat(format);
}

// A QTextLayout frees its shaped glyphs when a layout pass ends, unless told to keep them.
// Qt lays a table cell out at least twice (once at unlimited width to find the column
// widths) and a justified line is shaped again when it is drawn: kept, the text of each
// block is shaped once. The document lives only while its section is painted.
void keepShapedText(QTextDocument &document)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        block.layout()->setCacheEnabled(true);
}

} // namespace

LayoutScale formatScale()
{
    return LayoutScale{double(qt_defaultDpiY())};
}

QSizeF textAreaSize(Orientation orientation, const LayoutScale &scale)
{
    return {scale.fromMm(textWidthMm(orientation)),
            scale.fromMm(paperHeightMm(orientation) - kMarginTopMm - kMarginBottomMm)};
}

RenderedSection renderSection(const ReportSection &section, QPaintDevice *device)
{
    auto document = std::make_unique<QTextDocument>();
    document->setUndoRedoEnabled(false); // a report is never edited: no undo history to keep
    QFont font(fontFamily());
    font.setPointSizeF(kBodyPt);
    document->setDefaultFont(font);
    document->setUseDesignMetrics(true);
    document->setDocumentMargin(0);
    const LayoutScale deviceScale{double(device->logicalDpiY())};
    document->documentLayout()->setPaintDevice(device);
    // The page size, unlike format lengths, is in the device's own pixels.
    document->setPageSize(textAreaSize(section.orientation, deviceScale));
    // Everything is inserted in one edit block, so the layout hears of it once, when the
    // block ends, and lays the whole section out in a single pass. Built outside an edit
    // block, a live layout relaid a table out for every cell inserted; and setting the page
    // size on a finished document made Qt lay it out lazily in steps that each restarted
    // before the last table, laying the annex table out again on every step.
    QTextCursor edit(document.get());
    edit.beginEditBlock();
    Renderer renderer(*document, device, formatScale(), deviceScale);
    renderer.render(section);
    keepShapedText(*document);
    edit.endEditBlock();
    settlePageBreaks(*document, renderer.headings(), renderer.tables());
    for (const KeptTogether &kept : renderer.keepTogether())
        keepOnOnePage(*document, kept);
    for (const ShrinkableImage &image : renderer.shrinkableImages())
        keepImageWithPrevious(*document, image, deviceScale);
    return {std::move(document), renderer.tables()};
}

} // namespace cchc::report
