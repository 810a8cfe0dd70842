// The report's QTextDocument is built inside one edit block and laid out in a single pass
// (core/report/TextDocumentRenderer.cpp). These tests hold that pass to what Qt's own
// layout gives the same finished document, so a faster layout never moves a line.
#include "tests/report/ReportFixtures.h"

#include "core/report/OfficialLayout.h"
#include "core/report/TextDocumentRenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <catch2/catch.hpp>

#include <memory>

using namespace cchc::report;

namespace {

// A notice-like section long enough to cross many pages: paragraphs, a bordered table with
// a repeated header over several pages, and the signatures that must stay on one page.
ReportSection longSection(Orientation orientation, int rows)
{
    ReportSection section;
    section.orientation = orientation;
    section.blocks.append(HeaderBlock{QStringLiteral("UBND THÀNH PHỐ HÀ TĨNH"),
                                      QStringLiteral("ĐOÀN KIỂM TRA CCHC - HĐCV"),
                                      QStringLiteral("Số:      /TB-ĐKT"),
                                      QStringLiteral("Hà Tĩnh, ngày 30 tháng 5 năm 2022")});
    section.blocks.append(TitleBlock{QStringLiteral("THÔNG BÁO"),
                                     QStringLiteral("Kết quả kiểm tra công tác cải cách hành "
                                                    "chính - hoạt động công vụ năm 2022")});
    for (int i = 0; i < 30; ++i) {
        section.blocks.append(ParagraphBlock{
            QString(),
            QStringLiteral("Đoạn %1: đơn vị chưa ban hành kế hoạch kịp thời theo hướng dẫn của "
                           "UBND thành phố; hồ sơ lưu trữ chưa đầy đủ, một số văn bản chưa "
                           "được đóng dấu đến và vào sổ theo quy định.")
                .arg(i + 1),
            i % 7 == 0 ? ParagraphStyle::Heading : ParagraphStyle::Body});
    }
    section.blocks.append(cchc::test::unitsTable(rows));
    section.blocks.append(SignatureBlock{{QStringLiteral("- Như trên;"), QStringLiteral("- Lưu: VT.")},
                                         {{QStringLiteral("TM. ĐOÀN KIỂM TRA"),
                                           QStringLiteral("TRƯỞNG ĐOÀN"),
                                           QStringLiteral("Nguyễn Hữu Thắng")}}});
    return section;
}

// Qt's layout of the same finished document: a copy given its paint device and page size
// afterwards, which Qt lays out on its own (lazily, page by page).
std::unique_ptr<QTextDocument> qtLayoutOf(const QTextDocument &ours, QPaintDevice *device)
{
    std::unique_ptr<QTextDocument> copy(ours.clone());
    copy->documentLayout()->setPaintDevice(device);
    copy->setPageSize(ours.pageSize());
    copy->pageCount(); // finishes the layout
    return copy;
}

void checkSameLayout(const QTextDocument &ours, const QTextDocument &qt)
{
    REQUIRE(ours.blockCount() == qt.blockCount());
    CHECK(ours.pageCount() == qt.pageCount());
    int moved = 0;
    QTextBlock a = ours.begin();
    for (QTextBlock b = qt.begin(); a.isValid() && b.isValid(); a = a.next(), b = b.next()) {
        const QRectF rectA = ours.documentLayout()->blockBoundingRect(a);
        const QRectF rectB = qt.documentLayout()->blockBoundingRect(b);
        bool same = rectA == rectB && a.layout()->lineCount() == b.layout()->lineCount();
        for (int i = 0; same && i < a.layout()->lineCount(); ++i)
            same = a.layout()->lineAt(i).position() == b.layout()->lineAt(i).position() &&
                   a.layout()->lineAt(i).textLength() == b.layout()->lineAt(i).textLength();
        if (!same) {
            ++moved;
            UNSCOPED_INFO("block " << a.blockNumber() << " \"" << a.text().left(40).toStdString()
                                   << "\" at y " << rectA.top() << " instead of "
                                   << rectB.top());
        }
    }
    CHECK(moved == 0);
}

} // namespace

TEST_CASE("A section laid out in one pass is laid out exactly as Qt lays out the finished "
          "document",
          "[pdf][layout]")
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(layout::kDeviceDpi); // as writePdf
    for (const auto &[orientation, rows] :
         {std::pair{Orientation::Portrait, 150}, std::pair{Orientation::Landscape, 90}}) {
        INFO((orientation == Orientation::Portrait ? "portrait" : "landscape") << ", " << rows
                                                                               << " rows");
        const auto ours = renderSection(longSection(orientation, rows), &writer).document;
        REQUIRE(ours->pageCount() > 3); // the table continues over pages
        checkSameLayout(*ours, *qtLayoutOf(*ours, &writer));
    }
}
