// The PDF is the test: real files from the demo and hand-made rounds, read back with
// poppler-utils (pdftotext, pdffonts, pdfinfo) as a user's viewer or search would.
#include "tests/report/PdfProbe.h"
#include "tests/report/ReportFixtures.h"
#include "tests/support/TestSupport.h"

#include "core/report/DocxOutput.h"
#include "core/report/MinutesBuilder.h"
#include "core/report/NoticeDrafter.h"
#include "core/report/OfficialLayout.h"
#include "core/report/PdfOutput.h"
#include "core/report/ScoreAnnex.h"
#include "core/report/ScoreChart.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

using namespace cchc;
using namespace cchc::report;
using namespace cchc::test;
using namespace cchc::test::pdf;

namespace {

struct Demo
{
    TempDir dir;
    RoundData data;
    Demo() : data(demoRound(dir.path(QStringLiteral("demo.cchc")))) {}
    QString notice(bool withAnnex = true)
    {
        const QString pdf = dir.path(QStringLiteral("notice.pdf"));
        NoticeOptions options;
        options.issuedOn = QDate(2022, 5, 30);
        options.number = 5;
        options.withAnnex = withAnnex;
        const ReportSettings settings;
        REQUIRE(
            writePdf(buildNotice(data, settings, draftNotice(data, settings), options), pdf).ok());
        return pdf;
    }
};

} // namespace

TEST_CASE("The demo notice PDF says what the 2022 report says", "[pdf][demo]")
{
    Demo demo;
    const QString pdf = demo.notice();
    const QString text = pdfText(pdf);
    const QString flat = squeezed(text);
    for (const QString &expected :
         {QStringLiteral("UBND THÀNH PHỐ HÀ TĨNH"),
          QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
          QStringLiteral("Độc lập - Tự do - Hạnh phúc"), QStringLiteral("Số: 05/TB-ĐKT"),
          QStringLiteral("Hà Tĩnh, ngày 30 tháng 5 năm 2022"), QStringLiteral("THÔNG BÁO"),
          QStringLiteral(
              "Cả 02 đơn vị (Trung tâm Y tế Thành phố; Trung tâm Ứng dụng KHKT và bảo vệ "
              "cây trồng vật nuôi) thuộc diện áp dụng đều đang áp dụng HTQLCL theo TCVN ISO "
              "9001:2015."),
          QStringLiteral("Các đơn vị đều đã xây dựng kế hoạch thực hiện kỷ luật kỷ cương hành "
                         "chính"),
          QStringLiteral("Thông báo số 37/TB-UBND ngày 16/5/2022"),
          QStringLiteral("báo cáo kết quả khắc phục về UBND thành phố./."),
          QStringLiteral("Nơi nhận:"), QStringLiteral("TM. ĐOÀN KIỂM TRA"),
          QStringLiteral("TRƯỞNG ĐOÀN"), QStringLiteral("Nguyễn Hữu Thắng"),
          QStringLiteral("BẢNG ĐIỂM KẾT QUẢ KIỂM TRA")}) {
        INFO(expected.toStdString());
        CHECK(flat.contains(squeezed(expected)));
    }
    checkNoLineTwice(text, draftedText(demo.data));
}

TEST_CASE("The notice PDF is PDF/A with embedded fonts and numbered pages", "[pdf][demo]")
{
    Demo demo;
    const QString pdf = demo.notice(false);
    CHECK(run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), pdf})
              .contains(QStringLiteral("pdfaid:part")));
    CHECK(run(QStringLiteral("pdfinfo"), {pdf}).contains(QStringLiteral("A4")));

    checkFonts(pdf);

    const QList<Word> all = words(pdf);
    REQUIRE(!all.isEmpty());
    REQUIRE(all.constLast().page >= 2);
    CHECK(topMarginWords(all, 1).isEmpty());
    CHECK(topMarginWords(all, 2) == QStringList{QStringLiteral("2")});
    checkMargins(all);
}

TEST_CASE("Body text is 14 pt with a 1 cm first-line indent", "[pdf][demo]")
{
    Demo demo;
    const QList<Word> all = words(demo.notice(false));
    auto opening = std::find_if(all.cbegin(), all.cend(),
                                [](const Word &w) { return w.text == QStringLiteral("Thực"); });
    REQUIRE(opening != all.cend());
    CHECK(opening->xMin == Approx((layout::kMarginLeftMm + 10.0) * kPointsPerMm).margin(0.5));
    // Liberation Serif's ascent + descent is 1.107 em.
    CHECK(opening->yMax - opening->yMin == Approx(14.0 * 1.107).margin(0.3));
}

TEST_CASE("Minutes and the annex stay inside the margins, landscape included", "[pdf][demo]")
{
    Demo demo;
    const QString minutes = demo.dir.path(QStringLiteral("minutes.pdf"));
    auto document = buildMinutes(demo.data, ReportSettings(), demo.data.round.units.at(6).id);
    REQUIRE(document.ok());
    REQUIRE(writePdf(*document, minutes).ok());
    const QString text = pdfText(minutes);
    CHECK(squeezed(text).contains(squeezed(QStringLiteral("Lúc 7h45 ngày kiểm tra có 04/15 viên "
                                                          "chức chưa có mặt tại cơ quan."))));
    CHECK(squeezed(text).contains(squeezed(QStringLiteral("ĐẠI DIỆN ĐƠN VỊ"))));
    checkMargins(words(minutes));
    // The lines left to write on by hand repeat by design; nothing else may.
    QStringList paragraphs;
    for (const Block &block : document->sections.at(0).blocks) {
        if (const auto *paragraph = std::get_if<ParagraphBlock>(&block))
            paragraphs.append(paragraph->text);
    }
    checkNoLineTwice(text, paragraphs.join(QLatin1Char('\n')));

    const QString annex = demo.dir.path(QStringLiteral("annex.pdf"));
    REQUIRE(writePdf(buildScoreAnnex(demo.data), annex).ok());
    const QList<Word> annexWords = words(annex);
    REQUIRE(!annexWords.isEmpty());
    CHECK(annexWords.constFirst().pageWidth > annexWords.constFirst().pageHeight);
    checkMargins(annexWords);
}

TEST_CASE("Typed text appears literally in the PDF", "[pdf]")
{
    RoundData data =
        makeRound({QStringLiteral("Ban A & B <i>nghiêng</i>"), QStringLiteral("Đơn vị C")},
                  {QStringLiteral("DC")});
    Assessment &assessment = data.assessments[QStringLiteral("ru1")][QStringLiteral("c0")];
    assessment.finding = QStringLiteral("<b>Đậm</b> & \"trích\" 'nháy' &amp;\nDòng hai");
    TempDir dir;
    const QString pdf = dir.path(QStringLiteral("minutes.pdf"));
    auto document = buildMinutes(data, ReportSettings(), QStringLiteral("ru1"));
    REQUIRE(document.ok());
    REQUIRE(writePdf(*document, pdf).ok());
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("<b>Đậm</b> & \"trích\" 'nháy' &amp;")));
    CHECK(text.contains(QStringLiteral("\nDòng hai")));

    const QString notice = dir.path(QStringLiteral("notice.pdf"));
    NoticeOptions options;
    options.issuedOn = QDate(2024, 5, 8);
    REQUIRE(
        writePdf(buildNotice(data, ReportSettings(), draftNotice(data, ReportSettings()), options),
                 notice)
            .ok());
    CHECK(squeezed(pdfText(notice)).contains(squeezed(QStringLiteral("Ban A & B <i>nghiêng</i>"))));
}

TEST_CASE("Scores are ranked with ties sharing a rank", "[pdf]")
{
    const RoundData data =
        makeRound({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")},
                  {QStringLiteral("DCD"), QStringLiteral("DCP")});
    const QList<UnitScoreRow> rows = rankedScores(data);
    REQUIRE(rows.size() == 3);
    // Best first: A 100%, C 75%, B 0%.
    CHECK(rows.at(0).unitName == QStringLiteral("A"));
    CHECK(rows.at(0).rank == 1);
    CHECK(rows.at(1).unitName == QStringLiteral("C"));
    CHECK(rows.at(1).rank == 2);
    CHECK(rows.at(2).unitName == QStringLiteral("B"));
    CHECK(rows.at(2).rank == 3);
    CHECK(scoreText(3.5) == QStringLiteral("3,5"));
    CHECK(scoreText(2.0) == QStringLiteral("2"));
    CHECK(percentText(74.3902) == QStringLiteral("74,4"));
    const QImage chart = scoreChart(rows, 100, 50, 4);
    CHECK(chart.width() == 400);
    CHECK(chart.pixelColor(104, 120) != QColor(Qt::white)); // unit A's bar (100%)
}

TEST_CASE("A table's header row is repeated on every page it continues on", "[pdf]")
{
    QStringList names;
    for (int i = 1; i <= 60; ++i)
        names.append(QStringLiteral("Đơn vị số %1").arg(i));
    const RoundData data = makeRound(names, {QString(60, QLatin1Char('D'))});
    TempDir dir;
    const QString pdf = dir.path(QStringLiteral("annex.pdf"));
    REQUIRE(writePdf(buildScoreAnnex(data), pdf).ok());
    const QList<Word> all = words(pdf);
    REQUIRE(all.constLast().page >= 2);
    for (int page = 1; page <= all.constLast().page; ++page) {
        const bool tablePage = std::any_of(all.cbegin(), all.cend(), [&](const Word &w) {
            return w.page == page && w.text.startsWith(QStringLiteral("số"));
        });
        if (!tablePage)
            continue;
        INFO("page " << page);
        CHECK(std::count_if(all.cbegin(), all.cend(), [&](const Word &w) {
                  return w.page == page && w.text == QStringLiteral("STT");
              }) == 1);
    }
    checkMargins(all);
}

TEST_CASE("A report that cannot be written says where, and leaves nothing behind", "[pdf]")
{
    TempDir dir;
    const RoundData data = makeRound({QStringLiteral("A")}, {QStringLiteral("D")});
    const QString missing = dir.path(QStringLiteral("no-such-folder/report.pdf"));
    const Status pdf = writePdf(buildScoreAnnex(data), missing);
    REQUIRE_FALSE(pdf.ok());
    CHECK(pdf.error().contains(QStringLiteral("report.pdf")));
    const Status docx = writeDocx(buildScoreAnnex(data), dir.path(QStringLiteral("no-such-folder/r.docx")));
    REQUIRE_FALSE(docx.ok());
    CHECK(docx.error().contains(QStringLiteral("r.docx")));
    CHECK(QDir(dir.root()).entryList(QDir::Files).isEmpty());
}

TEST_CASE("The signatures are never split across two pages", "[pdf]")
{
    TempDir dir;
    int moved = 0;
    // One more line of body each time: the signature block (~8 lines) reaches the page
    // boundary in several of these, wherever the boundary falls.
    for (int lines = 28; lines <= 44; ++lines) {
        ReportSection section;
        for (int i = 0; i < lines; ++i)
            section.blocks.append(ParagraphBlock{QString(), QStringLiteral("Dòng %1.").arg(i + 1)});
        section.blocks.append(SignatureBlock{{QStringLiteral("- Lưu: VT.")},
                                             {{QStringLiteral("TM. ĐOÀN KIỂM TRA"),
                                               QStringLiteral("TRƯỞNG ĐOÀN"),
                                               QStringLiteral("Nguyễn Hữu Thắng")}}});
        ReportDocument document;
        document.sections.append(section);
        const QString pdf = dir.path(QStringLiteral("signature-%1.pdf").arg(lines));
        REQUIRE(writePdf(document, pdf).ok());
        const QList<Word> all = words(pdf);
        auto pageOf = [&](const QString &text) {
            auto found = std::find_if(all.cbegin(), all.cend(),
                                      [&](const Word &w) { return w.text == text; });
            REQUIRE(found != all.cend());
            return found->page;
        };
        INFO(lines << " lines of body");
        const int title = pageOf(QStringLiteral("TM."));
        CHECK(pageOf(QStringLiteral("Thắng")) == title);
        CHECK(pageOf(QStringLiteral("nhận:")) == title);
        moved += title > pageOf(QStringLiteral("Dòng"));
    }
    CHECK(moved > 0); // some of them did reach the boundary
}
