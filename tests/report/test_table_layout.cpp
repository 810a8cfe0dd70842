// Bordered tables are laid out by us (core/report/TableLayout.cpp): each row stands in the
// section's QTextDocument as one block of the row's height, so Qt paginates whole rows, and
// the header is repeated by making the row that opens a page taller by the header's height.
#include "tests/report/PdfProbe.h"
#include "tests/report/ReportFixtures.h"
#include "tests/support/TestSupport.h"

#include "core/report/OfficialLayout.h"
#include "core/report/PdfOutput.h"
#include "core/report/TableLayout.h"
#include "core/report/TextDocumentRenderer.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <catch2/catch.hpp>

#include <cmath>

using namespace cchc::report;
using namespace cchc::test;

namespace {

ParagraphBlock filler(int i)
{
    return {QString(), QStringLiteral("Đoạn %1: đơn vị chưa ban hành kế hoạch kịp thời.").arg(i),
            ParagraphStyle::Body};
}

struct PlacedRow
{
    double top = 0.0;
    double bottom = 0.0;
    int page = 0;
};

QList<PlacedRow> placedRows(const RenderedSection &section, const LaidOutTable &table)
{
    const double page = section.document->pageSize().height();
    QList<PlacedRow> rows;
    for (int row = 0; row < table.rowBlocks.size(); ++row) {
        const double bottom = slotBottom(table.rowBlocks.at(row));
        const double top = bottom - table.slotHeight(row);
        rows.append({top, bottom, int(std::floor((top + bottom) / 2 / page))});
    }
    return rows;
}

} // namespace

TEST_CASE("Every table row lies whole on one page, rows touch, and each later page opens "
          "with a copy of the header",
          "[pdf][layout]")
{
    PdfDevice device;
    for (const Orientation orientation : {Orientation::Portrait, Orientation::Landscape}) {
        for (int fillers : {0, 7, 13}) {
            INFO((orientation == Orientation::Portrait ? "portrait" : "landscape")
                 << ", " << fillers << " fillers");
            ReportSection section;
            section.orientation = orientation;
            for (int i = 0; i < fillers; ++i)
                section.blocks.append(filler(i));
            section.blocks.append(unitsTable(120));
            const RenderedSection rendered = renderSection(section, device.writer.get());
            REQUIRE(rendered.tables.size() == 1);
            const LaidOutTable &table = rendered.tables.constFirst();
            const double page = rendered.document->pageSize().height();
            const QList<PlacedRow> rows = placedRows(rendered, table);
            REQUIRE(rows.constLast().page >= 2);
            int pagesOpened = 0;
            for (int row = 0; row < rows.size(); ++row) {
                INFO("row " << row);
                const PlacedRow &placed = rows.at(row);
                CHECK(placed.top >= placed.page * page - 0.05); // Qt places in 1/64 pixels
                CHECK(placed.bottom <= (placed.page + 1) * page + 0.05);
                const bool opensPage = row > 0 && placed.page != rows.at(row - 1).page;
                CHECK(table.headerAbove.at(row) == opensPage);
                if (opensPage) {
                    ++pagesOpened;
                    CHECK(placed.top == Approx(placed.page * page).margin(1.0));
                } else if (row > 0) {
                    CHECK(placed.top == Approx(rows.at(row - 1).bottom).margin(0.05));
                }
            }
            CHECK(pagesOpened == rows.constLast().page - rows.constFirst().page);
        }
    }
}

TEST_CASE("A table's header never stays alone at the foot of a page", "[pdf][layout]")
{
    PdfDevice device;
    int moved = 0;
    for (int fillers = 30; fillers < 48; ++fillers) {
        INFO(fillers << " paragraphs before the table");
        ReportSection section;
        for (int i = 0; i < fillers; ++i)
            section.blocks.append(filler(i));
        section.blocks.append(unitsTable(3));
        const RenderedSection rendered = renderSection(section, device.writer.get());
        REQUIRE(rendered.tables.size() == 1);
        const QList<PlacedRow> rows = placedRows(rendered, rendered.tables.constFirst());
        CHECK(rows.at(0).page == rows.at(1).page);
        const QTextBlock lastFiller =
            rendered.tables.constFirst().rowBlocks.constFirst().previous();
        const QTextLayout *lines = lastFiller.layout();
        const double fillerBottom =
            lines->position().y() + lines->lineAt(lines->lineCount() - 1).rect().bottom();
        const double page = rendered.document->pageSize().height();
        if (rows.at(0).page > int(fillerBottom / page) &&
            (rows.at(0).page * page - fillerBottom) > rows.at(0).bottom - rows.at(0).top)
            ++moved; // the header alone would have fitted: it moved with the first row
    }
    CHECK(moved > 0); // some length did put the page's foot between the header and row 1
}

TEST_CASE("A table with a row taller than a page is still printed whole", "[pdf]")
{
    QStringList sentences;
    for (int i = 0; i < 140; ++i)
        sentences.append(
            QStringLiteral("Câu %1 của một tiêu chí rất dài do đơn vị tự soạn.").arg(i));
    const QString longCell = sentences.join(QLatin1Char(' '));
    ReportSection section;
    section.blocks.append(unitsTable(4, longCell));
    PdfDevice device;
    CHECK(renderSection(section, device.writer.get()).tables.isEmpty()); // left to Qt's table

    TempDir dir;
    const QString pdf = dir.path(QStringLiteral("long-row.pdf"));
    ReportDocument document;
    document.sections.append(section);
    REQUIRE(writePdf(document, pdf).ok());
    CHECK(pdf::pageCount(pdf) >= 2);
    // Every word of the cell, in order (other cells and the repeated header come between).
    const QList<pdf::Word> printed = pdf::words(pdf);
    auto next = printed.cbegin();
    for (const QString &word : longCell.split(QLatin1Char(' '))) {
        next =
            std::find_if(next, printed.cend(), [&](const pdf::Word &w) { return w.text == word; });
        REQUIRE(next != printed.cend());
        ++next;
    }
    CHECK(pdf::squeezed(pdf::pdfText(pdf)).contains(pdf::squeezed(QStringLiteral("Đơn vị số 4"))));
}

TEST_CASE("Cells of the same text, style and width are laid out once", "[pdf]")
{
    PdfDevice device;
    CellTextCache cache(device.writer.get());
    const auto style = layout::tableCellStyle(10.0, false, true);
    const auto first = cache.layOut(QStringLiteral("12,5/15"), style, 400.0);
    CHECK(cache.layOut(QStringLiteral("12,5/15"), style, 400.0) == first);
    CHECK(cache.layOut(QStringLiteral("12,5/15"), style, 300.0) != first);
    CHECK(cache.layOut(QStringLiteral("12,5/15"), layout::tableCellStyle(10.0, true, true),
                       400.0) != first);
    CHECK(cache.layOut(QStringLiteral("12/15"), style, 400.0) != first);
    REQUIRE(first->text.lineCount() == 1);
    // Centred in its width, as the column asks.
    const QTextLine line = first->text.lineAt(0);
    CHECK(line.cursorToX(0) + line.naturalTextWidth() / 2 == Approx(200.0).margin(1.0));
    // The glyphs drawn are the line's, where the line puts them.
    REQUIRE(first->glyphs.size() == 1);
    const QGlyphRun &glyphs = first->glyphs.constFirst();
    CHECK(glyphs.glyphIndexes().size() == 7);
    CHECK(glyphs.positions().constFirst().x() == Approx(line.cursorToX(0)).margin(0.5));
    CHECK(glyphs.positions().constFirst().y() == Approx(line.y() + line.ascent()).margin(0.5));
}
