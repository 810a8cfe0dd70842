#pragma once

#include "OfficialLayout.h"
#include "ReportDocument.h"
#include "domain/ReportSettings.h"
#include "RoundData.h"

#include <QDate>

namespace cchc::report {

// How the units of a round stand on one criterion. "Không áp dụng" units are outside every
// count; unchecked units are applicable but neither meet nor fall short.
struct CriterionTally
{
    int roundUnits = 0;
    int applicable = 0;
    QStringList met;       // names, in round order
    QStringList exemplary; // names of units marked as a good example (all of them meet)
    QStringList shortfall; // "Chưa đạt" or "Đạt một phần"
};
CriterionTally tallyCriterion(const RoundData &data, const Criterion &criterion);

// The sentence a criterion contributes to the results (empty when no unit meets it):
//   "100% đơn vị <phraseMet>"                      every unit of the round meets it;
//   "Một số đơn vị đã <phraseMet> như A, B"        exemplary units are named;
//   "Có 02 đơn vị (A, B) <phraseMet>"               few meet, or it applies to only some;
//   "Đa số đơn vị đã <phraseMet>" / "Một số đơn vị đã <phraseMet>" otherwise.
QString metSentence(const Criterion &criterion, const CriterionTally &tally);
// "một số đơn vị chưa <phraseUnmet>" when any applicable unit falls short, else empty.
QString unmetClause(const Criterion &criterion, const CriterionTally &tally);

// Units whose appraised percentage rose by at least `minimumGain` points since the previous
// round, biggest gain first, at most `limit` names.
QStringList mostImproved(const RoundData &data, double minimumGain = 10.0, int limit = 3);

// A drafted paragraph of the notice body; `key` is stable across drafts.
struct DraftParagraph
{
    QString key;
    QString text;
    ParagraphStyle style = ParagraphStyle::Body;
};

// The body of the thông báo kết quả kiểm tra, drafted from the structured results in the
// officialese of the 2022 report: opening, results by area, general assessment,
// shortcomings, recommendations and the demand for corrective-action reports ("./.").
QList<DraftParagraph> draftNotice(const RoundData &data, const ReportSettings &settings);

struct NoticeOptions
{
    QDate issuedOn;
    int number = 0;        // in the issuer's series of the year; 0: a draft not issued yet
    bool withAnnex = true; // the score annex as its own section
};

// The whole notice around `body` (the drafted paragraphs, or the team's edited ones).
ReportDocument buildNotice(const RoundData &data, const ReportSettings &settings,
                           const QList<DraftParagraph> &body, const NoticeOptions &options);

// Pieces shared by every report of a round (officialHeader: OfficialLayout.h).
QString upperFirst(const QString &text);
// Typed text as one line without the stop it ended with: "Sửa biển tên.\n" -> "Sửa biển tên",
// so a sentence or list item can put its own punctuation after it.
QString withoutEndPunctuation(const QString &text);
// Lower-cases the first letter, but keeps acronyms ("CCHC", "HTQLCL") as they are.
QString lowerFirst(const QString &text);
// The round's kind of unit in prose ("đơn vị sự nghiệp"), "đơn vị" when not given.
QString unitKindOf(const RoundData &data);
QString visitPeriod(const QDate &start, const QDate &end); // "từ ngày 23 đến ngày 26/5/2022"

} // namespace cchc::report
