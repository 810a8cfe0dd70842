#pragma once

#include "core/common/Result.h"
#include "core/domain/ReportRecords.h"
#include "core/domain/ReportSettings.h"

#include <QCoreApplication>
#include <QVariant>

#include <optional>

namespace cchc {
class InspectionFile;
}

namespace cchc::report {

// Report settings, number series, issued notices and the team's edited notice paragraphs
// in the .cchc file (schema versions 3 and 4), and what the team chose for each round's
// notice (notice_settings, version 8). Issued notices have their own table
// (issued_notices, version 4) and keep a snapshot of what they printed (notice_snapshots,
// version 9); a round's rows go with it.
class ReportStore
{
    Q_DECLARE_TR_FUNCTIONS(cchc::report::ReportStore)

public:
    // A store made from a const file only reads: its writes are refused. Writes run in
    // InspectionFile::transact, so they join an outer transaction and use the write-ahead
    // log like every other edit.
    explicit ReportStore(const InspectionFile &file) : m_file(file) {}
    explicit ReportStore(InspectionFile &file) : m_file(file), m_writable(&file) {}

    Result<ReportSettings> settings() const; // defaults (and no id) until saved once
    Status saveSettings(ReportSettings &settings);

    // The next number of `symbol`'s series in `year` (1 in a year not used yet).
    Result<int> nextNumber(const QString &symbol, int year) const;
    Status setNextNumber(const QString &symbol, int year, int next);
    // Every series, by symbol and year.
    Result<QList<NumberSeries>> numberSeries() const;

    // The notice of `roundId` as issued, or nullopt while it is a draft without a number.
    Result<std::optional<IssuedNotice>> issuedNotice(const QString &roundId) const;
    // Keeps `issued` (its id and time are set) as the notice of `roundId`: once only.
    Status saveIssuedNotice(const QString &roundId, IssuedNotice &issued);
    // The snapshot kept with the issued notice of `roundId` (nullopt: none, as for notices
    // issued before schema version 9), and keeping one: once only (`madeAt` set to now
    // unless already set).
    Result<std::optional<NoticeSnapshot>> noticeSnapshot(const QString &roundId) const;
    Status saveNoticeSnapshot(const IssuedNotice &issued, NoticeSnapshot &snapshot);
    // The highest number issued in `symbol`'s series of `year` (0 when none): the series
    // must not be set back to a number already given.
    Result<int> highestIssued(const QString &symbol, int year) const;
    // The number the next notice of `symbol`'s series in `year` is issued with: the series'
    // next number, but never one already given (max(next, highest issued + 1)). The one
    // rule: what the team is asked to confirm and what is issued both come from here.
    Result<int> numberToIssue(const QString &symbol, int year) const;

    // The date and signer the team chose for the round's notice (schema version 8): defaults
    // (invalid date, no signer, no id) while nothing was chosen.
    Result<NoticeSettings> noticeSettings(const QString &roundId) const;
    // Keeps `settings` (its id and time are set); defaults remove the round's row. The
    // signer must be a member of the round's team; once the notice is issued nothing changes.
    Status saveNoticeSettings(const QString &roundId, NoticeSettings &settings);

    Result<QList<StoredParagraph>> paragraphs(const QString &roundId) const;
    // Saves the team's text for `key`, based on the draft `draftedText`.
    Status saveParagraph(const QString &roundId, const QString &key, const QString &draftedText,
                         const QString &editedText);
    // Back to the drafted text: the edit is removed.
    Status revertParagraph(const QString &roundId, const QString &key);
    // The team's work on the notice of `roundId` becomes `rows`: how the notice editor's
    // steps are done and undone.
    Status replaceParagraphs(const QString &roundId, const QList<StoredParagraph> &rows);

private:
    Status requireWritable() const;
    Status writeSettings(ReportSettings &settings);
    // One statement that changes the file, refused when it is read-only.
    Status write(const QString &sql, std::initializer_list<QVariant> values);
    const InspectionFile &m_file;
    InspectionFile *m_writable = nullptr;
};

} // namespace cchc::report
