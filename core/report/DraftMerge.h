#pragma once

#include "core/domain/ReportRecords.h"
#include "core/report/NoticeDrafter.h"

#include <QList>

namespace cchc::report {

enum class ParagraphState {
    Drafted,     // nobody edited it: regenerated with the results
    Edited,      // the team's text; its draft has not changed since
    NeedsReview, // the team's text, but the results behind its draft changed (or it has no draft)
    Own,         // a paragraph the team added: no draft behind it
};

struct MergedParagraph
{
    DraftParagraph paragraph; // the text to print: the edit, or the fresh draft
    ParagraphState state = ParagraphState::Drafted;
    QString currentDraft; // what the drafter says now (empty when the key is gone)
    QString basedOn;      // the draft the printed text was based on (stored with edits)
    bool hidden = false;  // left out of the notice by the team (still listed in the editor)
    QString section;      // paragraphs move only among those of their section
    QString afterKey;     // where the team placed it (StoredParagraph::afterKey)
};

// A fresh draft with the team's work laid over it: edits, paragraphs of their own, their
// order and the paragraphs they left out. Nothing typed is lost: an edit whose paragraph
// is no longer drafted stays, marked for review, before the closing paragraph; so does a
// paragraph whose place can no longer be found.
QList<MergedParagraph> mergeDraft(const QList<DraftParagraph> &drafted,
                                  const QList<StoredParagraph> &stored);
// The paragraphs to print: in order, without the hidden ones (nor an empty one of the
// team's own).
QList<DraftParagraph> textsOf(const QList<MergedParagraph> &merged);
// The key of a new paragraph of the team's own.
QString newOwnParagraphKey();

} // namespace cchc::report
