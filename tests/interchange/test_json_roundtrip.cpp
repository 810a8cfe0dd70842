// JSON export and import: byte-identical round trips, kept ids and times, the merge policy
// for an existing file, and files that cannot be written.
#include "InterchangeFixtures.h"
#include "support/TestSupport.h"

#include "common/Ids.h"
#include "interchange/JsonExport.h"
#include "interchange/JsonImport.h"
#include "interchange/JsonStream.h"
#include "storage/ConsistencyCheck.h"

#include <QBuffer>

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
    // Compare the file as it stands closed: while open, saved edits may still sit in the
    // write-ahead log beside it.
    const QString path = source->path();
    source.reset();
    const QByteArray before = readAll(path);
    auto reopened = InspectionFile::open(path);
    REQUIRE(reopened.ok());
    source = std::move(reopened.value());

    auto refused = importJson(*source, clashing);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().startsWith(QStringLiteral("rounds[0].units[7].assessments[30]: ")));
    CHECK(refused.error().contains(QStringLiteral("mã định danh khác")));

    // Round units that changed places in the unit register are refused too.
    QByteArray moved = edited(json, QStringLiteral("rounds.0.units.0.unitId"),
                              valueAt(json, QStringLiteral("rounds.0.units.1.unitId")));
    moved = edited(moved, QStringLiteral("rounds.0.units.1.unitId"),
                   valueAt(json, QStringLiteral("rounds.0.units.0.unitId")));
    auto movedResult = importJson(*source, moved);
    REQUIRE_FALSE(movedResult.ok());
    CHECK(movedResult.error().contains(QStringLiteral("vị trí khác")));
    source.reset();
    CHECK(readAll(path) == before);
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
