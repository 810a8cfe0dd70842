// Drafting rules of the notice, on small hand-made rounds and on the demo file.
#include "ReportFixtures.h"
#include "support/TestSupport.h"

#include "report/NoticeDrafter.h"

#include <catch2/catch.hpp>

using namespace cchc;
using namespace cchc::report;
using namespace cchc::test;

namespace {

const QStringList kUnits = {QStringLiteral("Đơn vị An"), QStringLiteral("Đơn vị Bình"),
                            QStringLiteral("Đơn vị Cường"), QStringLiteral("Đơn vị Dũng"),
                            QStringLiteral("Đơn vị Giang")};

QString sentenceFor(const QString &results)
{
    const RoundData data = makeRound(kUnits, {results});
    const Criterion &criterion = data.checklist.groups.at(0).criteria.at(0);
    return metSentence(criterion, tallyCriterion(data, criterion));
}

QString draftText(const RoundData &data)
{
    QStringList texts;
    for (const DraftParagraph &paragraph : draftNotice(data, ReportSettings()))
        texts.append(paragraph.text);
    return texts.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("Every unit meeting a criterion is drafted as 100%", "[drafting]")
{
    CHECK(sentenceFor(QStringLiteral("DDDDD")) == QStringLiteral("100% đơn vị làm việc 1"));
    CHECK(sentenceFor(QStringLiteral("DEDDD")) == QStringLiteral("100% đơn vị làm việc 1"));
}

TEST_CASE("Exemplary units are named after 'một số đơn vị đã … như'", "[drafting]")
{
    CHECK(sentenceFor(QStringLiteral("DECPE")) ==
          QStringLiteral("một số đơn vị đã làm việc 1 như Đơn vị Bình, Đơn vị Giang"));
}

TEST_CASE("Few meeting units are counted with two digits and named", "[drafting]")
{
    CHECK(sentenceFor(QStringLiteral("CDCPD")) ==
          QStringLiteral("Có 02 đơn vị (Đơn vị Bình, Đơn vị Giang) làm việc 1"));
}

TEST_CASE("'Không áp dụng' units are outside the counts", "[drafting]")
{
    // Applies to two units only, both meet it: counted, not "100%".
    CHECK(sentenceFor(QStringLiteral("NENDN")) ==
          QStringLiteral("Có 02 đơn vị (Đơn vị Bình, Đơn vị Dũng) làm việc 1"));
    CHECK(sentenceFor(QStringLiteral("NNNNN")).isEmpty());
    const RoundData data = makeRound(kUnits, {QStringLiteral("NNNND")});
    CHECK(tallyCriterion(data, data.checklist.groups.at(0).criteria.at(0)).applicable == 1);
}

TEST_CASE("Many meeting units without an example are 'đa số'", "[drafting]")
{
    CHECK(sentenceFor(QStringLiteral("DDDDC")) == QStringLiteral("đa số đơn vị đã làm việc 1"));
    CHECK(sentenceFor(QStringLiteral("CCCCC")).isEmpty());
}

TEST_CASE("Shortcomings come from units not met or partly met", "[drafting]")
{
    const RoundData data = makeRound(
        kUnits, {QStringLiteral("DDDDP"), QStringLiteral("DDDDD"), QStringLiteral("CDDDN")});
    const QString text = draftText(data);
    CHECK(text.contains(QStringLiteral("Một số đơn vị chưa làm tốt việc 1; một số đơn vị chưa "
                                       "làm tốt việc 3.")));
    CHECK_FALSE(text.contains(QStringLiteral("chưa làm tốt việc 2")));
    CHECK(text.contains(QStringLiteral("Bên cạnh những kết quả đạt được, công tác CCHC tại các "
                                       "đơn vị sự nghiệp còn một số tồn tại, hạn chế như:")));
}

TEST_CASE("A round without shortcomings drafts no shortcomings section", "[drafting]")
{
    const QString text = draftText(makeRound(kUnits, {QStringLiteral("DDDDD")}));
    CHECK_FALSE(text.contains(QStringLiteral("tồn tại, hạn chế như")));
    CHECK(text.endsWith(QStringLiteral("./.")));
}

TEST_CASE("The opening names the visit dates, unit count and period", "[drafting]")
{
    const QString text = draftText(makeRound(kUnits, {QStringLiteral("DDDDD")}));
    CHECK(text.startsWith(QStringLiteral("Từ ngày 6 đến ngày 7/5/2024, Đoàn kiểm tra")));
    CHECK(text.contains(QStringLiteral("tại 05 đơn vị sự nghiệp")));
    CHECK(text.contains(QStringLiteral("năm 2023 ở các đơn vị như sau:")));
    CHECK(visitPeriod(QDate(2022, 5, 30), QDate(2022, 6, 2)) ==
          QStringLiteral("từ ngày 30/5 đến ngày 2/6/2022"));
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
    const QString text = draftText(demoRound(dir.path(QStringLiteral("demo.cchc"))));
    CHECK(
        text.contains(QStringLiteral("Có 02 đơn vị (Trung tâm Y tế Thành phố, Trung tâm Ứng dụng "
                                     "KHKT và bảo vệ cây trồng vật nuôi) đang áp dụng HTQLCL theo "
                                     "TCVN ISO 9001:2015.")));
    CHECK(text.contains(QStringLiteral("100% đơn vị xây dựng kế hoạch thực hiện kỷ luật kỷ cương "
                                       "hành chính và tổ chức ký cam kết theo Quyết định "
                                       "52/2017/QĐ-UBND của UBND tỉnh.")));
    CHECK(
        text.contains(QStringLiteral("Một số đơn vị đã lập bảng chấm công như Đội quản lý trật tự "
                                     "đô thị Thành phố, Trung tâm Y tế Thành phố.")));
    CHECK(
        text.contains(QStringLiteral("Một số đơn vị chưa quan tâm đến công tác chỉ đạo, điều hành "
                                     "CCHC, công tác kiểm tra kỷ luật, kỷ cương hành chính")));
    CHECK(text.startsWith(QStringLiteral("Thực hiện Kế hoạch số 56/KH-UBND ngày 30/3/2022 của UBND "
                                         "thành phố")));
    CHECK(text.contains(QStringLiteral("từ ngày 23 đến ngày 26/5/2022")));
    CHECK(text.contains(QStringLiteral("tại 08 đơn vị sự nghiệp")));
    CHECK(text.endsWith(QStringLiteral("báo cáo kết quả khắc phục về UBND thành phố./.")));
}

TEST_CASE("Units that improved most since the previous round are named", "[drafting]")
{
    RoundData data = makeRound(kUnits, {QStringLiteral("DDDDD"), QStringLiteral("DDDPC")});
    // Now: An…Cường 100%, Dũng 75%, Giang 50%.
    data.previousPercent = {{QStringLiteral("u0"), 95.0},
                            {QStringLiteral("u1"), 60.0},
                            {QStringLiteral("u2"), 80.0},
                            {QStringLiteral("u3"), 50.0}};
    CHECK(mostImproved(data) == QStringList{QStringLiteral("Đơn vị Bình"),
                                            QStringLiteral("Đơn vị Dũng"),
                                            QStringLiteral("Đơn vị Cường")});
    CHECK(mostImproved(data, 10.0, 1) == QStringList{QStringLiteral("Đơn vị Bình")});
    CHECK(draftText(data).contains(QStringLiteral("Một số đơn vị có nhiều chuyển biến so với đợt "
                                                  "kiểm tra trước như: Đơn vị Bình; Đơn vị Dũng; "
                                                  "Đơn vị Cường.")));
    data.previousPercent.clear();
    CHECK_FALSE(draftText(data).contains(QStringLiteral("chuyển biến")));
}

TEST_CASE("The general assessment counts grades and names at most five best units", "[drafting]")
{
    QStringList names;
    for (int i = 1; i <= 8; ++i)
        names.append(QStringLiteral("Đơn vị %1").arg(i));
    const QString text = draftText(makeRound(names, {QStringLiteral("DDDDDDDC")}));
    CHECK(text.contains(QStringLiteral("Qua chấm điểm, có 07 đơn vị xếp loại Tốt, 01 đơn vị xếp loại Yếu.")));
    CHECK(text.contains(QStringLiteral("Một số đơn vị đạt kết quả tốt như: Đơn vị 1; Đơn vị 2; Đơn vị 3; "
                                       "Đơn vị 4; Đơn vị 5.")));
}
