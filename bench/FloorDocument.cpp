#include "bench/FloorDocument.h"

#include "core/report/OfficialLayout.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFile>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>

#include <memory>

namespace cchc::bench {

namespace {

using namespace report;

struct Collect
{
    QList<FloorParagraph> &out;
    void add(const QString &text, const layout::TextStyle &style) const
    {
        out.append({text, style.bold, style.italic});
    }
    void add(const QString &text, bool bold = false, bool italic = false) const
    {
        out.append({text, bold, italic});
    }
    void operator()(const HeaderBlock &b) const
    {
        add(b.governingBody);
        add(b.issuingBody, true);
        add(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), true);
        add(QStringLiteral("Độc lập - Tự do - Hạnh phúc"), true);
        add(b.number);
        add(b.placeAndDate, false, true);
    }
    void operator()(const TitleBlock &b) const
    {
        add(b.documentType, true);
        add(b.subject, true);
    }
    void operator()(const ParagraphBlock &b) const { add(b.text, layout::paragraphStyle(b.style)); }
    void operator()(const TableBlock &b) const
    {
        add(b.header.join(QLatin1Char(' ')), true);
        for (const QStringList &row : b.rows)
            add(row.join(QLatin1Char(' ')));
    }
    void operator()(const ImageBlock &) const {}
    void operator()(const SignatureBlock &b) const
    {
        if (!b.recipients.isEmpty())
            add(QStringLiteral("Nơi nhận:"), layout::recipientsTitleStyle());
        for (const QString &recipient : b.recipients)
            add(recipient);
        for (const Signer &signer : b.signers) {
            for (const QString &line : signer.headLines())
                add(line, true);
            add(signer.name, true);
        }
    }
};

QPageLayout floorPageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, layout::marginsMm(),
                       QPageLayout::Millimeter);
}

// A plain document laid out for `device` at the size of its paint rectangle.
std::unique_ptr<QTextDocument> plainDocument(QPdfWriter &device)
{
    auto document = std::make_unique<QTextDocument>();
    QFont font(layout::fontFamily());
    font.setPointSizeF(layout::kBodyPt);
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    document->documentLayout()->setPaintDevice(&device);
    document->setPageSize(device.pageLayout().paintRectPixels(device.resolution()).size());
    return document;
}

void configure(QPdfWriter &writer)
{
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setResolution(report::layout::kDeviceDpi);
    writer.setPageLayout(floorPageLayout());
}

} // namespace

QList<FloorParagraph> reportText(const ReportDocument &document)
{
    QList<FloorParagraph> text;
    for (const ReportSection &section : document.sections) {
        for (const Block &block : section.blocks)
            std::visit(Collect{text}, block);
    }
    text.removeIf([](const FloorParagraph &paragraph) { return paragraph.text.isEmpty(); });
    return text;
}

namespace {

// Long paragraphs (a list of 200 unit names) cut at word boundaries into pieces of about
// `size` characters, so the fitting below can stop within a page of the target.
QList<FloorParagraph> pieces(const QList<FloorParagraph> &text, qsizetype size)
{
    QList<FloorParagraph> out;
    for (const FloorParagraph &paragraph : text) {
        const QString &whole = paragraph.text;
        qsizetype start = 0;
        while (whole.size() - start > size) {
            qsizetype cut = whole.lastIndexOf(QLatin1Char(' '), start + size);
            if (cut <= start)
                cut = start + size;
            out.append({whole.mid(start, cut - start), paragraph.bold, paragraph.italic});
            start = cut + 1;
        }
        out.append({whole.mid(start), paragraph.bold, paragraph.italic});
    }
    return out;
}

QTextCharFormat faceOf(const FloorParagraph &paragraph, FloorFaces faces)
{
    QTextCharFormat format;
    if (faces == FloorFaces::AsReport) {
        format.setFontWeight(paragraph.bold ? QFont::Bold : QFont::Normal);
        format.setFontItalic(paragraph.italic);
    }
    return format;
}

} // namespace

QList<FloorParagraph> fitToPages(const QList<FloorParagraph> &source, int pages)
{
    QList<FloorParagraph> fitted;
    const QList<FloorParagraph> text = pieces(source, 400);
    if (text.isEmpty() || pages <= 0)
        return fitted;
    QBuffer sink; // layout only: nothing is printed
    sink.open(QIODevice::WriteOnly);
    QPdfWriter writer(&sink);
    configure(writer);
    auto document = plainDocument(writer);
    QTextCursor cursor(document.get());
    for (int i = 0;; ++i) {
        const FloorParagraph &paragraph = text.at(i % text.size());
        if (i > 0)
            cursor.insertBlock();
        cursor.insertText(paragraph.text);
        if (document->pageCount() > pages)
            break;
        fitted.append(paragraph);
    }
    return fitted;
}

int writeFloorPdf(const QList<FloorParagraph> &paragraphs, const QString &path, FloorFaces faces)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return 0;
    QPdfWriter writer(&file);
    configure(writer);
    auto document = plainDocument(writer);
    QTextCursor cursor(document.get());
    cursor.beginEditBlock(); // one layout pass when it ends, as ours does
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        if (i > 0)
            cursor.insertBlock();
        cursor.insertText(paragraphs.at(i).text, faceOf(paragraphs.at(i), faces));
    }
    cursor.endEditBlock();
    document->print(&writer);
    return document->pageCount();
}

} // namespace cchc::bench
