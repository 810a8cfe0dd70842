#include "core/domain/ChecklistTemplate.h"

#include "core/domain/EnumKeys.h"

#include <algorithm>

namespace cchc {

namespace {
constexpr std::array<const char *, 2> kResponseKindKeys{{"result", "score"}};
} // namespace

CCHC_DEFINE_ENUM_KEYS(ResponseKind, kResponseKindKeys, responseKindKey, responseKindFromKey)

int ChecklistTemplate::criterionCount() const
{
    int count = 0;
    for (const auto &group : groups)
        count += int(group.criteria.size());
    return count;
}

const Criterion *ChecklistTemplate::findCriterion(const QString &criterionId) const
{
    for (const auto &group : groups) {
        for (const auto &criterion : group.criteria) {
            if (criterion.id == criterionId)
                return &criterion;
        }
    }
    return nullptr;
}

const CriteriaGroup *ChecklistTemplate::groupOfCriterion(const QString &criterionId) const
{
    for (const auto &group : groups) {
        const bool found = std::any_of(group.criteria.cbegin(), group.criteria.cend(),
                                       [&](const Criterion &c) { return c.id == criterionId; });
        if (found)
            return &group;
    }
    return nullptr;
}

std::optional<GradingBand> ChecklistTemplate::gradeFor(double percent) const
{
    std::optional<GradingBand> best;
    for (const auto &band : bands) {
        if (percent + 1e-9 >= band.minPercent && (!best || band.minPercent > best->minPercent))
            best = band;
    }
    return best;
}

} // namespace cchc
