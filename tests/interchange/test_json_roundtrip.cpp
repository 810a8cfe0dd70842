// JSON export and import: byte-identical round trips, kept ids and times, the merge policy
// for an existing file, and files that cannot be written.
#include "tests/interchange/InterchangeFixtures.h"
#include "tests/support/TestSupport.h"

#include "core/common/Ids.h"
#include "core/interchange/JsonExport.h"
#include "core/interchange/JsonFormat.h"
#include "core/interchange/JsonImport.h"
#include "core/interchange/JsonStream.h"
#include "core/storage/ConsistencyCheck.h"

#include <QBuffer>
#include <QSqlQuery>

#include <functional>

using namespace cchc;
using namespace cchc::interchange;
using namespace cchc::test;

namespace {

std::unique_ptr<InspectionFile> createFile(const QString &path)
{
    auto created = InspectionFile::create(path);
    REQUIRE(created.ok());
    return std::move(*created);
}

ChecklistTemplate oneCriterionTemplate()
{
    ChecklistTemplate checklist;
    checklist.name = QStringLiteral("Bộ tiêu chí riêng");
    checklist.groups = {
        CriteriaGroup{{}, QStringLiteral("I"), QStringLiteral("Chỉ đạo"), {Criterion{}}, {}}};
    checklist.groups[0].criteria[0].text = QStringLiteral("Ban hành kế hoạch CCHC");
    return checklist;
}

QString firstRoundId(const InspectionFile &file)
{
    auto rounds = file.rounds();
    REQUIRE(rounds.ok());
    REQUIRE_FALSE(rounds->isEmpty());
    return rounds->at(0).id;
}

// The round's edited paragraphs as comparable text, in their stored order.
QStringList paragraphTexts(const InspectionFile &file, const QString &roundId)
{
    auto paragraphs = report::ReportStore(file).paragraphs(roundId);
    REQUIRE(paragraphs.ok());
    QStringList texts;
    for (const report::StoredParagraph &p : *paragraphs)
        texts.append(QStringList{p.id, p.key, p.draftedText, p.editedText, p.modifiedAt}.join(
            QLatin1Char('|')));
    return texts;
}

int rowCount(const InspectionFile &file, const QString &table)
{
    QSqlQuery query(file.database());
    REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

// Closes the file, runs `work` on it reopened, and checks the file's bytes did not change.
// Closed, because while open, saved edits may still sit in the write-ahead log beside it.
void checkUnchanged(std::unique_ptr<InspectionFile> &file,
                    const std::function<void(InspectionFile &)> &work)
{
    const QString path = file->path();
    file.reset();
    const QByteArray before = readAll(path);
    auto reopened = InspectionFile::open(path);
    REQUIRE(reopened.ok());
    file = std::move(reopened.value());
    work(*file);
    file.reset();
    CHECK(readAll(path) == before);
    reopened = InspectionFile::open(path);
    REQUIRE(reopened.ok());
    file = std::move(reopened.value());
}

} // namespace

TEST_CASE("A whole file survives export, import into a new file and export byte for byte",
          "[interchange]")
{
    TempDir dir;
    PinnedClock clock;
    auto source = makeRichDemo(dir.path(QStringLiteral("demo.cchc")));
    auto first = exportFileJson(*source);
    REQUIRE(first.ok());

    auto target = createFile(dir.path(QStringLiteral("copy.cchc")));
    auto summary = importJson(*target, *first);
    REQUIRE(summary.ok());
    CHECK(summary->replaced == 0);
    CHECK(summary->kept == 0);
    CHECK(summary->added > 8 + 31 * 8);

    auto second = exportFileJson(*target);
    REQUIRE(second.ok());
    CHECK(*second == *first);

    // Ids, times and the attached file's bytes came across as they were.
    const QString roundId = firstRoundId(*source);
    CHECK(firstRoundId(*target) == roundId);
    auto original = source->loadRound(roundId);
    auto copied = target->loadRound(roundId);
    REQUIRE(copied.ok());
    CHECK(copied->modifiedAt == original->modifiedAt);
    CHECK(copied->units.at(1).id == original->units.at(1).id);
    auto assessments = target->assessments(copied->units.at(1).id);
    REQUIRE(assessments.ok());
    const Evidence *photo = nullptr;
    for (const Assessment &a : *assessments) {
        for (const Evidence &e : a.evidence) {
            if (e.kind == EvidenceKind::AttachedFile)
                photo = &e;
        }
    }
    REQUIRE(photo != nullptr);
    CHECK(photo->sizeBytes == 512);
    CHECK(*target->evidenceContent(photo->id) == *source->evidenceContent(photo->id));
    auto actions = target->correctiveActions(roundId);
    REQUIRE(actions.ok());
    CHECK(actions->size() == 2);
    auto problems = findProblems(*target);
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());

    // The report data came across with its ids and times: settings, number series and
    // the team's edited paragraphs with the drafts they were based on, in their order.
    const report::ReportStore from(*source);
    const report::ReportStore to(*target);
    CHECK(to.settings()->id == from.settings()->id);
    CHECK(to.settings()->modifiedAt == from.settings()->modifiedAt);
    CHECK(to.settings()->governingBody == QStringLiteral("UBND HUYỆN CẨM XUYÊN"));
    CHECK(to.settings()->recipients == from.settings()->recipients);
    CHECK(*to.nextNumber(QStringLiteral("ĐKT-CX"), 2022) == 6);
    CHECK(*to.nextNumber(QStringLiteral("ĐKT"), 2021) == 14);
    CHECK(to.numberSeries()->size() == 2);
    CHECK(to.numberSeries()->at(0).id == from.numberSeries()->at(0).id);
    CHECK(paragraphTexts(*target, roundId).size() == 2);
    CHECK(paragraphTexts(*target, roundId) == paragraphTexts(*source, roundId));
}

TEST_CASE("A round export holds its units and template version and round-trips", "[interchange]")
{
    TempDir dir;
    PinnedClock clock;
    auto source = makeRichDemo(dir.path(QStringLiteral("demo.cchc")));
    // A unit outside the round must not travel with it.
    Unit outsider;
    outsider.name = QStringLiteral("UBND phường Bắc Hà");
    REQUIRE(source->saveUnit(outsider).ok());
    const QString roundId = firstRoundId(*source);

    auto first = exportRoundJson(*source, roundId);
    REQUIRE(first.ok());
    CHECK(valueAt(*first, QStringLiteral("scope")).toString() == QStringLiteral("round"));
    CHECK(valueAt(*first, QStringLiteral("units")).toArray().size() == 8);
    CHECK_FALSE(first->contains(outsider.id.toLatin1()));
    CHECK(valueAt(*first, QStringLiteral("templates")).toArray().size() == 1);
    CHECK(valueAt(*first, QStringLiteral("formatVersion")).toInt() == interchange::kFormatVersion);
    // The round's edited paragraphs travel with it; the file's settings do not.
    CHECK(valueAt(*first, QStringLiteral("rounds.0.reportParagraphs.1.key")).toString() ==
          QStringLiteral("retired-key"));
    CHECK(valueAt(*first, QStringLiteral("reportSettings")).isUndefined());
    CHECK(valueAt(*first, QStringLiteral("reportNumberSeries")).isUndefined());
    CHECK(valueAt(*first, QStringLiteral("rounds.0.units.1.correctiveActions")).toArray().size() ==
          2);
    CHECK(valueAt(*first, QStringLiteral("rounds.0.units.1.assessments.3.evidence.0.content"))
              .toString()
              .startsWith(QStringLiteral("AAECAwQF")));

    auto target = createFile(dir.path(QStringLiteral("copy.cchc")));
    REQUIRE(importJson(*target, *first).ok());
    auto second = exportRoundJson(*target, roundId);
    REQUIRE(second.ok());
    CHECK(*second == *first);
    CHECK(paragraphTexts(*target, roundId) == paragraphTexts(*source, roundId));
    CHECK(report::ReportStore(*target).settings()->id.isEmpty()); // still the defaults
}

TEST_CASE("A file whose report settings were never saved exports them as null and "
          "round-trips",
          "[interchange]")
{
    TempDir dir;
    PinnedClock clock;
    const QString path = dir.path(QStringLiteral("demo.cchc"));
    REQUIRE(writeDemoFile(path).ok());
    auto source = InspectionFile::open(path);
    REQUIRE(source.ok());
    auto first = exportFileJson(**source);
    REQUIRE(first.ok());
    CHECK(valueAt(*first, QStringLiteral("reportSettings")).isNull());
    CHECK(valueAt(*first, QStringLiteral("reportNumberSeries")).toArray().isEmpty());
    CHECK(valueAt(*first, QStringLiteral("rounds.0.reportParagraphs")).toArray().isEmpty());
    auto target = createFile(dir.path(QStringLiteral("copy.cchc")));
    REQUIRE(importJson(*target, *first).ok());
    CHECK(rowCount(*target, QStringLiteral("report_settings")) == 0);
    CHECK(*exportFileJson(*target) == *first);
}

TEST_CASE("Report data merges like every record: newer wins, one settings record per file, "
          "one number series per symbol and year",
          "[interchange]")
{
    TempDir dir;
    PinnedClock clock; // the source's report data is from 2022-06-01
    auto source = makeRichDemo(dir.path(QStringLiteral("demo.cchc")));
    const QString roundId = firstRoundId(*source);
    const QByteArray json = *exportFileJson(*source);

    auto target = createFile(dir.path(QStringLiteral("target.cchc")));
    report::ReportStore store(*target);
    report::ReportSettings newerHere;
    {
        PinnedClock before(QDateTime(QDate(2022, 5, 1), QTime(8, 0), Qt::UTC));
        REQUIRE(store.setNextNumber(QStringLiteral("ĐKT-CX"), 2022, 3).ok()); // older
    }
    {
        PinnedClock after(QDateTime(QDate(2022, 6, 2), QTime(8, 0), Qt::UTC));
        newerHere.governingBody = QStringLiteral("UBND TỈNH HÀ TĨNH");
        REQUIRE(store.saveSettings(newerHere).ok());
        REQUIRE(store.setNextNumber(QStringLiteral("ĐKT"), 2021, 20).ok()); // newer
    }

    auto summary = importJson(*target, json);
    REQUIRE(summary.ok());
    // Settings under another id are the file's one settings record: the newer stays.
    CHECK(store.settings()->id == newerHere.id);
    CHECK(store.settings()->governingBody == QStringLiteral("UBND TỈNH HÀ TĨNH"));
    CHECK(rowCount(*target, QStringLiteral("report_settings")) == 1);
    // A series of the same symbol and year is the same counter: the newer one wins.
    CHECK(*store.nextNumber(QStringLiteral("ĐKT-CX"), 2022) == 6);
    CHECK(*store.nextNumber(QStringLiteral("ĐKT"), 2021) == 20);
    CHECK(rowCount(*target, QStringLiteral("report_number_series")) == 2);
    CHECK(paragraphTexts(*target, roundId) == paragraphTexts(*source, roundId));

    // Newer settings and a newer edit of the same paragraph replace; an older one is kept.
    const QString newer = QStringLiteral("2022-06-05T10:00:00.000Z");
    QByteArray later =
        edited(json, QStringLiteral("reportSettings.placeName"), QStringLiteral("Cẩm Xuyên"));
    later = edited(later, QStringLiteral("reportSettings.modifiedAt"), newer);
    later = edited(later, QStringLiteral("rounds.0.reportParagraphs.0.editedText"),
                   QStringLiteral("Lời kết viết lại trên máy khác."));
    later = edited(later, QStringLiteral("rounds.0.reportParagraphs.0.modifiedAt"), newer);
    later = edited(later, QStringLiteral("rounds.0.reportParagraphs.1.editedText"),
                   QStringLiteral("Bản cũ hơn, không được thay."));
    later = edited(later, QStringLiteral("rounds.0.reportParagraphs.1.modifiedAt"),
                   QStringLiteral("2022-01-01T00:00:00.000Z"));
    summary = importJson(*target, later);
    REQUIRE(summary.ok());
    CHECK(summary->replaced == 2);
    CHECK(summary->added == 0);
    CHECK(store.settings()->placeName == QStringLiteral("Cẩm Xuyên"));
    CHECK(store.settings()->id == valueAt(json, QStringLiteral("reportSettings.id")).toString());
    CHECK(rowCount(*target, QStringLiteral("report_settings")) == 1);
    auto paragraphs = store.paragraphs(roundId);
    REQUIRE(paragraphs->size() == 2);
    CHECK(paragraphs->at(0).editedText == QStringLiteral("Lời kết viết lại trên máy khác."));
    CHECK(paragraphs->at(0).draftedText ==
          QStringLiteral("Trên đây là thông báo kết quả kiểm tra."));
    CHECK(paragraphs->at(1).editedText.contains(QStringLiteral("giữ nguyên")));
}

TEST_CASE("An edit of the same paragraph made separately on another laptop is refused, and "
          "nothing is written",
          "[interchange]")
{
    TempDir dir;
    PinnedClock clock;
    auto file = makeRichDemo(dir.path(QStringLiteral("demo.cchc")));
    const QString roundId = firstRoundId(*file);
    const QByteArray json = *exportRoundJson(*file, roundId);
    // The same paragraph under another id, plus a newer unit name that must not be written.
    QByteArray clashing = edited(json, QStringLiteral("rounds.0.reportParagraphs.1.id"), newId());
    clashing = edited(clashing, QStringLiteral("units.0.name"), QStringLiteral("Tên mới"));
    clashing = edited(clashing, QStringLiteral("units.0.modifiedAt"),
                      QStringLiteral("2022-06-05T10:00:00.000Z"));
    const QStringList before = paragraphTexts(*file, roundId);
    checkUnchanged(file, [&](InspectionFile &target) {
        auto refused = importJson(target, clashing);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().startsWith(QStringLiteral("rounds[0].reportParagraphs[1]: ")));
        CHECK(refused.error().contains(QStringLiteral("mã định danh khác")));
    });
    CHECK(paragraphTexts(*file, roundId) == before);
}

TEST_CASE("exportedAt is the only field that follows the clock", "[interchange]")
{
    TempDir dir;
    auto source = makeRichDemo(dir.path(QStringLiteral("demo.cchc")));
    QByteArray early;
    QByteArray late;
    {
        PinnedClock clock(QDateTime(QDate(2023, 1, 2), QTime(3, 4, 5), Qt::UTC));
        early = *exportFileJson(*source);
    }
    {
        PinnedClock clock(QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC));
        late = *exportFileJson(*source);
    }
    CHECK(valueAt(early, QStringLiteral("exportedAt")).toString() ==
          QStringLiteral("2023-01-02T03:04:05.000Z"));
    CHECK(edited(early, QStringLiteral("exportedAt"), QString()) ==
          edited(late, QStringLiteral("exportedAt"), QString()));
}

TEST_CASE("Import into an existing file: newer records replace, older ones are kept, nothing "
          "is deleted, a template in use is never changed",
          "[interchange]")
{
    TempDir dir;
    PinnedClock clock;
    auto file = makeRichDemo(dir.path(QStringLiteral("demo.cchc")));
    const QString roundId = firstRoundId(*file);
    QByteArray json = *exportRoundJson(*file, roundId);

    // The file moves on: unit 0 is renamed today (newer than the JSON).
    auto units = file->units();
    Unit renamedHere = units->at(0);
    {
        PinnedClock later(QDateTime(QDate(2022, 6, 2), QTime(9, 0), Qt::UTC));
        renamedHere.name = QStringLiteral("Tên sửa trên máy này");
        REQUIRE(file->saveUnit(renamedHere).ok());
    }
    // The JSON carries newer edits: another unit renamed, a finding changed, the template
    // renamed, and an old edit of unit 0.
    const auto unitIndex = [&](const QString &id) {
        const QJsonArray array = valueAt(json, QStringLiteral("units")).toArray();
        for (int i = 0; i < array.size(); ++i) {
            if (array.at(i).toObject().value(QStringLiteral("id")).toString() == id)
                return i;
        }
        return -1;
    };
    const int here = unitIndex(renamedHere.id);
    const int there = unitIndex(units->at(1).id);
    const QString newer = QStringLiteral("2022-06-05T10:00:00.000Z");
    const QString older = QStringLiteral("2022-05-01T10:00:00.000Z");
    json = edited(json, QStringLiteral("units.%1.name").arg(here), QStringLiteral("Tên cũ"));
    json = edited(json, QStringLiteral("units.%1.modifiedAt").arg(here), older);
    json = edited(json, QStringLiteral("units.%1.name").arg(there),
                  QStringLiteral("Tên mới từ máy khác"));
    json = edited(json, QStringLiteral("units.%1.modifiedAt").arg(there), newer);
    const QString finding = QStringLiteral("rounds.0.units.2.assessments.5");
    json = edited(json, finding + QStringLiteral(".finding"), QStringLiteral("Nhận xét mới"));
    json = edited(json, finding + QStringLiteral(".modifiedAt"), newer);
    json = edited(json, QStringLiteral("templates.0.name"), QStringLiteral("Bộ tiêu chí đã sửa"));
    json = edited(json, QStringLiteral("templates.0.modifiedAt"), newer);

    // Records only the file has stay.
    Unit onlyHere;
    onlyHere.name = QStringLiteral("Đơn vị chỉ có trên máy này");
    REQUIRE(file->saveUnit(onlyHere).ok());

    auto summary = importJson(*file, json);
    REQUIRE(summary.ok());
    CHECK(summary->added == 0);
    CHECK(summary->replaced == 2);
    CHECK(summary->kept > 100);

    CHECK(file->unit(renamedHere.id)->name == QStringLiteral("Tên sửa trên máy này"));
    CHECK(file->unit(units->at(1).id)->name == QStringLiteral("Tên mới từ máy khác"));
    CHECK(file->unit(units->at(1).id)->modifiedAt == newer);
    CHECK(file->unit(onlyHere.id).ok());
    auto round = file->loadRound(roundId);
    auto assessments = file->assessments(round->units.at(2).id);
    bool changed = false;
    for (const Assessment &a : *assessments)
        changed = changed || a.finding == QStringLiteral("Nhận xét mới");
    CHECK(changed);
    CHECK(file->loadTemplate(round->templateId)->name != QStringLiteral("Bộ tiêu chí đã sửa"));
    CHECK(file->correctiveActions(roundId)->size() == 2);
}

TEST_CASE("An unused template is replaced by a newer one, with its criteria", "[interchange]")
{
    TempDir dir;
    PinnedClock clock;
    auto source = createFile(dir.path(QStringLiteral("source.cchc")));
    ChecklistTemplate checklist = oneCriterionTemplate();
    REQUIRE(source->saveTemplate(checklist).ok());
    const QByteArray json = *exportFileJson(*source);

    auto target = createFile(dir.path(QStringLiteral("target.cchc")));
    REQUIRE(importJson(*target, json).ok());
    QByteArray newer = edited(json, QStringLiteral("templates.0.groups.0.criteria.0.text"),
                              QStringLiteral("Ban hành kế hoạch CCHC đúng hạn"));
    newer = edited(newer, QStringLiteral("templates.0.modifiedAt"),
                   QStringLiteral("2022-07-01T00:00:00.000Z"));
    auto summary = importJson(*target, newer);
    REQUIRE(summary.ok());
    CHECK(summary->replaced == 3); // the template, its group and its criterion
    CHECK(target->loadTemplate(checklist.id)->groups[0].criteria[0].text ==
          QStringLiteral("Ban hành kế hoạch CCHC đúng hạn"));
}

TEST_CASE("An import that clashes with the file is refused and writes nothing", "[interchange]")
{
    TempDir dir;
    PinnedClock clock;
    auto source = makeRichDemo(dir.path(QStringLiteral("demo.cchc")));
    const QString roundId = firstRoundId(*source);
    const QByteArray json = *exportRoundJson(*source, roundId);

    // Another laptop assessed the same criterion at the same unit under another id.
    const QByteArray clashing =
        edited(json, QStringLiteral("rounds.0.units.7.assessments.30.id"), newId());
    // Round units that changed places in the unit register are refused too.
    QByteArray moved = edited(json, QStringLiteral("rounds.0.units.0.unitId"),
                              valueAt(json, QStringLiteral("rounds.0.units.1.unitId")));
    moved = edited(moved, QStringLiteral("rounds.0.units.1.unitId"),
                   valueAt(json, QStringLiteral("rounds.0.units.0.unitId")));
    checkUnchanged(source, [&](InspectionFile &target) {
        auto refused = importJson(target, clashing);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().startsWith(QStringLiteral("rounds[0].units[7].assessments[30]: ")));
        CHECK(refused.error().contains(QStringLiteral("mã định danh khác")));
        auto movedResult = importJson(target, moved);
        REQUIRE_FALSE(movedResult.ok());
        CHECK(movedResult.error().contains(QStringLiteral("vị trí khác")));
    });
}

TEST_CASE("Import into a read-only or locked file fails cleanly", "[interchange]")
{
    TempDir dir;
    PinnedClock clock;
    auto source = makeRichDemo(dir.path(QStringLiteral("demo.cchc")));
    const QByteArray json = *exportFileJson(*source);
    const QString path = dir.path(QStringLiteral("target.cchc"));
    createFile(path).reset();
    const QByteArray before = readAll(path);

    auto readOnly = InspectionFile::open(path, InspectionFile::Access::ReadOnly);
    REQUIRE(readOnly.ok());
    auto refused = importJson(**readOnly, json);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("target.cchc")));
    CHECK(refused.error().contains(QStringLiteral("chỉ đọc")));
    readOnly->reset();

    auto owner = InspectionFile::open(path);
    REQUIRE(owner.ok());
    auto second = InspectionFile::open(path); // the lock makes this one read-only
    REQUIRE(second.ok());
    REQUIRE((*second)->isReadOnly());
    auto locked = importJson(**second, json);
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.error().contains(QStringLiteral("chỉ đọc")));
    second->reset();
    owner->reset();
    CHECK(readAll(path) == before);
}

TEST_CASE("The streamed writer gives QJsonDocument's indented layout byte for byte",
          "[interchange]")
{
    const QJsonObject nested{
        {QStringLiteral("b"), QJsonArray{}},
        {QStringLiteral("a"), QJsonObject{}},
        {QStringLiteral("text"), QStringLiteral("“Đạt” \"quoted\"\n")},
        {QStringLiteral("list"),
         QJsonArray{1, 2.5, QJsonValue::Null, QJsonObject{{QStringLiteral("x"), true}}}}};
    const QJsonObject plain{{QStringLiteral("zeta"), 1},
                            {QStringLiteral("alpha"), nested},
                            {QStringLiteral("formatVersion"), 1},
                            {QStringLiteral("format"), QStringLiteral("cchc-inspector")}};
    QJsonObject whole = plain;
    whole[QStringLiteral("middle")] = QJsonArray{nested, nested};
    whole[QStringLiteral("empty")] = QJsonArray{};

    QByteArray streamed;
    QBuffer buffer(&streamed);
    buffer.open(QIODevice::WriteOnly);
    JsonStream out(buffer);
    const auto items = [&](int count) {
        return [&out, &nested, count](int depth) {
            return out.array(count, depth,
                             [&](int, int itemDepth) { return out.value(nested, itemDepth); });
        };
    };
    REQUIRE(out.object(plain,
                       {{QStringLiteral("middle"), items(2)}, {QStringLiteral("empty"), items(0)}},
                       0)
                .ok());
    REQUIRE(out.write("\n").ok());
    CHECK(streamed == QJsonDocument(whole).toJson(QJsonDocument::Indented));
}

TEST_CASE("A checklist version the file keeps with other criteria refuses only records that "
          "use it",
          "[interchange]")
{
    TempDir dir;
    auto source = createFile(dir.path(QStringLiteral("source.cchc")));
    auto target = createFile(dir.path(QStringLiteral("target.cchc")));
    ChecklistTemplate checklist = oneCriterionTemplate();
    QByteArray templateOnly;
    {
        PinnedClock clock(QDateTime(QDate(2022, 5, 1), QTime(8, 0), Qt::UTC));
        REQUIRE(source->saveTemplate(checklist).ok());
        templateOnly = *exportFileJson(*source);
        REQUIRE(importJson(*target, templateOnly).ok());
    }
    {
        // The target edits its copy later: a second criterion, same version (not in use).
        PinnedClock clock(QDateTime(QDate(2022, 5, 2), QTime(8, 0), Qt::UTC));
        ChecklistTemplate edited = *target->loadTemplate(checklist.id);
        edited.groups[0].criteria.append(Criterion{});
        edited.groups[0].criteria[1].text = QStringLiteral("Tự kiểm tra kỷ luật");
        REQUIRE(target->saveTemplate(edited).ok());
    }
    auto kept = importJson(*target, templateOnly);
    REQUIRE(kept.ok());
    CHECK(target->loadTemplate(checklist.id)->criterionCount() == 2);

    QByteArray withRound;
    {
        PinnedClock clock(QDateTime(QDate(2022, 5, 3), QTime(8, 0), Qt::UTC));
        Unit unit;
        unit.name = QStringLiteral("Trung tâm Y tế Thành phố");
        REQUIRE(source->saveUnit(unit).ok());
        InspectionRound round;
        round.title = QStringLiteral("Kiểm tra CCHC năm 2022");
        round.templateId = checklist.id;
        round.units = {RoundUnit{{}, unit.id, QDate(2022, 5, 23), {}, {}, {}}};
        REQUIRE(source->saveRound(round).ok());
        withRound = *exportFileJson(*source);
    }
    const QByteArray before = readAll(target->path());
    auto refused = importJson(*target, withRound);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().startsWith(QStringLiteral("templates[0]: ")));
    CHECK(refused.error().contains(QStringLiteral("các tiêu chí khác")));
    CHECK(readAll(target->path()) == before);
}

TEST_CASE("A formatVersion 1 document (before report data) still imports", "[interchange]")
{
    TempDir dir;
    PinnedClock clock;
    const QString v1Path = dataPath(QStringLiteral("interchange-v1.json"));
    const QByteArray v1 = readAll(v1Path);
    REQUIRE(valueAt(v1, QStringLiteral("formatVersion")).toInt() == 1);
    REQUIRE(valueAt(v1, QStringLiteral("reportSettings")).isUndefined());

    auto target = createFile(dir.path(QStringLiteral("target.cchc")));
    auto summary = importJsonFile(*target, v1Path);
    INFO((summary ? QString() : summary.error()).toStdString());
    REQUIRE(summary.ok());
    // A unit; a template with its group, criterion and band; a round with its legal basis,
    // team member, round unit, assessment and evidence.
    CHECK(summary->added == 11);
    const QString roundId = QStringLiteral("7d0c6a52-3f4e-4b7a-9c1d-2e5f6a7b8c90");
    auto round = target->loadRound(roundId);
    REQUIRE(round.ok());
    CHECK(round->team.at(0).fullName == QStringLiteral("Nguyễn Văn An"));
    CHECK(paragraphTexts(*target, roundId).isEmpty());
    CHECK(report::ReportStore(*target).settings()->id.isEmpty());

    // Exported again it is a current-version document with empty report data, and importing
    // that elsewhere gives the same bytes once more.
    const QByteArray v2 = *exportFileJson(*target);
    CHECK(valueAt(v2, QStringLiteral("formatVersion")).toInt() == interchange::kFormatVersion);
    CHECK(valueAt(v2, QStringLiteral("reportSettings")).isNull());
    CHECK(valueAt(v2, QStringLiteral("reportNumberSeries")).toArray().isEmpty());
    CHECK(valueAt(v2, QStringLiteral("rounds.0.reportParagraphs")).toArray().isEmpty());
    CHECK(valueAt(v2, QStringLiteral("rounds.0.units.0.assessments.0.finding")) ==
          valueAt(v1, QStringLiteral("rounds.0.units.0.assessments.0.finding")));
    auto copy = createFile(dir.path(QStringLiteral("copy.cchc")));
    REQUIRE(importJson(*copy, v2).ok());
    CHECK(*exportFileJson(*copy) == v2);

    // Into a file with report data, a version 1 document leaves that data as it was.
    auto rich = makeRichDemo(dir.path(QStringLiteral("rich.cchc")));
    const QString richRound = firstRoundId(*rich);
    const report::ReportStore store(*rich);
    const QString settingsBefore = store.settings()->modifiedAt + store.settings()->id;
    const QStringList paragraphsBefore = paragraphTexts(*rich, richRound);
    REQUIRE(importJson(*rich, v1).ok());
    CHECK(store.settings()->modifiedAt + store.settings()->id == settingsBefore);
    CHECK(store.numberSeries()->size() == 2);
    CHECK(paragraphTexts(*rich, richRound) == paragraphsBefore);
}

TEST_CASE("Text holding U+FFFE and U+FFFF is kept as typed, in the file and through JSON",
          "[interchange]")
{
    // SQLite turns these two noncharacters into U+FFFD when Qt's driver reads text as
    // UTF-16; the stores keep such text as UTF-8 bytes so that nothing typed changes.
    TempDir dir;
    PinnedClock clock;
    auto source = makeRichDemo(dir.path(QStringLiteral("demo.cchc")));
    const QString roundId = firstRoundId(*source);
    auto round = source->loadRound(roundId);
    REQUIRE(round.ok());
    auto assessments = source->assessments(round->units.at(0).id);
    REQUIRE(assessments.ok());
    Assessment assessment = assessments->at(0);
    const QString typed = QStringLiteral("Biển tên") + QChar(0xFFFE) + QStringLiteral("đã cũ") +
                          QChar(0xFFFF) + QStringLiteral(" và mờ");
    assessment.finding = typed;
    REQUIRE(source->saveAssessment(assessment).ok());

    auto reread = source->assessments(round->units.at(0).id);
    REQUIRE(reread.ok());
    CHECK(reread->at(0).finding == typed);

    auto first = exportFileJson(*source);
    REQUIRE(first.ok());
    CHECK(QString::fromUtf8(*first).contains(typed));
    auto target = createFile(dir.path(QStringLiteral("copy.cchc")));
    REQUIRE(importJson(*target, *first).ok());
    auto second = exportFileJson(*target);
    REQUIRE(second.ok());
    CHECK(*second == *first);
    auto problems = findProblems(*target);
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
}
