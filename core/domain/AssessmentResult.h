#pragma once

#include <QString>

namespace cchc {

// The result of one criterion at one unit. The numbers are stored in the file: never renumber.
enum class AssessmentResult : int {
    NotChecked = 0,     // chưa kiểm tra
    Met = 1,            // Đạt
    PartiallyMet = 2,   // Đạt một phần
    NotMet = 3,         // Chưa đạt
    NotApplicable = 4,  // Không áp dụng
};

constexpr int kAssessmentResultCount = 5;

bool isValidAssessmentResult(int value);
// Vietnamese labels as printed in reports ("Đạt", "Chưa đạt" …), independent of UI language.
QString reportLabel(AssessmentResult result);
// Stable machine names used by the JSON format ("met", "not_met" …).
QString resultKey(AssessmentResult result);
bool resultFromKey(const QString &key, AssessmentResult *result);

} // namespace cchc
