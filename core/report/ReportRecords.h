#pragma once

#include <QString>

namespace cchc::report {

// The team's rewrite of one drafted paragraph, with the drafted text it was based on.
// Plain data, apart from ReportStore.h, so the import batch (storage/RecordBatch.h) can
// carry it.
struct StoredParagraph
{
    QString id;
    QString key;
    QString draftedText; // the draft the team edited
    QString editedText;  // what they typed
    QString modifiedAt;
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
