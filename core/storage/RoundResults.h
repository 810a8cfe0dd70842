#pragma once

#include "core/common/Result.h"
#include "core/domain/Assessment.h"

#include <QHash>
#include <QList>
#include <QString>

namespace cchc {

class InspectionFile;

// Results and scores of every unit of a round, keyed by round unit id, without findings
// or evidence: what progress and scores need, at a fraction of roundAssessments' cost
// (the window shows progress for hundreds of units at once).
Result<QHash<QString, QList<Assessment>>> roundResults(const InspectionFile &file,
                                                       const QString &roundId);

} // namespace cchc
