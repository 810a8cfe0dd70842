#pragma once

#include "core/report/DraftingRules.h"
#include "core/report/OfficialLayout.h"
#include "core/report/ProseText.h"
#include "core/report/ReportDocument.h"
#include "core/domain/ReportSettings.h"
#include "core/report/RoundData.h"

#include <QDate>

namespace cchc::report {

// How the units of a round stand on one criterion, as round-unit ids in round order.
// "Không áp dụng" units are outside every list but `notApplicable`; unchecked units are
// applicable but neither meet nor fall short.
struct CriterionTally
{
    int roundUnits = 0;
    QStringList applicable;
    QStringList met;          // Đạt (exemplary ones included)
    QStringList exemplary;    // Đạt and marked as a good example, without an action on it
    QStringList partlyMet;    // Đạt một phần
    QStringList notMet;       // Chưa đạt
    QStringList notApplicable;
};
CriterionTally tallyCriterion(const RoundData &data, const Criterion &criterion);

// What one drafted sentence states about the units, so that a test can hold every sentence
// against the data: the units it is about, those it names, and the share its words claim.
struct Claim
{
    enum class About { Met, Exemplary, PartlyMet, NotMet, Grade, Improved, Request };
    About about = About::Met;
    QStringList criterionIds;
    QStringList unitIds;      // round-unit ids of every unit the claim is about
    QStringList namedIds;     // of those, the ones named in the sentence
    QStringList exceptionIds; // applicable units named as not sharing it ("trừ …")
    rules::Share share = rules::Share::All;
    int applicable = 0;       // units the share is of
    QString band;             // About::Grade: the grade's name
    QString sentence;         // the sentence as it stands in its paragraph
};

// Units whose appraised percentage rose by at least `minimumGain` points since the previous
// round, biggest gain first, at most `limit` round-unit ids.
QStringList mostImproved(const RoundData &data, double minimumGain = 10.0, int limit = 3);

// A drafted paragraph of the notice body; `key` is stable across drafts.
struct DraftParagraph
{
    QString key;
    QString text;
    ParagraphStyle style = ParagraphStyle::Body;
    QList<Claim> claims = {}; // what its sentences about units say (empty for edited text)
};

// The body of the thông báo kết quả kiểm tra, drafted from the structured results by the
// rules of DraftingRules.h: opening, strengths by area, general assessment, shortcomings in
// a few paragraphs, recommendations and the demand for corrective-action reports ("./.").
QList<DraftParagraph> draftNotice(const RoundData &data, const ReportSettings &settings);

struct NoticeOptions
{
    QDate issuedOn;
    int number = 0;        // in the issuer's series of the year; 0: a draft not issued yet
    bool withAnnex = true; // the score annex as its own section
    QString signerMemberId; // the team member who signs (NoticeSettings); empty: the lead
};

// Who signs the notice: the member `options` names when still in the team, else the lead
// (null when the team has none).
const TeamMember *noticeSigner(const InspectionRound &round, const NoticeOptions &options);

// The whole notice around `body` (the drafted paragraphs, or the team's edited ones).
ReportDocument buildNotice(const RoundData &data, const ReportSettings &settings,
                           const QList<DraftParagraph> &body, const NoticeOptions &options);

// The date a notice is dated when the team has not chosen one: the working day after the
// last visit (Monday after a Friday), never later than `today`.
QDate defaultNoticeDate(const InspectionRound &round, const QDate &today);

// Pieces shared by every report of a round: officialHeader() is in OfficialLayout.h.

} // namespace cchc::report
