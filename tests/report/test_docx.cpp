// The Word export: the package is well formed, and LibreOffice (a real word processor)
// renders it with the official layout, checked on its PDF like ours.
#include "tests/report/PdfProbe.h"
#include "tests/report/ReportFixtures.h"
#include "tests/support/TestSupport.h"

#include "core/report/DocxOutput.h"
#include "core/report/MinutesBuilder.h"
#include "core/report/NoticeDrafter.h"
#include "core/report/PdfOutput.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

using namespace cchc;
using namespace cchc::report;
using namespace cchc::test;
using namespace cchc::test::pdf;

namespace {

ReportDocument demoNotice(const RoundData &data)
{
    NoticeOptions options;
    options.issuedOn = QDate(2022, 5, 30);
    options.number = 5;
    const ReportSettings settings;
    return buildNotice(data, settings, draftNotice(data, settings), options);
}

ReportDocument literalMinutes()
{
    RoundData data =
        makeRound({QStringLiteral("Ban A & B <i>nghiêng</i>"), QStringLiteral("Đơn vị C")},
                  {QStringLiteral("DC")});
    data.assessments[QStringLiteral("ru1")][QStringLiteral("c0")].finding =
        QStringLiteral("<b>Đậm</b> & \"trích\" 'nháy' &amp;\nDòng hai\x01");
    auto document = buildMinutes(data, ReportSettings(), QStringLiteral("ru1"));
    REQUIRE(document.ok());
    return *document;
}

// Attribute values of `element` in an XML part.
QStringList attributeValues(const QByteArray &xml, const QString &element, const QString &attribute)
{
    QXmlStreamReader reader(xml);
    QStringList values;
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == element)
            values.append(reader.attributes().value(attribute).toString());
    }
    return values;
}

// Converts every .docx of `files` in one LibreOffice start (~1.5 s each start).
void convertWithLibreOffice(const TempDir &dir, const QStringList &files)
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    INFO("LibreOffice (libreoffice-writer-nogui, see scripts/install-deps.sh) is needed");
    REQUIRE_FALSE(soffice.isEmpty());
    QProcess process;
    process.start(soffice,
                  QStringList{QStringLiteral("--headless"),
                              QStringLiteral("-env:UserInstallation=file://") +
                                  dir.path(QStringLiteral("lo")),
                              QStringLiteral("--convert-to"), QStringLiteral("pdf"),
                              QStringLiteral("--outdir"), dir.path(QStringLiteral("converted"))} +
                      files);
    REQUIRE(process.waitForFinished(240000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
}

} // namespace

TEST_CASE("The DOCX package is complete and well formed", "[docx]")
{
    TempDir dir;
    const RoundData data = demoRound(dir.path(QStringLiteral("demo.cchc")));
    const QMap<QString, QByteArray> parts = docxParts(demoNotice(data));
    for (const char *required : {"[Content_Types].xml", "_rels/.rels", "word/document.xml",
                                 "word/_rels/document.xml.rels", "word/styles.xml"}) {
        INFO(required);
        CHECK(parts.contains(QLatin1String(required)));
    }
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        if (!it.key().endsWith(QLatin1String(".xml")) && !it.key().endsWith(QLatin1String(".rels")))
            continue;
        QXmlStreamReader reader(it.value());
        while (!reader.atEnd())
            reader.readNext();
        INFO(it.key().toStdString());
        CHECK_FALSE(reader.hasError());
    }
    // Every relationship target and every declared part is in the package.
    for (const QString &target :
         attributeValues(parts.value(QStringLiteral("_rels/.rels")), QStringLiteral("Relationship"),
                         QStringLiteral("Target")))
        CHECK(parts.contains(target));
    for (const QString &target :
         attributeValues(parts.value(QStringLiteral("word/_rels/document.xml.rels")),
                         QStringLiteral("Relationship"), QStringLiteral("Target")))
        CHECK(parts.contains(QStringLiteral("word/") + target));
    for (const QString &part :
         attributeValues(parts.value(QStringLiteral("[Content_Types].xml")),
                         QStringLiteral("Override"), QStringLiteral("PartName")))
        CHECK(parts.contains(part.mid(1)));
    const QByteArray document = parts.value(QStringLiteral("word/document.xml"));
    CHECK(document.contains("<w:tblHeader/>"));
    CHECK(document.contains("<w:titlePg/>"));
    CHECK(
        attributeValues(document, QStringLiteral("pgMar"), QStringLiteral("w:left")).constFirst() ==
        QStringLiteral("1701"));
    CHECK(parts.value(QStringLiteral("word/header1.xml")).contains(" PAGE "));

    // The zip on disk holds exactly these parts.
    const QString path = dir.path(QStringLiteral("notice.docx"));
    REQUIRE(writeDocx(demoNotice(data), path).ok());
    QStringList listed = run(QStringLiteral("unzip"), {QStringLiteral("-Z1"), path})
                             .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    CHECK(listed.constFirst() == QStringLiteral("[Content_Types].xml"));
    listed.sort();
    QStringList expected = parts.keys();
    expected.sort();
    CHECK(listed == expected);
}

TEST_CASE("Characters XML cannot carry become a space and never join two words", "[docx]")
{
    RoundData data =
        makeRound({QStringLiteral("Đơn vị A"), QStringLiteral("Đơn vị C")}, {QStringLiteral("DC")});
    data.assessments[QStringLiteral("ru1")][QStringLiteral("c0")].finding =
        QStringLiteral("Biển tên") + QChar(0) + QStringLiteral("đã cũ") + QChar(0xFFFE) +
        QStringLiteral("hỏng") + QChar(0xD800) + QStringLiteral("một phần");
    auto minutes = buildMinutes(data, ReportSettings(), QStringLiteral("ru1"));
    REQUIRE(minutes.ok());
    QXmlStreamReader reader(docxParts(*minutes).value(QStringLiteral("word/document.xml")));
    QString text;
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == u"t")
            text += reader.readElementText();
    }
    CHECK_FALSE(reader.hasError());
    CHECK(text.contains(QStringLiteral("Biển tên đã cũ hỏng một phần")));
}

TEST_CASE("LibreOffice renders the DOCX with the official layout", "[docx][libreoffice]")
{
    TempDir dir;
    const RoundData data = demoRound(dir.path(QStringLiteral("demo.cchc")));
    const ReportDocument notice = demoNotice(data);
    REQUIRE(writeDocx(notice, dir.path(QStringLiteral("notice.docx"))).ok());
    REQUIRE(writePdf(notice, dir.path(QStringLiteral("ours.pdf"))).ok());
    REQUIRE(writeDocx(literalMinutes(), dir.path(QStringLiteral("minutes.docx"))).ok());
    convertWithLibreOffice(
        dir, {dir.path(QStringLiteral("notice.docx")), dir.path(QStringLiteral("minutes.docx"))});

    const QString pdf = dir.path(QStringLiteral("converted/notice.pdf"));
    REQUIRE(QFileInfo::exists(pdf));
    const QString text = pdfText(pdf);
    const QString flat = squeezed(text);
    for (const QString &expected :
         {QStringLiteral("ĐOÀN KIỂM TRA CCHC - HĐCV"),
          QStringLiteral("Độc lập - Tự do - Hạnh phúc"), QStringLiteral("Số: 05/TB-ĐKT"),
          QStringLiteral("Hà Tĩnh, ngày 30 tháng 5 năm 2022"),
          QStringLiteral(
              "Cả 02 đơn vị (Trung tâm Y tế Thành phố; Trung tâm Ứng dụng KHKT và bảo vệ "
              "cây trồng vật nuôi) thuộc diện áp dụng đều đang áp dụng HTQLCL theo TCVN ISO "
              "9001:2015."),
          QStringLiteral("Nơi nhận:"), QStringLiteral("TRƯỞNG ĐOÀN"),
          QStringLiteral("Nguyễn Hữu Thắng"), QStringLiteral("BẢNG ĐIỂM KẾT QUẢ KIỂM TRA")}) {
        INFO(expected.toStdString());
        CHECK(flat.contains(squeezed(expected)));
    }
    checkNoLineTwice(text, draftedText(data));
    checkFonts(pdf);
    const QList<Word> all = words(pdf);
    checkMargins(all);
    CHECK(topMarginWords(all, 1).isEmpty());
    CHECK(topMarginWords(all, 2) == QStringList{QStringLiteral("2")});
    CHECK(std::abs(pageCount(pdf) - pageCount(dir.path(QStringLiteral("ours.pdf")))) <= 1);
    // The annex is landscape and starts its own numbering (no number on its first page).
    const int lastPage = all.constLast().page;
    const Word annexWord = *std::find_if(
        all.cbegin(), all.cend(), [](const Word &w) { return w.text == QStringLiteral("BẢNG"); });
    CHECK(annexWord.pageWidth > annexWord.pageHeight);
    CHECK(topMarginWords(all, annexWord.page).isEmpty());
    // The chart stays under the table: the annex is one page, in LibreOffice and in ours.
    CHECK(lastPage == annexWord.page);
    const QList<Word> oursAll = words(dir.path(QStringLiteral("ours.pdf")));
    const Word ourAnnexWord = *std::find_if(oursAll.cbegin(), oursAll.cend(), [](const Word &w) {
        return w.text == QStringLiteral("BẢNG");
    });
    CHECK(oursAll.constLast().page == ourAnnexWord.page);
    CHECK(pageCount(dir.path(QStringLiteral("ours.pdf"))) == ourAnnexWord.page);

    // Body text: Times New Roman (Liberation Serif) 14 pt, 1 cm first-line indent.
    auto opening = std::find_if(all.cbegin(), all.cend(),
                                [](const Word &w) { return w.text == QStringLiteral("Thực"); });
    REQUIRE(opening != all.cend());
    CHECK(opening->xMin == Approx((30.0 + 10.0) * kPointsPerMm).margin(1.0));
    // Same font at the same size: the word is as wide as in our PDF (14 pt there). Heights
    // are no measure here: LibreOffice embeds the font with other ascent/descent values.
    const QList<Word> ours = words(dir.path(QStringLiteral("ours.pdf")));
    auto ourOpening = std::find_if(ours.cbegin(), ours.cend(),
                                   [](const Word &w) { return w.text == QStringLiteral("Thực"); });
    REQUIRE(ourOpening != ours.cend());
    CHECK(opening->xMax - opening->xMin == Approx(ourOpening->xMax - ourOpening->xMin).margin(0.3));

    const QString minutes = pdfText(dir.path(QStringLiteral("converted/minutes.pdf")));
    CHECK(minutes.contains(QStringLiteral("<b>Đậm</b> & \"trích\" 'nháy' &amp;")));
    CHECK(minutes.contains(QStringLiteral("\nDòng hai")));
    CHECK(squeezed(minutes).contains(squeezed(QStringLiteral("ĐẠI DIỆN ĐƠN VỊ"))));
}
