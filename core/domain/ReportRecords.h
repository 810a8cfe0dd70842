#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

namespace cchc::report {

// The team's work on one paragraph of a notice: its rewrite (with the drafted text it was
// based on), where they placed it, whether they left it out; or a paragraph of their own
// (key "own/<id>"). Text equal to the draft it was based on is not an edit: the paragraph
// follows the draft. Plain data, apart from storage/ReportStore.h, so the import batch
// (storage/RecordBatch.h) can carry it.
struct StoredParagraph
{
    QString id;
    QString key;
    QString draftedText; // the draft the team edited
    QString editedText;  // what they typed
    QString modifiedAt;
    QString afterKey;    // placed after this paragraph ("^": first); empty: the draft's place
    bool hidden = false; // a drafted paragraph left out of the notice

    bool isOwn() const { return key.startsWith(QLatin1String("own/")); }
    bool isEdited() const { return isOwn() || editedText != draftedText; }
};

// The next document number of one issuer symbol in one year ("05/TB-ĐKT" → 6 next).
struct NumberSeries
{
    QString id;
    QString issuerSymbol;
    int year = 0;
    int nextNumber = 1;
    QString modifiedAt;
};

// What the team chose for a round's notice besides its text (schema version 8, table
// notice_settings): the date it is to be dated with and the team member who signs it.
// Nothing chosen: dated by defaultNoticeDate(), signed by the team lead.
struct NoticeSettings
{
    QDate noticeDate;       // invalid: the default date
    QString signerMemberId; // a team member of the round; empty: the lead
    QString id;             // of its notice_settings row; empty while nothing was chosen
    QString modifiedAt;

    bool isDefault() const { return !noticeDate.isValid() && signerMemberId.isEmpty(); }
    bool operator==(const NoticeSettings &other) const
    {
        return noticeDate == other.noticeDate && signerMemberId == other.signerMemberId;
    }
};

// The number a round's notice was issued with. Once issued, every export of the notice
// carries this number and date, whatever the series or the settings say later.
struct IssuedNotice
{
    int number = 0;
    QString symbol; // the issuer's symbol at the time ("ĐKT")
    QDate issuedOn;
    QString id;         // of its issued_notices row (schema version 4)
    QString modifiedAt; // when it was issued
};

// What an issued notice printed, kept with it (schema version 9): the final document as
// canonical JSON (report/NoticeSnapshot.h) and the SHA-256 of exactly those bytes. A
// snapshot made later from the data of that day, for a notice issued by an older program,
// says so (`afterTheFact`): it must never pass for the original.
struct NoticeSnapshot
{
    QByteArray content;
    QString sha256; // 64 lowercase hex digits of content
    QString madeAt;
    bool afterTheFact = false;
    QString id; // of its notice_snapshots row: kept by JSON export and import
};

} // namespace cchc::report
