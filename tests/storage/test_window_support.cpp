#include "tests/storage/StorageFixtures.h"
#include "tests/support/TestSupport.h"

#include "core/storage/FileCopy.h"
#include "core/storage/RoundResults.h"

#include <QFileInfo>

using namespace cchc;
using namespace cchc::test;

TEST_CASE("Save a copy writes a complete file that opens on its own", "[storage][copy]")
{
    TempDir dir;
    SmallFile small = makeSmallFile(dir.path(QStringLiteral("a.cchc")));
    Assessment assessment;
    assessment.roundUnitId = small.round.units.at(0).id;
    assessment.criterionId = small.checklist.groups.at(0).criteria.at(0).id;
    assessment.result = AssessmentResult::Met;
    assessment.finding = QStringLiteral("Đã ban hành kế hoạch CCHC năm 2022");
    REQUIRE(small.file->saveAssessment(assessment).ok());

    const QString copyPath = dir.path(QStringLiteral("copy.cchc"));
    writeAll(copyPath, "an older copy to be replaced");
    REQUIRE(copyInspectionFile(*small.file, copyPath).ok());
    CHECK_FALSE(QFileInfo::exists(copyPath + QStringLiteral(".part")));

    auto copy = InspectionFile::open(copyPath);
    REQUIRE(copy.ok());
    CHECK_FALSE((*copy)->isReadOnly()); // a copy is a new document, not locked by the original
    auto stored = (*copy)->assessments(assessment.roundUnitId);
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 1);
    CHECK(stored->at(0).finding == assessment.finding);
    CHECK((*copy)->units()->size() == 2);
}

TEST_CASE("A copy onto the open file itself is refused with a message", "[storage][copy]")
{
    TempDir dir;
    SmallFile small = makeSmallFile(dir.path(QStringLiteral("a.cchc")));
    const auto status = copyInspectionFile(*small.file, small.file->path());
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().contains(QStringLiteral("a.cchc")));
}

TEST_CASE("Round results carry what scoring needs and match the full assessments",
          "[storage][results]")
{
    TempDir dir;
    SmallFile small = makeSmallFile(dir.path(QStringLiteral("a.cchc")));
    const auto &criteria = small.checklist.groups.at(0).criteria;
    Assessment met;
    met.roundUnitId = small.round.units.at(0).id;
    met.criterionId = criteria.at(0).id;
    met.result = AssessmentResult::Met;
    met.appraisedScore = 0.5;
    met.finding = QStringLiteral("Có kế hoạch");
    Assessment notMet = met;
    notMet.roundUnitId = small.round.units.at(1).id;
    notMet.result = AssessmentResult::NotMet;
    notMet.appraisedScore.reset();
    notMet.selfScore = 1.0;
    REQUIRE(small.file->saveAssessment(met).ok());
    REQUIRE(small.file->saveAssessment(notMet).ok());

    auto results = roundResults(*small.file, small.round.id);
    REQUIRE(results.ok());
    REQUIRE(results->value(met.roundUnitId).size() == 1);
    const Assessment first = results->value(met.roundUnitId).at(0);
    CHECK(first.criterionId == met.criterionId);
    CHECK(first.result == AssessmentResult::Met);
    CHECK(first.appraisedScore == std::optional<double>(0.5));
    CHECK(first.finding.isEmpty()); // left out on purpose
    const Assessment second = results->value(notMet.roundUnitId).at(0);
    CHECK(second.result == AssessmentResult::NotMet);
    CHECK(second.selfScore == std::optional<double>(1.0));
    CHECK_FALSE(second.appraisedScore.has_value());
    CHECK(roundResults(*small.file, QStringLiteral("no-such-round"))->isEmpty());
}
