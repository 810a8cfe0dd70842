#pragma once

#include "core/builtin/BuiltinTemplate.h"
#include "core/storage/InspectionFile.h"

#include <QSqlQuery>
#include <QVariant>

#include <catch2/catch.hpp>

#include <memory>

namespace cchc::test {

// The first column of the first row `sql` returns, read on the file's own connection: for
// checking what is stored (pragmas, row counts) rather than what the API says.
inline QVariant storedValue(const InspectionFile &file, const QString &sql)
{
    QSqlQuery query(file.database());
    query.exec(sql);
    query.next();
    return query.value(0);
}

// A new file with the built-in template, two units and a round over both.
struct SmallFile
{
    std::unique_ptr<InspectionFile> file;
    ChecklistTemplate checklist;
    InspectionRound round;
    Unit unitA;
    Unit unitB;
};

inline SmallFile makeSmallFile(const QString &path)
{
    SmallFile small;
    auto created = InspectionFile::create(path);
    REQUIRE(created.ok());
    small.file = std::move(*created);
    small.checklist = builtinTemplate();
    auto templateId = small.file->saveTemplate(small.checklist);
    REQUIRE(templateId.ok());
    small.unitA.name = QStringLiteral("Trung tâm Y tế Thành phố");
    small.unitB.name = QStringLiteral("Đội quản lý trật tự đô thị");
    REQUIRE(small.file->saveUnit(small.unitA).ok());
    REQUIRE(small.file->saveUnit(small.unitB).ok());
    small.round.title = QStringLiteral("Kiểm tra CCHC năm 2022");
    small.round.templateId = *templateId;
    small.round.units = {RoundUnit{{}, small.unitA.id, QDate(2022, 5, 23), {}, {}, {}},
                         RoundUnit{{}, small.unitB.id, QDate(2022, 5, 24), {}, {}, {}}};
    REQUIRE(small.file->saveRound(small.round).ok());
    return small;
}

// Saves `result` for the first criterion at the round's unit number `unitIndex`.
inline Assessment saveFirstCriterion(SmallFile &small, int unitIndex, AssessmentResult result)
{
    Assessment assessment;
    assessment.roundUnitId = small.round.units[unitIndex].id;
    assessment.criterionId = small.checklist.groups[0].criteria[0].id;
    assessment.result = result;
    REQUIRE(small.file->saveAssessment(assessment).ok());
    return assessment;
}

} // namespace cchc::test
