#include "DraftMerge.h"

#include <QHash>

namespace cchc::report {

QList<MergedParagraph> mergeDraft(const QList<DraftParagraph> &drafted,
                                  const QList<StoredParagraph> &stored)
{
    QHash<QString, StoredParagraph> edits;
    for (const StoredParagraph &edit : stored) {
        if (edit.key != StoredParagraph::kNoticeDateKey) // a setting, not a paragraph
            edits.insert(edit.key, edit);
    }
    QList<MergedParagraph> merged;
    for (const DraftParagraph &draft : drafted) {
        MergedParagraph paragraph{draft, ParagraphState::Drafted, draft.text, draft.text};
        if (const auto edit = edits.constFind(draft.key); edit != edits.cend()) {
            paragraph.paragraph.text = edit->editedText;
            paragraph.basedOn = edit->draftedText;
            paragraph.state = edit->draftedText == draft.text ? ParagraphState::Edited
                                                              : ParagraphState::NeedsReview;
            edits.erase(edit);
        }
        merged.append(paragraph);
    }
    // Edits of paragraphs the drafter no longer writes, in the order they were stored.
    int insertAt = int(merged.size());
    if (!merged.isEmpty() && merged.constLast().paragraph.key == QStringLiteral("closing"))
        --insertAt;
    for (const StoredParagraph &edit : stored) {
        if (!edits.contains(edit.key))
            continue;
        merged.insert(insertAt++, MergedParagraph{{edit.key, edit.editedText, ParagraphStyle::Body},
                                                  ParagraphState::NeedsReview,
                                                  QString(),
                                                  edit.draftedText});
    }
    return merged;
}

QList<DraftParagraph> textsOf(const QList<MergedParagraph> &merged)
{
    QList<DraftParagraph> texts;
    for (const MergedParagraph &paragraph : merged)
        texts.append(paragraph.paragraph);
    return texts;
}

} // namespace cchc::report
