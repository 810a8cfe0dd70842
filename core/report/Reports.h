#pragma once

#include "core/common/Result.h"
#include "core/report/ReportDocument.h"
#include "core/report/DraftMerge.h"
#include "core/storage/ReportStore.h"
#include "core/report/RoundData.h"

#include <QDate>

namespace cchc {
class InspectionFile;
}

namespace cchc::report {

enum class ReportKind { Notice, Minutes, Scores };
bool reportKindFromKey(const QString &key, ReportKind *kind); // "notice" | "minutes" | "scores"

struct ReportRequest
{
    QString roundId;
    ReportKind kind = ReportKind::Notice;
    QString unitId; // minutes: a round unit id or a unit id of the round
    // Notice date; invalid = the date the team chose for the round (NoticeSettings),
    // else defaultNoticeDate(): the working day after the last visit, never today for an old
    // round. An issued notice always carries its issue date: another date is refused.
    QDate issuedOn;
    bool withAnnex = true;
};

// The notice's body as the file stands: a fresh draft (with the previous round's scores,
// for naming the units that improved) and the team's edits laid over it. The draft editor
// and every export start from this, so they agree on what "edited" means.
struct NoticeDraft
{
    RoundData data;
    ReportSettings settings;
    QList<DraftParagraph> drafted;     // as drafted from the data alone
    QList<MergedParagraph> paragraphs; // the same with the team's edits
};
Result<NoticeDraft> loadNoticeDraft(const InspectionFile &file, const QString &roundId);
// The notice of `request` around `draft` (as loaded, or as the editor holds it), else
// `request.issuedOn` or today. An issued notice prints its snapshot (what it printed when
// issued), not `draft`, with the snapshot's digest in its footer and PDF metadata.
Result<ReportDocument> noticeDocument(const InspectionFile &file, NoticeDraft draft,
                                      const ReportRequest &request);

// A notice issued before snapshots existed (schema version 9) gets one from the current
// data, marked as made after the fact; nothing happens for drafts, notices that have one,
// and read-only files. Exports call it first, so later exports print the same text.
Status snapshotIssuedNotice(InspectionFile &file, const QString &roundId);

// Gives the notice of `roundId` the next number of the issuer's series of `issuedOn`'s year
// (numbers restart at 01 each 1 January) and keeps it with its snapshot (the whole notice as
// it prints now, in the same transaction): a notice already issued keeps its
// number and date, and the series advances only the first time. Invalid `issuedOn`: the
// date the team chose, else defaultNoticeDate().
// `confirmedNumber` (when above 0) is the number the team was shown: if the series moved
// since, nothing is issued and the error names the number it would be now.
Result<IssuedNotice> issueNotice(InspectionFile &file, const QString &roundId, QDate issuedOn,
                                 int confirmedNumber = 0);
// The date a notice of `roundId` not yet issued is dated with: the date the team chose for it
// (ReportStore::noticeSettings), else defaultNoticeDate() from the round's visits and today.
Result<QDate> noticeDateOf(const InspectionFile &file, const QString &roundId);
// Saves the report settings and the next number of `year`'s series of their symbol in one
// transaction. The series is never set to a number already given: the error names the
// lowest number allowed.
Status saveReportSettings(InspectionFile &file, ReportSettings &settings, int year,
                          int nextNumber);
// "05/TB-ĐKT ngày 30/5/2022": an issued notice as the messages name it.
QString issuedNoticeText(const IssuedNotice &issued);

// The one way the CLI and the UI build a report from a file: the file's report settings,
// and for the notice the team's edited paragraphs merged into a fresh draft.
Result<ReportDocument> buildReport(const InspectionFile &file, const ReportRequest &request);

// "03 - Trung tâm Y tế Thành phố.pdf": a file name for one unit's minutes, safe on
// Windows (no \ / : * ? " < > |).
QString minutesFileName(int index, const QString &unitName, const QString &extension);

// Writes by the extension of `path`, in the format of reportFormats() it names.
Status writeReport(const ReportDocument &document, const QString &path);

} // namespace cchc::report
