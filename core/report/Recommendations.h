#pragma once

#include "core/report/NoticeDrafter.h"

namespace cchc::report {

// The recommendations (kiến nghị) of the notice, drafted from the round's corrective actions:
// an introduction ("recommendations"), then one
// paragraph per area of the checklist ("recommendations/<group id>"), then the actions not
// tied to a criterion ("recommendations/other"). Each action reads
//   "Đề nghị Trung tâm Y tế Thành phố tổ chức ký cam kết … trước ngày 30/7/2022."
// and units sharing an action (same wording and deadline) are named together. Shortcomings
// without an action are not repeated here: the shortcomings above named their units, and the
// closing paragraph asks every unit to correct what was found.
// Every action of the round is drafted, done or not: the notice records what was asked.
// Empty when there is nothing to recommend. `afterShortcomings`: the notice lists
// shortcomings just before, so the introduction refers to them ("nêu trên").
// Each sentence carries a Claim (About::Request) naming the criteria and units it asks of.
QList<DraftParagraph> draftRecommendations(const RoundData &data, const ReportSettings &settings,
                                           bool afterShortcomings);

} // namespace cchc::report
