#pragma once

#include "NoticeDrafter.h"

namespace cchc::report {

// Who a recommendation is addressed to, by the unit names it applies to (in round order):
//   "các <unitKind>"                          every unit of the round;
//   "Trung tâm Y tế Thành phố"                one unit;
//   "A và B", "A, B và C"                     a few units ("A; B" when a name has a comma
//                                             or a "và" of its own);
//   "05 đơn vị (A, B, C, D, E)"               more than a few, up to 8;
//   "12 đơn vị (theo biên bản kiểm tra từng đơn vị)"  more: the minutes name them.
QString addressees(const QStringList &names, int roundUnits, const QString &unitKind);

// The recommendations (kiến nghị) of the notice, drafted from the round's corrective actions
// and from the shortcomings no action covers: an introduction ("recommendations"), then one
// paragraph per area of the checklist ("recommendations/<group id>"), then the actions not
// tied to a criterion ("recommendations/other"). Each action reads
//   "Đề nghị Trung tâm Y tế Thành phố tổ chức ký cam kết … trước ngày 30/7/2022."
// and units sharing an action (same wording and deadline) are named together. A criterion
// that units fall short of without an action reads
//   "Đề nghị A và B khắc phục tình trạng chưa <phraseUnmet>."
// Every action of the round is drafted, done or not: the notice records what was asked.
// Empty when there is nothing to recommend. `afterShortcomings`: the notice lists
// shortcomings just before, so the introduction refers to them ("nêu trên").
QList<DraftParagraph> draftRecommendations(const RoundData &data, bool afterShortcomings);

} // namespace cchc::report
