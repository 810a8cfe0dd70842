#pragma once

#include "tests/storage/StorageFixtures.h"
#include "tests/support/TestSupport.h"
#include "core/teamwork/PackageMerge.h"
#include "core/teamwork/WorkPackage.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace cchc::test {

// Every row of the tables a merge may touch, in a stable order: equal dumps mean the
// lead's records are exactly as they were.
inline QString dumpRecords(const InspectionFile &file)
{
    QString dump;
    for (const char *table : {"units", "rounds", "legal_references", "team_members", "round_units",
                              "assessments", "evidence", "corrective_actions", "report_paragraphs",
                              "work_packages", "merge_base"}) {
        QSqlQuery query(file.database());
        REQUIRE(query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2, 3, 4")
                               .arg(QLatin1String(table))));
        while (query.next()) {
            dump += QLatin1String(table);
            for (int i = 0; i < query.record().count(); ++i)
                dump += QLatin1Char('|') + query.value(i).toString();
            dump += QLatin1Char('\n');
        }
    }
    return dump;
}

// The assessment of criterion `criterionIndex` (of the first group) at unit `unitIndex`, as
// `file` has it, or a new one.
inline Assessment assessmentIn(const InspectionFile &file, const SmallFile &small, int unitIndex,
                               int criterionIndex)
{
    const QString roundUnitId = small.round.units[unitIndex].id;
    const QString criterionId = small.checklist.groups[0].criteria[criterionIndex].id;
    auto list = file.assessments(roundUnitId);
    REQUIRE(list.ok());
    for (const Assessment &assessment : *list)
        if (assessment.criterionId == criterionId)
            return assessment;
    Assessment fresh;
    fresh.roundUnitId = roundUnitId;
    fresh.criterionId = criterionId;
    return fresh;
}

inline void saveIn(InspectionFile &file, Assessment assessment)
{
    REQUIRE(file.saveAssessment(assessment).ok());
}

inline std::unique_ptr<InspectionFile> openFile(const QString &path)
{
    auto file = InspectionFile::open(path);
    REQUIRE(file.ok());
    return std::move(*file);
}

// Splits the small file's round (all units, or `units`) into `path`.
inline teamwork::PackageInfo split(SmallFile &small, const QString &path,
                                   const QStringList &units = {})
{
    auto info = teamwork::splitRound(*small.file, {small.round.id, units, QStringLiteral("Lê Văn Nam")},
                                     path);
    REQUIRE(info.ok());
    return *info;
}

inline teamwork::MergeOptions choosing(std::optional<teamwork::Choice> choice)
{
    teamwork::MergeOptions options;
    options.decide = [choice](const teamwork::MergeConflict &) { return choice; };
    return options;
}

} // namespace cchc::test
