#include "RoundData.h"

#include "storage/InspectionFile.h"

namespace cchc::report {

QString RoundData::unitName(const RoundUnit &roundUnit) const
{
    return units.value(roundUnit.unitId).name;
}

const Assessment *RoundData::assessment(const QString &roundUnitId,
                                        const QString &criterionId) const
{
    const auto unit = assessments.constFind(roundUnitId);
    if (unit == assessments.cend())
        return nullptr;
    const auto found = unit->constFind(criterionId);
    return found == unit->cend() ? nullptr : &*found;
}

UnitScore RoundData::score(const RoundUnit &roundUnit) const
{
    return scoreUnit(checklist, assessments.value(roundUnit.id));
}

Result<RoundData> loadRoundData(const InspectionFile &file, const QString &roundId)
{
    RoundData data;
    auto round = file.loadRound(roundId);
    if (!round)
        return Error{round.error()};
    data.round = std::move(*round);
    auto checklist = file.loadTemplate(data.round.templateId);
    if (!checklist)
        return Error{checklist.error()};
    data.checklist = std::move(*checklist);
    auto units = file.units();
    if (!units)
        return Error{units.error()};
    for (const Unit &unit : std::as_const(*units))
        data.units.insert(unit.id, unit);
    auto assessments = file.roundAssessments(roundId);
    if (!assessments)
        return Error{assessments.error()};
    for (auto it = assessments->cbegin(); it != assessments->cend(); ++it) {
        auto &byCriterion = data.assessments[it.key()];
        for (const Assessment &assessment : it.value())
            byCriterion.insert(assessment.criterionId, assessment);
    }
    auto actions = file.correctiveActions(roundId);
    if (!actions)
        return Error{actions.error()};
    data.actions = std::move(*actions);
    return data;
}

} // namespace cchc::report
