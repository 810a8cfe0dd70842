// The assessment part of InspectionFile: results, evidence and corrective actions.
#include "core/storage/InspectionFile.h"

#include "core/storage/SqlSupport.h"
#include "core/common/Clock.h"
#include "core/common/Ids.h"

#include <QSqlQuery>

namespace cchc {

using namespace storage;

namespace {

const QString kAssessmentSelect = QStringLiteral(
    "SELECT a.id, a.round_unit_id, a.criterion_id, a.result, a.self_score, a.appraised_score,"
    " a.finding, a.exemplary, a.modified_at FROM assessments a");
const QString kEvidenceSelect = QStringLiteral(
    "SELECT e.id, e.assessment_id, e.kind, e.document_number, e.description, e.file_name,"
    " e.mime_type, LENGTH(e.content), e.modified_at FROM evidence e"
    " JOIN assessments a ON a.id = e.assessment_id");

Assessment assessmentFrom(const QSqlQuery &query)
{
    Assessment assessment;
    assessment.id = query.value(0).toString();
    assessment.roundUnitId = query.value(1).toString();
    assessment.criterionId = query.value(2).toString();
    const int result = query.value(3).toInt();
    assessment.result = isValidAssessmentResult(result) ? static_cast<AssessmentResult>(result)
                                                        : AssessmentResult::NotChecked;
    assessment.selfScore = optionalFrom(query.value(4));
    assessment.appraisedScore = optionalFrom(query.value(5));
    assessment.finding = query.value(6).toString();
    assessment.exemplary = query.value(7).toBool();
    assessment.modifiedAt = query.value(8).toString();
    return assessment;
}

Evidence evidenceFrom(const QSqlQuery &query)
{
    Evidence evidence;
    evidence.id = query.value(0).toString();
    evidence.kind = query.value(2).toInt() == int(EvidenceKind::AttachedFile)
                        ? EvidenceKind::AttachedFile
                        : EvidenceKind::DocumentReference;
    evidence.documentNumber = query.value(3).toString();
    evidence.description = query.value(4).toString();
    evidence.fileName = query.value(5).toString();
    evidence.mimeType = query.value(6).toString();
    evidence.sizeBytes = query.value(7).toLongLong();
    evidence.modifiedAt = query.value(8).toString();
    return evidence;
}

// Runs an assessment query and its evidence query (same WHERE on `a`), joining them.
Result<QList<Assessment>> loadAssessments(QSqlDatabase db, const QString &where,
                                          const QString &key)
{
    QSqlQuery query(db);
    // Read once, in order: without this Qt keeps every row's values for scrolling back, a
    // whole round's 60 000 assessments at 1 000 units.
    query.setForwardOnly(true);
    if (auto status = execute(query, kAssessmentSelect + where, {key}); !status)
        return status.failure();
    QList<Assessment> list;
    QHash<QString, qsizetype> index;
    while (query.next()) {
        index.insert(query.value(0).toString(), list.size());
        list.append(assessmentFrom(query));
    }
    if (auto status =
            execute(query, kEvidenceSelect + where + QStringLiteral(" ORDER BY e.position"), {key});
        !status)
        return status.failure();
    while (query.next()) {
        const auto found = index.constFind(query.value(1).toString());
        if (found != index.cend())
            list[*found].evidence.append(evidenceFrom(query));
    }
    return list;
}

} // namespace

Result<QList<Assessment>> InspectionFile::assessments(const QString &roundUnitId) const
{
    return loadAssessments(database(), QStringLiteral(" WHERE a.round_unit_id = ?"), roundUnitId);
}

Result<QHash<QString, QList<Assessment>>>
InspectionFile::roundAssessments(const QString &roundId) const
{
    auto list = loadAssessments(database(),
                                QStringLiteral(" WHERE a.round_unit_id IN (SELECT id FROM"
                                               " round_units WHERE round_id = ?)"),
                                roundId);
    if (!list)
        return list.failure();
    QHash<QString, QList<Assessment>> byRoundUnit;
    for (auto &assessment : *list)
        byRoundUnit[assessment.roundUnitId].append(std::move(assessment));
    return byRoundUnit;
}

Status InspectionFile::saveAssessment(Assessment &assessment)
{
    if (assessment.roundUnitId.isEmpty() || assessment.criterionId.isEmpty())
        return Error{tr("An assessment must belong to a unit of a round and a criterion.")};
    return transact([&]() -> Status {
        QSqlQuery query(database());
        const QString now = Clock::nowIso();
        const QString id = assessment.id.isEmpty() ? newId() : assessment.id;
        // Upsert on the natural key, so two windows on one unit never make two rows.
        if (auto status = execute(
                query,
                QStringLiteral(
                    "INSERT INTO assessments (id, round_unit_id, criterion_id, result,"
                    " self_score, appraised_score, finding, exemplary, modified_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (round_unit_id, criterion_id)"
                    " DO UPDATE SET result = excluded.result, self_score = excluded.self_score,"
                    " appraised_score = excluded.appraised_score, finding = excluded.finding,"
                    " exemplary = excluded.exemplary, modified_at = excluded.modified_at"
                    " RETURNING id"),
                {id, assessment.roundUnitId, assessment.criterionId, int(assessment.result),
                 optionalValue(assessment.selfScore), optionalValue(assessment.appraisedScore),
                 assessment.finding, assessment.exemplary ? 1 : 0, now});
            !status)
            return status;
        if (!query.next())
            return queryError(query);
        assessment.id = query.value(0).toString();
        assessment.modifiedAt = now;
        return {};
    });
}

Result<Evidence> InspectionFile::addEvidence(const QString &assessmentId, Evidence evidence,
                                             const QByteArray &content)
{
    auto status = transact([&]() -> Status {
        evidence.id = newId();
        evidence.modifiedAt = Clock::nowIso();
        evidence.sizeBytes = content.size();
        QSqlQuery query(database());
        return execute(
            query,
            QStringLiteral(
                "INSERT INTO evidence (id, assessment_id, position, kind, document_number,"
                " description, file_name, mime_type, content, modified_at) VALUES (?, ?,"
                " (SELECT COALESCE(MAX(position), -1) + 1 FROM evidence WHERE assessment_id = ?),"
                " ?, ?, ?, ?, ?, ?, ?)"),
            {evidence.id, assessmentId, assessmentId, int(evidence.kind), evidence.documentNumber,
             evidence.description, evidence.fileName, evidence.mimeType,
             content.isNull() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(content),
             evidence.modifiedAt});
    });
    if (!status)
        return status.failure();
    return evidence;
}

Status InspectionFile::updateEvidence(const Evidence &evidence)
{
    return transact([&]() -> Status {
        QSqlQuery query(database());
        return execute(query,
                       QStringLiteral("UPDATE evidence SET document_number = ?, description = ?,"
                                      " file_name = ?, modified_at = ? WHERE id = ?"),
                       {evidence.documentNumber, evidence.description, evidence.fileName,
                        Clock::nowIso(), evidence.id});
    });
}

Status InspectionFile::removeEvidence(const QString &evidenceId)
{
    return transact(
        [&]() -> Status { return deleteById(database(), QStringLiteral("evidence"), evidenceId); });
}

Result<QByteArray> InspectionFile::evidenceContent(const QString &evidenceId) const
{
    QSqlQuery query(database());
    if (auto found = selectRow(
            query, QStringLiteral("SELECT content FROM evidence WHERE id = ?"), {evidenceId},
            Error{tr("The attached file is no longer in this inspection file.")});
        !found)
        return found.failure();
    return query.value(0).toByteArray();
}

Result<QList<CorrectiveAction>> InspectionFile::correctiveActions(const QString &roundId) const
{
    QSqlQuery query(database());
    if (auto status =
            execute(query,
                    QStringLiteral(
                        "SELECT c.id, c.round_unit_id, c.criterion_id, c.description, c.deadline,"
                        " c.status, c.completed_on, c.modified_at FROM corrective_actions c"
                        " JOIN round_units u ON u.id = c.round_unit_id WHERE u.round_id = ?"
                        " ORDER BY u.position, c.deadline"),
                    {roundId});
        !status)
        return status.failure();
    QList<CorrectiveAction> list;
    while (query.next()) {
        CorrectiveAction action;
        action.id = query.value(0).toString();
        action.roundUnitId = query.value(1).toString();
        action.criterionId = query.value(2).toString();
        action.description = query.value(3).toString();
        action.deadline = dateFrom(query.value(4));
        action.status = query.value(5).toInt() == int(ActionStatus::Done) ? ActionStatus::Done
                                                                          : ActionStatus::Open;
        action.completedOn = dateFrom(query.value(6));
        action.modifiedAt = query.value(7).toString();
        list.append(action);
    }
    return list;
}

Status InspectionFile::saveCorrectiveAction(CorrectiveAction &action)
{
    if (action.description.trimmed().isEmpty())
        return Error{tr("A corrective action needs a description.")};
    return transact([&]() -> Status {
        if (action.id.isEmpty())
            action.id = newId();
        action.modifiedAt = Clock::nowIso();
        QSqlQuery query(database());
        return execute(
            query,
            QStringLiteral(
                "INSERT INTO corrective_actions (id, round_unit_id, criterion_id, description,"
                " deadline, status, completed_on, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (id) DO UPDATE SET criterion_id = excluded.criterion_id,"
                " description = excluded.description, deadline = excluded.deadline,"
                " status = excluded.status, completed_on = excluded.completed_on,"
                " modified_at = excluded.modified_at"),
            // A correction for the unit as a whole has no criterion: NULL, not ''.
            {action.id, action.roundUnitId,
             action.criterionId.isEmpty() ? QVariant() : QVariant(action.criterionId),
             action.description, dateValue(action.deadline), int(action.status),
             dateValue(action.completedOn), action.modifiedAt});
    });
}

Status InspectionFile::removeCorrectiveAction(const QString &id)
{
    return transact([&]() -> Status {
        return deleteById(database(), QStringLiteral("corrective_actions"), id);
    });
}

} // namespace cchc
