#include "tests/support/TestSupport.h"

#include <catch2/catch.hpp>

#include "core/builtin/DemoFile.h"
#include "core/domain/Scoring.h"
#include "core/storage/ConsistencyCheck.h"
#include "core/storage/InspectionFile.h"

using namespace cchc;
using namespace cchc::test;

namespace {

struct DemoView
{
    std::unique_ptr<InspectionFile> file;
    InspectionRound round;
    ChecklistTemplate checklist;
    QHash<QString, QList<Assessment>> assessments;
    QHash<QString, QString> unitNames; // round unit id -> unit name
};

DemoView openDemo(const TempDir &dir)
{
    const QString path = dir.path(QStringLiteral("demo.cchc"));
    REQUIRE(writeDemoFile(path).ok());
    DemoView view;
    auto file = InspectionFile::open(path);
    REQUIRE(file.ok());
    view.file = std::move(*file);
    auto rounds = view.file->rounds();
    REQUIRE(rounds->size() == 1);
    view.round = *view.file->loadRound(rounds->at(0).id);
    view.checklist = *view.file->loadTemplate(view.round.templateId);
    view.assessments = *view.file->roundAssessments(view.round.id);
    for (const auto &roundUnit : view.round.units)
        view.unitNames.insert(roundUnit.id, view.file->unit(roundUnit.unitId)->name);
    return view;
}

// Names of the units whose result for criterion `code` is `result` (and exemplary if asked).
QStringList unitsWith(const DemoView &view, const QString &code, AssessmentResult result,
                      bool exemplaryOnly = false)
{
    QString criterionId;
    for (const auto &group : view.checklist.groups)
        for (const auto &criterion : group.criteria)
            if (criterion.code == code)
                criterionId = criterion.id;
    QStringList names;
    for (const auto &roundUnit : view.round.units) {
        for (const auto &a : view.assessments.value(roundUnit.id)) {
            if (a.criterionId == criterionId && a.result == result && (!exemplaryOnly || a.exemplary))
                names.append(view.unitNames.value(roundUnit.id));
        }
    }
    return names;
}

} // namespace

TEST_CASE("The demo is the 2022 round of the example report", "[demo]")
{
    TempDir dir;
    const DemoView view = openDemo(dir);
    CHECK(view.round.units.size() == 8);
    CHECK(view.round.visitStart == QDate(2022, 5, 23));
    CHECK(view.round.visitEnd == QDate(2022, 5, 26));
    CHECK(view.round.periodAssessed == QStringLiteral("năm 2021 và 6 tháng đầu năm 2022"));
    REQUIRE(view.round.legalBases.size() == 2);
    CHECK(view.round.legalBases[0].citation()
          == QStringLiteral("Kế hoạch số 56/KH-UBND ngày 30/3/2022 của UBND thành phố về kiểm tra "
                            "công tác CCHC – hoạt động công vụ năm 2022"));
    CHECK(view.round.legalBases[1].number == QStringLiteral("37/TB-UBND"));
    REQUIRE(view.round.lead());
    CHECK(view.round.lead()->role == TeamRole::Lead);
    // every unit has a result for every criterion
    for (const auto &roundUnit : view.round.units)
        CHECK(view.assessments.value(roundUnit.id).size() == view.checklist.criterionCount());
    auto problems = findProblems(*view.file);
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
}

TEST_CASE("The demo results match the sentences of the report", "[demo]")
{
    TempDir dir;
    const DemoView view = openDemo(dir);
    // "100% đơn vị xây dựng kế hoạch thực hiện kỷ luật kỷ cương hành chính …"
    CHECK(unitsWith(view, QStringLiteral("2.1"), AssessmentResult::Met).size() == 8);
    // "… bảng chấm công … như Đội quản lý trật tự đô thị Thành phố, Trung tâm Y tế Thành phố"
    CHECK(unitsWith(view, QStringLiteral("2.2"), AssessmentResult::Met, true)
          == QStringList({QStringLiteral("Đội quản lý trật tự đô thị Thành phố"),
                          QStringLiteral("Trung tâm Y tế Thành phố")}));
    // "Có 02 đơn vị (Trung tâm Ứng dụng KHKT …, Trung tâm Y tế Thành phố) đang áp dụng HTQLCL"
    CHECK(unitsWith(view, QStringLiteral("7.1"), AssessmentResult::Met)
          == QStringList({QStringLiteral("Trung tâm Y tế Thành phố"),
                          QStringLiteral("Trung tâm Ứng dụng KHKT và bảo vệ cây trồng vật nuôi")}));
    // "… sổ công văn đi, đến bằng hình thức điện tử như Ban bồi thường …; Đội quản lý …"
    CHECK(unitsWith(view, QStringLiteral("5.2"), AssessmentResult::Met, true).size() == 2);
    // "Một số đơn vị chưa chấn chỉnh việc thể hiện biển tên cơ quan …"
    CHECK(unitsWith(view, QStringLiteral("2.6"), AssessmentResult::NotMet).size() == 2);
    // "việc áp dụng hệ thống quản lý chất lượng ISO 9001:2015 mới triển khai, chưa có kết quả"
    CHECK(unitsWith(view, QStringLiteral("7.2"), AssessmentResult::NotMet).size() == 2);
}

TEST_CASE("Every demo unit has a score and a grade", "[demo]")
{
    TempDir dir;
    const DemoView view = openDemo(dir);
    for (const auto &roundUnit : view.round.units) {
        QHash<QString, Assessment> byCriterion;
        for (const auto &a : view.assessments.value(roundUnit.id))
            byCriterion.insert(a.criterionId, a);
        const UnitScore score = scoreUnit(view.checklist, byCriterion);
        INFO(view.unitNames.value(roundUnit.id));
        CHECK(score.total.complete());
        REQUIRE(score.total.percent().has_value());
        CHECK(*score.total.percent() > 50);
        CHECK(score.grade.has_value());
    }
}
