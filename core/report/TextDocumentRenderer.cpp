#include "TextDocumentRenderer.h"

#include "OfficialLayout.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QUrl>

#include <cmath>

// QtGui's own default DPI (screen-dependent: 96 offscreen, more on a high-DPI desktop);
// exported but only declared in a private header. Formats must use it to be exact.
Q_GUI_EXPORT int qt_defaultDpiY();

namespace cchc::report {

namespace {

using namespace layout;

using Style = TextStyle;

class Renderer
{
public:
    // Unlike margins, QTextDocumentLayout does not scale the first-line indent to the device.
    Renderer(QTextDocument &document, const LayoutScale &scale, const LayoutScale &deviceScale)
        : m_doc(document), m_scale(scale), m_device(deviceScale), m_cursor(&document)
    {
    }

    void render(const ReportSection &section)
    {
        for (const Block &block : section.blocks)
            std::visit([this](const auto &b) { add(b); }, block);
    }

    // Tables that must not be split across pages (the signatures: a signer's name alone at
    // the top of a page, away from the title, is not a signed document).
    const QList<QTextTable *> &keepTogether() const { return m_keepTogether; }

private:
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
        if (block.key.isEmpty())
            return;
        QTextBlockFormat format = m_cursor.blockFormat();
        format.setProperty(kParagraphKeyProperty, block.key);
        m_cursor.setBlockFormat(format);
    }

    void add(const TableBlock &block)
    {
        QTextTableFormat format;
        format.setBorder(m_scale.fromPoints(0.5));
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setBorderBrush(Qt::black);
        format.setBorderCollapse(true);
        format.setCellSpacing(0);
        format.setCellPadding(m_scale.fromPoints(2.5));
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
        Style space;
        space.pt = 6.0;
        paragraph(QString(), space);
    }

    void add(const ImageBlock &block)
    {
        if (block.image.isNull())
            return;
        const QUrl name(QStringLiteral("cchc-image://%1").arg(++m_images));
        m_doc.addResource(QTextDocument::ImageResource, name, block.image);
        QTextImageFormat format;
        format.setName(name.toString());
        const double width = m_scale.fromMm(block.widthMm);
        format.setWidth(width);
        format.setHeight(width * block.image.height() / block.image.width());
        paragraph(QString(), centred(kBodyPt, false));
        m_cursor.insertImage(format);
    }

    void add(const SignatureBlock &block)
    {
        Style space;
        space.pt = 6.0;
        paragraph(QString(), space);
        const bool twoSigners = block.signers.size() > 1;
        QTextTable *table =
            borderlessTable(1, twoSigners ? QList<double>{50.0, 50.0} : QList<double>{45.0, 55.0});
        m_keepTogether.append(table);
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
    QList<QTextTable *> m_keepTogether;
};

// Qt 6.4 has no keep-together: a table that the layout split across a page boundary (and
// that fits on one page) starts on the next page instead.
void keepOnOnePage(QTextDocument &document, QTextTable *table)
{
    const double page = document.pageSize().height();
    const QRectF box = document.documentLayout()->frameBoundingRect(table);
    if (page <= 0 || box.height() >= page ||
        std::floor(box.top() / page) == std::floor((box.bottom() - 1.0) / page))
        return;
    QTextTableFormat format = table->format();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    table->setFormat(format);
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

std::unique_ptr<QTextDocument> renderSection(const ReportSection &section, QPaintDevice *device)
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
    Renderer renderer(*document, formatScale(), deviceScale);
    renderer.render(section);
    keepShapedText(*document);
    edit.endEditBlock();
    for (QTextTable *table : renderer.keepTogether())
        keepOnOnePage(*document, table);
    return document;
}

} // namespace cchc::report
