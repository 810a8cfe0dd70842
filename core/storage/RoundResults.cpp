#include "core/storage/RoundResults.h"

#include "core/storage/InspectionFile.h"
#include "core/storage/SqlSupport.h"

#include <QSqlQuery>

namespace cchc {

Result<QHash<QString, QList<Assessment>>> roundResults(const InspectionFile &file,
                                                       const QString &roundId)
{
    QSqlQuery query(file.database());
    query.setForwardOnly(true);
    if (auto status = storage::execute(
            query,
            QStringLiteral("SELECT a.round_unit_id, a.criterion_id, a.result, a.self_score,"
                           " a.appraised_score FROM assessments a JOIN round_units ru"
                           " ON ru.id = a.round_unit_id WHERE ru.round_id = ?"),
            {roundId});
        !status)
        return status.failure();
    QHash<QString, QList<Assessment>> byRoundUnit;
    while (query.next()) {
        Assessment assessment;
        assessment.roundUnitId = query.value(0).toString();
        assessment.criterionId = query.value(1).toString();
        const int result = query.value(2).toInt();
        assessment.result = isValidAssessmentResult(result) ? static_cast<AssessmentResult>(result)
                                                            : AssessmentResult::NotChecked;
        assessment.selfScore = storage::optionalFrom(query.value(3));
        assessment.appraisedScore = storage::optionalFrom(query.value(4));
        byRoundUnit[assessment.roundUnitId].append(assessment);
    }
    return byRoundUnit;
}

} // namespace cchc
