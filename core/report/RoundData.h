#pragma once

#include "core/common/Result.h"
#include "core/domain/Assessment.h"
#include "core/domain/ChecklistTemplate.h"
#include "core/domain/InspectionRound.h"
#include "core/domain/Scoring.h"
#include "core/domain/Unit.h"

#include <QHash>

namespace cchc {
class InspectionFile;
}

namespace cchc::report {

// Everything a report of one round is drafted from, loaded once.
struct RoundData
{
    InspectionRound round;
    ChecklistTemplate checklist;
    QHash<QString, Unit> units;                             // by unit id
    QHash<QString, QHash<QString, Assessment>> assessments; // round unit id -> criterion id
    QList<CorrectiveAction> actions;
    // Appraised percentage of each unit (by register id) in the round visited just before
    // this one, for naming the units that improved most; empty when there is none.
    QHash<QString, double> previousPercent;

    QString unitName(const RoundUnit &roundUnit) const;
    const Assessment *assessment(const QString &roundUnitId, const QString &criterionId) const;
    UnitScore score(const RoundUnit &roundUnit) const;
    // A unit of the round named by its round-unit id or by its register id; empty if none.
    QString roundUnitIdFor(const QString &id) const;
};

// With `onlyUnit` (a round-unit or register id), only that unit's assessments and actions
// are loaded: one unit's minutes need not read a 200-unit round.
Result<RoundData> loadRoundData(const InspectionFile &file, const QString &roundId,
                                const QString &onlyUnit = {});
// Fills `data.previousPercent` from the latest round visited before `data`'s round.
Status loadPreviousScores(const InspectionFile &file, RoundData &data);

} // namespace cchc::report
