// Drafting rules of the notice, on small hand-made rounds and on the demo file.
#include "tests/report/ReportFixtures.h"
#include "tests/support/TestSupport.h"

#include "core/report/NoticeDrafter.h"
#include "core/report/MinutesBuilder.h"
#include "core/report/Recommendations.h"

#include <catch2/catch.hpp>

using namespace cchc;
using namespace cchc::report;
using namespace cchc::test;

namespace {

const QStringList kUnits = {QStringLiteral("Đơn vị An"), QStringLiteral("Đơn vị Bình"),
                            QStringLiteral("Đơn vị Cường"), QStringLiteral("Đơn vị Dũng"),
                            QStringLiteral("Đơn vị Giang")};

// The strengths paragraph of a one-criterion round.
QString sentenceFor(const QString &results)
{
    for (const DraftParagraph &paragraph :
         draftNotice(makeRound(kUnits, {results}), ReportSettings())) {
        if (paragraph.key == QStringLiteral("results/g1"))
            return paragraph.text;
    }
    return {};
}

} // namespace

TEST_CASE("Every unit meeting a criterion is drafted as 100%", "[drafting]")
{
    CHECK(sentenceFor(QStringLiteral("DDDDD")) == QStringLiteral("100% đơn vị đã làm việc 1."));
    CHECK(sentenceFor(QStringLiteral("DEDDD")) ==
          QStringLiteral("100% đơn vị đã làm việc 1, tiêu biểu như Đơn vị Bình."));
}

TEST_CASE("A few units are counted with two digits and named, never 'một số'", "[drafting]")
{
    CHECK(sentenceFor(QStringLiteral("CDCPD")) ==
          QStringLiteral("Có 02 đơn vị (Đơn vị Bình và Đơn vị Giang) đã làm việc 1."));
    // Exemplary units among named ones are not named twice.
    CHECK(sentenceFor(QStringLiteral("DECPE")) ==
          QStringLiteral("Có 03 đơn vị (Đơn vị An, Đơn vị Bình và Đơn vị Giang) đã làm việc 1."));
}

TEST_CASE("'Không áp dụng' units are outside the counts", "[drafting]")
{
    // Applies to two units only, both meet it: all of the applicable ones, not "100%".
    CHECK(sentenceFor(QStringLiteral("NENDN")) ==
          QStringLiteral("Cả 02 đơn vị (Đơn vị Bình và Đơn vị Dũng) thuộc diện áp dụng đều đã "
                         "làm việc 1."));
    CHECK(sentenceFor(QStringLiteral("NNNNN")).isEmpty());
    const RoundData data = makeRound(kUnits, {QStringLiteral("NNNND")});
    CHECK(tallyCriterion(data, data.checklist.groups.at(0).criteria.at(0)).applicable.size() == 1);
}

TEST_CASE("All but one or two units is 'hầu hết', and shortcomings name the exceptions",
          "[drafting]")
{
    CHECK(sentenceFor(QStringLiteral("DDDDC")) ==
          QStringLiteral("Hầu hết các đơn vị (04/05) đã làm việc 1."));
    CHECK(draftedText(makeRound(kUnits, {QStringLiteral("CCCCD")}))
              .contains(QStringLiteral("Hầu hết các đơn vị chưa làm tốt việc 1, trừ 01 đơn vị "
                                       "(Đơn vị Giang).")));
    CHECK(sentenceFor(QStringLiteral("CCCCC")).isEmpty());
}

TEST_CASE("Quantifiers follow the proportion of applicable units", "[drafting][rules]")
{
    using rules::Share;
    CHECK(rules::shareOf(12, 12) == Share::All);
    CHECK(rules::shareOf(11, 12) == Share::NearlyAll);
    CHECK(rules::shareOf(10, 12) == Share::NearlyAll);
    CHECK(rules::shareOf(9, 12) == Share::Most);
    CHECK(rules::shareOf(5, 8) == Share::Most); // a majority is not listed
    CHECK(rules::shareOf(3, 5) == Share::Few);
    CHECK(rules::shareOf(5, 12) == Share::Few);
    CHECK(rules::shareOf(3, 12, rules::kNamedShortcomings) == Share::Some);
    CHECK(rules::shareOf(1, 12) == Share::One);
    CHECK(rules::shareOf(7, 40) == Share::Some);
    CHECK(rules::shareOf(21, 40) == Share::Most);
    CHECK(rules::shareOf(2, 3) == Share::Few); // two of three are named, not "hầu hết"
}

TEST_CASE("Shortcomings say not met and partly met differently", "[drafting]")
{
    const RoundData data = makeRound(
        kUnits, {QStringLiteral("DDDDP"), QStringLiteral("DDDDD"), QStringLiteral("CDDDN")});
    const QString text = draftedText(data);
    // Openings alternate: "Còn 01 đơn vị …", then "Có 01 đơn vị …".
    CHECK(text.contains(QStringLiteral("Còn 01 đơn vị (Đơn vị Giang) làm việc 1 nhưng chưa đầy "
                                       "đủ. Có 01 đơn vị (Đơn vị An) chưa làm tốt việc 3.")));
    CHECK_FALSE(text.contains(QStringLiteral("chưa làm tốt việc 1")));
    CHECK_FALSE(text.contains(QStringLiteral("chưa làm tốt việc 2")));
    CHECK(text.contains(QStringLiteral("Bên cạnh những kết quả đạt được, công tác CCHC tại các "
                                       "đơn vị sự nghiệp còn một số tồn tại, hạn chế như:")));
}

TEST_CASE("Criteria falling short at the same units are one sentence", "[drafting]")
{
    const RoundData data = makeRound(kUnits, {QStringLiteral("CCCCC"), QStringLiteral("CCCCC")});
    const QString text = draftedText(data);
    CHECK(text.contains(QStringLiteral("Các đơn vị đều chưa làm tốt việc 1 và chưa làm tốt việc "
                                       "2.")));
    CHECK_FALSE(text.contains(QStringLiteral("Một số đơn vị")));
}

TEST_CASE("A round without shortcomings drafts no shortcomings section", "[drafting]")
{
    const QString text = draftedText(makeRound(kUnits, {QStringLiteral("DDDDD")}));
    CHECK_FALSE(text.contains(QStringLiteral("tồn tại, hạn chế như")));
    CHECK(text.endsWith(QStringLiteral("./.")));
}

TEST_CASE("The opening names the visit dates, unit count and period", "[drafting]")
{
    const QString text = draftedText(makeRound(kUnits, {QStringLiteral("DDDDD")}));
    CHECK(text.startsWith(QStringLiteral("Từ ngày 06 đến ngày 07/5/2024, Đoàn kiểm tra")));
    // The drafting guide's abbreviation rule: in full once, with "(CCHC)", then "CCHC".
    CHECK(text.contains(QStringLiteral("kiểm tra công tác cải cách hành chính (CCHC) tại 05 đơn "
                                       "vị sự nghiệp. Sau khi kiểm tra, Đoàn đánh giá kết quả "
                                       "thực hiện công tác CCHC")));
    CHECK(text.count(QStringLiteral("cải cách hành chính")) == 1);
    CHECK(text.contains(QStringLiteral("năm 2023 ở các đơn vị như sau:")));
    CHECK(visitPeriod(QDate(2022, 5, 30), QDate(2022, 6, 2)) ==
          QStringLiteral("từ ngày 30/5 đến ngày 02/6/2022"));
    CHECK(visitPeriod(QDate(2022, 5, 30), QDate(2022, 5, 30)) == QStringLiteral("ngày 30/5/2022"));
}

TEST_CASE("Paragraph keys are stable across drafts", "[drafting]")
{
    const RoundData before = makeRound(kUnits, {QStringLiteral("DDDDP")});
    const RoundData after = makeRound(kUnits, {QStringLiteral("DDCDP")});
    QStringList keysBefore, keysAfter;
    for (const auto &p : draftNotice(before, ReportSettings()))
        keysBefore.append(p.key);
    for (const auto &p : draftNotice(after, ReportSettings()))
        keysAfter.append(p.key);
    CHECK(keysBefore == keysAfter);
    CHECK(keysBefore.contains(QStringLiteral("results/g1")));
    CHECK(keysBefore.contains(QStringLiteral("shortcomings/g1")));
}

TEST_CASE("The demo round drafts the sentences of the 2022 report", "[drafting][demo]")
{
    TempDir dir;
    const QString text = draftedText(demoRound(dir.path(QStringLiteral("demo.cchc"))));
    // ISO applies to two units only: both apply it, which is all of those it applies to.
    CHECK(text.contains(QStringLiteral("Cả 02 đơn vị (Trung tâm Y tế Thành phố; Trung tâm Ứng "
                                       "dụng KHKT và bảo vệ cây trồng vật nuôi) thuộc diện áp "
                                       "dụng đều đang áp dụng HTQLCL theo TCVN ISO 9001:2015")));
    CHECK(text.contains(QStringLiteral("Các đơn vị đều đã xây dựng kế hoạch thực hiện kỷ luật "
                                       "kỷ cương hành chính và tổ chức ký cam kết theo Quyết "
                                       "định 52/2017/QĐ-UBND của UBND tỉnh")));
    CHECK(text.startsWith(QStringLiteral("Thực hiện Kế hoạch số 56/KH-UBND ngày 30/3/2022 của UBND "
                                         "thành phố")));
    CHECK(text.contains(QStringLiteral("từ ngày 23 đến ngày 26/5/2022")));
    CHECK(text.contains(QStringLiteral("tại 08 đơn vị sự nghiệp")));
    CHECK(text.contains(QStringLiteral("báo cáo kết quả khắc phục về UBND thành phố")));
    CHECK(text.endsWith(QStringLiteral("./.")));
    // The slips of the first drafts are gone.
    CHECK_FALSE(text.contains(QStringLiteral("Luật lao động")));
    CHECK_FALSE(text.contains(QStringLiteral("tình trạng chưa")));
    CHECK_FALSE(text.contains(QStringLiteral("văn hóa công sở")));
    CHECK_FALSE(text.contains(QStringLiteral("CCHC năm.")));
}

TEST_CASE("Units that improved most since the previous round are named", "[drafting]")
{
    RoundData data = makeRound(kUnits, {QStringLiteral("DDDDD"), QStringLiteral("DDDPC")});
    // Now: An…Cường 100%, Dũng 75%, Giang 50%.
    data.previousPercent = {{QStringLiteral("u0"), 95.0},
                            {QStringLiteral("u1"), 60.0},
                            {QStringLiteral("u2"), 80.0},
                            {QStringLiteral("u3"), 50.0}};
    CHECK(mostImproved(data) == QStringList{QStringLiteral("ru1"), QStringLiteral("ru3"),
                                            QStringLiteral("ru2")});
    CHECK(mostImproved(data, 10.0, 1) == QStringList{QStringLiteral("ru1")});
    CHECK(draftedText(data).contains(QStringLiteral("Các đơn vị có nhiều chuyển biến so với đợt "
                                                  "kiểm tra trước: Đơn vị Bình, Đơn vị Dũng và "
                                                  "Đơn vị Cường.")));
    data.previousPercent.clear();
    CHECK_FALSE(draftedText(data).contains(QStringLiteral("chuyển biến")));
}

TEST_CASE("The general assessment counts grades and names the best units when few",
          "[drafting]")
{
    QStringList names;
    for (int i = 1; i <= 8; ++i)
        names.append(QStringLiteral("Đơn vị %1").arg(i));
    const QString many = draftedText(makeRound(names, {QStringLiteral("DDDDDDDC")}));
    CHECK(many.contains(QStringLiteral("Qua chấm điểm, có 07 đơn vị xếp loại Tốt và 01 đơn vị "
                                       "xếp loại Yếu.")));
    CHECK_FALSE(many.contains(QStringLiteral("xếp loại Tốt gồm")));
    const QString few = draftedText(makeRound(names, {QStringLiteral("DDDCCCCC")}));
    CHECK(few.contains(QStringLiteral("Các đơn vị xếp loại Tốt gồm: Đơn vị 1, Đơn vị 2 và Đơn "
                                      "vị 3.")));
}

namespace {

CorrectiveAction actionFor(int unit, int criterion, const char16_t *description,
                           QDate deadline = {})
{
    CorrectiveAction action;
    action.roundUnitId = QStringLiteral("ru%1").arg(unit);
    action.criterionId = criterion < 0 ? QString() : QStringLiteral("c%1").arg(criterion);
    action.description = QString::fromUtf16(description);
    action.deadline = deadline;
    return action;
}

QString paragraphText(const RoundData &data, const QString &key)
{
    for (const DraftParagraph &paragraph : draftNotice(data, ReportSettings())) {
        if (paragraph.key == key)
            return paragraph.text;
    }
    return {};
}

} // namespace

TEST_CASE("Recommendations are addressed to every unit, a few by name, or many counted",
          "[drafting][recommendations]")
{
    const QString kind = QStringLiteral("đơn vị sự nghiệp");
    const auto addressees = [](const QStringList &names, int units, const QString &kind) {
        return rules::addressees(names, units, kind, listStyleOf(names));
    };
    CHECK(addressees({QStringLiteral("A"), QStringLiteral("B")}, 2, kind) ==
          QStringLiteral("các đơn vị sự nghiệp"));
    CHECK(addressees({QStringLiteral("Trung tâm Y tế Thành phố")}, 8, kind) ==
          QStringLiteral("Trung tâm Y tế Thành phố"));
    CHECK(addressees({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}, 8, kind) ==
          QStringLiteral("A, B và C"));
    CHECK(addressees({QStringLiteral("Ban bồi thường, hỗ trợ và tái định cư"),
                      QStringLiteral("Trung tâm Y tế Thành phố")},
                     8, kind) ==
          QStringLiteral("Ban bồi thường, hỗ trợ và tái định cư; Trung tâm Y tế Thành phố"));
    CHECK(addressees({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                      QStringLiteral("D")},
                     8, kind) == QStringLiteral("04 đơn vị (A, B, C và D)"));
    CHECK(addressees({QStringLiteral("Trung tâm Y tế"), QStringLiteral("Trung tâm KHKT và bảo vệ "
                                                                       "cây trồng")},
                     8, kind) == QStringLiteral("Trung tâm Y tế; Trung tâm KHKT và bảo vệ cây trồng"));
    CHECK(addressees({QStringLiteral("A"), QStringLiteral("B, C"), QStringLiteral("D"),
                      QStringLiteral("E")},
                     8, kind) == QStringLiteral("04 đơn vị (A; B, C; D; E)"));
    QStringList many;
    for (int i = 0; i < 6; ++i)
        many.append(QStringLiteral("Đơn vị %1").arg(i));
    CHECK(addressees(many, 20, kind) ==
          QStringLiteral("06 đơn vị (theo biên bản kiểm tra từng đơn vị)"));
}

TEST_CASE("Corrective actions are drafted as dated requests naming their units",
          "[drafting][recommendations]")
{
    RoundData data = makeRound(kUnits, {QStringLiteral("DPDDC"), QStringLiteral("DDDDD")});
    data.actions = {
        actionFor(1, 0, u"Tổ chức ký cam kết cho toàn bộ viên chức.", QDate(2024, 7, 30)),
        actionFor(4, 0, u"tổ chức ký cam kết cho toàn bộ viên chức", QDate(2024, 7, 30)),
        actionFor(4, 1, u"Đề nghị cập nhật quy chế làm việc", QDate(2024, 8, 15)),
        actionFor(2, -1, u"Sửa biển tên cơ quan"),
    };
    const QString area = paragraphText(data, QStringLiteral("recommendations/g1"));
    // Same wording and deadline at two units: one sentence naming both, in round order.
    CHECK(area == QStringLiteral("Về công tác chỉ đạo, điều hành: Đề nghị Đơn vị Bình và Đơn vị "
                                 "Giang tổ chức ký cam kết cho toàn bộ viên chức trước ngày "
                                 "30/7/2024. Đề nghị Đơn vị Giang cập nhật quy chế làm việc "
                                 "trước ngày 15/8/2024."));
    // Both shortfalls of criterion 1 are covered by an action: no "khắc phục tình trạng".
    CHECK_FALSE(area.contains(QStringLiteral("khắc phục tình trạng")));
    CHECK(paragraphText(data, QStringLiteral("recommendations/other")) ==
          QStringLiteral("Đề nghị Đơn vị Cường sửa biển tên cơ quan."));
    CHECK(paragraphText(data, QStringLiteral("recommendations"))
              .startsWith(QStringLiteral("Để khắc phục những tồn tại, hạn chế nêu trên, Đoàn "
                                         "kiểm tra đề nghị các đơn vị sự nghiệp")));
    // The recommendations come after the shortcomings and before the closing demand.
    QStringList keys;
    for (const DraftParagraph &paragraph : draftNotice(data, ReportSettings()))
        keys.append(paragraph.key);
    CHECK(keys.indexOf(QStringLiteral("shortcomings/g1")) <
          keys.indexOf(QStringLiteral("recommendations")));
    CHECK(keys.constLast() == QStringLiteral("closing"));
    CHECK(paragraphText(data, QStringLiteral("closing"))
              .endsWith(QStringLiteral("báo cáo kết quả khắc phục về UBND thành phố trước ngày "
                                       "15/8/2024./.")));
}

TEST_CASE("Shortcomings without an action are not repeated as recommendations",
          "[drafting][recommendations]")
{
    RoundData data = makeRound(kUnits, {QStringLiteral("DPDDC"), QStringLiteral("DPDDC"),
                                        QStringLiteral("CDDDD"), QStringLiteral("PPPPP")});
    data.actions = {actionFor(0, 2, u"Ban hành kế hoạch", QDate(2024, 6, 1))};
    CHECK(paragraphText(data, QStringLiteral("recommendations/g1")) ==
          QStringLiteral("Về công tác chỉ đạo, điều hành: Đề nghị Đơn vị An ban hành kế hoạch "
                         "trước ngày 01/6/2024."));
    const QString text = draftedText(data);
    CHECK_FALSE(text.contains(QStringLiteral("khắc phục tình trạng")));
    // The closing asks every unit to correct what was found.
    CHECK(paragraphText(data, QStringLiteral("closing"))
              .contains(QStringLiteral("nghiêm túc khắc phục những tồn tại, hạn chế")));
}

TEST_CASE("A round with nothing to correct drafts no recommendations",
          "[drafting][recommendations]")
{
    const RoundData clean = makeRound(kUnits, {QStringLiteral("DDDDD")});
    CHECK(paragraphText(clean, QStringLiteral("recommendations")).isEmpty());
    RoundData actionsOnly = clean;
    actionsOnly.actions = {actionFor(0, 0, u"Lưu trữ hồ sơ", QDate(2024, 9, 1))};
    // No shortcomings listed above, so the introduction does not refer to them.
    CHECK(paragraphText(actionsOnly, QStringLiteral("recommendations"))
              .startsWith(QStringLiteral("Đoàn kiểm tra đề nghị các đơn vị sự nghiệp")));
}

namespace {

QStringList minutesParagraphs(const RoundData &data, const QString &roundUnitId)
{
    auto document = buildMinutes(data, ReportSettings(), roundUnitId);
    REQUIRE(document.ok());
    QStringList texts;
    for (const Block &block : document->sections.at(0).blocks) {
        if (const auto *paragraph = std::get_if<ParagraphBlock>(&block))
            texts.append(paragraph->text);
    }
    return texts;
}

QStringList after(const QStringList &texts, const QString &heading)
{
    const qsizetype at = texts.indexOf(heading);
    REQUIRE(at >= 0);
    return texts.mid(at + 1);
}

} // namespace

TEST_CASE("A very long finding is printed whole in an annex, cited in the table by its start",
          "[drafting][minutes]")
{
    RoundData data = makeRound({QStringLiteral("Đơn vị A")}, {QStringLiteral("C")});
    QString finding;
    for (int i = 0; finding.size() < 100000; ++i)
        finding += QStringLiteral("Câu nhận xét số %1 về hồ sơ lưu trữ chưa đầy đủ. ").arg(i);
    finding += QStringLiteral("\nĐoạn cuối.");
    data.assessments[QStringLiteral("ru0")][QStringLiteral("c0")].finding = finding;
    auto document = buildMinutes(data, ReportSettings(), QStringLiteral("ru0"));
    REQUIRE(document.ok());
    REQUIRE(document->sections.size() == 2);

    // In the table and the conclusions: the beginning, and where the rest is.
    QStringList cited;
    for (const Block &block : document->sections.at(0).blocks) {
        if (const auto *table = std::get_if<TableBlock>(&block))
            cited.append(table->rows.constFirst().constLast());
        else if (const auto *paragraph = std::get_if<ParagraphBlock>(&block))
            cited.append(paragraph->text);
    }
    const QString all = cited.join(QLatin1Char('\n'));
    CHECK(all.size() < 10000);
    CHECK(all.count(QStringLiteral("toàn văn tại Phụ lục, mục 1")) == 2);
    CHECK(all.contains(QStringLiteral("Câu nhận xét số 0 về hồ sơ")));

    // In the annex: every character typed, one paragraph per typed line.
    QStringList annex;
    for (const Block &block : document->sections.at(1).blocks) {
        if (const auto *paragraph = std::get_if<ParagraphBlock>(&block))
            annex.append(paragraph->text);
    }
    CHECK(annex.at(0) == QStringLiteral("Phụ lục"));
    CHECK(annex.at(3) ==
          QStringLiteral("1. Tiêu chí %1").arg(data.checklist.groups[0].criteria[0].code));
    CHECK(annex.mid(4).join(QLatin1Char('\n')) == finding);
}

TEST_CASE("Findings of ordinary length stay whole in the minutes, with no annex",
          "[drafting][minutes]")
{
    RoundData data = makeRound({QStringLiteral("Đơn vị A")}, {QStringLiteral("C")});
    const QString finding = QString(1500, QLatin1Char('x'));
    data.assessments[QStringLiteral("ru0")][QStringLiteral("c0")].finding = finding;
    auto document = buildMinutes(data, ReportSettings(), QStringLiteral("ru0"));
    REQUIRE(document.ok());
    CHECK(document->sections.size() == 1);
}

TEST_CASE("The minutes' requests are the unit's actions with deadlines and the report due",
          "[drafting][minutes]")
{
    RoundData data = makeRound(kUnits, {QStringLiteral("DCDDD"), QStringLiteral("DPDDD")});
    data.round.units[1].visitDate = QDate(2024, 5, 6);
    data.assessments[QStringLiteral("ru1")][QStringLiteral("c1")].finding =
        QStringLiteral("Bảng chấm công chưa đủ.");
    data.actions = {
        actionFor(1, 0, u"ký cam kết cho toàn bộ viên chức.", QDate(2024, 7, 30)),
        actionFor(1, -1, u"Sửa biển tên cơ quan", QDate(2024, 6, 15)),
        actionFor(2, 0, u"Việc của đơn vị khác", QDate(2024, 12, 31)),
    };
    const QStringList texts = minutesParagraphs(data, QStringLiteral("ru1"));
    const QStringList requests =
        after(texts, QStringLiteral("IV. KIẾN NGHỊ, YÊU CẦU KHẮC PHỤC")).mid(0, 5);
    CHECK(requests ==
          QStringList{QStringLiteral("Đoàn kiểm tra đề nghị Đơn vị Bình:"),
                      QStringLiteral("- Ký cam kết cho toàn bộ viên chức (tiêu chí 1.1), hoàn "
                                     "thành trước ngày 30/7/2024;"),
                      QStringLiteral("- Sửa biển tên cơ quan, hoàn thành trước ngày 15/6/2024;"),
                      // criterion 1.2 falls short without an action of its own
                      QStringLiteral("- Khắc phục các tồn tại, hạn chế khác nêu tại mục III;"),
                      QStringLiteral("- Báo cáo kết quả khắc phục về UBND thành phố trước ngày "
                                     "30/7/2024.")});
    // Strengths, then shortcomings: the standard phrase, then the finding as its own sentence.
    CHECK(after(texts, QStringLiteral("1. Ưu điểm:")).at(0) == QStringLiteral("- Không có."));
    const QStringList shortcomings = after(texts, QStringLiteral("2. Tồn tại, hạn chế:")).mid(0, 2);
    CHECK(shortcomings ==
          QStringList{QStringLiteral("- Chưa làm tốt việc 1 (tiêu chí 1.1);"),
                      QStringLiteral("- Làm việc 2 nhưng chưa đầy đủ (tiêu chí 1.2). Bảng chấm "
                                     "công chưa đủ.")});
    // Time and place: the hour is left to be written in on site.
    CHECK(texts.contains(QStringLiteral("Hôm nay, vào hồi …… giờ …… phút, ngày 06 tháng 5 năm "
                                        "2024, tại Đơn vị Bình, Đoàn kiểm tra CCHC – hoạt động "
                                        "công vụ của thành phố Hà Tĩnh tiến hành kiểm tra công "
                                        "tác cải cách hành chính năm 2023 của đơn vị, cụ thể như "
                                        "sau:")));
    // The unit's opinion has its own part, before the closing line.
    CHECK(texts.contains(QStringLiteral("V. Ý KIẾN CỦA ĐƠN VỊ ĐƯỢC KIỂM TRA")));
    // Areas are numbered under part II, not with the checklist's Roman codes.
    CHECK(texts.contains(QStringLiteral("1. Công tác chỉ đạo, điều hành")));
}

TEST_CASE("A unit with nothing to correct is asked to keep up its results", "[drafting][minutes]")
{
    const RoundData data = makeRound(kUnits, {QStringLiteral("DDDDD")});
    const QStringList texts = minutesParagraphs(data, QStringLiteral("ru0"));
    CHECK(after(texts, QStringLiteral("1. Ưu điểm:")).at(0) == QStringLiteral("- Đã làm việc 1."));
    CHECK(after(texts, QStringLiteral("2. Tồn tại, hạn chế:")).at(0) ==
          QStringLiteral("- Không có."));
    CHECK(after(texts, QStringLiteral("IV. KIẾN NGHỊ, YÊU CẦU KHẮC PHỤC")).at(1) ==
          QStringLiteral("- Tiếp tục duy trì, phát huy kết quả đạt được."));
}
