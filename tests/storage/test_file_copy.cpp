#include "StorageFixtures.h"
#include "support/TestSupport.h"

#include "storage/FileCopy.h"

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
