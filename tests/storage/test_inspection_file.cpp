#include "tests/storage/StorageFixtures.h"
#include "tests/support/TestSupport.h"

#include "core/common/Clock.h"
#include "core/common/Ids.h"
#include "core/storage/Migrations.h"

#include <QFileInfo>
#include <QSqlQuery>

using namespace cchc;
using namespace cchc::test;

TEST_CASE("A new file carries our application id and the current schema", "[storage]")
{
    TempDir dir;
    auto file = InspectionFile::create(dir.path(QStringLiteral("new.cchc")));
    REQUIRE(file.ok());
    CHECK((*file)->schemaVersion() == storage::kCurrentSchemaVersion);
    CHECK(isValidId((*file)->fileId()));
    QSqlQuery query((*file)->database());
    REQUIRE(query.exec(QStringLiteral("PRAGMA application_id")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == storage::kApplicationId);
    REQUIRE(query.exec(QStringLiteral("PRAGMA foreign_keys")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 1);
}

TEST_CASE("create refuses to overwrite an existing file", "[storage]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("exists.cchc"));
    writeAll(path, "keep me");
    auto file = InspectionFile::create(path);
    REQUIRE_FALSE(file.ok());
    CHECK(file.error().contains(QStringLiteral("exists.cchc")));
    CHECK(readAll(path) == "keep me");
}

TEST_CASE("Every save is durable: a reopened file has all of it", "[storage]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("durable.cchc"));
    QString roundUnitId;
    QString criterionId;
    QString evidenceId;
    {
        SmallFile small = makeSmallFile(path);
        roundUnitId = small.round.units[0].id;
        criterionId = small.checklist.groups[1].criteria[0].id;
        Assessment assessment;
        assessment.roundUnitId = roundUnitId;
        assessment.criterionId = criterionId;
        assessment.result = AssessmentResult::PartiallyMet;
        assessment.appraisedScore = 1.5;
        assessment.finding = QStringLiteral("Chưa ký cam kết đủ <b>100%</b> & \"đúng hạn\"\nDòng 2");
        assessment.exemplary = true;
        REQUIRE(small.file->saveAssessment(assessment).ok());
        Evidence photo;
        photo.kind = EvidenceKind::AttachedFile;
        photo.fileName = QStringLiteral("ảnh-biển-tên.jpg");
        photo.mimeType = QStringLiteral("image/jpeg");
        auto added = small.file->addEvidence(assessment.id, photo, QByteArray(5000, 'x'));
        REQUIRE(added.ok());
        evidenceId = added->id;
        Evidence document;
        document.documentNumber = QStringLiteral("15/KH-TTYT");
        REQUIRE(small.file->addEvidence(assessment.id, document).ok());
        CorrectiveAction action;
        action.roundUnitId = roundUnitId;
        action.criterionId = criterionId;
        action.description = QStringLiteral("Tổ chức ký cam kết cho toàn bộ viên chức");
        action.deadline = QDate(2022, 7, 30);
        REQUIRE(small.file->saveCorrectiveAction(action).ok());
    } // closed: nothing is kept in memory

    auto reopened = InspectionFile::open(path);
    REQUIRE(reopened.ok());
    InspectionFile &file = **reopened;
    auto units = file.units();
    REQUIRE(units.ok());
    REQUIRE(units->size() == 2);
    CHECK(units->at(0).name == QStringLiteral("Đội quản lý trật tự đô thị")); // Đ sorts before T
    auto list = file.assessments(roundUnitId);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 1);
    const Assessment &a = list->at(0);
    CHECK(a.result == AssessmentResult::PartiallyMet);
    CHECK(*a.appraisedScore == Approx(1.5));
    CHECK_FALSE(a.selfScore.has_value());
    CHECK(a.finding == QStringLiteral("Chưa ký cam kết đủ <b>100%</b> & \"đúng hạn\"\nDòng 2"));
    CHECK(a.exemplary);
    REQUIRE(a.evidence.size() == 2);
    CHECK(a.evidence[0].fileName == QStringLiteral("ảnh-biển-tên.jpg"));
    CHECK(a.evidence[0].sizeBytes == 5000);
    CHECK(a.evidence[1].documentNumber == QStringLiteral("15/KH-TTYT"));
    auto content = file.evidenceContent(evidenceId);
    REQUIRE(content.ok());
    CHECK(*content == QByteArray(5000, 'x'));
    auto rounds = file.rounds();
    REQUIRE(rounds.ok());
    REQUIRE(rounds->size() == 1);
    auto actions = file.correctiveActions(rounds->at(0).id);
    REQUIRE(actions.ok());
    REQUIRE(actions->size() == 1);
    CHECK(actions->at(0).deadline == QDate(2022, 7, 30));
}

TEST_CASE("Saving an assessment twice updates the one row", "[storage]")
{
    TempDir dir;
    SmallFile small = makeSmallFile(dir.path(QStringLiteral("upsert.cchc")));
    const Assessment first = saveFirstCriterion(small, 0, AssessmentResult::Met);
    Assessment second = first;
    second.id.clear(); // e.g. a second window that never saw the first id
    second.result = AssessmentResult::NotMet;
    REQUIRE(small.file->saveAssessment(second).ok());
    CHECK(second.id == first.id);
    auto list = small.file->assessments(first.roundUnitId);
    REQUIRE(list->size() == 1);
    CHECK(list->at(0).result == AssessmentResult::NotMet);
}

TEST_CASE("Modification times come from the clock, in UTC", "[storage]")
{
    TempDir dir;
    Clock::setOverride([] { return QDateTime(QDate(2022, 5, 23), QTime(8, 30), Qt::UTC); });
    SmallFile small = makeSmallFile(dir.path(QStringLiteral("clock.cchc")));
    Clock::setOverride({});
    CHECK(small.unitA.modifiedAt == QStringLiteral("2022-05-23T08:30:00.000Z"));
    auto unit = small.file->unit(small.unitA.id);
    REQUIRE(unit.ok());
    CHECK(unit->modifiedAt == QStringLiteral("2022-05-23T08:30:00.000Z"));
}

TEST_CASE("A template used by a round is frozen: editing it saves a new version", "[storage]")
{
    TempDir dir;
    SmallFile small = makeSmallFile(dir.path(QStringLiteral("versions.cchc")));
    const QString usedId = small.round.templateId;
    auto edited = small.file->loadTemplate(usedId);
    REQUIRE(edited.ok());
    const QString oldText = edited->groups[0].criteria[0].text;
    edited->groups[0].criteria[0].text = QStringLiteral("Tiêu chí đã sửa");
    auto newId = small.file->saveTemplate(*edited);
    REQUIRE(newId.ok());
    CHECK(*newId != usedId);
    CHECK(edited->version == 2);
    CHECK(edited->familyId == small.checklist.familyId);

    auto old = small.file->loadTemplate(usedId);
    REQUIRE(old.ok());
    CHECK(old->groups[0].criteria[0].text == oldText);
    auto round = small.file->loadRound(small.round.id);
    CHECK(round->templateId == usedId);
    auto infos = small.file->templates();
    REQUIRE(infos->size() == 2);

    // An unused version is edited in place.
    edited->name = QStringLiteral("Bộ tiêu chí 2023");
    auto sameId = small.file->saveTemplate(*edited);
    REQUIRE(sameId.ok());
    CHECK(*sameId == *newId);
    CHECK(edited->version == 2);
    CHECK(small.file->removeTemplate(usedId).error().contains(QStringLiteral("đợt kiểm tra")));
    CHECK(small.file->removeTemplate(*newId).ok());
}

TEST_CASE("A failed step inside transact leaves nothing behind", "[storage]")
{
    TempDir dir;
    SmallFile small = makeSmallFile(dir.path(QStringLiteral("rollback.cchc")));
    auto status = small.file->transact([&]() -> Status {
        Unit unit;
        unit.name = QStringLiteral("Đơn vị tạm");
        if (auto s = small.file->saveUnit(unit); !s)
            return s;
        return Error{QStringLiteral("stop")};
    });
    CHECK_FALSE(status.ok());
    CHECK(small.file->units()->size() == 2);
}

TEST_CASE("Unit names by id are every unit's, as the register holds them", "[storage]")
{
    TempDir dir;
    SmallFile small = makeSmallFile(dir.path(QStringLiteral("names.cchc")));
    auto names = small.file->unitNames();
    REQUIRE(names.ok());
    CHECK(names->size() == 2);
    CHECK(names->value(small.unitA.id) == small.unitA.name);
    CHECK(names->value(small.unitB.id) == small.unitB.name);
    Unit renamed = small.unitA;
    renamed.name = QStringLiteral("Sở Tư pháp (đổi tên)");
    REQUIRE(small.file->saveUnit(renamed).ok());
    CHECK(small.file->unitNames()->value(renamed.id) == renamed.name);
}

TEST_CASE("Validation names what is missing, in Vietnamese", "[storage]")
{
    TempDir dir;
    SmallFile small = makeSmallFile(dir.path(QStringLiteral("validate.cchc")));
    Unit nameless;
    CHECK(small.file->saveUnit(nameless).error() == QStringLiteral("Đơn vị cần có tên."));
    InspectionRound round = small.round;
    round.visitStart = QDate(2022, 5, 26);
    round.visitEnd = QDate(2022, 5, 23);
    CHECK_FALSE(small.file->saveRound(round).ok());
    CHECK(small.file->removeUnit(small.unitA.id).error().contains(QStringLiteral("đợt kiểm tra")));
}

TEST_CASE("Removing a unit from a round removes its assessments with it", "[storage]")
{
    TempDir dir;
    SmallFile small = makeSmallFile(dir.path(QStringLiteral("cascade.cchc")));
    saveFirstCriterion(small, 1, AssessmentResult::Met);
    small.round.units.removeLast();
    REQUIRE(small.file->saveRound(small.round).ok());
    auto all = small.file->roundAssessments(small.round.id);
    REQUIRE(all.ok());
    CHECK(all->isEmpty());
    CHECK(small.file->removeUnit(small.unitB.id).ok());
}
