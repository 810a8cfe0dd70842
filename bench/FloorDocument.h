#pragma once

#include "core/report/ReportDocument.h"

#include <QStringList>

namespace cchc::bench {

// The reference a report's PDF time is compared with ("Qt's own floor"): the same text as
// plain paragraphs in one QTextDocument, printed by QTextDocument::print to a QPdfWriter with
// the same settings as ours (A4, 720 dpi, PDF/A-1b, Times 14 pt, the official margins).

// One paragraph of the floor, with the face the report prints it in.
struct FloorParagraph
{
    QString text;
    bool bold = false;
    bool italic = false;
};

// The report's text, one paragraph per text block, table row or header line.
QList<FloorParagraph> reportText(const report::ReportDocument &document);

// `text` cycled (when short) or cut (when long) to the paragraphs that fill exactly `pages`
// pages of the floor layout. Worked out once, outside the timing.
QList<FloorParagraph> fitToPages(const QList<FloorParagraph> &text, int pages);

// Which faces the floor prints in: all in the regular face (the floor of issue 13), or each
// paragraph in the face the report gives it, so the PDF embeds the same faces as ours (each
// embedded face has a fixed cost in Qt's PDF writer, whatever the document).
enum class FloorFaces { Regular, AsReport };

// Builds the plain document and prints it to `path`. Returns its page count.
int writeFloorPdf(const QList<FloorParagraph> &paragraphs, const QString &path, FloorFaces faces);

} // namespace cchc::bench
