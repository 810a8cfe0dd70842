// split, merge and history as a script or a person at a terminal uses them.
#include "tests/storage/StorageFixtures.h"
#include "tests/support/TestSupport.h"
#include "core/teamwork/WorkPackage.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace cchc;
using namespace cchc::test;

namespace {

// A lead file and a package of all its units in which the member rewrote the first finding
// that the lead also rewrote: one conflict.
struct TwoSides
{
    TempDir dir;
    QString lead = dir.path(QStringLiteral("lead.cchc"));
    QString package = dir.path(QStringLiteral("nam.cchc"));
    QString roundId;
    Assessment original;

    TwoSides()
    {
        SmallFile small = makeSmallFile(lead);
        roundId = small.round.id;
        original = saveFirstCriterion(small, 0, AssessmentResult::Met);
        small.file.reset(); // the command opens it for writing
        auto split = runApp({QStringLiteral("split"), lead, QStringLiteral("--round"), roundId,
                             QStringLiteral("--member"), QStringLiteral("Lê Văn Nam"),
                             QStringLiteral("-o"), package});
        REQUIRE(split.exitCode == 0);
        CHECK(split.out.contains(QStringLiteral("nam.cchc")));
        write(package, QStringLiteral("Của Nam."));
        write(lead, QStringLiteral("Của trưởng đoàn."));
    }
    void write(const QString &path, const QString &finding)
    {
        auto file = InspectionFile::open(path);
        REQUIRE(file.ok());
        Assessment changed = original;
        changed.finding = finding;
        REQUIRE((*file)->saveAssessment(changed).ok());
    }
    QString finding()
    {
        auto file = InspectionFile::open(lead, InspectionFile::Access::ReadOnly);
        REQUIRE(file.ok());
        return (*file)->assessments(original.roundUnitId)->at(0).finding;
    }
};

} // namespace

TEST_CASE("merge lists conflicts and writes nothing until they are decided", "[cli][teamwork]")
{
    TwoSides sides;
    const QByteArray before = readAll(sides.lead);
    auto listed = runApp({QStringLiteral("merge"), sides.lead, sides.package});
    CHECK(listed.exitCode == 1);
    CHECK(listed.out.contains(QStringLiteral("assessments:%1/%2:finding")
                                  .arg(sides.original.roundUnitId, sides.original.criterionId)));
    CHECK(listed.out.contains(QStringLiteral("Của trưởng đoàn.")));
    CHECK(listed.out.contains(QStringLiteral("Lê Văn Nam")));
    CHECK(listed.err.contains(QStringLiteral("1 xung đột")));
    CHECK(readAll(sides.lead) == before);

    const QString decisions = sides.dir.path(QStringLiteral("decisions.txt"));
    writeAll(decisions, QStringLiteral("# quyết định của trưởng đoàn\nassessments:%1/%2:finding both\n")
                            .arg(sides.original.roundUnitId, sides.original.criterionId)
                            .toUtf8());
    auto decided = runApp({QStringLiteral("merge"), sides.lead, sides.package,
                           QStringLiteral("--decisions"), decisions});
    CHECK(decided.exitCode == 0);
    CHECK(sides.finding() == QStringLiteral("Của trưởng đoàn.\nCủa Nam."));
}

TEST_CASE("merge --theirs and --mine decide every conflict", "[cli][teamwork]")
{
    for (const auto &[option, expected] :
         {std::pair{QStringLiteral("--theirs"), QStringLiteral("Của Nam.")},
          std::pair{QStringLiteral("--mine"), QStringLiteral("Của trưởng đoàn.")}}) {
        TwoSides sides;
        auto merged = runApp({QStringLiteral("merge"), sides.lead, sides.package, option});
        CHECK(merged.exitCode == 0);
        CHECK(sides.finding() == expected);
    }
}

TEST_CASE("merge refuses another file's package in Vietnamese, and bad command lines",
          "[cli][teamwork]")
{
    TwoSides sides;
    TwoSides other;
    auto refused = runApp({QStringLiteral("merge"), sides.lead, other.package, QStringLiteral("--theirs")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("không được giao từ tệp này")));
    CHECK(runApp({QStringLiteral("merge"), sides.lead, sides.package, QStringLiteral("--mine"),
                  QStringLiteral("--theirs")})
              .exitCode == 2);
    CHECK(runApp({QStringLiteral("split"), sides.lead, QStringLiteral("-o"),
                  sides.dir.path(QStringLiteral("x.cchc"))})
              .exitCode == 2);
}

TEST_CASE("history prints who changed what, old and new", "[cli][teamwork]")
{
    TwoSides sides;
    auto history = runApp({QStringLiteral("history"), sides.lead, QStringLiteral("--round"), sides.roundId});
    CHECK(history.exitCode == 0);
    CHECK(history.out.contains(QStringLiteral("finding")));
    CHECK(history.out.contains(QStringLiteral("→ Của trưởng đoàn.")));
    CHECK(runApp({QStringLiteral("history"), sides.lead, QStringLiteral("--round"),
                  QStringLiteral("nope")})
              .exitCode == 1);
}
