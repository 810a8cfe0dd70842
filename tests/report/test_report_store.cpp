// Report settings and the team's edits survive in the file; regenerating keeps every edit.
#include "ReportFixtures.h"
#include "support/TestSupport.h"

#include "builtin/DemoFile.h"
#include "report/Reports.h"
#include "report/ReportStore.h"
#include "storage/InspectionFile.h"

#include <catch2/catch.hpp>

using namespace cchc;
using namespace cchc::report;
using namespace cchc::test;

namespace {

QList<DraftParagraph> drafts(std::initializer_list<std::pair<const char *, const char *>> rows)
{
    QList<DraftParagraph> result;
    for (const auto &[key, text] : rows)
        result.append({QString::fromUtf8(key), QString::fromUtf8(text), ParagraphStyle::Body});
    return result;
}

} // namespace

TEST_CASE(
    "Unedited paragraphs follow the draft; edits stay and are flagged when their draft changed",
    "[report-store]")
{
    const QList<StoredParagraph> stored = {
        {QStringLiteral("1"),
         QStringLiteral("a"),
         QStringLiteral("A cũ"),
         QStringLiteral("A của đoàn"),
         {}},
        {QStringLiteral("2"),
         QStringLiteral("b"),
         QStringLiteral("B"),
         QStringLiteral("B của đoàn"),
         {}},
        {QStringLiteral("3"),
         QStringLiteral("gone"),
         QStringLiteral("X"),
         QStringLiteral("X của đoàn"),
         {}},
    };
    const auto merged = mergeDraft(
        drafts({{"a", "A mới"}, {"b", "B"}, {"c", "C mới"}, {"closing", "./."}}), stored);
    REQUIRE(merged.size() == 5);
    CHECK(merged.at(0).paragraph.text == QStringLiteral("A của đoàn"));
    CHECK(merged.at(0).state == ParagraphState::NeedsReview);
    CHECK(merged.at(0).currentDraft == QStringLiteral("A mới"));
    CHECK(merged.at(1).paragraph.text == QStringLiteral("B của đoàn"));
    CHECK(merged.at(1).state == ParagraphState::Edited);
    CHECK(merged.at(2).paragraph.text == QStringLiteral("C mới"));
    CHECK(merged.at(2).state == ParagraphState::Drafted);
    // An edit whose paragraph is no longer drafted is kept, before the closing paragraph.
    CHECK(merged.at(3).paragraph.text == QStringLiteral("X của đoàn"));
    CHECK(merged.at(3).state == ParagraphState::NeedsReview);
    CHECK(merged.at(4).paragraph.key == QStringLiteral("closing"));
}

TEST_CASE("Settings, number series and edits are stored in the file", "[report-store]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.cchc"));
    REQUIRE(writeDemoFile(path).ok());
    QString roundId;
    {
        auto file = InspectionFile::open(path);
        REQUIRE(file.ok());
        roundId = (*file)->rounds()->at(0).id;
        ReportStore store(**file);
        auto settings = store.settings();
        REQUIRE(settings.ok());
        CHECK(settings->issuerSymbol == QStringLiteral("ĐKT")); // defaults before the first save
        settings->placeName = QStringLiteral("Thạch Hà");
        settings->recipients = {QStringLiteral("UBND huyện (để b/c);"), QStringLiteral("Lưu: VT.")};
        REQUIRE(store.saveSettings(*settings).ok());
        REQUIRE(store.setNextNumber(QStringLiteral("ĐKT"), 2022, 5).ok());
        REQUIRE(store
                    .saveParagraph(roundId, QStringLiteral("closing"), QStringLiteral("draft"),
                                   QStringLiteral("Đề nghị <b>các đơn vị</b> & \"báo cáo\"./."))
                    .ok());
    }
    auto file = InspectionFile::open(path, InspectionFile::Access::ReadOnly);
    REQUIRE(file.ok());
    ReportStore store(**file);
    CHECK(store.settings()->placeName == QStringLiteral("Thạch Hà"));
    CHECK(store.settings()->recipients.size() == 2);
    CHECK(*store.nextNumber(QStringLiteral("ĐKT"), 2022) == 5);
    CHECK(*store.nextNumber(QStringLiteral("ĐKT"), 2023) == 1); // numbers restart each year
    CHECK(store.paragraphs(roundId)->at(0).editedText ==
          QStringLiteral("Đề nghị <b>các đơn vị</b> & \"báo cáo\"./."));
    CHECK_FALSE(store.saveParagraph(roundId, QStringLiteral("x"), {}, {}).ok()); // read-only

    ReportRequest request;
    request.roundId = roundId;
    request.issuedOn = QDate(2022, 5, 30);
    auto document = buildReport(**file, request);
    REQUIRE(document.ok());
    const auto &blocks = document->sections.at(0).blocks;
    CHECK(std::get<HeaderBlock>(blocks.at(0)).number == QStringLiteral("Số: 05/TB-ĐKT"));
    CHECK(std::get<HeaderBlock>(blocks.at(0)).placeAndDate ==
          QStringLiteral("Thạch Hà, ngày 30 tháng 5 năm 2022"));
    bool found = false;
    for (const Block &block : blocks) {
        if (const auto *paragraph = std::get_if<ParagraphBlock>(&block))
            found = found ||
                    paragraph->text == QStringLiteral("Đề nghị <b>các đơn vị</b> & \"báo cáo\"./.");
    }
    CHECK(found);
}

TEST_CASE("The notice of a later round compares with the round before it", "[report-store]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.cchc"));
    REQUIRE(writeDemoFile(path).ok());
    auto file = InspectionFile::open(path);
    REQUIRE(file.ok());
    auto earlier = (*file)->loadRound((*file)->rounds()->at(0).id);
    REQUIRE(earlier.ok());
    InspectionRound later = *earlier;
    later.id.clear();
    later.title = QStringLiteral("Kiểm tra công tác cải cách hành chính năm 2023");
    later.visitStart = QDate(2023, 5, 22);
    later.visitEnd = QDate(2023, 5, 25);
    for (LegalReference &basis : later.legalBases)
        basis.id.clear();
    for (TeamMember &member : later.team)
        member.id.clear();
    for (RoundUnit &unit : later.units)
        unit.id.clear();
    REQUIRE((*file)->saveRound(later).ok());
    auto checklist = (*file)->loadTemplate(later.templateId);
    REQUIRE(checklist.ok());
    // Every unit meets every criterion in 2023: the weakest of 2022 improved most.
    for (const RoundUnit &unit : later.units) {
        for (const CriteriaGroup &group : checklist->groups) {
            for (const Criterion &criterion : group.criteria) {
                Assessment assessment;
                assessment.roundUnitId = unit.id;
                assessment.criterionId = criterion.id;
                assessment.result = AssessmentResult::Met;
                REQUIRE((*file)->saveAssessment(assessment).ok());
            }
        }
    }
    auto draft = loadNoticeDraft(**file, later.id);
    REQUIRE(draft.ok());
    CHECK(draft->data.previousPercent.size() == 8);
    QString assessment;
    for (const MergedParagraph &paragraph : draft->paragraphs) {
        if (paragraph.paragraph.key == QStringLiteral("assessment"))
            assessment = paragraph.paragraph.text;
    }
    CHECK(assessment.contains(
        QStringLiteral("chuyển biến so với đợt kiểm tra trước như: Ban Quản lý "
                       "các chợ Thành phố; Trung tâm Văn hóa - Truyền thông Thành "
                       "phố; Trung tâm Phát triển quỹ đất Thành phố.")));
    // The 2022 notice has no earlier round to compare with.
    auto first = loadNoticeDraft(**file, earlier->id);
    REQUIRE(first.ok());
    CHECK(first->data.previousPercent.isEmpty());
}
