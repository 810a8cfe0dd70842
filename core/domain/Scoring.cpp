#include "core/domain/Scoring.h"

#include <algorithm>

namespace cchc {

std::optional<double> ScoreSummary::percent() const
{
    if (maximum <= 0.0)
        return std::nullopt;
    return 100.0 * appraisedScore / maximum;
}

std::optional<double> ScoreSummary::selfPercent() const
{
    if (maximum <= 0.0)
        return std::nullopt;
    return 100.0 * selfScore / maximum;
}

void ScoreSummary::add(const ScoreSummary &other)
{
    selfScore += other.selfScore;
    appraisedScore += other.appraisedScore;
    maximum += other.maximum;
    criteria += other.criteria;
    checked += other.checked;
    met += other.met;
    partiallyMet += other.partiallyMet;
    notMet += other.notMet;
    notApplicable += other.notApplicable;
    selfScored += other.selfScored;
}

namespace {
double derivedScore(const Criterion &criterion, AssessmentResult result)
{
    switch (result) {
    case AssessmentResult::Met:
        return criterion.maxScore;
    case AssessmentResult::PartiallyMet:
        return criterion.maxScore / 2.0;
    case AssessmentResult::NotChecked:
    case AssessmentResult::NotMet:
    case AssessmentResult::NotApplicable:
        break;
    }
    return 0.0;
}

double clampScore(const Criterion &criterion, double score)
{
    return std::clamp(score, 0.0, criterion.maxScore);
}

void countResult(ScoreSummary &summary, AssessmentResult result)
{
    switch (result) {
    case AssessmentResult::NotChecked:
        return;
    case AssessmentResult::Met:
        ++summary.met;
        break;
    case AssessmentResult::PartiallyMet:
        ++summary.partiallyMet;
        break;
    case AssessmentResult::NotMet:
        ++summary.notMet;
        break;
    case AssessmentResult::NotApplicable:
        ++summary.notApplicable;
        break;
    }
    ++summary.checked;
}
} // namespace

double appraisedScoreOf(const Criterion &criterion, const Assessment &assessment)
{
    if (assessment.result == AssessmentResult::NotApplicable)
        return 0.0;
    if (assessment.appraisedScore)
        return clampScore(criterion, *assessment.appraisedScore);
    return derivedScore(criterion, assessment.result);
}

double selfScoreOf(const Criterion &criterion, const Assessment &assessment)
{
    if (assessment.result == AssessmentResult::NotApplicable)
        return 0.0;
    if (assessment.selfScore)
        return clampScore(criterion, *assessment.selfScore);
    // A unit that gave no self-assessment claimed what the team found.
    return appraisedScoreOf(criterion, assessment);
}

UnitScore scoreUnit(const ChecklistTemplate &checklist,
                    const QHash<QString, Assessment> &assessmentsByCriterion)
{
    UnitScore score;
    for (const auto &group : checklist.groups) {
        GroupScore groupScore{group.id, {}};
        ScoreSummary &summary = groupScore.summary;
        for (const auto &criterion : group.criteria) {
            ++summary.criteria;
            const auto found = assessmentsByCriterion.constFind(criterion.id);
            const Assessment assessment = found != assessmentsByCriterion.cend() ? *found : Assessment{};
            countResult(summary, assessment.result);
            if (assessment.result == AssessmentResult::NotApplicable)
                continue;
            summary.maximum += criterion.maxScore * criterion.weight;
            summary.appraisedScore += appraisedScoreOf(criterion, assessment) * criterion.weight;
            summary.selfScore += selfScoreOf(criterion, assessment) * criterion.weight;
            if (assessment.selfScore)
                ++summary.selfScored;
        }
        score.total.add(summary);
        score.groups.append(groupScore);
    }
    if (const auto percent = score.total.percent())
        score.grade = checklist.gradeFor(*percent);
    return score;
}

UnitScore scoreUnit(const ChecklistTemplate &checklist, const QList<Assessment> &assessments)
{
    QHash<QString, Assessment> byCriterion;
    byCriterion.reserve(assessments.size());
    for (const Assessment &assessment : assessments)
        byCriterion.insert(assessment.criterionId, assessment);
    return scoreUnit(checklist, byCriterion);
}

QHash<QString, UnitScore> scoreRound(const InspectionRound &round,
                                     const ChecklistTemplate &checklist,
                                     const QHash<QString, QList<Assessment>> &assessmentsByUnit)
{
    QHash<QString, UnitScore> scores;
    scores.reserve(round.units.size());
    for (const RoundUnit &roundUnit : round.units)
        scores.insert(roundUnit.id, scoreUnit(checklist, assessmentsByUnit.value(roundUnit.id)));
    return scores;
}

} // namespace cchc
