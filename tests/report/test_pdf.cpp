// The PDF is the test: real files from the demo and hand-made rounds, read back with
// poppler-utils (pdftotext, pdffonts, pdfinfo) as a user's viewer or search would.
#include "ReportFixtures.h"
#include "support/TestSupport.h"

#include "report/MinutesBuilder.h"
#include "report/NoticeDrafter.h"
#include "report/OfficialLayout.h"
#include "report/PdfOutput.h"
#include "report/ScoreAnnex.h"

#include <QProcess>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

using namespace cchc;
using namespace cchc::report;
using namespace cchc::test;

namespace {

constexpr double kPointsPerMm = 72.0 / 25.4;
constexpr double kTolerance = 1.0 * kPointsPerMm; // ±1 mm

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfText(const QString &path)
{
    return run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path,
                                             QStringLiteral("-")});
}

// Line breaks fall anywhere, also after "-" in "37/TB-UBND", which pdftotext then joins
// as a hyphenated word ("37/TBUBND"): compare without whitespace and hyphens.
QString squeezed(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("[\\s-]+")));
}

struct Word
{
    int page = 0;
    double xMin = 0, yMin = 0, xMax = 0, yMax = 0;
    double pageWidth = 0, pageHeight = 0;
    QString text;
};

QList<Word> words(const QString &path)
{
    QXmlStreamReader xml(run(QStringLiteral("pdftotext"),
                             {QStringLiteral("-bbox"), path, QStringLiteral("-")}));
    QList<Word> result;
    int page = 0;
    double width = 0, height = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto attributes = xml.attributes();
        if (xml.name() == QLatin1String("page")) {
            ++page;
            width = attributes.value(QLatin1String("width")).toDouble();
            height = attributes.value(QLatin1String("height")).toDouble();
        } else if (xml.name() == QLatin1String("word")) {
            Word word;
            word.page = page;
            word.pageWidth = width;
            word.pageHeight = height;
            word.xMin = attributes.value(QLatin1String("xMin")).toDouble();
            word.yMin = attributes.value(QLatin1String("yMin")).toDouble();
            word.xMax = attributes.value(QLatin1String("xMax")).toDouble();
            word.yMax = attributes.value(QLatin1String("yMax")).toDouble();
            word.text = xml.readElementText();
            result.append(word);
        }
    }
    return result;
}

bool inTopMargin(const Word &word)
{
    return word.yMax <= layout::kMarginTopMm * kPointsPerMm + kTolerance / 2;
}

// Every word inside the official margins, except the page numbers in the top margin.
void checkMargins(const QList<Word> &all)
{
    for (const Word &word : all) {
        INFO("page " << word.page << " word " << word.text.toStdString());
        if (inTopMargin(word))
            continue;
        CHECK(word.xMin >= layout::kMarginLeftMm * kPointsPerMm - kTolerance);
        CHECK(word.xMax <= word.pageWidth - layout::kMarginRightMm * kPointsPerMm + kTolerance);
        CHECK(word.yMin >= layout::kMarginTopMm * kPointsPerMm - kTolerance);
        CHECK(word.yMax <= word.pageHeight - layout::kMarginBottomMm * kPointsPerMm + kTolerance);
    }
}

QStringList topMarginWords(const QList<Word> &all, int page)
{
    QStringList found;
    for (const Word &word : all) {
        if (word.page == page && inTopMargin(word))
            found.append(word.text);
    }
    return found;
}

// No line of text is in the PDF twice (the straddling-paragraph trap).
void checkNoLineTwice(const QString &text)
{
    QSet<QString> seen;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.size() < 25)
            continue; // short table cells ("Đạt", "2/2") repeat by nature
        INFO(trimmed.toStdString());
        CHECK_FALSE(seen.contains(trimmed));
        seen.insert(trimmed);
    }
}

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
        REQUIRE(writePdf(buildNotice(data, settings, draftNotice(data, settings), options), pdf).ok());
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
         {QStringLiteral("UBND THÀNH PHỐ HÀ TĨNH"), QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
          QStringLiteral("Độc lập - Tự do - Hạnh phúc"), QStringLiteral("Số: 05/TB-ĐKT"),
          QStringLiteral("Hà Tĩnh, ngày 30 tháng 5 năm 2022"), QStringLiteral("THÔNG BÁO"),
          QStringLiteral("Có 02 đơn vị (Trung tâm Y tế Thành phố, Trung tâm Ứng dụng KHKT và bảo vệ "
                         "cây trồng vật nuôi) đang áp dụng HTQLCL theo TCVN ISO 9001:2015."),
          QStringLiteral("100% đơn vị xây dựng kế hoạch thực hiện kỷ luật kỷ cương hành chính"),
          QStringLiteral("Thông báo số 37/TB-UBND ngày 16/5/2022"),
          QStringLiteral("báo cáo kết quả khắc phục về UBND thành phố./."),
          QStringLiteral("Nơi nhận:"), QStringLiteral("TM. ĐOÀN KIỂM TRA"), QStringLiteral("TRƯỞNG ĐOÀN"),
          QStringLiteral("Nguyễn Hữu Thắng"), QStringLiteral("BẢNG ĐIỂM KẾT QUẢ KIỂM TRA")}) {
        INFO(expected.toStdString());
        CHECK(flat.contains(squeezed(expected)));
    }
    checkNoLineTwice(text);
}

TEST_CASE("The notice PDF is PDF/A with embedded fonts and numbered pages", "[pdf][demo]")
{
    Demo demo;
    const QString pdf = demo.notice(false);
    CHECK(run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), pdf})
              .contains(QStringLiteral("pdfaid:part")));
    CHECK(run(QStringLiteral("pdfinfo"), {pdf}).contains(QStringLiteral("A4")));

    const QStringList fontLines = run(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'),
                                                                               Qt::SkipEmptyParts);
    REQUIRE(fontLines.size() > 2);
    for (const QString &line : fontLines.mid(2)) {
        INFO(line.toStdString());
        CHECK((line.contains(QStringLiteral("LiberationSerif"))
               || line.contains(QStringLiteral("TimesNewRoman"))));
        CHECK(line.contains(QStringLiteral(" yes ")));
    }

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
    checkNoLineTwice(text);

    const QString annex = demo.dir.path(QStringLiteral("annex.pdf"));
    REQUIRE(writePdf(buildScoreAnnex(demo.data), annex).ok());
    const QList<Word> annexWords = words(annex);
    REQUIRE(!annexWords.isEmpty());
    CHECK(annexWords.constFirst().pageWidth > annexWords.constFirst().pageHeight);
    checkMargins(annexWords);
}

TEST_CASE("Typed text appears literally in the PDF", "[pdf]")
{
    RoundData data = makeRound({QStringLiteral("Ban A & B <i>nghiêng</i>"), QStringLiteral("Đơn vị C")},
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
    REQUIRE(writePdf(buildNotice(data, ReportSettings(), draftNotice(data, ReportSettings()), options),
                     notice)
                .ok());
    CHECK(squeezed(pdfText(notice)).contains(squeezed(QStringLiteral("Ban A & B <i>nghiêng</i>"))));
}

TEST_CASE("Scores are ranked with ties sharing a rank", "[pdf]")
{
    const RoundData data = makeRound({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")},
                                     {QStringLiteral("DCD"), QStringLiteral("DCP")});
    const QList<UnitScoreRow> rows = rankedScores(data);
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(0).rank == 1);
    CHECK(rows.at(1).rank == 3);
    CHECK(rows.at(2).rank == 2);
    CHECK(scoreText(3.5) == QStringLiteral("3,5"));
    CHECK(scoreText(2.0) == QStringLiteral("2"));
    const QImage chart = scoreChart(rows, 100, 50, 4);
    CHECK(chart.width() == 400);
    CHECK(chart.pixelColor(104, 120) != QColor(Qt::white)); // unit A's bar (100%)
}
