// Report settings and the team's edits survive in the file; regenerating keeps every edit.
#include "tests/report/ReportFixtures.h"
#include "tests/support/TestSupport.h"

#include "core/builtin/DemoFile.h"
#include "core/interchange/JsonExport.h"
#include "core/interchange/JsonImport.h"
#include "core/report/Reports.h"
#include "core/report/DraftMerge.h"
#include "core/storage/ReportStore.h"
#include "core/storage/InspectionFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

#include <QFile>

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

// A copy of round `fromRoundId` (same units, team and bases) visited from `visitStart`.
InspectionRound copyRound(InspectionFile &file, const QString &fromRoundId, QDate visitStart)
{
    auto round = file.loadRound(fromRoundId);
    REQUIRE(round.ok());
    round->id.clear();
    round->title = QStringLiteral("Kiểm tra công tác cải cách hành chính năm %1")
                       .arg(visitStart.year());
    round->visitStart = visitStart;
    round->visitEnd = visitStart.addDays(3);
    for (LegalReference &basis : round->legalBases)
        basis.id.clear();
    for (TeamMember &member : round->team)
        member.id.clear();
    for (RoundUnit &unit : round->units)
        unit.id.clear();
    REQUIRE(file.saveRound(*round).ok());
    return *round;
}

// The demo file written into `dir` and opened for writing.
std::unique_ptr<InspectionFile> openDemoFile(const TempDir &dir)
{
    const QString path = dir.path(QStringLiteral("demo.cchc"));
    REQUIRE(writeDemoFile(path).ok());
    auto opened = InspectionFile::open(path);
    REQUIRE(opened.ok());
    return std::move(*opened);
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
         {},
         {},
         false},
        {QStringLiteral("2"),
         QStringLiteral("b"),
         QStringLiteral("B"),
         QStringLiteral("B của đoàn"),
         {},
         {},
         false},
        {QStringLiteral("3"),
         QStringLiteral("gone"),
         QStringLiteral("X"),
         QStringLiteral("X của đoàn"),
         {},
         {},
         false},
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
    // Not issued yet: the draft leaves the number blank; the series is only read on issuing.
    CHECK(std::get<HeaderBlock>(blocks.at(0)).number == QStringLiteral("Số:      /TB-ĐKT"));
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
    const InspectionRound later = copyRound(**file, earlier->id, QDate(2023, 5, 22));
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
        QStringLiteral("chuyển biến so với đợt kiểm tra trước: Ban Quản lý "
                       "các chợ Thành phố; Trung tâm Văn hóa - Truyền thông Thành "
                       "phố; Trung tâm Phát triển quỹ đất Thành phố.")));
    // The 2022 notice has no earlier round to compare with.
    auto first = loadNoticeDraft(**file, earlier->id);
    REQUIRE(first.ok());
    CHECK(first->data.previousPercent.isEmpty());
}

namespace {

// The number line of the notice of `roundId` as it would be exported now.
QString exportedNumber(const InspectionFile &file, const QString &roundId, QDate date = {})
{
    ReportRequest request;
    request.roundId = roundId;
    request.issuedOn = date;
    request.withAnnex = false;
    auto document = buildReport(file, request);
    REQUIRE(document.ok());
    return std::get<HeaderBlock>(document->sections.at(0).blocks.at(0)).number +
           QLatin1Char('|') +
           std::get<HeaderBlock>(document->sections.at(0).blocks.at(0)).placeAndDate;
}

} // namespace

TEST_CASE("Issuing gives the next number of the year once, and re-exports keep it",
          "[report-store][issue]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.cchc"));
    REQUIRE(writeDemoFile(path).ok());
    auto opened = InspectionFile::open(path);
    REQUIRE(opened.ok());
    InspectionFile &file = **opened;
    const QString first = file.rounds()->at(0).id;
    const QString second = copyRound(file, first, QDate(2022, 11, 2)).id;
    const QString nextYear = copyRound(file, first, QDate(2023, 5, 2)).id;
    ReportStore store(file);
    REQUIRE(store.setNextNumber(QStringLiteral("ĐKT"), 2022, 4).ok());

    CHECK(exportedNumber(file, first, QDate(2022, 5, 30)) ==
          QStringLiteral("Số:      /TB-ĐKT|Hà Tĩnh, ngày 30 tháng 5 năm 2022"));
    auto issued = issueNotice(file, first, QDate(2022, 5, 30));
    REQUIRE(issued.ok());
    CHECK(issued->number == 4);
    CHECK(issuedNoticeText(*issued) == QStringLiteral("04/TB-ĐKT ngày 30/5/2022"));
    CHECK(*store.nextNumber(QStringLiteral("ĐKT"), 2022) == 5);

    // Issuing again, even on another day, changes nothing: same number, same date.
    auto again = issueNotice(file, first, QDate(2022, 6, 15));
    REQUIRE(again.ok());
    CHECK(again->number == 4);
    CHECK(again->issuedOn == QDate(2022, 5, 30));
    CHECK(*store.nextNumber(QStringLiteral("ĐKT"), 2022) == 5);
    // Exports after issuing carry the number and the issue date, whatever day it is.
    CHECK(exportedNumber(file, first) ==
          QStringLiteral("Số: 04/TB-ĐKT|Hà Tĩnh, ngày 30 tháng 5 năm 2022"));
    CHECK(exportedNumber(file, first, QDate(2022, 5, 30)).startsWith(QStringLiteral("Số: 04/")));
    ReportRequest otherDate;
    otherDate.roundId = first;
    otherDate.issuedOn = QDate(2022, 6, 1);
    auto refused = buildReport(file, otherDate);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("04/TB-ĐKT ngày 30/5/2022")));

    // The next notice of the year takes the next number; a new year starts again at 01.
    // Even with the series set back by hand, a number is never given twice.
    REQUIRE(store.setNextNumber(QStringLiteral("ĐKT"), 2022, 2).ok());
    CHECK(issueNotice(file, second, QDate(2022, 12, 31))->number == 5);
    CHECK(issueNotice(file, nextYear, QDate(2023, 1, 1))->number == 1);
    CHECK(*store.nextNumber(QStringLiteral("ĐKT"), 2023) == 2);
    CHECK(*store.nextNumber(QStringLiteral("ĐKT"), 2022) == 6);

    // A later change of symbol does not renumber what was issued.
    auto settings = store.settings();
    settings->issuerSymbol = QStringLiteral("ĐKTCCHC");
    REQUIRE(store.saveSettings(*settings).ok());
    CHECK(exportedNumber(file, first).startsWith(QStringLiteral("Số: 04/TB-ĐKT|")));
    // The issued number is not a paragraph the draft editor would show.
    auto draft = loadNoticeDraft(file, first);
    REQUIRE(draft.ok());
    for (const MergedParagraph &paragraph : draft->paragraphs)
        CHECK_FALSE(paragraph.paragraph.key.startsWith(QStringLiteral("issued/")));
}

TEST_CASE("The issued number travels with the round through JSON", "[report-store][issue]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.cchc"));
    REQUIRE(writeDemoFile(path).ok());
    auto source = InspectionFile::open(path);
    REQUIRE(source.ok());
    const QString roundId = (*source)->rounds()->at(0).id;
    REQUIRE(issueNotice(**source, roundId, QDate(2022, 5, 30)).ok());
    auto json = interchange::exportFileJson(**source);
    REQUIRE(json.ok());
    auto target = InspectionFile::create(dir.path(QStringLiteral("copy.cchc")));
    REQUIRE(target.ok());
    REQUIRE(interchange::importJson(**target, *json).ok());
    CHECK(exportedNumber(**target, roundId) ==
          QStringLiteral("Số: 01/TB-ĐKT|Hà Tĩnh, ngày 30 tháng 5 năm 2022"));
    CHECK(issueNotice(**target, roundId, QDate(2022, 6, 1))->number == 1); // still issued
}

TEST_CASE("An import never sets a number series back: the higher number wins",
          "[report-store][issue]")
{
    TempDir dir;
    const auto opened = openDemoFile(dir);
    InspectionFile &file = *opened;
    const QString first = file.rounds()->at(0).id;
    const QString second = copyRound(file, first, QDate(2022, 11, 2)).id;
    REQUIRE(issueNotice(file, first, QDate(2022, 5, 30)).ok()); // 01
    ReportStore store(file);
    REQUIRE(store.setNextNumber(QStringLiteral("ĐKT"), 2022, 4).ok());
    // Another laptop's series, newer but lower, under another id and then under ours.
    const auto importSeries = [&](const QString &id, int next, const char *modifiedAt) {
        QByteArray json = *interchange::exportFileJson(file);
        const QByteArray series =
            QStringLiteral("\"reportNumberSeries\":[{\"id\":\"%1\",\"issuerSymbol\":\"ĐKT\","
                           "\"year\":2022,\"nextNumber\":%2,\"modifiedAt\":\"%3\"}]")
                .arg(id)
                .arg(next)
                .arg(QString::fromLatin1(modifiedAt))
                .toUtf8();
        const qsizetype start = json.indexOf("\"reportNumberSeries\"");
        REQUIRE(start >= 0);
        const qsizetype end = json.indexOf(']', start);
        json.replace(start, end - start + 1, series);
        REQUIRE(interchange::importJson(file, json).ok());
    };
    importSeries(QStringLiteral("0c1f3c8e-2b49-4d4a-9d0e-5b8f0a7e6c98"), 2, "2099-01-01T00:00:00.000Z");
    CHECK(*store.nextNumber(QStringLiteral("ĐKT"), 2022) == 4);
    const QString ours = store.numberSeries()->at(0).id;
    importSeries(ours, 3, "2099-01-02T00:00:00.000Z");
    CHECK(*store.nextNumber(QStringLiteral("ĐKT"), 2022) == 4);
    importSeries(QStringLiteral("0c1f3c8e-2b49-4d4a-9d0e-5b8f0a7e6c98"), 9, "2000-01-01T00:00:00.000Z"); // older, higher
    CHECK(*store.nextNumber(QStringLiteral("ĐKT"), 2022) == 9);
    // What the team is shown before issuing is what is issued.
    CHECK(*store.numberToIssue(QStringLiteral("ĐKT"), 2022) == 9);
    CHECK(issueNotice(file, second, QDate(2022, 12, 1))->number == 9);
}

TEST_CASE("The number to issue is never one already given, and issuing keeps to it",
          "[report-store][issue]")
{
    TempDir dir;
    const auto opened = openDemoFile(dir);
    InspectionFile &file = *opened;
    const QString first = file.rounds()->at(0).id;
    const QString second = copyRound(file, first, QDate(2022, 11, 2)).id;
    ReportStore store(file);
    REQUIRE(store.setNextNumber(QStringLiteral("ĐKT"), 2022, 3).ok());
    CHECK(*store.numberToIssue(QStringLiteral("ĐKT"), 2022) == 3);
    REQUIRE(issueNotice(file, first, QDate(2022, 5, 30), 3).ok());
    REQUIRE(store.setNextNumber(QStringLiteral("ĐKT"), 2022, 1).ok()); // set back by hand
    CHECK(*store.numberToIssue(QStringLiteral("ĐKT"), 2022) == 4);
    // A number confirmed before the series moved is not silently replaced by another.
    auto refused = issueNotice(file, second, QDate(2022, 12, 1), 1);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("04/TB-ĐKT")));
    CHECK_FALSE(store.issuedNotice(second)->has_value());
    CHECK(issueNotice(file, second, QDate(2022, 12, 1), 4)->number == 4);
}

TEST_CASE("A version 2 document's reserved paragraph is read as the round's issued notice",
          "[report-store][issue]")
{
    TempDir dir;
    const auto source = openDemoFile(dir);
    const QString roundId = source->rounds()->at(0).id;
    auto issued = issueNotice(*source, roundId, QDate(2022, 5, 30));
    REQUIRE(issued.ok());
    auto json = interchange::exportFileJson(*source);
    REQUIRE(json.ok());
    // Version 3 writes the number in its own field, not as a paragraph.
    CHECK_FALSE(json->contains("issued/notice"));
    QJsonObject root = QJsonDocument::fromJson(*json).object();
    QJsonArray rounds = root.value(QStringLiteral("rounds")).toArray();
    QJsonObject round = rounds.at(0).toObject();
    CHECK(round.value(QStringLiteral("issuedNotice")).toObject().value(QStringLiteral("number")) == 1);
    // The same round as a version 2 program wrote it.
    root.insert(QStringLiteral("formatVersion"), 2);
    round.remove(QStringLiteral("issuedNotice"));
    round.insert(QStringLiteral("reportParagraphs"),
                 QJsonArray{QJsonObject{
                     {QStringLiteral("id"), issued->id},
                     {QStringLiteral("key"), QStringLiteral("issued/notice")},
                     {QStringLiteral("draftedText"), QString()},
                     {QStringLiteral("editedText"),
                      QStringLiteral(R"({"number":1,"symbol":"ĐKT","issuedOn":"2022-05-30"})")},
                     {QStringLiteral("modifiedAt"), issued->modifiedAt}}});
    rounds.replace(0, round);
    root.insert(QStringLiteral("rounds"), rounds);
    const QByteArray old = QJsonDocument(root).toJson();
    auto target = InspectionFile::create(dir.path(QStringLiteral("copy.cchc")));
    REQUIRE(target.ok());
    auto imported = interchange::importJson(**target, old);
    REQUIRE(imported.ok());
    auto read = ReportStore(**target).issuedNotice(roundId);
    REQUIRE(read.ok());
    REQUIRE(read->has_value());
    CHECK((*read)->number == 1);
    CHECK((*read)->id == issued->id);
    CHECK(ReportStore(**target).paragraphs(roundId)->isEmpty());
}

TEST_CASE("The issued number survives reopening, and a read-only file cannot issue",
          "[report-store][issue]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.cchc"));
    REQUIRE(writeDemoFile(path).ok());
    QString roundId;
    {
        auto file = InspectionFile::open(path);
        REQUIRE(file.ok());
        roundId = (*file)->rounds()->at(0).id;
        REQUIRE(issueNotice(**file, roundId, QDate(2022, 5, 30)).ok());
    }
    auto readOnly = InspectionFile::open(path, InspectionFile::Access::ReadOnly);
    REQUIRE(readOnly.ok());
    CHECK(exportedNumber(**readOnly, roundId).startsWith(QStringLiteral("Số: 01/TB-ĐKT|")));
    CHECK(issueNotice(**readOnly, roundId, QDate(2022, 5, 30))->number == 1); // already issued
    const QString other = dir.path(QStringLiteral("other.cchc"));
    REQUIRE(writeDemoFile(other).ok());
    auto otherFile = InspectionFile::open(other, InspectionFile::Access::ReadOnly);
    REQUIRE(otherFile.ok());
    auto refused = issueNotice(**otherFile, (*otherFile)->rounds()->at(0).id, QDate(2022, 5, 30));
    CHECK_FALSE(refused.ok());
    CHECK_FALSE(issueNotice(**otherFile, QStringLiteral("no-such-round"), {}).ok());
}

namespace {

StoredParagraph placed(const char *key, const char *drafted, const char *edited,
                       const char *afterKey, bool hidden = false)
{
    StoredParagraph row;
    row.key = QString::fromUtf8(key);
    row.draftedText = QString::fromUtf8(drafted);
    row.editedText = QString::fromUtf8(edited);
    row.afterKey = QString::fromUtf8(afterKey);
    row.hidden = hidden;
    return row;
}

QStringList names(std::initializer_list<const char *> keys)
{
    QStringList result;
    for (const char *key : keys)
        result << QString::fromUtf8(key);
    return result;
}

QStringList keysOf(const QList<MergedParagraph> &merged)
{
    QStringList keys;
    for (const MergedParagraph &paragraph : merged)
        keys << paragraph.paragraph.key;
    return keys;
}

} // namespace

TEST_CASE("The team's own paragraphs, order and hidden paragraphs are laid over a new draft",
          "[report-store][arrange]")
{
    const auto draft = drafts({{"opening", "Mở đầu"},
                               {"results/1", "KQ 1"},
                               {"results/2", "KQ 2"},
                               {"results/3", "KQ 3"},
                               {"closing", "./."}});
    const QList<StoredParagraph> stored = {
        placed("own/a", "", "Đoạn của đoàn", "results/1"),
        placed("results/3", "KQ 3", "KQ 3", "results/1"),  // moved up, not edited
        placed("results/2", "KQ 2", "KQ 2", "", true),     // left out of the notice
        placed("own/b", "", "Sau đoạn đã mất", "results/9"), // its anchor is gone
    };
    const auto merged = mergeDraft(draft, stored);
    CHECK(keysOf(merged)
          == names({"opening", "results/1", "own/a", "results/3", "results/2", "own/b",
                          "closing"}));
    CHECK(merged.at(2).state == ParagraphState::Own);
    CHECK(merged.at(2).section == QStringLiteral("results"));
    CHECK(merged.at(3).state == ParagraphState::Drafted); // placed, but its text follows the draft
    CHECK(merged.at(4).hidden);
    const auto texts = textsOf(merged);
    CHECK(texts.size() == 6); // the hidden paragraph is not printed
    for (const DraftParagraph &paragraph : texts)
        CHECK(paragraph.key != QStringLiteral("results/2"));

    // The results change: the draft of a placed paragraph follows them; its place stays.
    const auto redrafted = mergeDraft(drafts({{"opening", "Mở đầu"},
                                              {"results/1", "KQ 1"},
                                              {"results/3", "KQ 3 mới"},
                                              {"results/4", "KQ 4"},
                                              {"closing", "./."}}),
                                      stored);
    CHECK(keysOf(redrafted)
          == names({"opening", "results/1", "own/a", "results/3", "results/4", "own/b",
                          "closing"}));
    CHECK(redrafted.at(3).paragraph.text == QStringLiteral("KQ 3 mới"));
    // "^" places a paragraph first.
    CHECK(keysOf(mergeDraft(draft, {placed("own/c", "", "Trước hết", "^")})).at(0)
          == QStringLiteral("own/c"));
}

TEST_CASE("Replacing a round's paragraphs keeps the issued number and survives the JSON",
          "[report-store][arrange]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.cchc"));
    REQUIRE(writeDemoFile(path).ok());
    auto file = InspectionFile::open(path);
    REQUIRE(file.ok());
    const QString roundId = (*file)->rounds()->at(0).id;
    ReportStore store(**file);
    report::IssuedNotice issuedNotice{3, QStringLiteral("ĐKT"), QDate(2022, 5, 30), {}, {}};
    REQUIRE(store.saveIssuedNotice(roundId, issuedNotice).ok());
    const QList<StoredParagraph> rows = {placed("own/x", "", "Đoạn thêm", "opening"),
                                         placed("closing", "cũ", "cũ", "", true)};
    REQUIRE(store.replaceParagraphs(roundId, rows).ok());
    auto stored = store.paragraphs(roundId);
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 2); // the issued number has its own table (schema 4)
    CHECK(store.issuedNotice(roundId)->value().number == 3);

    const QString json = dir.path(QStringLiteral("round.json"));
    {
        QFile out(json);
        REQUIRE(out.open(QIODevice::WriteOnly));
        REQUIRE(interchange::writeFileJson(**file, out).ok());
    }
    auto copy = InspectionFile::create(dir.path(QStringLiteral("copy.cchc")));
    REQUIRE(copy.ok());
    REQUIRE(interchange::importJsonFile(**copy, json).ok());
    auto copied = ReportStore(**copy).paragraphs(roundId);
    REQUIRE(copied.ok());
    CHECK(copied->size() == 2);
    CHECK(readAll(json).contains("\"afterKey\": \"opening\""));
    bool sawOwn = false;
    bool sawHidden = false;
    for (const StoredParagraph &row : *copied) {
        sawOwn |= row.key == QStringLiteral("own/x") && row.afterKey == QStringLiteral("opening");
        sawHidden |= row.key == QStringLiteral("closing") && row.hidden;
    }
    CHECK(sawOwn);
    CHECK(sawHidden);
}

TEST_CASE("A notice is dated the day after the visits unless the team chose a date",
          "[report-store][date]")
{
    InspectionRound round;
    round.visitStart = QDate(2022, 5, 23);
    round.visitEnd = QDate(2022, 5, 26); // a Thursday
    CHECK(defaultNoticeDate(round, QDate(2026, 11, 30)) == QDate(2022, 5, 27));
    round.visitEnd = QDate(2022, 5, 27); // a Friday: the Monday after
    CHECK(defaultNoticeDate(round, QDate(2026, 11, 30)) == QDate(2022, 5, 30));
    // A round still being visited is dated today at the latest.
    CHECK(defaultNoticeDate(round, QDate(2022, 5, 27)) == QDate(2022, 5, 27));
    CHECK(defaultNoticeDate(InspectionRound(), QDate(2024, 1, 2)) == QDate(2024, 1, 2));

    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.cchc"));
    REQUIRE(writeDemoFile(path).ok());
    auto opened = InspectionFile::open(path);
    REQUIRE(opened.ok());
    InspectionFile &file = **opened;
    const QString roundId = file.rounds()->at(0).id;
    // The demo round was visited 23–26/5/2022: never dated today (2026) by default.
    CHECK(exportedNumber(file, roundId).endsWith(QStringLiteral("ngày 27 tháng 5 năm 2022")));
    ReportStore store(file);
    NoticeSettings chosen;
    chosen.noticeDate = QDate(2022, 6, 3);
    REQUIRE(store.saveNoticeSettings(roundId, chosen).ok());
    CHECK(store.noticeSettings(roundId)->noticeDate == QDate(2022, 6, 3));
    CHECK(exportedNumber(file, roundId).endsWith(QStringLiteral("ngày 03 tháng 6 năm 2022")));
    // A date given for one export (--date) still wins.
    CHECK(exportedNumber(file, roundId, QDate(2022, 6, 1))
              .endsWith(QStringLiteral("ngày 01 tháng 6 năm 2022")));
    // The chosen date is not a paragraph of the notice (schema 8: a table of its own).
    CHECK(store.paragraphs(roundId)->isEmpty());
    // Clearing it goes back to the default, and removes the round's row.
    REQUIRE(store.saveNoticeSettings(roundId, chosen = NoticeSettings{}).ok());
    CHECK(store.noticeSettings(roundId)->id.isEmpty());
    CHECK(exportedNumber(file, roundId).endsWith(QStringLiteral("ngày 27 tháng 5 năm 2022")));
    chosen.noticeDate = QDate(2022, 6, 3);
    REQUIRE(store.saveNoticeSettings(roundId, chosen).ok());
    // Issuing without a date takes the chosen one; then date and signer are frozen.
    auto issued = issueNotice(file, roundId, QDate());
    REQUIRE(issued.ok());
    CHECK(issued->issuedOn == QDate(2022, 6, 3));
    chosen.noticeDate = QDate(2022, 6, 6);
    const Status refused = store.saveNoticeSettings(roundId, chosen);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("03/06/2022")));
    CHECK(store.noticeSettings(roundId)->noticeDate == QDate(2022, 6, 3));
}

namespace {

// The lines of the notice's signature block, top to bottom, and the name under them.
QStringList signatureOf(const InspectionFile &file, const QString &roundId)
{
    ReportRequest request;
    request.roundId = roundId;
    request.withAnnex = false;
    auto document = buildReport(file, request);
    REQUIRE(document.ok());
    const auto &blocks = document->sections.at(0).blocks;
    const Signer signer = std::get<SignatureBlock>(blocks.constLast()).signers.constLast();
    return signer.headLines() << signer.name;
}

} // namespace

TEST_CASE("The team chooses who signs the notice: the lead by default, a deputy signs for "
          "the lead, another member by their role",
          "[report-store][signer]")
{
    TempDir dir;
    auto opened = openDemoFile(dir);
    InspectionFile &file = *opened;
    const QString roundId = file.rounds()->at(0).id;
    const InspectionRound round = *file.loadRound(roundId);
    const auto memberId = [&](TeamRole role) {
        for (const TeamMember &member : round.team) {
            if (member.role == role)
                return member.id;
        }
        FAIL("no member with that role");
        return QString();
    };
    CHECK(signatureOf(file, roundId)
          == QStringList({QStringLiteral("TM. ĐOÀN KIỂM TRA"), QStringLiteral("TRƯỞNG ĐOÀN"),
                          QStringLiteral("Nguyễn Hữu Thắng")}));

    ReportStore store(file);
    NoticeSettings chosen;
    chosen.signerMemberId = memberId(TeamRole::DeputyLead);
    REQUIRE(store.saveNoticeSettings(roundId, chosen).ok());
    // Decree 30/2020: a deputy signs "KT." for the lead, with the deputy's own title below.
    CHECK(signatureOf(file, roundId)
          == QStringList({QStringLiteral("TM. ĐOÀN KIỂM TRA"), QStringLiteral("KT. TRƯỞNG ĐOÀN"),
                          QStringLiteral("PHÓ TRƯỞNG ĐOÀN"), QStringLiteral("Phạm Thị Thu Hương")}));
    // Stored with an id and a time, read back as saved.
    auto stored = store.noticeSettings(roundId);
    REQUIRE(stored.ok());
    CHECK_FALSE(stored->id.isEmpty());
    CHECK_FALSE(stored->modifiedAt.isEmpty());
    CHECK(stored->signerMemberId == chosen.signerMemberId);
    CHECK_FALSE(stored->noticeDate.isValid());

    chosen.signerMemberId = memberId(TeamRole::Secretary);
    REQUIRE(store.saveNoticeSettings(roundId, chosen).ok());
    CHECK(signatureOf(file, roundId)
          == QStringList({QStringLiteral("TM. ĐOÀN KIỂM TRA"), QStringLiteral("THƯ KÝ"),
                          QStringLiteral("Nguyễn Thị Minh Ngọc")}));

    // Someone outside the round's team is refused.
    NoticeSettings stranger;
    stranger.signerMemberId = QStringLiteral("00000000-0000-4000-8000-000000000000");
    CHECK_FALSE(store.saveNoticeSettings(roundId, stranger).ok());

    // The signer leaves the team: the lead signs again, and the choice is gone.
    InspectionRound edited = round;
    edited.team.removeIf([](const TeamMember &m) { return m.role == TeamRole::Secretary; });
    REQUIRE(file.saveRound(edited).ok());
    CHECK(store.noticeSettings(roundId)->signerMemberId.isEmpty());
    CHECK(signatureOf(file, roundId).constLast() == QStringLiteral("Nguyễn Hữu Thắng"));
}

TEST_CASE("The notice's date and signer survive the JSON, and older JSON's date row is read",
          "[report-store][signer][interchange]")
{
    TempDir dir;
    auto opened = openDemoFile(dir);
    InspectionFile &file = *opened;
    const QString roundId = file.rounds()->at(0).id;
    const InspectionRound round = *file.loadRound(roundId);
    NoticeSettings chosen;
    chosen.noticeDate = QDate(2022, 6, 10);
    chosen.signerMemberId = round.team.at(1).id;
    REQUIRE(ReportStore(file).saveNoticeSettings(roundId, chosen).ok());

    const QString json = dir.path(QStringLiteral("file.json"));
    {
        QFile out(json);
        REQUIRE(out.open(QIODevice::WriteOnly));
        REQUIRE(interchange::writeFileJson(file, out).ok());
    }
    const QByteArray text = readAll(json);
    CHECK(text.contains("\"noticeDate\": \"2022-06-10\""));
    auto copy = InspectionFile::create(dir.path(QStringLiteral("copy.cchc")));
    REQUIRE(copy.ok());
    REQUIRE(interchange::importJsonFile(**copy, json).ok());
    auto copied = ReportStore(**copy).noticeSettings(roundId);
    REQUIRE(copied.ok());
    CHECK(copied->id == chosen.id);
    CHECK(copied->noticeDate == QDate(2022, 6, 10));
    CHECK(copied->signerMemberId == round.team.at(1).id);
    CHECK(copied->modifiedAt == chosen.modifiedAt);

    // A formatVersion 3 document kept the date as the paragraph "notice/date".
    QJsonObject root = QJsonDocument::fromJson(text).object();
    root.insert(QStringLiteral("formatVersion"), 3);
    QJsonArray rounds = root.value(QStringLiteral("rounds")).toArray();
    QJsonObject first = rounds.at(0).toObject();
    first.remove(QStringLiteral("noticeSettings"));
    first.insert(QStringLiteral("reportParagraphs"),
                 QJsonArray{QJsonObject{{QStringLiteral("id"), chosen.id},
                                        {QStringLiteral("key"), QStringLiteral("notice/date")},
                                        {QStringLiteral("draftedText"), QString()},
                                        {QStringLiteral("editedText"), QStringLiteral("2022-06-08")},
                                        {QStringLiteral("modifiedAt"), chosen.modifiedAt}}});
    rounds.replace(0, first);
    root.insert(QStringLiteral("rounds"), rounds);
    const QString v3 = dir.path(QStringLiteral("v3.json"));
    {
        QFile out(v3);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(root).toJson());
    }
    auto old = InspectionFile::create(dir.path(QStringLiteral("old.cchc")));
    REQUIRE(old.ok());
    REQUIRE(interchange::importJsonFile(**old, v3).ok());
    CHECK(ReportStore(**old).noticeSettings(roundId)->noticeDate == QDate(2022, 6, 8));
    CHECK(ReportStore(**old).paragraphs(roundId)->isEmpty());

    // A signer who is not in the round's team is refused, naming the field.
    root = QJsonDocument::fromJson(text).object();
    rounds = root.value(QStringLiteral("rounds")).toArray();
    first = rounds.at(0).toObject();
    QJsonObject settings = first.value(QStringLiteral("noticeSettings")).toObject();
    settings.insert(QStringLiteral("signerMemberId"),
                    QStringLiteral("00000000-0000-4000-8000-000000000000"));
    first.insert(QStringLiteral("noticeSettings"), settings);
    rounds.replace(0, first);
    root.insert(QStringLiteral("rounds"), rounds);
    auto refused = interchange::readJson(QJsonDocument(root).toJson());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().startsWith(QStringLiteral("rounds[0].noticeSettings.signerMemberId: ")));
}
