#pragma once

#include "domain/ReportRecords.h"
#include "NoticeDrafter.h"

#include <QList>

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

} // namespace cchc::report
