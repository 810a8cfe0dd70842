#include "core/report/RoundData.h"

#include "core/storage/InspectionFile.h"
#include "core/storage/RoundResults.h"

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

namespace {

// Every unit's assessments, or only those of `roundUnitId` when it is given.
Result<QHash<QString, QList<Assessment>>>
assessmentsOf(const InspectionFile &file, const QString &roundId, const QString &roundUnitId)
{
    if (roundUnitId.isEmpty())
        return file.roundAssessments(roundId);
    auto one = file.assessments(roundUnitId);
    if (!one)
        return one.failure();
    return QHash<QString, QList<Assessment>>{{roundUnitId, *one}};
}

} // namespace

QString RoundData::roundUnitIdFor(const QString &id) const
{
    for (const RoundUnit &roundUnit : round.units) {
        if (roundUnit.id == id || roundUnit.unitId == id)
            return roundUnit.id;
    }
    return {};
}

Result<RoundData> loadRoundData(const InspectionFile &file, const QString &roundId,
                                const QString &onlyUnit)
{
    RoundData data;
    auto round = file.loadRound(roundId);
    if (!round)
        return round.failure();
    data.round = std::move(*round);
    auto checklist = file.loadTemplate(data.round.templateId);
    if (!checklist)
        return checklist.failure();
    data.checklist = std::move(*checklist);
    auto units = file.units();
    if (!units)
        return units.failure();
    for (const Unit &unit : std::as_const(*units))
        data.units.insert(unit.id, unit);
    const QString roundUnitId = onlyUnit.isEmpty() ? QString() : data.roundUnitIdFor(onlyUnit);
    auto assessments = assessmentsOf(file, roundId, roundUnitId);
    if (!assessments)
        return assessments.failure();
    for (auto it = assessments->cbegin(); it != assessments->cend(); ++it) {
        auto &byCriterion = data.assessments[it.key()];
        for (const Assessment &assessment : it.value())
            byCriterion.insert(assessment.criterionId, assessment);
    }
    auto actions = file.correctiveActions(roundId);
    if (!actions)
        return actions.failure();
    for (const CorrectiveAction &action : std::as_const(*actions)) {
        if (roundUnitId.isEmpty() || action.roundUnitId == roundUnitId)
            data.actions.append(action);
    }
    return data;
}

Status loadPreviousScores(const InspectionFile &file, RoundData &data)
{
    auto rounds = file.rounds();
    if (!rounds)
        return rounds.failure();
    const RoundInfo *previous = nullptr;
    for (const RoundInfo &info : std::as_const(*rounds)) {
        if (info.id == data.round.id || !info.visitStart.isValid() ||
            !data.round.visitStart.isValid() || info.visitStart >= data.round.visitStart)
            continue;
        if (!previous || info.visitStart > previous->visitStart)
            previous = &info;
    }
    if (!previous)
        return {};
    // Scores only: results without findings or evidence, as the navigation reads them.
    auto earlier = file.loadRound(previous->id);
    if (!earlier)
        return earlier.failure();
    auto checklist = file.loadTemplate(earlier->templateId);
    if (!checklist)
        return checklist.failure();
    auto results = roundResults(file, earlier->id);
    if (!results)
        return results.failure();
    const QHash<QString, UnitScore> scores = scoreRound(*earlier, *checklist, *results);
    for (const RoundUnit &roundUnit : earlier->units) {
        if (const auto percent = scores.value(roundUnit.id).total.percent())
            data.previousPercent.insert(roundUnit.unitId, *percent);
    }
    return {};
}

} // namespace cchc::report
