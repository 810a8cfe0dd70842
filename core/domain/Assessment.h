#pragma once

#include "core/domain/AssessmentResult.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace cchc {

// Evidence kinds. Stored as numbers: never renumber.
enum class EvidenceKind : int {
    DocumentReference = 0, // a document number reviewed on the visit ("15/KH-TTYT")
    AttachedFile = 1,      // a photo or scan stored inside the .cchc file
};
QString evidenceKindKey(EvidenceKind kind); // JSON name: "document_reference", "attached_file"
bool evidenceKindFromKey(const QString &key, EvidenceKind *kind);

// The file's bytes are not loaded with the list (photos are large); ask storage for them.
struct Evidence
{
    QString id;
    EvidenceKind kind = EvidenceKind::DocumentReference;
    QString documentNumber;
    QString description;
    QString fileName;
    QString mimeType;
    qint64 sizeBytes = 0;
    QString modifiedAt;
};

// Kết quả and nhận xét of one criterion at one unit.
struct Assessment
{
    QString id;
    QString roundUnitId;
    QString criterionId;
    AssessmentResult result = AssessmentResult::NotChecked;
    std::optional<double> selfScore;      // điểm tự đánh giá
    std::optional<double> appraisedScore; // điểm thẩm định
    QString finding;
    bool exemplary = false;               // named in the report as a good example
    QList<Evidence> evidence;
    QString modifiedAt;
};

// Corrective-action status. Stored as numbers: never renumber.
enum class ActionStatus : int {
    Open = 0,
    Done = 1,
};
QString actionStatusKey(ActionStatus status); // JSON name: "open", "done"
bool actionStatusFromKey(const QString &key, ActionStatus *status);

// Kiến nghị / yêu cầu khắc phục, with a deadline; checked again next round.
struct CorrectiveAction
{
    QString id;
    QString roundUnitId;
    QString criterionId;  // empty when the action is not tied to one criterion
    QString description;
    QDate deadline;
    ActionStatus status = ActionStatus::Open;
    QDate completedOn;
    QString modifiedAt;
};

} // namespace cchc
