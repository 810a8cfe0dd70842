#pragma once

#include "common/Result.h"
#include "NoticeDrafter.h"
#include "ReportRecords.h"
#include "ReportSettings.h"

#include <QCoreApplication>
#include <QDate>
#include <QVariant>

#include <optional>

namespace cchc {
class InspectionFile;
}

namespace cchc::report {

enum class ParagraphState {
    Drafted,     // nobody edited it: regenerated with the results
    Edited,      // the team's text; its draft has not changed since
    NeedsReview, // the team's text, but the results behind its draft changed (or it has no draft)
};

struct MergedParagraph
{
    DraftParagraph paragraph; // the text to print: the edit, or the fresh draft
    ParagraphState state = ParagraphState::Drafted;
    QString currentDraft; // what the drafter says now (empty when the key is gone)
    QString basedOn;      // the draft the printed text was based on (stored with edits)
};

// A fresh draft with the team's edits laid over it. Nothing typed is lost: an edit whose
// paragraph is no longer drafted stays, marked for review, before the closing paragraph.
QList<MergedParagraph> mergeDraft(const QList<DraftParagraph> &drafted,
                                  const QList<StoredParagraph> &stored);
QList<DraftParagraph> textsOf(const QList<MergedParagraph> &merged);

// The number a round's notice was issued with. Once issued, every export of the notice
// carries this number and date, whatever the series or the settings say later.
struct IssuedNotice
{
    int number = 0;
    QString symbol; // the issuer's symbol at the time ("ĐKT")
    QDate issuedOn;
};

// Report settings and edited drafts in the .cchc file (schema version 3).
//
// Schema version 3 has no column for a notice's issued number, so it is kept as one row of
// report_paragraphs with the reserved key "issued/notice" (drafted_text empty, edited_text a
// JSON object {"number": 5, "symbol": "ĐKT", "issuedOn": "2022-05-30"}). Keys starting with
// "issued/" are never paragraphs: mergeDraft() leaves them out. paragraphs() returns them
// with the rest, so whatever copies a round's rows (JSON export, undo of a removed round)
// carries the issued number too. The row goes with its round. The date the team chose for a
// notice not issued yet is kept the same way, under "issued/notice-date" (edited_text
// "2022-05-30").
class ReportStore
{
    Q_DECLARE_TR_FUNCTIONS(cchc::report::ReportStore)

public:
    explicit ReportStore(const InspectionFile &file) : m_file(file) {}

    Result<ReportSettings> settings() const; // defaults (and no id) until saved once
    Status saveSettings(ReportSettings &settings);

    // The next number of `symbol`'s series in `year` (1 in a year not used yet).
    Result<int> nextNumber(const QString &symbol, int year) const;
    Status setNextNumber(const QString &symbol, int year, int next);
    // Every series, by symbol and year.
    Result<QList<NumberSeries>> numberSeries() const;

    // The notice of `roundId` as issued, or nullopt while it is a draft without a number.
    Result<std::optional<IssuedNotice>> issuedNotice(const QString &roundId) const;
    Status saveIssuedNotice(const QString &roundId, const IssuedNotice &issued);
    // The date the team chose for the round's notice, or an invalid date when none was
    // chosen (the notice is then dated by defaultNoticeDate()). An invalid date clears it.
    Result<QDate> noticeDate(const QString &roundId) const;
    Status saveNoticeDate(const QString &roundId, const QDate &date);
    // The highest number issued in `symbol`'s series of `year` (0 when none): the series
    // must not be set back to a number already given.
    Result<int> highestIssued(const QString &symbol, int year) const;
    // The number the next notice of `symbol`'s series in `year` is issued with: the series'
    // next number, but never one already given (max(next, highest issued + 1)). The one
    // rule: what the team is asked to confirm and what is issued both come from here.
    Result<int> numberToIssue(const QString &symbol, int year) const;

    Result<QList<StoredParagraph>> paragraphs(const QString &roundId) const;
    // Saves the team's text for `key`, based on the draft `draftedText`.
    Status saveParagraph(const QString &roundId, const QString &key, const QString &draftedText,
                         const QString &editedText);
    // Back to the drafted text: the edit is removed.
    Status revertParagraph(const QString &roundId, const QString &key);

private:
    // The text of a reserved "issued/…" row of the round, or nullopt when there is none.
    Result<std::optional<QString>> reservedRow(const QString &roundId, const QString &key) const;
    Status requireWritable() const;
    // One statement that changes the file, refused when it is read-only.
    Status write(const QString &sql, std::initializer_list<QVariant> values);
    const InspectionFile &m_file;
};

} // namespace cchc::report
