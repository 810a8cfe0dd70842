// Who did what: every change records the inspector's name and the laptop's id, whatever
// wrote it, and a merge brings the member's own history along.
#include "tests/teamwork/TeamworkFixtures.h"

#include "core/teamwork/EditHistory.h"

using namespace cchc;
using namespace cchc::test;

namespace {

const teamwork::Editor kLan{QStringLiteral("Nguyễn Thị Lan"),
                            QStringLiteral("11111111-1111-4111-8111-111111111111")};
const teamwork::Editor kNam{QStringLiteral("Lê Văn Nam"),
                            QStringLiteral("22222222-2222-4222-8222-222222222222")};

} // namespace

TEST_CASE("Every change records who made it, on which laptop, and the old and new value",
          "[teamwork][history]")
{
    teamwork::EditorScope lan(kLan);
    TempDir dir;
    SmallFile small = makeSmallFile(dir.path(QStringLiteral("lead.cchc")));
    Assessment assessment = saveFirstCriterion(small, 0, AssessmentResult::NotMet);
    assessment.finding = QStringLiteral("Chưa niêm yết.");
    saveIn(*small.file, assessment);
    assessment.result = AssessmentResult::Met;
    saveIn(*small.file, assessment);

    auto history = teamwork::readHistory(*small.file, small.round.id);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 3);
    for (const auto &entry : *history) {
        CHECK(entry.author == kLan.name);
        CHECK(entry.deviceId == kLan.deviceId);
        CHECK(entry.unitName == small.unitA.name);
        CHECK(entry.criterionCode == small.checklist.groups[0].criteria[0].code);
    }
    CHECK(history->at(0).field == QStringLiteral("result"));
    CHECK(history->at(0).oldValue.isNull());
    CHECK(teamwork::displayValue(history->at(0), history->at(0).newValue) == QStringLiteral("Chưa đạt"));
    CHECK(history->at(1).field == QStringLiteral("finding"));
    CHECK(history->at(1).newValue == QStringLiteral("Chưa niêm yết."));
    CHECK(history->at(2).field == QStringLiteral("result"));
    CHECK(teamwork::displayValue(history->at(2), history->at(2).oldValue) == QStringLiteral("Chưa đạt"));
    CHECK(teamwork::displayValue(history->at(2), history->at(2).newValue) == QStringLiteral("Đạt"));

    // One criterion's history, and nothing recorded for a save that changes nothing.
    saveIn(*small.file, assessment);
    auto narrow = teamwork::readHistory(*small.file, small.round.id, small.round.units[0].id,
                                        small.checklist.groups[0].criteria[0].id);
    REQUIRE(narrow.ok());
    CHECK(narrow->size() == 3);
    auto other = teamwork::readHistory(*small.file, small.round.id, small.round.units[1].id);
    REQUIRE(other.ok());
    CHECK(other->isEmpty());
}

TEST_CASE("Corrective actions and evidence are in the history too", "[teamwork][history]")
{
    teamwork::EditorScope lan(kLan);
    TempDir dir;
    SmallFile small = makeSmallFile(dir.path(QStringLiteral("lead.cchc")));
    const Assessment assessment = saveFirstCriterion(small, 0, AssessmentResult::Met);
    CorrectiveAction action;
    action.roundUnitId = small.round.units[0].id;
    action.description = QStringLiteral("Bổ sung kế hoạch.");
    REQUIRE(small.file->saveCorrectiveAction(action).ok());
    Evidence evidence;
    evidence.documentNumber = QStringLiteral("15/KH-TTYT");
    REQUIRE(small.file->addEvidence(assessment.id, evidence).ok());
    auto history = teamwork::readHistory(*small.file, small.round.id);
    REQUIRE(history.ok());
    QStringList tables;
    for (const auto &entry : *history)
        tables.append(entry.table + QLatin1Char('.') + entry.field);
    CHECK(tables.contains(QStringLiteral("corrective_actions.description")));
    CHECK(tables.contains(QStringLiteral("evidence.document_number")));
}

TEST_CASE("A merge brings the member's history with their name and laptop", "[teamwork][history]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("nam.cchc"));
    std::optional<SmallFile> small;
    {
        teamwork::EditorScope lan(kLan);
        small.emplace(makeSmallFile(dir.path(QStringLiteral("lead.cchc"))));
        split(*small, path);
    }
    {
        teamwork::EditorScope nam(kNam);
        auto package = openFile(path);
        Assessment theirs = assessmentIn(*package, *small, 1, 0);
        theirs.finding = QStringLiteral("Của Nam.");
        saveIn(*package, theirs);
    }
    teamwork::EditorScope lan(kLan);
    auto merged = teamwork::mergePackage(*small->file, path);
    REQUIRE(merged.ok());
    auto history = teamwork::readHistory(*small->file, small->round.id, small->round.units[1].id);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 1);
    CHECK(history->at(0).author == kNam.name);
    CHECK(history->at(0).deviceId == kNam.deviceId);
    CHECK(history->at(0).newValue == QStringLiteral("Của Nam."));
    // The merge's own write is not recorded a second time under the lead's name, and a
    // second merge brings nothing new.
    REQUIRE(teamwork::mergePackage(*small->file, path).ok());
    auto again = teamwork::readHistory(*small->file, small->round.id, small->round.units[1].id);
    CHECK(again->size() == 1);
}
