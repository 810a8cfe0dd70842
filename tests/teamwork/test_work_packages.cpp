// Work packages: a round handed out to a member's laptop and merged back, three-way per
// field against the state at the split, on real files.
#include "tests/teamwork/TeamworkFixtures.h"

#include "core/common/Ids.h"

#include <QFile>

using namespace cchc;
using namespace cchc::test;
using teamwork::Choice;

TEST_CASE("A work package holds the round, the chosen units, its template and the merge base",
          "[teamwork]")
{
    TempDir dir;
    SmallFile small = makeSmallFile(dir.path(QStringLiteral("lead.cchc")));
    saveFirstCriterion(small, 0, AssessmentResult::Met);
    saveFirstCriterion(small, 1, AssessmentResult::NotMet);
    const QString path = dir.path(QStringLiteral("nam.cchc"));
    const auto info = split(small, path, {small.unitA.id});
    CHECK(info.leadFileId == small.file->fileId());
    CHECK(info.roundUnitIds == QStringList{small.round.units[0].id});

    auto read = teamwork::readPackageInfo(path);
    REQUIRE(read.ok());
    CHECK(read->id == info.id);
    CHECK(read->member == QStringLiteral("Lê Văn Nam"));
    auto package = openFile(path);
    auto round = package->loadRound(small.round.id);
    REQUIRE(round.ok());
    REQUIRE(round->units.size() == 1);
    CHECK(round->units[0].unitId == small.unitA.id);
    CHECK(package->loadTemplate(small.round.templateId).ok());
    CHECK(storedValue(*package, QStringLiteral("SELECT COUNT(*) FROM assessments")).toInt() == 1);
    CHECK(storedValue(*package, QStringLiteral("SELECT COUNT(*) FROM merge_base WHERE "
                                               "table_name = 'assessments'")).toInt() == 5);
    CHECK(package->fileId() != small.file->fileId());
    CHECK(storedValue(*small.file, QStringLiteral("SELECT COUNT(*) FROM merge_base")) ==
          storedValue(*package, QStringLiteral("SELECT COUNT(*) FROM merge_base")));
    // At rest the package is one self-contained file, like any document.
    CHECK(storedValue(*package, QStringLiteral("PRAGMA journal_mode")).toString() ==
          QStringLiteral("delete"));
}

TEST_CASE("A unit that is not in the round is refused and no package is left behind",
          "[teamwork]")
{
    TempDir dir;
    SmallFile small = makeSmallFile(dir.path(QStringLiteral("lead.cchc")));
    const QString path = dir.path(QStringLiteral("p.cchc"));
    auto info = teamwork::splitRound(*small.file, {small.round.id, {newId()}, {}}, path);
    REQUIRE_FALSE(info.ok());
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("Edits of different fields and records merge by themselves", "[teamwork]")
{
    TempDir dir;
    SmallFile small = makeSmallFile(dir.path(QStringLiteral("lead.cchc")));
    saveFirstCriterion(small, 0, AssessmentResult::NotChecked);
    const QString path = dir.path(QStringLiteral("nam.cchc"));
    split(small, path);
    {
        auto package = openFile(path);
        Assessment first = assessmentIn(*package, small, 0, 0);
        first.result = AssessmentResult::Met;
        saveIn(*package, first);
        Assessment second = assessmentIn(*package, small, 1, 1);
        second.finding = QStringLiteral("Chưa niêm yết thủ tục hành chính.");
        saveIn(*package, second);
    }
    Assessment mine = assessmentIn(*small.file, small, 0, 0);
    mine.finding = QStringLiteral("Kế hoạch ban hành đúng hạn.");
    saveIn(*small.file, mine);

    auto merged = teamwork::mergePackage(*small.file, path);
    REQUIRE(merged.ok());
    CHECK(merged->applied);
    CHECK(merged->conflicts.isEmpty());
    CHECK(merged->added == 1);
    CHECK(merged->updated == 1);
    const Assessment first = assessmentIn(*small.file, small, 0, 0);
    CHECK(first.result == AssessmentResult::Met);
    CHECK(first.finding == QStringLiteral("Kế hoạch ban hành đúng hạn."));
    CHECK(assessmentIn(*small.file, small, 1, 1).finding ==
          QStringLiteral("Chưa niêm yết thủ tục hành chính."));
}

TEST_CASE("Assessments both sides created separately merge field by field", "[teamwork]")
{
    TempDir dir;
    SmallFile small = makeSmallFile(dir.path(QStringLiteral("lead.cchc")));
    const QString path = dir.path(QStringLiteral("nam.cchc"));
    split(small, path);
    {
        auto package = openFile(path);
        Assessment theirs = assessmentIn(*package, small, 0, 0);
        theirs.result = AssessmentResult::PartiallyMet;
        saveIn(*package, theirs);
    }
    Assessment mine = assessmentIn(*small.file, small, 0, 0);
    mine.finding = QStringLiteral("Có kế hoạch.");
    saveIn(*small.file, mine);
    const QString mineId = assessmentIn(*small.file, small, 0, 0).id;
    auto merged = teamwork::mergePackage(*small.file, path);
    REQUIRE(merged.ok());
    CHECK(merged->conflicts.isEmpty());
    const Assessment both = assessmentIn(*small.file, small, 0, 0);
    CHECK(both.id == mineId);
    CHECK(both.result == AssessmentResult::PartiallyMet);
    CHECK(both.finding == QStringLiteral("Có kế hoạch."));
}

namespace {

// Lead and member wrote different findings for the same criterion after the split.
struct Conflicting
{
    TempDir dir;
    SmallFile small;
    QString path;
    QString before;

    Conflicting() : small(makeSmallFile(dir.path(QStringLiteral("lead.cchc"))))
    {
        saveFirstCriterion(small, 0, AssessmentResult::Met);
        path = dir.path(QStringLiteral("nam.cchc"));
        split(small, path);
        {
            auto package = openFile(path);
            Assessment theirs = assessmentIn(*package, small, 0, 0);
            theirs.finding = QStringLiteral("Của Nam.");
            saveIn(*package, theirs);
        }
        Assessment mine = assessmentIn(*small.file, small, 0, 0);
        mine.finding = QStringLiteral("Của trưởng đoàn.");
        saveIn(*small.file, mine);
        before = dumpRecords(*small.file);
    }
    QString finding() { return assessmentIn(*small.file, small, 0, 0).finding; }
};

} // namespace

TEST_CASE("The same field changed on both sides is a conflict, and undecided nothing is written",
          "[teamwork]")
{
    Conflicting c;
    auto merged = teamwork::mergePackage(*c.small.file, c.path);
    REQUIRE(merged.ok());
    CHECK_FALSE(merged->applied);
    REQUIRE(merged->conflicts.size() == 1);
    const auto &conflict = merged->conflicts[0];
    CHECK(conflict.field == QStringLiteral("finding"));
    CHECK(conflict.mine.toString() == QStringLiteral("Của trưởng đoàn."));
    CHECK(conflict.theirs.toString() == QStringLiteral("Của Nam."));
    CHECK(conflict.base.toString().isEmpty());
    CHECK(conflict.theirsBy == QStringLiteral("Lê Văn Nam"));
    CHECK(conflict.text);
    CHECK(conflict.context.contains(c.small.unitA.name));
    CHECK(conflict.context.contains(c.small.checklist.groups[0].criteria[0].code));
    CHECK(dumpRecords(*c.small.file) == c.before);
}

TEST_CASE("Each choice in a conflict gives what it says", "[teamwork]")
{
    const std::pair<Choice, QString> cases[] = {
        {Choice::Mine, QStringLiteral("Của trưởng đoàn.")},
        {Choice::Theirs, QStringLiteral("Của Nam.")},
        {Choice::Both, QStringLiteral("Của trưởng đoàn.\nCủa Nam.")},
    };
    for (const auto &[choice, expected] : cases) {
        Conflicting c;
        auto merged = teamwork::mergePackage(*c.small.file, c.path, choosing(choice));
        REQUIRE(merged.ok());
        CHECK(merged->applied);
        CHECK(c.finding() == expected);
        // Decided once: merging the package again asks nothing and changes nothing.
        const QString after = dumpRecords(*c.small.file);
        auto again = teamwork::mergePackage(*c.small.file, c.path);
        REQUIRE(again.ok());
        CHECK(again->applied);
        CHECK(again->conflicts.isEmpty());
        CHECK(dumpRecords(*c.small.file) == after);
    }
}

TEST_CASE("Merging the same package twice changes nothing", "[teamwork]")
{
    TempDir dir;
    SmallFile small = makeSmallFile(dir.path(QStringLiteral("lead.cchc")));
    const QString path = dir.path(QStringLiteral("nam.cchc"));
    split(small, path);
    {
        auto package = openFile(path);
        Assessment theirs = assessmentIn(*package, small, 1, 2);
        theirs.result = AssessmentResult::NotMet;
        saveIn(*package, theirs);
        CorrectiveAction action;
        action.roundUnitId = small.round.units[1].id;
        action.description = QStringLiteral("Niêm yết đầy đủ thủ tục.");
        REQUIRE(package->saveCorrectiveAction(action).ok());
    }
    REQUIRE(teamwork::mergePackage(*small.file, path).ok());
    const QString once = dumpRecords(*small.file);
    auto again = teamwork::mergePackage(*small.file, path);
    REQUIRE(again.ok());
    CHECK(again->added + again->updated + again->removed == 0);
    CHECK(dumpRecords(*small.file) == once);
}

TEST_CASE("A package of another file is refused with the reason, and nothing changes",
          "[teamwork]")
{
    TempDir dir;
    SmallFile small = makeSmallFile(dir.path(QStringLiteral("lead.cchc")));
    SmallFile other = makeSmallFile(dir.path(QStringLiteral("other.cchc")));
    const QString path = dir.path(QStringLiteral("other-package.cchc"));
    split(other, path);
    const QString before = dumpRecords(*small.file);
    auto merged = teamwork::mergePackage(*small.file, path);
    REQUIRE_FALSE(merged.ok());
    CHECK(merged.error().contains(QStringLiteral("other-package.cchc")));
    CHECK(dumpRecords(*small.file) == before);

    // An ordinary inspection file is not a package at all.
    auto plain = teamwork::mergePackage(*small.file, dir.path(QStringLiteral("other.cchc")));
    REQUIRE_FALSE(plain.ok());
    CHECK(dumpRecords(*small.file) == before);
}

TEST_CASE("A file attached on both sides is stored once", "[teamwork]")
{
    TempDir dir;
    SmallFile small = makeSmallFile(dir.path(QStringLiteral("lead.cchc")));
    const Assessment assessment = saveFirstCriterion(small, 0, AssessmentResult::Met);
    const QString path = dir.path(QStringLiteral("nam.cchc"));
    split(small, path);
    const QByteArray scan("%PDF-1.4 biên bản làm việc");
    Evidence evidence;
    evidence.kind = EvidenceKind::AttachedFile;
    evidence.fileName = QStringLiteral("bien-ban.pdf");
    evidence.mimeType = QStringLiteral("application/pdf");
    {
        auto package = openFile(path);
        REQUIRE(package->addEvidence(assessment.id, evidence, scan).ok());
        Evidence other = evidence;
        other.fileName = QStringLiteral("anh.jpg");
        REQUIRE(package->addEvidence(assessment.id, other, QByteArray("JPEG bytes")).ok());
    }
    REQUIRE(small.file->addEvidence(assessment.id, evidence, scan).ok());
    auto merged = teamwork::mergePackage(*small.file, path);
    REQUIRE(merged.ok());
    CHECK(merged->duplicateFiles == 1);
    CHECK(merged->added == 1);
    CHECK(storedValue(*small.file, QStringLiteral("SELECT COUNT(*) FROM evidence")).toInt() == 2);
}

TEST_CASE("A record removed in the package goes, unless the lead changed it", "[teamwork]")
{
    TempDir dir;
    SmallFile small = makeSmallFile(dir.path(QStringLiteral("lead.cchc")));
    CorrectiveAction kept, dropped;
    for (CorrectiveAction *action : {&kept, &dropped}) {
        action->roundUnitId = small.round.units[0].id;
        action->description = QStringLiteral("Bổ sung hồ sơ.");
        REQUIRE(small.file->saveCorrectiveAction(*action).ok());
    }
    const QString path = dir.path(QStringLiteral("nam.cchc"));
    split(small, path);
    {
        auto package = openFile(path);
        REQUIRE(package->removeCorrectiveAction(kept.id).ok());
        REQUIRE(package->removeCorrectiveAction(dropped.id).ok());
    }
    kept.description = QStringLiteral("Bổ sung hồ sơ trước 30/6.");
    REQUIRE(small.file->saveCorrectiveAction(kept).ok());
    auto merged = teamwork::mergePackage(*small.file, path);
    REQUIRE(merged.ok());
    CHECK(merged->removed == 1);
    auto actions = small.file->correctiveActions(small.round.id);
    REQUIRE(actions.ok());
    REQUIRE(actions->size() == 1);
    CHECK(actions->at(0).id == kept.id);
}

TEST_CASE("A merge stopped halfway leaves the lead's file as it was", "[teamwork]")
{
    Conflicting c;
    teamwork::MergeOptions options = choosing(Choice::Theirs);
    options.progress = [](int done) { return done < 3; };
    auto merged = teamwork::mergePackage(*c.small.file, c.path, options);
    REQUIRE_FALSE(merged.ok());
    CHECK(dumpRecords(*c.small.file) == c.before);
    // The file is still whole and usable: the same merge then goes through.
    auto retried = teamwork::mergePackage(*c.small.file, c.path, choosing(Choice::Theirs));
    REQUIRE(retried.ok());
    CHECK(c.finding() == QStringLiteral("Của Nam."));
}
