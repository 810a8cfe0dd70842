#include <catch2/catch.hpp>

#include "core/domain/Scoring.h"
#include "tests/support/TestSupport.h"

using namespace cchc;

namespace {

Criterion criterion(const char *id, double maxScore, double weight = 1.0)
{
    Criterion c;
    c.id = QString::fromLatin1(id);
    c.text = c.id;
    c.maxScore = maxScore;
    c.weight = weight;
    return c;
}

ChecklistTemplate twoGroups()
{
    ChecklistTemplate checklist;
    checklist.groups = {
        {QStringLiteral("g1"), QStringLiteral("I"), QStringLiteral("Một"),
         {criterion("a", 2), criterion("b", 1)}, {}},
        {QStringLiteral("g2"), QStringLiteral("II"), QStringLiteral("Hai"),
         {criterion("c", 2, 2.0), criterion("d", 1)}, {}},
    };
    checklist.bands = {{{}, QStringLiteral("Tốt"), 90, {}},
                       {{}, QStringLiteral("Khá"), 75, {}},
                       {{}, QStringLiteral("Trung bình"), 50, {}},
                       {{}, QStringLiteral("Yếu"), 0, {}}};
    return checklist;
}

Assessment result(const char *criterionId, AssessmentResult r)
{
    Assessment a;
    a.criterionId = QString::fromLatin1(criterionId);
    a.result = r;
    return a;
}

QHash<QString, Assessment> byCriterion(std::initializer_list<Assessment> list)
{
    QHash<QString, Assessment> hash;
    for (const auto &a : list)
        hash.insert(a.criterionId, a);
    return hash;
}

} // namespace

TEST_CASE("Results give scores: Đạt full, Đạt một phần half, Chưa đạt zero", "[scoring]")
{
    const auto score = scoreUnit(twoGroups(), byCriterion({
        result("a", AssessmentResult::Met),
        result("b", AssessmentResult::PartiallyMet),
        result("c", AssessmentResult::NotMet),
        result("d", AssessmentResult::Met),
    }));
    REQUIRE(score.groups.size() == 2);
    CHECK(score.groups[0].summary.appraisedScore == Approx(2.5));
    CHECK(score.groups[0].summary.maximum == Approx(3));
    // weight 2 doubles both the score and the maximum of criterion c
    CHECK(score.groups[1].summary.maximum == Approx(5));
    CHECK(score.groups[1].summary.appraisedScore == Approx(1));
    CHECK(score.total.appraisedScore == Approx(3.5));
    CHECK(score.total.maximum == Approx(8));
    CHECK(*score.total.percent() == Approx(43.75));
    CHECK(score.total.met == 2);
    CHECK(score.total.partiallyMet == 1);
    CHECK(score.total.notMet == 1);
    CHECK(score.grade->name == QStringLiteral("Yếu"));
}

TEST_CASE("Không áp dụng leaves the maximum, unchecked stays in it", "[scoring]")
{
    const auto score = scoreUnit(twoGroups(), byCriterion({
        result("a", AssessmentResult::Met),
        result("b", AssessmentResult::Met),
        result("c", AssessmentResult::NotApplicable),
    }));
    // d is unchecked: still counts in the maximum, so an unfinished visit is not inflated
    CHECK(score.total.maximum == Approx(4));
    CHECK(score.total.appraisedScore == Approx(3));
    CHECK(score.total.checked == 3);
    CHECK(score.total.criteria == 4);
    CHECK_FALSE(score.total.complete());
    CHECK(score.total.notApplicable == 1);
    CHECK(*score.total.percent() == Approx(75));
    CHECK(score.grade->name == QStringLiteral("Khá"));
}

TEST_CASE("Entered scores win over derived ones and are clamped to the maximum", "[scoring]")
{
    Assessment a = result("a", AssessmentResult::PartiallyMet);
    a.appraisedScore = 1.5;
    a.selfScore = 5.0; // above max 2: clamped
    const auto score = scoreUnit(twoGroups(), byCriterion({a}));
    CHECK(score.groups[0].summary.appraisedScore == Approx(1.5));
    CHECK(score.groups[0].summary.selfScore == Approx(2.0));
}

TEST_CASE("A group where everything is Không áp dụng has no percentage", "[scoring]")
{
    const auto score = scoreUnit(twoGroups(), byCriterion({
        result("a", AssessmentResult::NotApplicable),
        result("b", AssessmentResult::NotApplicable),
    }));
    CHECK_FALSE(score.groups[0].summary.percent().has_value());
    CHECK(score.groups[1].summary.percent().has_value());
}

TEST_CASE("Grading bands are data: the highest band reached wins", "[scoring]")
{
    ChecklistTemplate checklist = twoGroups();
    CHECK(checklist.gradeFor(100)->name == QStringLiteral("Tốt"));
    CHECK(checklist.gradeFor(90)->name == QStringLiteral("Tốt"));
    CHECK(checklist.gradeFor(89.99)->name == QStringLiteral("Khá"));
    CHECK(checklist.gradeFor(50)->name == QStringLiteral("Trung bình"));
    CHECK(checklist.gradeFor(0)->name == QStringLiteral("Yếu"));
    checklist.bands = {{{}, QStringLiteral("Xuất sắc"), 95, {}}};
    CHECK_FALSE(checklist.gradeFor(80).has_value());
}
