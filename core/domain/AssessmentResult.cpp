#include "core/domain/AssessmentResult.h"

#include <array>

namespace cchc {

namespace {
struct ResultNames
{
    AssessmentResult result;
    const char *key;
    const char16_t *label;
};

constexpr std::array<ResultNames, kAssessmentResultCount> kNames{{
    {AssessmentResult::NotChecked, "not_checked", u"Chưa kiểm tra"},
    {AssessmentResult::Met, "met", u"Đạt"},
    {AssessmentResult::PartiallyMet, "partially_met", u"Đạt một phần"},
    {AssessmentResult::NotMet, "not_met", u"Chưa đạt"},
    {AssessmentResult::NotApplicable, "not_applicable", u"Không áp dụng"},
}};
} // namespace

bool isValidAssessmentResult(int value)
{
    return value >= 0 && value < kAssessmentResultCount;
}

QString reportLabel(AssessmentResult result)
{
    return QString::fromUtf16(kNames.at(static_cast<int>(result)).label);
}

QString resultKey(AssessmentResult result)
{
    return QString::fromLatin1(kNames.at(static_cast<int>(result)).key);
}

bool resultFromKey(const QString &key, AssessmentResult *result)
{
    for (const auto &names : kNames) {
        if (key == QLatin1String(names.key)) {
            *result = names.result;
            return true;
        }
    }
    return false;
}

} // namespace cchc
