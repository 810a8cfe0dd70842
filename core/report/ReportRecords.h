#pragma once

#include <QString>

namespace cchc::report {

// The team's work on one paragraph of a notice: its rewrite (with the drafted text it was
// based on), where they placed it, whether they left it out; or a paragraph of their own
// (key "own/<id>"). Text equal to the draft it was based on is not an edit: the paragraph
// follows the draft. Plain data, apart from ReportStore.h, so the import batch
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

} // namespace cchc::report
