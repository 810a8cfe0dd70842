// Where pages break in a report: Qt 6.4 has neither keep-with-next nor keep-together, so
// core/report/TextDocumentRenderer.cpp moves headings, signatures and the annex chart
// after laying the section out. Each case is tried at every filler length that puts the
// boundary somewhere else, so a rule that holds only by luck of the layout fails here.
#include "tests/report/ReportFixtures.h"

#include "core/report/OfficialLayout.h"
#include "core/report/TextDocumentRenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <catch2/catch.hpp>

#include <cmath>
#include <memory>

using namespace cchc::report;
using cchc::test::PdfDevice;

namespace {

ParagraphBlock filler(int i)
{
    return {QString(),
            QStringLiteral("Đoạn %1: đơn vị chưa ban hành kế hoạch kịp thời theo hướng dẫn; hồ "
                           "sơ lưu trữ chưa đầy đủ theo quy định.")
                .arg(i + 1),
            ParagraphStyle::Body};
}

// The page of a block's first or last line, as the PDF paints it.
int pageOf(const QTextDocument &document, const QTextBlock &block, bool last = false)
{
    const QTextLayout *lines = block.layout();
    REQUIRE(lines->lineCount() > 0);
    const QRectF rect = document.documentLayout()->blockBoundingRect(block);
    const QTextLine line = lines->lineAt(last ? lines->lineCount() - 1 : 0);
    const double y = rect.top() + line.y() + (last ? line.height() - 1.0 : 1.0);
    return int(std::floor(y / document.pageSize().height()));
}

QTextBlock blockWithText(const QTextDocument &document, const QString &text)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.text() == text)
            return block;
    }
    FAIL("no block reads " << text.toStdString());
    return {};
}

} // namespace

TEST_CASE("A heading is never left at the bottom of a page, away from what it heads",
          "[pdf][layout]")
{
    PdfDevice device;
    const QString first = QStringLiteral("III. KẾT LUẬN");
    const QString second = QStringLiteral("1. Ưu điểm:");
    const QString after = QStringLiteral("Đơn vị đã ban hành kế hoạch CCHC năm đúng thời hạn.");
    int moved = 0;
    for (int fillers = 12; fillers < 40; ++fillers) {
        INFO(fillers << " paragraphs before the headings");
        ReportSection section;
        for (int i = 0; i < fillers; ++i)
            section.blocks.append(filler(i));
        section.blocks.append(ParagraphBlock{QString(), first, ParagraphStyle::Heading});
        section.blocks.append(ParagraphBlock{QString(), second, ParagraphStyle::Heading});
        section.blocks.append(ParagraphBlock{QString(), after, ParagraphStyle::Body});
        section.blocks.append(filler(99));
        const auto document = renderSection(section, device.writer.get()).document;
        const int page = pageOf(*document, blockWithText(*document, after));
        CHECK(pageOf(*document, blockWithText(*document, second), true) == page);
        CHECK(pageOf(*document, blockWithText(*document, first), true) == page);
        const int fillerPage =
            pageOf(*document, blockWithText(*document, filler(fillers - 1).text), true);
        if (pageOf(*document, blockWithText(*document, first)) == fillerPage + 1)
            ++moved;
    }
    CHECK(moved > 0); // some length did put the break between the headings and their text
}

TEST_CASE("The signatures stay on one page with the paragraph before them", "[pdf][layout]")
{
    PdfDevice device;
    const QString closing = QStringLiteral("Buổi kiểm tra kết thúc vào hồi …… giờ …… phút cùng "
                                           "ngày; biên bản được đọc lại cho các thành viên.");
    for (int fillers = 16; fillers < 30; ++fillers) {
        INFO(fillers << " paragraphs before the signatures");
        ReportSection section;
        for (int i = 0; i < fillers; ++i)
            section.blocks.append(filler(i));
        section.blocks.append(ParagraphBlock{QString(), closing, ParagraphStyle::Body});
        section.blocks.append(SignatureBlock{
            {},
            {{QStringLiteral("ĐẠI DIỆN ĐƠN VỊ"), QStringLiteral("ĐỘI TRƯỞNG"),
              QStringLiteral("Nguyễn Văn Bình")},
             {QStringLiteral("TM. ĐOÀN KIỂM TRA"), QStringLiteral("TRƯỞNG ĐOÀN"),
              QStringLiteral("Nguyễn Hữu Thắng")}}});
        section.blocks.append(ParagraphBlock{QString(), QString(), ParagraphStyle::Body});
        section.blocks.append(SignatureBlock{
            {}, {{QString(), QStringLiteral("THƯ KÝ"), QStringLiteral("Nguyễn Thị Minh Ngọc")}}});
        const auto document = renderSection(section, device.writer.get()).document;
        const int page = pageOf(*document, blockWithText(*document, closing));
        CHECK(pageOf(*document, blockWithText(*document, closing), true) == page);
        for (const QString &line :
             {QStringLiteral("Nguyễn Hữu Thắng"), QStringLiteral("THƯ KÝ"),
              QStringLiteral("Nguyễn Thị Minh Ngọc")})
            CHECK(pageOf(*document, blockWithText(*document, line)) == page);
    }
}

TEST_CASE("A chart that would fall onto the next page by a little is drawn shorter instead",
          "[pdf][layout]")
{
    PdfDevice device;
    constexpr double kWidthMm = 240.0, kHeightMm = 55.0, kMinimumMm = 35.0;
    const auto draw = [](double heightMm) {
        QImage image(qRound(kWidthMm * 4), qRound(heightMm * 4), QImage::Format_RGB32);
        image.fill(Qt::white);
        return image;
    };
    // Painted as vector graphics (the annex chart in a PDF), or as a picture (an issued
    // notice's snapshot keeps the picture).
    const auto paint = [](QPainter &painter, const QSizeF &sizeMm) {
        painter.drawRect(QRectF(QPointF(0, 0), sizeMm));
    };
    const QString note = QStringLiteral("Ghi chú: biểu đồ tỷ lệ điểm của từng đơn vị.");
    const bool vector = GENERATE(false, true);
    INFO((vector ? "vector graphics" : "picture"));
    int shrunk = 0;
    for (int rows = 4; rows < 20; ++rows) {
        INFO(rows << " table rows before the chart");
        ReportSection section;
        section.orientation = Orientation::Landscape;
        TableBlock table;
        table.header = {QStringLiteral("STT"), QStringLiteral("Đơn vị")};
        table.columnPercents = {10.0, 90.0};
        for (int row = 0; row < rows; ++row)
            table.rows.append({QString::number(row + 1), QStringLiteral("Đơn vị số %1").arg(row)});
        section.blocks.append(table);
        section.blocks.append(ParagraphBlock{QString(), note, ParagraphStyle::Note});
        section.blocks.append(ImageBlock{draw(kHeightMm), kWidthMm, draw, kMinimumMm,
                                         vector ? paint : ImageBlock{}.paint});
        const auto document = renderSection(section, device.writer.get()).document;
        const QTextBlock noteBlock = blockWithText(*document, note);
        const QTextBlock chart = noteBlock.next();
        const double height = chart.layout()->lineAt(0).height();
        const double fullHeight = device.writer->logicalDpiY() * kHeightMm / 25.4;
        const double minimum = device.writer->logicalDpiY() * kMinimumMm / 25.4;
        CHECK(height <= fullHeight + 1.0);
        if (height < fullHeight - 1.0) {
            ++shrunk;
            CHECK(height >= minimum - 1.0);
            CHECK(pageOf(*document, chart) == pageOf(*document, noteBlock, true));
        } else if (pageOf(*document, chart) != pageOf(*document, noteBlock, true)) {
            // Moved whole: only when even the shortest chart would not have fitted, with the
            // half millimetre the renderer keeps spare.
            const double page = document->pageSize().height();
            // The chart's paragraph starts after the note's spacing, where the room begins.
            const QRectF chartRect = document->documentLayout()->blockBoundingRect(chart);
            const double pageEnd = (pageOf(*document, noteBlock, true) + 1) * page;
            const double spare = device.writer->logicalDpiY() * 0.5 / 25.4;
            CHECK(pageEnd - chartRect.top() < minimum + spare + 1.0);
        }
    }
    CHECK(shrunk > 0); // some table length did leave less room than the full chart needs
}
