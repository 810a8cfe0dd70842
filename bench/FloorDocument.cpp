#include "bench/FloorDocument.h"

#include "core/report/OfficialLayout.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFile>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>

#include <memory>

namespace cchc::bench {

namespace {

using namespace report;

struct Collect
{
    QStringList &out;
    void operator()(const HeaderBlock &b) const
    {
        out << b.governingBody << b.issuingBody << b.number << b.placeAndDate;
    }
    void operator()(const TitleBlock &b) const { out << b.documentType << b.subject; }
    void operator()(const ParagraphBlock &b) const { out << b.text; }
    void operator()(const TableBlock &b) const
    {
        out << b.header.join(QLatin1Char(' '));
        for (const QStringList &row : b.rows)
            out << row.join(QLatin1Char(' '));
    }
    void operator()(const ImageBlock &) const {}
    void operator()(const SignatureBlock &b) const
    {
        out << b.recipients;
        for (const Signer &signer : b.signers)
            out << signer.authority << signer.title << signer.name;
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

QStringList reportText(const ReportDocument &document)
{
    QStringList text;
    for (const ReportSection &section : document.sections) {
        for (const Block &block : section.blocks)
            std::visit(Collect{text}, block);
    }
    text.removeAll(QString());
    return text;
}

namespace {

// Long paragraphs (a list of 200 unit names) cut at word boundaries into pieces of about
// `size` characters, so the fitting below can stop within a page of the target.
QStringList pieces(const QStringList &text, qsizetype size)
{
    QStringList out;
    for (const QString &paragraph : text) {
        qsizetype start = 0;
        while (paragraph.size() - start > size) {
            qsizetype cut = paragraph.lastIndexOf(QLatin1Char(' '), start + size);
            if (cut <= start)
                cut = start + size;
            out.append(paragraph.mid(start, cut - start));
            start = cut + 1;
        }
        out.append(paragraph.mid(start));
    }
    return out;
}

} // namespace

QStringList fitToPages(const QStringList &source, int pages)
{
    QStringList fitted;
    const QStringList text = pieces(source, 400);
    if (text.isEmpty() || pages <= 0)
        return fitted;
    QBuffer sink; // layout only: nothing is printed
    sink.open(QIODevice::WriteOnly);
    QPdfWriter writer(&sink);
    configure(writer);
    auto document = plainDocument(writer);
    QTextCursor cursor(document.get());
    for (int i = 0;; ++i) {
        const QString &paragraph = text.at(i % text.size());
        if (i > 0)
            cursor.insertBlock();
        cursor.insertText(paragraph);
        if (document->pageCount() > pages)
            break;
        fitted.append(paragraph);
    }
    return fitted;
}

int writeFloorPdf(const QStringList &paragraphs, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return 0;
    QPdfWriter writer(&file);
    configure(writer);
    auto document = plainDocument(writer);
    QTextCursor cursor(document.get());
    cursor.beginEditBlock(); // one layout pass when it ends, as ours does
    cursor.insertText(paragraphs.join(QChar::ParagraphSeparator));
    cursor.endEditBlock();
    document->print(&writer);
    return document->pageCount();
}

} // namespace cchc::bench
