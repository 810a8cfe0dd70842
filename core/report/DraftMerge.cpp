#include "core/report/DraftMerge.h"

#include "core/common/Ids.h"

#include <QHash>
#include <QSet>

namespace cchc::report {

namespace {

const QString kFirstPlace = QStringLiteral("^"); // afterKey of a paragraph placed first

// "results/<group id>" belongs to "results"; "opening" is a section of its own.
QString sectionOf(const QString &key)
{
    return key.section(QLatin1Char('/'), 0, 0);
}

// Puts the paragraphs the team placed after the paragraph they name, in the order they
// were stored; a paragraph whose anchor is gone (or circular) goes before the closing one.
QList<MergedParagraph> arrange(QList<MergedParagraph> natural,
                               QList<std::pair<QString, MergedParagraph>> placed)
{
    QList<MergedParagraph> order = std::move(natural);
    QHash<QString, QString> anchorOf; // key -> anchor, for the paragraphs placed so far
    bool progress = true;
    while (!placed.isEmpty() && progress) {
        progress = false;
        for (int i = 0; i < placed.size(); ++i) {
            const QString &anchor = placed.at(i).first;
            int at = -1;
            if (anchor == kFirstPlace)
                at = 0;
            for (int j = 0; at < 0 && j < order.size(); ++j) {
                if (order.at(j).paragraph.key == anchor)
                    at = j + 1;
            }
            if (at < 0)
                continue;
            // After the anchor and after those placed after it earlier (stored order).
            while (at < order.size() && anchorOf.value(order.at(at).paragraph.key) == anchor)
                ++at;
            anchorOf.insert(placed.at(i).second.paragraph.key, anchor);
            order.insert(at, placed.takeAt(i).second);
            --i;
            progress = true;
        }
    }
    int insertAt = int(order.size());
    if (!order.isEmpty() && order.constLast().paragraph.key == QStringLiteral("closing"))
        --insertAt;
    for (auto &[anchor, paragraph] : placed)
        order.insert(insertAt++, paragraph);
    // A paragraph of the team's own belongs to the section of the paragraph before it.
    for (int i = 0; i < order.size(); ++i) {
        if (order.at(i).state == ParagraphState::Own || order.at(i).section.isEmpty())
            order[i].section = i > 0 ? order.at(i - 1).section : QString();
    }
    return order;
}

} // namespace

QString newOwnParagraphKey()
{
    return QStringLiteral("own/") + newId();
}

QList<MergedParagraph> mergeDraft(const QList<DraftParagraph> &drafted,
                                  const QList<StoredParagraph> &stored)
{
    QHash<QString, StoredParagraph> rows;
    for (const StoredParagraph &row : stored)
        rows.insert(row.key, row);
    // A drafted paragraph placed after one that no longer exists goes back to its
    // drafted place.
    QSet<QString> keys{kFirstPlace};
    for (const DraftParagraph &draft : drafted)
        keys.insert(draft.key);
    for (const StoredParagraph &row : std::as_const(rows)) {
        if (row.isEdited()) // a row that only placed a paragraph gone from the draft is gone
            keys.insert(row.key);
    }
    QList<MergedParagraph> natural;
    QHash<QString, MergedParagraph> placedDrafts; // by key, placed in stored order below
    for (const DraftParagraph &draft : drafted) {
        MergedParagraph paragraph{draft,      ParagraphState::Drafted, draft.text, draft.text,
                                  false,      sectionOf(draft.key),    QString()};
        const auto row = rows.constFind(draft.key);
        if (row == rows.cend()) {
            natural.append(paragraph);
            continue;
        }
        paragraph.hidden = row->hidden;
        paragraph.afterKey = row->afterKey;
        if (row->isEdited()) {
            paragraph.paragraph.text = row->editedText;
            paragraph.basedOn = row->draftedText;
            paragraph.state = row->draftedText == draft.text ? ParagraphState::Edited
                                                             : ParagraphState::NeedsReview;
        }
        if (row->afterKey.isEmpty() || !keys.contains(row->afterKey))
            natural.append(paragraph);
        else
            placedDrafts.insert(draft.key, paragraph);
        rows.erase(row);
    }
    // Placed paragraphs, the team's own, and edits of paragraphs the drafter no longer
    // writes, in the order they were stored.
    QList<std::pair<QString, MergedParagraph>> placed;
    for (const StoredParagraph &row : stored) {
        if (const auto draft = placedDrafts.constFind(row.key); draft != placedDrafts.cend()) {
            placed.append({row.afterKey, *draft});
            continue;
        }
        // A row that only placed or hid a paragraph no longer drafted holds nothing typed.
        if (!rows.contains(row.key) || !row.isEdited())
            continue;
        const bool own = row.isOwn();
        MergedParagraph paragraph{{row.key, row.editedText, ParagraphStyle::Body},
                                  own ? ParagraphState::Own : ParagraphState::NeedsReview,
                                  QString(),
                                  row.draftedText,
                                  row.hidden,
                                  QString(),
                                  QString()};
        paragraph.afterKey = row.afterKey;
        // Without a place (or when the paragraph it followed is gone) it goes before the
        // closing paragraph: an empty anchor matches no paragraph.
        placed.append({row.afterKey, paragraph});
    }
    return arrange(natural, placed);
}

QList<DraftParagraph> textsOf(const QList<MergedParagraph> &merged)
{
    QList<DraftParagraph> texts;
    for (const MergedParagraph &paragraph : merged) {
        // A paragraph of the team's own is printed once it has words: no blank line while
        // it is being written.
        const bool blank = paragraph.state == ParagraphState::Own
                           && paragraph.paragraph.text.trimmed().isEmpty();
        if (!paragraph.hidden && !blank)
            texts.append(paragraph.paragraph);
    }
    return texts;
}

} // namespace cchc::report
