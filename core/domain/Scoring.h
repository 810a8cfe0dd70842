#pragma once

#include "core/domain/Assessment.h"
#include "core/domain/ChecklistTemplate.h"
#include "core/domain/InspectionRound.h"

#include <QHash>
#include <QList>

#include <optional>

namespace cchc {

// Scores of one group (or of a whole unit). "Không áp dụng" is left out of the maximum;
// unchecked criteria stay in it, so an unfinished visit never looks better than it is.
struct ScoreSummary
{
    double selfScore = 0.0;
    double appraisedScore = 0.0;
    double maximum = 0.0;
    int criteria = 0;        // criteria in scope
    int checked = 0;         // criteria with a result other than "chưa kiểm tra"
    int met = 0;
    int partiallyMet = 0;
    int notMet = 0;
    int notApplicable = 0;
    int selfScored = 0;      // criteria in scope (not "Không áp dụng") with a self-score entered

    // Appraised score as a percentage of the maximum, or nullopt when nothing is scorable.
    std::optional<double> percent() const;
    std::optional<double> selfPercent() const;
    bool complete() const { return checked == criteria; }
    // The unit gave a self-score for every criterion in scope: only then is `selfScore` the
    // unit's own claim (otherwise it is filled with the team's scores) and fit to print.
    bool selfScoredFully() const
    {
        return criteria > notApplicable && selfScored == criteria - notApplicable;
    }
    void add(const ScoreSummary &other);
};

struct GroupScore
{
    QString groupId;
    ScoreSummary summary;
};

struct UnitScore
{
    QList<GroupScore> groups;
    ScoreSummary total;
    std::optional<GradingBand> grade;
};

// The appraised score a criterion earns: the entered score when there is one, otherwise
// one derived from the result (Đạt = max, Đạt một phần = half, Chưa đạt = 0).
double appraisedScoreOf(const Criterion &criterion, const Assessment &assessment);
double selfScoreOf(const Criterion &criterion, const Assessment &assessment);

// Assessments are looked up by criterion id; criteria without one count as unchecked.
UnitScore scoreUnit(const ChecklistTemplate &checklist,
                    const QHash<QString, Assessment> &assessmentsByCriterion);

// The same from the assessments of one unit as the file lists them (any order).
UnitScore scoreUnit(const ChecklistTemplate &checklist, const QList<Assessment> &assessments);

// The score of every unit of `round`, by round unit id, from the assessments of the round
// keyed by round unit id (as InspectionFile::roundAssessments and roundResults give them).
// The one place a round is scored: the navigation, `cchc-inspector list` and the reports.
QHash<QString, UnitScore> scoreRound(const InspectionRound &round,
                                     const ChecklistTemplate &checklist,
                                     const QHash<QString, QList<Assessment>> &assessmentsByUnit);

} // namespace cchc
